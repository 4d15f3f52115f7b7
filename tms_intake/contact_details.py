"""Reads contact details out of what people type: names, phone numbers (E.164, `phonenumbers`), email
addresses (`email-validator`, syntax only), yes or no, the preferred contact method, "skip".

Two ways in: `find_*` looks for a detail anywhere in a message ("Hi, I'm James O'Connor, (646)
555-0199, jim@example.org") and returns None when there is none; `parse_*` reads a whole answer to
the question for that detail and always returns a value or the reason it cannot be used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import phonenumbers
import spacy
from email_validator import EmailNotValidError, validate_email
from spacy.matcher import Matcher

DEFAULT_REGION = "US"
MAX_NAME_CHARS = 100
MAX_NAME_WORDS = 6

# A word of a name: letters of any script, joined by apostrophes, hyphens or dots ("O'Connor",
# "Åberg-Núñez", "J.R."), possibly ending with a dot ("Jr.").
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
# Words that follow "I'm" or "this is" without being a name, or that a name answer never is.
NOT_NAMES = frozenset(
    """a an the and or but if not no yes yeah yep ok okay sure just so very really also still only here there
    interested looking wondering calling writing texting trying hoping feeling ready new back good fine
    well sorry hi hello hey thanks thank you please skip none stop cancel why what how who when where
    is are was do does did can could would should will i me my mine it its to of for in on at by with
    from about tms appointment consult consultation callback call text email phone number name
    mood depression depressed anxiety meds medication medications pills tablets antidepressants
    that's thats right correct
    umm uh uhh hmm hmmm erm oh ah probably probly maybe
    he she they we him them us his her their our your you're he's she's they're doesn't don't dont didn't
    isn't can't cant won't wont has have had one use mine yours
    after before between around until today tomorrow tonight anytime weekdays weekends
    best time times morning mornings evening evenings afternoon afternoons cell home work mobile contact
    asap pls plz thx ty txt msg urgent appt info reach need want
    мій мой моя мий номер телефон""".split()
)
# Words of NOT_NAMES that are also names ("Will Smith", "An Nguyen", "My Tran", "Do Thi Lan"): a name
# word when a capitalized name follows.
ALSO_NAMES = frozenset("will an my do so can ah".split())
# Typed after one's name in lowercase out of respect: Tagalog "Maricel Dela Cruz po".
COURTESY_AFTER_NAME = frozenset({"po", "opo", "ho"})
# Two or three lowercase words right before a phone number or an email: "im marcus bell 312-555-0117".
BEFORE_DETAILS = re.compile(r"^\s*([^\W\d_]+\s+){1,2}[^\W\d_]+[\s,:-]+(\+?\(?\d[\d\s().\-]{6,}\d|\S+@\S+)")
# "Me llamo Graciela Ibarra", "Tên tôi là Lan Nguyen", "My good name is Rajesh Kumar": "my name is" in
# the languages and Englishes patients write in.
FOREIGN_LEAD_IN = re.compile(
    r"\b(?:(?:my )?good name is|me llamo|mi nombre es|t[êe]n (?:c[ủu]a )?t[ôo]i l[àa]|je m'?appelle|mon nom est|meu nome [ée]|"
    r"меня зовут|мене звати|ang pangalan ko ay|ako si|mi chiamo|ich hei(?:ß|ss)e|mam na imi[ęe]|jina langu ni)\s+"
    r"|(?:我叫|我的名字是|我的名字叫|我是)\s*",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"[.,;!?]\s+")
# Before "name is": the name is someone else's.
OTHERS = frozenset("his her their our whose".split())
TITLES_WITH_DOT = frozenset({"jr.", "sr.", "st.", "ste."})
# Lowercase words that may sit inside a capitalized name: "Ana de la Cruz", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("al bin da das de del della der di dos du el la le van von y".split())
# What may come before a name answer: "Hi, ", "Sure - ", "ok".
OPENING = re.compile(r"^(\W|(hi|hello|hey|yes|yeah|sure|ok|okay|of course|oh|right|sorry|well|um+|uh+)\b)+", re.IGNORECASE)
# Between a lead-in and the name: "my name is actually Dana Lee".
FILLER = re.compile(r"^\s*((actually|really|just|now|spelled|spelt)\b\s*)+", re.IGNORECASE)
# Tags and emphasis around a name ("<b>Wei Zhang</b>", "**Ama Mensah**") are dropped.
HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,40}>|[*_~`\"“”\[\]]")
# A whole answer in parentheses, "(Ana Lima)"; parentheses inside one say who it is for.
WRAPPED = re.compile(r"^\s*\(([^()]*)\)\s*$")
# Who the request is for, around the name: "it's for my son, Minh Tran", "Adaeze Okafor (my mum)".
RELATIVE = (
    r"(?:son|daughter|kid|child|teen|teenager|boy|girl|mom|mum|mother|mama|dad|father|papa|wife|husband|"
    r"partner|spouse|brother|sister|grandma|grandmother|grandpa|grandfather|aunt|uncle|niece|nephew|friend|"
    r"fianc[eé]e?|parent|grandson|granddaughter|stepson|stepdaughter)"
)
RELATION_BEFORE = re.compile(
    r"^(?:(?:it'?s|its|this is|i'?m|i am)\s+)?(?:(?:booking|asking|writing|calling|here)\s+)?"
    rf"(?:(?:for|on behalf of)\s+)?(?:my|our)\s+(?:\w+\s+)?{RELATIVE}\b[\s,:;.-]*"
    r"(?:(?:(?:his|her|their)\s+name\s+is|named|called|is|it'?s)\s+)?",
    re.IGNORECASE,
)
RELATION_AFTER = re.compile(
    rf"\s*(?:\((?:(?:for\s+)?(?:my|our)\s+)?(?:\w+\s+)?{RELATIVE}\b[^)]*\)|[,;-]\s*(?:(?:for|is)\s+)?(?:my|our)\s+{RELATIVE}\b.*)$",
    re.IGNORECASE,
)
# A longer answer is read as a name only after a lead-in ("my name is ...").
MAX_ANSWER_WORDS = 10
# Markup or code in a name answer: asked again rather than kept as a name.
HOSTILE = re.compile(r"[<>{}=\\|`;]|--|/\*")
SKIP = re.compile(
    r"^(skip|(no|none|nope|nah|n/?a|pass|nothing)(?=\W*$|[,.!]\s*(thanks?|thank you|skip)?\W*$|\s+(thanks?|thank you|for now|else|to add)\b|[,.!]?\s*(i\s+)?(don'?t|do not|dont|not|rather)\b)|no thanks?|no thank you|not now|rather not|"
    r"i'?d rather not|prefer not( to)?( say)?|no e-?mail|no (phone|cell)|"
    r"(we'?d|we would|i would) rather not|"
    r"(sorry,? )?(i )?(don'?t|do not|dont) (have|use|check)( one| 1| an? e-?mail| e-?mail| an? (cell|phone)| a phone number)?|"
    r"i don'?t want to( say| share)?)\b",
    re.IGNORECASE,
)
SKIP_ANYWHERE = re.compile(
    r"\bskip\b|\b(rather not|prefer not to) (say|give|share)\b|\b(don'?t|do not|dont) (really )?(have|use|check) (an? |the |my )?e-?mail\b",
    re.IGNORECASE,
)
MAX_SKIP_WORDS = 20
YES = re.compile(
    r"^(y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|correct|right|agreed?|i agree|i consent|consent|"
    r"looks good|sounds good|all good|go ahead|please do|absolutely|of course|confirm(ed)?|"
    r"that'?s (right|correct|fine)|perfect|definitely|affirmative|"
    # Yes in the languages the clinic's patients write in beside English.
    r"s[ií]|claro|de acuerdo|correcto|sim|oui|d'accord|ja|tak|da|да|так|v[aâ]ng|d[aạ]|có|oo|opo|wi|"
    r"نعم|是的|是|好的|好|对|可以|네|예|はい)\b",
    re.IGNORECASE,
)
NO = re.compile(
    r"^(n|no|nope|nah|not|don'?t|do not|disagree|i disagree|i do not|wrong|incorrect|negative|"
    r"rather not|i'?d rather not|that'?s (wrong|not right|incorrect)|"
    r"n[aã]o|non|nein|nie|нет|ні|kh[oô]ng|لا|不|아니요|いいえ)\b",
    re.IGNORECASE,
)
YES_DESPITE_NO = re.compile(r"^(no problem|no worries|no objection)\b", re.IGNORECASE)
# Right before a contact method: "please don't call", "no texts", "not by phone".
# "don't call", "not text", "don't call or text"; not "actually no just call".
REFUSED = re.compile(r"\b(don'?t|do not|no|not|never)\s+(?!just\b|only\b)(\w+\s+((or|and|nor)\s+)?)?$", re.IGNORECASE)
UNSURE = re.compile(r"^(not sure|unsure|maybe|perhaps|i don'?t know|idk|dunno|what\b|why\b)", re.IGNORECASE)
# In English and the Spanish, Portuguese, French and Haitian Creole patients write in ("Rele m, tanpri").
CONTACT_METHODS = (
    ("email", re.compile(r"\b(e-?mail|mail|correo|courriel|imel)\b", re.IGNORECASE)),
    ("text", re.compile(r"\b(text|texts|texting|txt|sms|message|textos?|mensajes?|mensage[mn]s?|t[eè]ks|mesaj)\b", re.IGNORECASE)),
    ("call", re.compile(
        r"\b(call|calls|calling|phone|telephone|ring|voice|cell|llamadas?|llamar(me)?|ll[aá]mame|liga[cç][aã]o|ligar|appel|rele)\b",
        re.IGNORECASE,
    )),
)


@dataclass(frozen=True)
class Parsed:
    """A detail read from a message: its normalized value, or why it cannot be used: a problem code
    the assistant answers with the response utter_invalid_<code> (domain.yml)."""

    value: Optional[str] = None
    problem: Optional[str] = None


@lru_cache(maxsize=1)
def _nlp() -> tuple[spacy.language.Language, Matcher]:
    """spaCy's rule-based English tokenizer (nothing to download) and the name lead-in matcher."""
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add(
        "NAME_LEAD_IN",
        [
            [{"LOWER": "my"}, {"LOWER": "name"}, {"LOWER": {"IN": ["is", "'s", "’s"]}}],
            # "my legal name is Roberto Sanchez", "my full name is ..."
            [{"LOWER": "my"}, {"LOWER": {"IN": ["legal", "full", "real", "official"]}}, {"LOWER": "name"},
             {"LOWER": {"IN": ["is", "'s", "’s"]}}],
            [{"LOWER": "my"}, {"LOWER": "names"}],  # "my names Caleb Turner", the apostrophe left out
            [{"LOWER": "name"}, {"LOWER": {"IN": ["is", "'s", "’s", ":"]}}],
            [{"LOWER": "this"}, {"LOWER": "is"}],
            [{"LOWER": "i"}, {"LOWER": {"IN": ["am", "'m", "’m", "m"]}}],
            [{"LOWER": "im"}],
        ],
    )
    # "..., name Daniel Morales": the word name right before a capitalized word, which the name starts with.
    # "my name Tran Van Minh": the same after "my".
    matcher.add("NAME_BEFORE_CAPITAL", [[{"LOWER": "name"}, {"IS_TITLE": True}],
                                        [{"LOWER": "my"}, {"LOWER": "name"}, {"IS_TITLE": True}]])
    # Only in an answer to "What is your name?": "It's Dana Lee".
    matcher.add(
        "ANSWER_LEAD_IN",
        [
            [{"LOWER": "it"}, {"LOWER": {"IN": ["is", "'s", "’s"]}}],
            [{"LOWER": "its"}],
            # The name of the person the request is for: "His name is Diego Gutiérrez."
            [{"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": "name"}, {"LOWER": {"IN": ["is", "'s", "’s"]}}],
        ],
    )
    return nlp, matcher


def _lead_ins(text: str, in_answer: bool = False) -> list[tuple[int, int]]:
    """Character spans of the name lead-ins ("my name is", "I'm", "this is") in the text, in order."""
    nlp, matcher = _nlp()
    doc = nlp(text)
    labels = {"NAME_LEAD_IN", "NAME_BEFORE_CAPITAL", "ANSWER_LEAD_IN"} if in_answer else {"NAME_LEAD_IN", "NAME_BEFORE_CAPITAL"}
    spans = {(found.start(), found.end()) for found in FOREIGN_LEAD_IN.finditer(text)}
    for label, start, end in matcher(doc):
        name = nlp.vocab.strings[label]
        if name in labels:
            last = doc[end - 2] if name == "NAME_BEFORE_CAPITAL" else doc[end - 1]
            spans.add((doc[start].idx, last.idx + len(last)))
    return sorted(spans)


def _name_words(text: str, capitalized: bool) -> list[str]:
    """The name words at the start of text: letters with apostrophes or hyphens, separated by spaces,
    stopping at the first word that is not part of a name."""
    words: list[str] = []
    rest = text.lstrip()
    while len(words) < MAX_NAME_WORDS:
        match = NAME_WORD.match(rest)
        if not match:
            break
        word = match.group(0)
        after = rest[match.end() :]
        if after and not (after[0].isspace() or after[0] in ",.!;"):
            break  # "jim@example" or "Dana2" is not a name word
        bare = word.rstrip(".").lower()
        if word == "I" and words:
            break  # "My name is Harold Brenner I am 74"
        if bare in NOT_NAMES and (not words or not word[0].isupper()) and not _also_a_name(word, words, after):
            break
        if capitalized and not word[0].isupper() and not (words and bare in NAME_PARTICLES):
            break
        words.append(word)
        if after[:1] in (",", "!", ";") or (word.endswith(".") and len(word) > 3 and bare not in TITLES_WITH_DOT):
            break
        rest = after.lstrip()
    while len(words) > 1 and words[-1] in NAME_PARTICLES and any(word[0].isupper() for word in words):
        words.pop()  # "Ana de" cut short; a capitalized "Wu Di" or "Tran Van" is a name
    return words


def _also_a_name(word: str, words: list[str], after: str) -> bool:
    """ "Will" in "Will Smith": a first word that is also a name, capitalized, before a capitalized name word."""
    following = NAME_WORD.match(after.lstrip())
    return (
        not words and word[0].isupper() and word.rstrip(".").lower() in ALSO_NAMES
        and following is not None and following.group(0)[0].isupper()
        and following.group(0).rstrip(".").lower() not in NOT_NAMES
    )


def _tidy_name(words: list[str]) -> str:
    last = words[-1] if words else ""
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1] and last.lower() not in TITLES_WITH_DOT:
        words = words[:-1] + [words[-1][:-1]]  # the end of the sentence, not an abbreviation
    name = " ".join(words)
    if name.islower() or name.isupper():
        name = "".join(part.capitalize() for part in re.split(r"(\W)", name.lower()))
    return name


def _someone_elses(word: str) -> bool:
    """ "his name is", "my doctor's name is": another person's name; "my husband's name is" names the
    relative the request is for."""
    word = word.lower().replace("’", "'")
    return word in OTHERS or (word.endswith("'s") and not re.fullmatch(RELATIVE, word[:-2]))


def find_name(text: str) -> Optional[str]:
    """A first and last name introduced by a lead-in ("my name is", "I'm", "this is"), written with
    capitals, anywhere in the message; None when there is none. "His name is ..." names someone else."""
    for start, end in _lead_ins(text):
        before = text[:start].split()
        if before and _someone_elses(before[-1]):
            continue
        rest = FILLER.sub("", text[end:])
        words = _name_words(rest, capitalized=True)
        if len(words) < 2 and BEFORE_DETAILS.match(rest):
            words = _name_words(rest, capitalized=False)  # "im marcus bell 312-555-0117"
        if len(words) >= 2:
            return _tidy_name(words)
    return None


def parse_name(text: str, allow_one_word: bool = False) -> Parsed:
    """An answer to "What is your full name?": the name without lead-ins, or why it is not one. A
    single word is a full name only when allowed (someone who gave it again when asked for more)."""
    text = OPENING.sub("", " ".join(MARKUP.sub(" ", WRAPPED.sub(r"\1", full_width_parentheses(text))).split())).rstrip(" ;")  # "Alan Dye;": a stray semicolon
    if HOSTILE.search(text):
        return Parsed(problem="name")
    text = RELATION_AFTER.sub("", RELATION_BEFORE.sub("", text)).strip(" ,;:-")
    lead_ins = _lead_ins(text, in_answer=True)
    if lead_ins and lead_ins[0][0] == 0:
        text = FILLER.sub("", text[lead_ins[0][1] :])
    elif len(text.split()) > MAX_ANSWER_WORDS:
        return Parsed(problem="name")  # a story rather than a name, unless it says "my name is"
    words = _name_words(text, capitalized=False)
    if words and (words[-1].lower() == "here" or words[-1] in COURTESY_AFTER_NAME):
        words.pop()
    name = _tidy_name(words)
    if not words or len(name) > MAX_NAME_CHARS:
        return Parsed(problem="name")
    if len(words) == 1 and not allow_one_word:
        return Parsed(problem="name_one_word")
    return Parsed(value=name)


def _phone(number: phonenumbers.PhoneNumber, raw: str) -> Parsed:
    if number.extension:
        return Parsed(problem="phone_extension")
    if phonenumbers.is_valid_number(number):
        return Parsed(value=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if len(re.sub(r"\D", "", raw)) == 7:
        return Parsed(problem="phone_area_code")
    return Parsed(problem="phone")


def find_phone(text: str) -> Optional[Parsed]:
    """The last phone number in the message (a correction comes last), as E.164 or with the reason it
    cannot be used (an extension); None when the message holds no phone number."""
    matches = list(phonenumbers.PhoneNumberMatcher(text, DEFAULT_REGION, leniency=phonenumbers.Leniency.POSSIBLE))
    if not matches:
        return None
    last = matches[-1]
    found = _phone(last.number, last.raw_string)
    if found.problem == "phone" and len(pieces := SENTENCE_BREAK.split(text)) > 1:
        # "should be 0148 not 0118. 617-555-0148": the matcher joined the digits across the full stop.
        valid = [piece for piece in map(find_phone, pieces) if piece and piece.value]
        return valid[-1] if valid else found
    return found


def parse_phone(text: str) -> Parsed:
    """An answer to "What phone number can we reach you at?"."""
    found = find_phone(text)
    if found is not None:
        return found
    candidate = re.sub(r"[^\d+()\-.\s]|(?<=\d)\s*(ext|x)\.?\s*\d+$", "", text).strip()
    try:
        return _phone(phonenumbers.parse(candidate, DEFAULT_REGION), candidate)
    except phonenumbers.NumberParseException:
        return Parsed(problem="phone")


def _email(candidate: str) -> Parsed:
    try:
        checked = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError:
        return Parsed(problem="email")
    return Parsed(value=checked.normalized)


def _email_candidates(text: str) -> list[str]:
    """Words with an @, without the punctuation around them ("(dana@example.com)," -> the address)."""
    return [word.strip(".,;:!?()<>[]\"'") for word in text.split() if "@" in word]


def find_email(text: str) -> Optional[Parsed]:
    """The last email address in the message, checked; None when the message holds none."""
    candidates = _email_candidates(text)
    return _email(candidates[-1]) if candidates else None


def parse_email(text: str) -> Parsed:
    """An answer to "What email address can we use?"."""
    return find_email(text) or Parsed(problem="email")


def plain(text: str) -> str:
    """Trimmed, with typographic apostrophes (phones type ’) as straight ones and full-width
    parentheses as ASCII ones."""
    return full_width_parentheses(text.strip().replace("’", "'").replace("‘", "'"))


def full_width_parentheses(text: str) -> str:
    """ "Meiling Chen（陈美玲）" with ASCII parentheses."""
    return text.replace("（", " (").replace("）", ")")


def is_skip(text: str) -> bool:
    """The person declines an optional question ("skip", "no email", "I'd rather not"), at the start
    of the answer or, in a short one, anywhere ("I'm afraid I don't use the email much, so skip that")."""
    text = plain(text)
    return bool(SKIP.match(text)) or (len(text.split()) <= MAX_SKIP_WORDS and bool(SKIP_ANYWHERE.search(text)))


def yes_or_no(text: str, intent: Optional[str] = None) -> Optional[bool]:
    """True for yes, False for no, None when the answer is neither or unsure; the words decide first,
    then the NLU intent."""
    text = plain(text)
    if UNSURE.match(text):
        return None
    if YES_DESPITE_NO.match(text):
        return True
    if NO.match(text):
        return False
    if YES.match(text):
        return True
    if intent in ("affirm", "deny"):
        return intent == "affirm"
    return None


def contact_methods_named(text: str) -> list[str]:
    """call, text or email, each time the message names one and does not refuse it ("don't call, text"), in order."""
    text = plain(text)
    found = [
        (match.start(), method)
        for method, pattern in CONTACT_METHODS
        for match in pattern.finditer(text)
        if not REFUSED.search(text[: match.start()])
    ]
    return [method for _, method in sorted(found)]


def contact_method(text: str) -> Optional[str]:
    """The first contact method the message names and does not refuse."""
    return next(iter(contact_methods_named(text)), None)


def display_phone(e164: str) -> str:
    """A phone number as people write it: (212) 555-0123 for US numbers, international otherwise."""
    number = phonenumbers.parse(e164, None)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def word_count(text: str, characters_a_word: int = 2) -> int:
    """Words separated by spaces, and in Chinese and Japanese, which write none, two characters a word
    (or `characters_a_word`)."""
    return len(HAN_OR_KANA.sub(" ", text).split()) + len(HAN_OR_KANA.findall(text)) // characters_a_word


def free_text(text: str, limit: int) -> str:
    """What the person wrote, kept literally: whitespace collapsed and cut to `limit` characters."""
    return " ".join(text.split())[:limit]
