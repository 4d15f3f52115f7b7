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
    """a an the and or but not no yes yeah yep ok okay sure just so very really also still only here there
    interested looking wondering calling writing texting trying hoping feeling ready new back good fine
    well sorry hi hello hey thanks thank you please skip none stop cancel why what how who when where
    is are was do does did can could would should will i me my mine it its to of for in on at by with
    from about tms appointment consult consultation callback call text email phone number name
    umm uh uhh hmm hmmm erm oh ah probably probly maybe""".split()
)
# Before "name is": the name is someone else's.
OTHERS = frozenset("his her their our whose".split())
TITLES_WITH_DOT = frozenset({"jr.", "sr.", "st.", "ste."})
# Lowercase words that may sit inside a capitalized name: "Ana de la Cruz", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("al bin da das de del della der di dos du el la le van von y".split())
# What may come before a name answer: "Hi, ", "Sure - ", "ok".
OPENING = re.compile(r"^(\W|(hi|hello|hey|yes|yeah|sure|ok|okay|of course)\b)+", re.IGNORECASE)
# Between a lead-in and the name: "my name is actually Dana Lee".
FILLER = re.compile(r"^\s*(actually|really|just|now)\b", re.IGNORECASE)
# Tags and emphasis around a name ("<b>Wei Zhang</b>", "**Ama Mensah**") are dropped.
MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,40}>|[*_~`\"“”]")
# Who the request is for, around the name: "it's for my son, Minh Tran", "Adaeze Okafor (my mum)".
RELATIVE = (
    r"(?:son|daughter|kid|child|teen|teenager|boy|girl|mom|mum|mother|mama|dad|father|papa|wife|husband|"
    r"partner|spouse|brother|sister|grandma|grandmother|grandpa|grandfather|aunt|uncle|niece|nephew|friend|"
    r"fianc[eé]e?|parent|grandson|granddaughter|stepson|stepdaughter)"
)
RELATION_BEFORE = re.compile(
    r"^(?:(?:it'?s|its|this is|i'?m|i am)\s+)?(?:(?:booking|asking|writing|calling|here)\s+)?"
    rf"(?:for|on behalf of)\s+(?:my|our)\s+(?:\w+\s+)?{RELATIVE}\b[\s,:;.-]*"
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
    r"^(skip|no|none|nope|nah|n/?a|pass|nothing|no thanks?|no thank you|not now|rather not|"
    r"i'?d rather not|prefer not( to)?( say)?|no e-?mail|no (phone|cell)|"
    r"(sorry,? )?i (don'?t|do not|dont) (have|use|check)( one| an? e-?mail| e-?mail| an? (cell|phone)| a phone number)?|"
    r"i don'?t want to( say| share)?)\b",
    re.IGNORECASE,
)
YES = re.compile(
    r"^(y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|correct|right|agreed?|i agree|i consent|consent|"
    r"looks good|sounds good|all good|go ahead|please do|absolutely|of course|confirm(ed)?|"
    r"that'?s (right|correct|fine)|perfect|definitely|affirmative)\b",
    re.IGNORECASE,
)
NO = re.compile(
    r"^(n|no|nope|nah|not|don'?t|do not|disagree|i disagree|i do not|wrong|incorrect|negative|"
    r"rather not|i'?d rather not|that'?s (wrong|not right|incorrect))\b",
    re.IGNORECASE,
)
YES_DESPITE_NO = re.compile(r"^(no problem|no worries|no objection)\b", re.IGNORECASE)
# Right before a contact method: "please don't call", "no texts", "not by phone".
REFUSED = re.compile(r"\b(don'?t|do not|no|not|never)\s+(\w+\s+)?$", re.IGNORECASE)
UNSURE = re.compile(r"^(not sure|unsure|maybe|perhaps|i don'?t know|idk|dunno|what\b|why\b)", re.IGNORECASE)
CONTACT_METHODS = (
    ("email", re.compile(r"\b(e-?mail|mail)\b", re.IGNORECASE)),
    ("text", re.compile(r"\b(text|texts|texting|txt|sms|message)\b", re.IGNORECASE)),
    ("call", re.compile(r"\b(call|calls|calling|phone|ring|voice|cell)\b", re.IGNORECASE)),
)


# Words that say when: "weekday mornings", "after 5", "tues/thurs", "anytime".
TIME_WORDS = re.compile(
    r"\b(mornings?|afternoons?|evenings?|nights?|noon|lunch(time)?|midday|any ?time|whenever|week ?days?|"
    r"week ?ends?|wkdays?|wknds?|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?s?|today|tomorrow|tonight|"
    r"eve|arvo|after (work|school|lunch|\d)|before (work|school|lunch|\d)|between|\d{1,2}(:\d\d)? ?([ap]\.?m\.?|o'?clock)|"
    r"early|late)\b",
    re.IGNORECASE,
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
            [{"LOWER": "name"}, {"LOWER": {"IN": ["is", "'s", "’s", ":"]}}],
            [{"LOWER": "this"}, {"LOWER": "is"}],
            [{"LOWER": "i"}, {"LOWER": {"IN": ["am", "'m", "’m", "m"]}}],
            [{"LOWER": "im"}],
        ],
    )
    # Only in an answer to "What is your name?": "It's Dana Lee".
    matcher.add("ANSWER_LEAD_IN", [[{"LOWER": "it"}, {"LOWER": {"IN": ["is", "'s", "’s"]}}], [{"LOWER": "its"}]])
    return nlp, matcher


def _lead_ins(text: str, in_answer: bool = False) -> list[tuple[int, int]]:
    """Character spans of the name lead-ins ("my name is", "I'm", "this is") in the text, in order."""
    nlp, matcher = _nlp()
    doc = nlp(text)
    labels = {"NAME_LEAD_IN", "ANSWER_LEAD_IN"} if in_answer else {"NAME_LEAD_IN"}
    return sorted(
        {
            (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
            for label, start, end in matcher(doc)
            if nlp.vocab.strings[label] in labels
        }
    )


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
        if bare in NOT_NAMES and (not words or not word[0].isupper()):
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


def _tidy_name(words: list[str]) -> str:
    last = words[-1] if words else ""
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1] and last.lower() not in TITLES_WITH_DOT:
        words = words[:-1] + [words[-1][:-1]]  # the end of the sentence, not an abbreviation
    name = " ".join(words)
    if name.islower() or name.isupper():
        name = "".join(part.capitalize() for part in re.split(r"(\W)", name.lower()))
    return name


def find_name(text: str) -> Optional[str]:
    """A first and last name introduced by a lead-in ("my name is", "I'm", "this is"), written with
    capitals, anywhere in the message; None when there is none. "His name is ..." names someone else."""
    for start, end in _lead_ins(text):
        before = text[:start].split()
        if before and (before[-1].lower() in OTHERS or before[-1].lower().endswith(("'s", "’s"))):
            continue
        words = _name_words(FILLER.sub("", text[end:]), capitalized=True)
        if len(words) >= 2:
            return _tidy_name(words)
    return None


def parse_name(text: str, allow_one_word: bool = False) -> Parsed:
    """An answer to "What is your full name?": the name without lead-ins, or why it is not one. A
    single word is a full name only when allowed (someone who gave it again when asked for more)."""
    text = OPENING.sub("", " ".join(MARKUP.sub(" ", text).split()))
    if HOSTILE.search(text):
        return Parsed(problem="name")
    text = RELATION_AFTER.sub("", RELATION_BEFORE.sub("", text)).strip(" ,;:-")
    lead_ins = _lead_ins(text, in_answer=True)
    if lead_ins and lead_ins[0][0] == 0:
        text = FILLER.sub("", text[lead_ins[0][1] :])
    elif len(text.split()) > MAX_ANSWER_WORDS:
        return Parsed(problem="name")  # a story rather than a name, unless it says "my name is"
    words = _name_words(text, capitalized=False)
    if words and words[-1].lower() == "here":
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
    return _phone(last.number, last.raw_string)


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


def _plain(text: str) -> str:
    """Trimmed, with typographic apostrophes (phones type ’) as straight ones."""
    return text.strip().replace("’", "'").replace("‘", "'")


def is_skip(text: str) -> bool:
    """The person declines an optional question ("skip", "no email", "I'd rather not")."""
    return bool(SKIP.match(_plain(text)))


def yes_or_no(text: str, intent: Optional[str] = None) -> Optional[bool]:
    """True for yes, False for no, None when the answer is neither or unsure; the words decide first,
    then the NLU intent."""
    text = _plain(text)
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


def contact_method(text: str) -> Optional[str]:
    """call, text or email: the first one the message names and does not refuse ("don't call, text")."""
    text = _plain(text)
    found = [
        (match.start(), method)
        for method, pattern in CONTACT_METHODS
        for match in pattern.finditer(text)
        if not REFUSED.search(text[: match.start()])
    ]
    return min(found)[1] if found else None


def display_phone(e164: str) -> str:
    """A phone number as people write it: (212) 555-0123 for US numbers, international otherwise."""
    number = phonenumbers.parse(e164, None)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def free_text(text: str, limit: int) -> str:
    """What the person wrote, kept literally: whitespace collapsed and cut to `limit` characters."""
    return " ".join(text.split())[:limit]


def plain_answer(slot: str, text: str) -> bool:
    """The message has the shape of an ordinary answer to the intake form's question for `slot`."""
    text = _plain(text)
    checks = {
        "full_name": lambda: parse_name(text, allow_one_word=True).value is not None,
        "phone": lambda: find_phone(text) is not None or is_skip(text),
        "email": lambda: find_email(text) is not None or is_skip(text),
        "preferred_contact": lambda: contact_method(text) is not None,
        "best_time": lambda: bool(TIME_WORDS.search(text)) or len(text.split()) <= 2,
        "reason": lambda: is_skip(text),
        "consent": lambda: yes_or_no(text) is not None,
        "confirmed": lambda: yes_or_no(text) is not None,
    }
    return slot in checks and checks[slot]()


# "wait", "actually", "I meant": the message changes a detail given before.
CORRECTION = re.compile(
    r"\b(actually|wait|sorry|oops|correction|i meant|meant to say|change|changed|instead|rather|make it|"
    r"switch|not .{1,20} but|wrong|mistake|update)\b",
    re.IGNORECASE,
)
# A preference stated in passing: "best to call", "text me", "email is easiest", "by phone".
PREFERENCE = re.compile(
    r"\b(prefer|preferably|rather|best|better|easiest|only|by|via|through)\b|"
    r"\b(text|e-?mail) me\b|"
    r"\b(call|calls|text|texts|texting|e-?mail|phone) (is|would be|works) (best|better|easiest|easier|fine|good|great|ok|okay)\b",
    re.IGNORECASE,
)
# "I already told you", "I just said mornings", "see my first message".
REMINDER = re.compile(
    r"^(?:(?:but|um+|uh+|well|hey|again|no|yes),?\s+)*(?:i\s*(?:'?ve|have)?\s*)?(?:already\s+|just\s+)?"
    r"(?:told|said|gave|wrote|mentioned|typed|put|answered|sent)(?:\s+(?:you|u|that|it|this|already|before|earlier))*"
    r"[\s,:.-]*|^(?:(?:look|scroll) up|see above|as i said|like i said)[\s,:.-]*",
    re.IGNORECASE,
)
# Asking to be called back is the request, not a choice of method.
CALL_BACK = re.compile(
    r"\bcall ?(me |us )?back\b|\bcall ?backs?\b|\b(someone|somebody|anyone|you|u|they|team) (to |can |could |will )?call\b",
    re.IGNORECASE,
)
YES_ANYWHERE = re.compile(r"\b(yes|yeah|yep|ok|okay|sure|i agree|i consent|go ahead|you (can|may) contact me)\b", re.IGNORECASE)
NO_ANYWHERE = re.compile(r"\b(no|not|don'?t|do not|never|nope|nah)\b", re.IGNORECASE)
REFERENCE = re.compile(r"^(my|the|that|it|this|all|everything|u|you|above|before|earlier|in my)\b", re.IGNORECASE)
REASON_WORDS = re.compile(
    r"\b(depress\w*|anxi\w*|ocd|ptsd|bipolar|meds?|medications?|antidepressants?|tried|"
    r"suffer\w*|diagnos\w*|struggl\w*|symptoms?|mood|panic|worried|psychiatrist)\b",
    re.IGNORECASE,
)
# A sentence that asks for the appointment rather than telling why.
REQUEST_WORDS = re.compile(
    r"\b(book\w*|appointment|call ?back|consult\w*|schedul\w*|contact me|reach (out|me)|telephone|"
    r"call me|text me|e-?mail me|sign (me )?up)\b",
    re.IGNORECASE,
)
TIME_CUE = re.compile(r"\b(call|reach|contact|text|free|available|good|works?)\b", re.IGNORECASE)
# What comes before the new value in a change: "actually, can you change the time to ".
CHANGE_LEAD = re.compile(
    r"^\s*((actually|wait|sorry|oops|hmm+|ok|okay|so|no|oh)\b[\s,]*)*((can|could) you |please )?"
    r"((change|make|switch|update|set) (it|that|the (best )?time|my (best )?time)( to)?\s*)?",
    re.IGNORECASE,
)
SENTENCES = re.compile(r"[^.!?;\n]+[.!?;]?")
CLAUSES = re.compile(r"[^.!?;,\n]+")
NOT_A_TIME = re.compile(r"^\W*(y|yes|yeah|yep|ok|okay|k|sure|no|nope|idk|thanks?|thank you)?\W*$", re.IGNORECASE)


def is_correction(text: str) -> bool:
    return bool(CORRECTION.search(_plain(text)))


def reminder_rest(text: str) -> Optional[str]:
    """For a reminder ("I just said mornings"), what follows the reminder ("mornings"), "" when it only
    points back ("I told you my email"); None when the message is not a reminder."""
    text = _plain(text)
    found = REMINDER.match(text)
    if not found or not found.group(0).strip():
        return None
    rest = text[found.end():].strip(" .!")
    return "" if REFERENCE.match(rest) else rest


def stated_contact_method(text: str) -> Optional[str]:
    """The contact method a message states as a preference or a change ("best to call", "actually
    a text is better"), not one it only mentions ("can someone call me back?")."""
    text = CALL_BACK.sub(" ", _plain(text))
    if not (PREFERENCE.search(text) or CORRECTION.search(text)):
        return None
    return contact_method(text)


def stated_best_time(text: str) -> Optional[str]:
    """The clause of a message that says when to call, in the person's words ("Best to call weekday
    mornings"), when it comes with a preference or a change; None otherwise."""
    for clause in CLAUSES.findall(_plain(text)):
        if TIME_WORDS.search(clause) and (PREFERENCE.search(clause) or CORRECTION.search(clause)
                                          or TIME_CUE.search(clause)):
            return free_text(CHANGE_LEAD.sub("", clause), 200) or None
    return None


def is_time_answer(text: str) -> bool:
    """An answer to "When is the best time to reach you?" that says something ("yes" and "👍" do not)."""
    return not NOT_A_TIME.match(_plain(text)) and any(ch.isalnum() for ch in text)


def stated_reason(text: str) -> Optional[str]:
    """The sentences of a first message that tell what the person hopes TMS helps with ("I've had
    depression for ten years"), without the contact details; None when there are none."""
    kept = [
        sentence.strip() for sentence in SENTENCES.findall(text)
        if REASON_WORDS.search(sentence) and not sentence.rstrip().endswith("?")
        and not (REQUEST_WORDS.search(sentence) or find_phone(sentence) or "@" in sentence or TIME_WORDS.search(sentence))
    ]
    return free_text(" ".join(kept), 500) or None


def agrees(text: str, intent: Optional[str] = None) -> bool:
    """A yes, at the start ("yes that's fine") or later in the message ("oh wait, I misread. yes, you
    can contact me"), with no word of refusal."""
    answer = yes_or_no(text, intent)
    if answer is not None:
        return answer
    text = _plain(text)
    return bool(YES_ANYWHERE.search(text)) and not NO_ANYWHERE.search(text)
