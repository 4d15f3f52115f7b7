"""What a message says beyond the detail asked for: a correction of another detail ("wait, my number is
actually ..."), a contact method or a best time stated in passing ("best to call weekday mornings"),
a reminder ("I just said mornings"), the reason in a first message, a yes anywhere in a message; and
whether a message has the shape of an ordinary answer to one of the intake form's questions.

The intake form (actions/intake_form.py) reads these before it fills the question asked; the crisis
policy uses `plain_answer` to judge a flagged message in the form's context.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Optional

from tms_intake.contact_details import (
    ALSO_NAMES,
    BEFORE_DETAILS,
    CONTACT_METHODS,
    NAME_PARTICLES,
    NOT_NAMES,
    Parsed,
    contact_method,
    contact_methods_named,
    find_email,
    find_name,
    find_phone,
    free_text,
    is_skip,
    parse_name,
    plain,
    word_count,
    yes_or_no,
)

# Words that say when: "weekday mornings", "after 5", "tues/thurs", "anytime".
TIME_WORDS = re.compile(
    r"\b(mornings?|afternoons?|evenings?|nights?|noon|lunch(time)?|midday|any ?time|whenever|week ?days?|"
    r"week ?ends?|wkdays?|wknds?|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?s?|today|tomorrow|tonight|"
    r"eve|arvo|after (work|school|lunch|\d{1,2})|before (work|school|lunch|\d{1,2})|between|\d{1,2}(:\d\d)? ?([ap]\.?m\.?|o'?clock)|"
    r"early|late|\d{1,2} ?(?:to|-|–) ?\d{1,2})\b",
    re.IGNORECASE,
)



def plain_answer(slot: str, text: str) -> bool:
    """The message is an ordinary answer to the intake form's question for `slot` and nothing more:
    "Li Na", "212-555-0143", "anytime", "yes". Anything said beside the answer ("mornings. if I'm
    still here") makes it more than an answer."""
    text = plain(text)
    words = word_count(text, characters_a_word=1)  # "是的。不过我刚才吃了很多安眠药" is more than a yes
    checks = {
        "full_name": lambda: _is_only_a_name(text),
        "phone": lambda: find_phone(text) is not None and _words_beside(PHONE_LIKE, text) <= MAX_WORDS_BESIDE,
        "email": lambda: "@" in text and _words_beside(EMAIL_LIKE, text) <= MAX_WORDS_BESIDE or is_skip(text) and words <= 4,
        "preferred_contact": lambda: contact_method(text) is not None and words <= 4,
        "best_time": lambda: (bool(TIME_WORDS.search(text)) and _words_beside(TIME_WORDS, text) <= 2) or words <= 2,
        "reason": lambda: is_skip(text) and words <= 4,
        "consent": lambda: yes_or_no(text) is not None and words <= 3,
        "confirmed": lambda: yes_or_no(text) is not None and words <= 3,
    }
    return slot in checks and checks[slot]()


def answers_question(slot: str, text: str) -> bool:
    """The message answers the intake form's question for `slot`, alone or with more around it ("thank
    you. email please, that account is private" answers the contact-method question)."""
    readers = {
        "full_name": lambda: stated_name(text),
        "phone": lambda: find_phone(text),
        "email": lambda: find_email(text) or declines_email(text),
        "preferred_contact": lambda: stated_contact_method(text),
        "best_time": lambda: stated_best_time(text) or opens_with_a_time(text),
        "consent": lambda: gives_consent(text),
        "reason": lambda: note_for_the_team(text) or tells_a_reason(text),
    }
    if slot == "best_time":  # not plain_answer's any two words: "thank you" is no time
        return bool(readers[slot]())
    return bool(slot in readers and readers[slot]()) or plain_answer(slot, text)


PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().\-]{6,}\d")
EMAIL_LIKE = re.compile(r"\S+@\S+")
MAX_WORDS_BESIDE = 3


def _words_beside(pattern: re.Pattern, text: str) -> int:
    return word_count(pattern.sub(" ", text), characters_a_word=1)


# Two to four capitalized words of letters, as a name is typed: "Ken Rope", "[Vera Cutting]". No crisis
# message of the project's sets (6,877 in all, most in the form's context) has this shape.
TYPED_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,3}")
MARKUP_AROUND = re.compile(r"^[\s\[(\"'<*_]+|[\s\])\"'>*_.;,!]+$")
NOT_IN_A_NAME = {"me", "myself", "it", "now", "all", "this", "tonight", "today", "goodbye", "bye", "please",
                 "help", "want", "die", "dead", "death", "kill", "suicide", "end", "life", "done"}


def is_a_typed_name(text: str) -> bool:
    """The message is nothing but a name written with capitals, with stray markup around it at most."""
    bare = MARKUP_AROUND.sub("", text)
    return bool(TYPED_NAME.fullmatch(bare)) and not NOT_IN_A_NAME & set(bare.lower().split())


def _is_only_a_name(text: str) -> bool:
    """The message is a name, with at most a lead-in, a relationship or a word of apology around it."""
    name = parse_name(text, allow_one_word=True).value
    return name is not None and len(text.split()) <= len(name.split()) + 5


# "wait", "actually", "I meant": the message changes a detail given before.
CORRECTION = re.compile(
    r"\b(actually|wait|oops|correction|i meant|meant to say|change|changed|instead|rather|make it|"
    r"switch|not .{1,20} but|wrong|mistake|typo|update|fix|fixed|correct is|the right (one|number) is|"
    r"scratch that|hang on|on second thought|autocorrect\w*|did it again)\b|"
    r"\bnot (?:in the )?(?:mornings?|afternoons?|evenings?|nights?|weekdays?|weekends?)(?=\s*[,.;!]|\s+but\b)",
    re.IGNORECASE,
)
# A preference stated in passing: "best to call", "text me", "email is easiest", "by phone".
PREFERENCE = re.compile(
    r"\b(prefer\w*|prefiero|prefiro|pr[ée]f[èe]re|mejor|rather|best|better|easiest|only|by|via|through)\b|"
    r"(?<!not )(?<!n't )(?<!dont )(?<!never )\b(use|using|just) (e-?mail|text|texts|txt|calls?|phone)\b|"
    r"\b(text|txt|e-?mail) me\b|(^|[,;.]\s*)(call|ring|phone|telephone) me\s*([,;.]|$)|"
    r"\bplease (call|phone|telephone|ring|text|e-?mail)\b|"
    r"\b(call|calls|text|texts|texting|e-?mail|phone) (is|would be|works) (best|better|easiest|easier|fine|good|great|ok|okay)\b"
    r"|\b(call|phone|telephone|text|e-?mail),? (if you )?please\b",
    re.IGNORECASE,
)
STRONG_PREFERENCE = re.compile(r"\b(prefer\w*|rather|best|better|easiest|only)\b", re.IGNORECASE)
# "I already told you", "I just said mornings", "see my first message".
REMINDER = re.compile(
    r"^(?:(?:but|um+|uh+|well|hey|again|no|yes),?\s+)*(?:i\s*(?:'?ve|have)?\s*)?(?:already\s+|just\s+)?"
    r"(?:told|said|gave|wrote|mentioned|typed|put|answered|sent)(?:\s+(?:you|u|that|it|this|already|before|earlier))*"
    r"[\s,:.-]*|^(?:(?:look|scroll) up|see above|as i said|like i said)[\s,:.-]*",
    re.IGNORECASE,
)
# A name someone goes by, not a way to be contacted: "my friends call me Nell".
NICKNAME = re.compile(
    r"\b(?i:call|calls|called|go by|goes by)\s+(?i:me|him|her)\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*day)[A-Z][a-z]+"
    r"|\b(?i:friends|family|everyone|everybody|people|folks)\s+(?i:call)\s+(?i:me|him|her)\b"
)
# "I thought it was asking about texting him": someone else contacted, not the way to reach the person.
SOMEONE_ELSE_CONTACTED = re.compile(
    r"\b(call|calling|text|texting|txt|e-?mail|e-?mailing|phone|phoning)\s+(him|her|them)\b(?!\s+(or|and)\s+me\b)",
    re.IGNORECASE,
)
THIS_MESSAGE = re.compile(r"\b(this|that|my|the|your|previous|last|first|above)\s+message\b", re.IGNORECASE)
# Asking to be called back is the request, not a choice of method.
CALL_BACK = re.compile(
    r"\bcall ?(me |us )?back\b|\bcall ?backs?\b|"
    r"\b(someone|somebody|some1|sum1|anyone|anybody|any1|you|u|they|team) (to |can |could |will )?call\b",
    re.IGNORECASE,
)
YES_ANYWHERE = re.compile(r"\b(yes|yeah|yep|ok|okay|sure|i agree|i consent|go ahead|you (can|may) contact me)\b", re.IGNORECASE)
NO_ANYWHERE = re.compile(r"\b(no|not|don'?t|do not|never|nope|nah)\b", re.IGNORECASE)
REFERENCE = re.compile(r"^(my|the|that|it|this|all|everything|u|you|above|before|earlier|in my)\b", re.IGNORECASE)
REASON_WORDS = re.compile(
    r"\b(depress\w*|anxi\w*|ocd|ptsd|bipolar|meds?|medications?|antidepressants?|pills?|tablets?|tried|"
    r"suffer\w*|diagnos\w*|struggl\w*|symptoms?|mood|panic|worried|psychiatrist|"
    r"depresi[oó]n|deprimid[oa]|depress[aã]o|ansiedad|medicamentos?|pastillas|rem[eé]dios?)\b",
    re.IGNORECASE,
)
# A sentence that asks for the appointment rather than telling why.
REQUEST_WORDS = re.compile(
    r"\b(book\w*|appointment|call ?back|consult\w*|schedul\w*|contact me|reach (out|me)|telephone|"
    r"call me|text me|e-?mail me|sign (me )?up)\b",
    re.IGNORECASE,
)
TIME_CUE = re.compile(
    r"\b(call|reach|contact|text) me\b|\b(free|available)\b|\b(works?|good) (best|for me)\b|\bgood time\b|"
    r"\bconvenient\b|\bsuits? me\b|\b(is|are|would be) (fine|good|ok|okay|great|best|better)\b", re.IGNORECASE
)
# A detail the person declines or does not have: "I don't have a phone I can use", "rather not give my email".
DECLINED_NEAR = re.compile(
    r"\b(don'?t|do not|dont|not|no|never|without|nvm|never ?mind|forget|scratch|instead of|rather than)\s+(\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "texts make me anxious": a method named as one not wanted.
DISLIKED = re.compile(r"\b(anxi\w*|nervous|overthink\w*|uncomfortable|dread\w*|panic\w*|hate|miss\w*|scared|stress\w*|bad|hard|difficult|trying|tiring|tough|awkward|annoying|don'?t|not)\b", re.IGNORECASE)
# "Tôi thích call hơn text", "a call over a text": the method after "than" is the one not wanted.
OVER_ANOTHER = re.compile(
    r"\b(than|over|hơn|instead of|rather than|m[aá]s que)\s+(an? |the )?(calls?|calling|phone|texts?|texting|txt|e-?mails?)\b",
    re.IGNORECASE,
)
REVISED = re.compile(r"\?|\b(but|or maybe|actually|instead|on second thought|let'?s (say|go with|do|make it)|go with|make it)\b", re.IGNORECASE)
# Not a polite request: "I would be grateful if a member of your team could contact me by telephone".
CONDITION = re.compile(r"\b((?<!grateful )(?<!thankful )(?<!appreciate it )(?<!glad )(?<!happy )if|in case|unless|when)\b", re.IGNORECASE)
# "my phone number", "the cell": a phone as the number, not as the way to be contacted.
PHONE_AS_NUMBER = re.compile(
    r"\b(my|the|your|his|her)\s+(home\s+)?(phone|cell|mobile|telephone)(\s+number)?\b|\b(phone|cell|telephone)\s*(number|#|no\b|:)|"
    r"\b(mistake|typo|error|fix|correct)\w*\s+(in|on|with|of|to)?\s*(my|the)?\s*(phone|cell|mobile)\b", re.IGNORECASE
)
# "my email", "Email: ...", "the email is wrong": an email as the address, not as the way to be contacted.
EMAIL_AS_ADDRESS = re.compile(
    r"\b(my|the|your|his|her)\s+e-?mail(\s+address)?\b|\be-?mail(\s+address)?\s*:|"
    r"\be-?mail(\s+address)?\s+(is|was)\s+(wrong|incorrect|misspelled|off|not right)\b"
    r"|\b(e-?mail|electronic mail) address\b",
    re.IGNORECASE,
)
# Words a clause that only says when may hold beside its time words: "weekday afternoons between 1 and 4".
TIME_FILLER = frozenset(
    """a an and or to till until from around about at on in the any best is are would be works work good fine
    ok okay please preferably ideally usually maybe probably i guess ish pm am p.m. a.m. or-so like
    suit suits me for my great perfect preferable preferred time times one two three four five six seven eight
    nine ten eleven twelve o'clock oclock day days every""".split()
)
# "Any weekday afternoon but not Mondays": a time with an exception is a good time.
EXCEPT_FOR = re.compile(r"\b(but not|except|other than|apart from)\b", re.IGNORECASE)
# A time not to call: "i work nights so its hard to reach me", "mornings are bad", "I work nights".
WORK_TIME = re.compile(r"\bi (work|am at work|m at work|sleep)\b", re.IGNORECASE)
BAD_TIME = re.compile(r"\b(hard|difficult|can'?t|cannot|never|not|busy|asleep|sleeping|bad|worst|except)\b", re.IGNORECASE)
# "I do not use email", "no email": said before the email question is asked.
NO_EMAIL = re.compile(
    r"\b(don'?t|do not|dont|never) (really )?(have|use|check|do|own) (an? |the |my )?(e-?mails?|electronic mail)\b|\bno e-?mail\b",
    re.IGNORECASE,
)
GREETING = re.compile(r"\bgood\s+(morning|afternoon|evening|night|day)\b", re.IGNORECASE)
# "Best time: lunchtime, 12-1", "Notes: postpartum depression ...": a pasted form's labels.
LABEL = re.compile(r"^\s*(?:best time|time|availability|notes?|reason|note for the team)\s*:\s*", re.IGNORECASE)
# What comes before the new value in a change: "actually, can you change the time to ".
CHANGE_LEAD = re.compile(
    r"^\s*((actually|wait|sorry|oops|hmm+|ok|okay|so|no|oh)\b[\s,]*)*((can|could) you |please )?"
    r"((change|make|switch|update|set) (it|that|the (best )?time|my (best )?time)( to)?\s*)?",
    re.IGNORECASE,
)
NOTE_FOR_THE_TEAM = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:just|please|pls|can you|could you|you can|u can)\s+)(?:put|write|note|say|tell them|let them know|for the note|for the (?:care )?team)(?: down)?"
    r"(?: (?:in the note|for the note|for the team|as the reason))?[ :,]+(?:that )?(?P<note>\S.*)$",
    re.IGNORECASE,
)
# "My last name should be O'Malley", "first name is spelled Aisha".
NAME_PART_FIX = re.compile(
    r"\b(?P<part>(?i:last|sur|family|first|given)) ?(?i:name) (?i:is|should be|was supposed to be|needs to be|"
    r"is actually|is spelled|is spelt|has to be)[\s:]+(?P<new>[A-Z][\w'\u2019-]+)",
)
# "The name is wrong, that's my phone's autocorrect. It's Stephen, S-T-E-P-H-E-N.": the new spelling of
# the part it is closest to.
NAME_WRONG = re.compile(r"\bname\b.{0,40}\b(wrong|incorrect|misspel\w*|autocorrect\w*|typo|not right)\b", re.IGNORECASE)
SPELLED_AS = re.compile(r"\b(?i:it'?s|it is|should be|spelled|spelt|is actually)[\s:]+(?P<new>[A-Z][\w'\u2019-]+)")
MIN_SPELLING_LIKENESS = 0.5
IN_THE_NOTES = re.compile(r"\s*\b(?:in|on|for) the (?:notes?|request|form)\W*$", re.IGNORECASE)
# "just that i've tried 5 meds", the answer to "Is there anything you'd like the care team to know?"
JUST_THAT = re.compile(r"^(?:just|only) that\s+(?P<note>\S.*)$", re.IGNORECASE)
# A dot before a letter or digit ends no sentence: "11 a.m.", "dana.lee@example.com", "917.555.0111";
# a slash between spaces does: "Name: Priya Raman / Phone: ... / Best time: lunchtime".
SENTENCES = re.compile(r"(?:[^.!?;\n/]|\.(?=\w)|(?<=\S)/|/(?=\S))+[.!?;]?")
CLAUSES = re.compile(r"(?:[^.!?;,\n/]|\.(?=\w)|(?<=\S)/|/(?=\S))+")
MAX_BARE_QUESTION_WORDS = 15
MAX_WORDS_AROUND_NAME = 6  # "Megan Alicia Torres if you need the whole thing"
MIN_TOLD_WORDS = 8
MAX_LAST_WORD_CHOICE = 3
CONSENT_GIVEN = re.compile(
    r"\b(you|u|they|the team|your team) (can|may|could) (contact|text|txt|call|phone|e-?mail|reach) (me|us)\b|"
    r"(?<!is it )(?<!be )(?<!if its )\b(ok|okay|fine|alright) (for (you|them|the team) )?to (contact|text|txt|call|phone|e-?mail|reach) (me|us)\b|"
    r"\bi (do |am |m )?(agree|consent)\b|\b(estoy de acuerdo|acepto|concordo|eu aceito|j'accepte|je suis d'accord)\b",
    re.IGNORECASE,
)
AGAIN = (
    r"(?:start|begin)(?: this| it| the (?:form|request|whole thing))?(?: all)?"
    r" (?:over(?: again)?|again|afresh)?(?: ?from (?:the )?(?:beginning|scratch|top|start))?(?<!start|begin)"
)
# A request to start the form again: asked of the assistant ("can we start over?") or the whole message
# ("start again please"), not a wish about treatment ("I had TMS before and want to start again").
START_OVER = re.compile(
    r"^(?:.*[.!?,;:]\s*)?(?:(?:ugh|sorry|oops|ok(?:ay)?|wait|hmm+|actually|uh+|um+)[\s,.!]+)*"
    r"(?:(?:can|could|may) (?:we|i) (?:please |just )?|let'?s |let me |i'?d like to |i want to |i wanna |i need to |please )?"
    rf"(?:{AGAIN}|restart(?: this| it)?|redo(?: this| it)?|reset(?: this| it)?)"
    r"(?: (?:with|on) (?:the|this|my) (?:appointment |consultation |callback )?(?:request|form|booking|details))?"
    r"(?: please| pls| plz)?\W*$"
    # Asked in passing: "actually wait can we start over?? i think i messed it all up, ..."
    rf"|\b(?:can|could|may) (?:we|i) (?:please |just )?{AGAIN}\?",
    re.IGNORECASE,
)
NOT_A_TIME = re.compile(r"^\W*(y|yes|yeah|yep|ok|okay|k|sure|no|nope|idk|thanks?|thank you)?\W*$", re.IGNORECASE)


def is_correction(text: str) -> bool:
    return bool(CORRECTION.search(plain(text)))


def asks_to_start_over(text: str) -> bool:
    return bool(START_OVER.search(plain(text)))


def reminder_rest(text: str) -> Optional[str]:
    """For a reminder ("I just said mornings"), what follows the reminder ("mornings"), "" when it only
    points back ("I told you my email"); None when the message is not a reminder."""
    text = plain(text)
    found = REMINDER.match(text)
    if not found or not found.group(0).strip():
        return None
    rest = text[found.end():].strip(" .!")
    return "" if REFERENCE.match(rest) else rest


def stated_contact_method(text: str) -> Optional[str]:
    """The contact method a message states as a preference or a change ("best to call", "actually
    a text is better"), not one it only mentions ("can someone call me back?"), read in the first
    sentence that states one ("Phone: 212-555-0143. Please email me first." states email)."""
    # "I may be reached at ... or by email at ... I would prefer a telephone call", "cell is ..., email
    # ..., and texting works best for me": the preference wins; the whole message is read last.
    preferred = [clause for clause in CLAUSES.findall(plain(text)) if STRONG_PREFERENCE.search(clause)]
    sentences = sorted(SENTENCES.findall(plain(text)), key=lambda sentence: not STRONG_PREFERENCE.search(sentence))
    for sentence in [*preferred, *sentences, text]:
        if method := _method_stated(sentence):
            return method
    return None


def _without_mentions(text: str) -> str:
    """The message without the words that name a method only in passing: a call back, a nickname,
    "my phone number", "my email address", "this message"."""
    text = plain(text)
    for mention in (NICKNAME, CALL_BACK, PHONE_AS_NUMBER, EMAIL_AS_ADDRESS, THIS_MESSAGE, SOMEONE_ELSE_CONTACTED):
        text = mention.sub(" ", text)
    return text


def _method_stated(text: str) -> Optional[str]:
    text = _without_mentions(text)
    if is_skip(text) or not (PREFERENCE.search(text) or CORRECTION.search(text)):
        return None
    named = sorted((match.start(), match.end(), method) for method, pattern in CONTACT_METHODS for match in pattern.finditer(text))
    before = 0  # a refusal counts for the method after it, not for the next: "no email pls txt me"
    for at, end, method in named:
        clause = next(found for found in CLAUSES.finditer(text) if found.start() <= at < found.end())
        # "don't call", "If someone does need to phone me, ...", "texts are difficult": not the method wanted.
        if not (DECLINED_NEAR.search(text[before:at]) or CONDITION.search(text[clause.start():at])
                or DISLIKED.search(clause.group(0))):
            return method
        before = end
    return None


def stated_best_time(text: str) -> Optional[str]:
    """The clause of a message that says when to call, in the person's words ("Best to call weekday
    mornings"), when it comes with a preference or a change; None otherwise."""
    if only_a_time(text):
        return free_text(text, 200)
    gives_details = find_phone(text) is not None or "@" in text
    for sentence in SENTENCES.findall(GREETING.sub(" ", plain(text))):
        clauses = CLAUSES.findall(sentence)
        for number, clause in enumerate(clauses):
            if not TIME_WORDS.search(clause) or _a_bad_time(clause):
                continue
            if (PREFERENCE.search(clause) or CORRECTION.search(clause) or TIME_CUE.search(clause) or only_says_when(clause)
                    or (gives_details and _words_beside(TIME_WORDS, clause) <= 2)):
                # "in the mornings, before 11": the clauses after it that also only say when.
                for more in clauses[number + 1:]:
                    if not (TIME_WORDS.search(more) and only_says_when(more)):
                        break
                    clause += "," + more
                return free_text(CHANGE_LEAD.sub("", LABEL.sub("", clause)), 200) or None
    return None


def _a_bad_time(clause: str) -> bool:
    """ "i work nights so its hard to reach me", "I work nights": a time not to call; "any weekday afternoon
    but not Mondays" is a good one."""
    exception = EXCEPT_FOR.search(clause)
    said = clause[: exception.start()] if exception else clause
    return bool(BAD_TIME.search(said) or WORK_TIME.search(said)) or not TIME_WORDS.search(said)


def only_says_when(clause: str) -> bool:
    """The clause is a time and nothing else: "weekday afternoons between 1 and 4", "evenings after 6"."""
    rest = [word.strip("?!.'\"()") for word in TIME_WORDS.sub(" ", EXCEPT_FOR.sub(" ", clause)).lower().replace("-", " ").split()]
    return all(not word or word in TIME_FILLER or word.isdigit() for word in rest)


def settled_contact_method(text: str) -> Optional[str]:
    """The method an answer to the method question settles on: the one a short last sentence names
    ("call or text either one. text"), the first it names, or the last when the person thinks again as
    they type ("probably a call? but maybe text first ... yeah text")."""
    text = OVER_ANOTHER.sub(" ", plain(text))
    named = contact_methods_named(text)
    last = ([sentence for sentence in SENTENCES.findall(text) if sentence.strip()] or [""])[-1]
    if len(last.split()) <= MAX_LAST_WORD_CHOICE and len(set(last_named := contact_methods_named(last))) == 1:
        return last_named[0]  # "call or text either one. text"
    if not named or not (REVISED.search(text) or is_correction(text)):
        return named[0] if named else None
    liked = [methods[-1] for clause in CLAUSES.findall(plain(text))
             if (methods := contact_methods_named(clause)) and not DISLIKED.search(clause)]
    return liked[-1] if liked else named[-1]


def declines_email(text: str) -> bool:
    return bool(NO_EMAIL.search(plain(text)))


def names_a_method_not_a_time(text: str) -> bool:
    """ "A call is probably best", "A telephone call to the home number, please": an answer to the
    contact-method question, typed when the best time was asked."""
    return not TIME_WORDS.search(plain(text)) and bool(contact_methods_named(_without_mentions(text)))


def only_a_time(text: str) -> bool:
    """The whole message says when and nothing else: "Tuesdays or Thursdays, late morning"."""
    clauses = [clause for clause in CLAUSES.findall(GREETING.sub(" ", plain(text))) if clause.strip()]
    return bool(clauses) and all(TIME_WORDS.search(clause) and only_says_when(clause) for clause in clauses)


def opens_with_a_time(text: str) -> bool:
    """The message starts by saying when and asks nothing else ("evenings maybe, like after 6? i work
    til 5:30"): an answer to the best-time question even with a question mark in it."""
    text = GREETING.sub(" ", plain(text))
    first = next((clause for clause in CLAUSES.findall(text) if clause.strip()), "")
    questions = [sentence for sentence in SENTENCES.findall(text) if sentence.rstrip().endswith("?")]
    return (bool(TIME_WORDS.search(first)) and not BAD_TIME.search(first)
            and all(TIME_WORDS.search(question) for question in questions))


def is_time_answer(text: str) -> bool:
    """An answer to "When is the best time to reach you?" that says something ("yes", "👍" and "Yes, I
    consent." do not)."""
    text = plain(text)
    if NOT_A_TIME.match(text) or not any(ch.isalnum() for ch in text):
        return False
    return bool(TIME_WORDS.search(text)) or not (gives_consent(text) or yes_or_no(text) is True)


def note_for_the_team(text: str) -> Optional[str]:
    """What a message asks to be written down for the care team ("just put that i've tried everything
    and nothing has worked"), in the person's words; None when it asks for no note."""
    found = NOTE_FOR_THE_TEAM.search(plain(text)) or JUST_THAT.match(plain(text))
    note = IN_THE_NOTES.sub("", found.group("note").strip(" .!")) if found else ""
    return free_text(note, 500) or None


def tells_a_reason(text: str) -> bool:
    """ "tried 5 meds and i want something new": what the person hopes TMS helps with, not a question."""
    return bool(REASON_WORDS.search(text)) and "?" not in text


def stated_reason(text: str) -> Optional[str]:
    """In a message that gives everything at once (a phone number or an email with it), the sentences
    that tell what the person hopes TMS helps with ("I've had depression for ten years"), without the
    contact details; None when there are none."""
    return reason_told(text) if find_phone(text) or "@" in text else None


def reason_told(text: str) -> Optional[str]:
    """The sentences of a message that tell what the person hopes TMS helps with, without contact
    details or questions; None when there are none."""
    kept = []
    for sentence in SENTENCES.findall(text):
        if _tells_why(sentence):
            kept.append(LABEL.sub("", sentence.strip()))
        elif REASON_WORDS.search(sentence) and not sentence.rstrip().endswith("?"):
            # "..., best time is weekday mornings, and I'm hoping TMS can help with depression"
            kept += [clause.strip() for clause in CLAUSES.findall(sentence) if _tells_why(clause)]
    return free_text(" ".join(kept), 500) or None


def _tells_why(part: str) -> bool:
    return bool(REASON_WORDS.search(part)) and not part.rstrip().endswith("?") and not (
        REQUEST_WORDS.search(part) or find_phone(part) or "@" in part or TIME_WORDS.search(part)
    )


def told_beside_a_question(text: str) -> Optional[str]:
    """In a reason that ends with a question ("She's tried three medications ... Also, do you treat
    patients under 18?"), the sentences that tell rather than ask, when they say why; None otherwise."""
    sentences = [sentence.strip() for sentence in SENTENCES.findall(plain(text)) if sentence.strip()]
    told = [sentence for sentence in sentences if not sentence.endswith("?")]
    said = " ".join(told)
    if len(told) == len(sentences) or not (REASON_WORDS.search(said) or len(said.split()) >= MIN_TOLD_WORDS):
        return None
    return said


def is_a_bare_question(text: str) -> bool:
    """ "is this part only seen by the care team?": a short question, not a reason for the visit."""
    text = plain(text)
    return text.endswith("?") and len(text.split()) <= MAX_BARE_QUESTION_WORDS and not REASON_WORDS.search(text)


def gives_consent(text: str) -> bool:
    """ "yes you can text me", "I agree": permission to be contacted, said in passing."""
    return bool(CONSENT_GIVEN.search(plain(text)))


def agrees(text: str, intent: Optional[str] = None) -> bool:
    """A yes, at the start ("yes that's fine") or later in the message ("oh wait, I misread. yes, you
    can contact me"), with no word of refusal."""
    answer = yes_or_no(text, intent)
    if answer is not None:
        return answer
    text = plain(text)
    return bool(YES_ANYWHERE.search(text)) and not NO_ANYWHERE.search(text)


SOMEONE_ELSES_NAME = re.compile(r"^(his|her|their|my \w+'s) name\b", re.IGNORECASE)
# Not after an initial: "Thomas R. Whitfield".
SEGMENTS = re.compile(r"[,;\n]|\s[-–/]\s|:\s|(?<=[\w)])(?<!\b[A-Z])\.\s")
SPELLED_OUT = re.compile(r"(?:\w[-.]){2,}\w\.?")
# A message this short may give the name as one of its parts: "Nguyen Van Hung (my dad). I'm his daughter".
MAX_WORDS_WITH_NAME_PART = 15


def name_only(text: str) -> Optional[str]:
    """The name, when a whole message is a person's name written with capitals, two to four words,
    with at most a lead-in or a relationship around it ("Olga Petrova", "It's for my father, Tomasz
    Kowalski.")."""
    name = parse_name(text).value
    # "Guadalupe Herrera de la Cruz": particles are not counted.
    parts = [word for word in (name or "").split() if word.lower() not in NAME_PARTICLES]
    if not name or not 2 <= len(parts) <= 4 or len(text.split()) > len(name.split()) + MAX_WORDS_AROUND_NAME:
        return None
    words = name.split()
    if any(word.lower().rstrip(".") in NOT_NAMES for word in words[1:]) or (
        words[0].lower().rstrip(".") in NOT_NAMES and words[0].lower() not in ALSO_NAMES
    ):
        return None
    if words[0].lower() in ALSO_NAMES and len(text.split()) > len(words) + 1:
        return None  # "My English not so good."
    if any(SPELLED_OUT.fullmatch(word) for word in words):
        return None  # "J-O-H-N S-M-Y-T-H", given after the name itself
    typed = {word.strip(".,;:!?()\"'") for word in text.split()}
    capitalized = all(word in typed or word.lower() in NAME_PARTICLES for word in name.split())
    return name if capitalized and all(word[0].isupper() or word in NAME_PARTICLES for word in name.split()) else None


def stated_name(text: str) -> Optional[str]:
    """A name a message gives without being asked: after "my name is" or "I'm", as the whole message,
    or as one part of a short message or of one that also gives a phone number or an email ("Jess
    Morales, 212-555-0143, jess@example.com")."""
    found = find_name(text) or name_only(text)
    if found or not (find_phone(text) or "@" in text or len(text.split()) <= MAX_WORDS_WITH_NAME_PART):
        return found
    # "Marcus Bell 313-555-0167 no email pls txt me": the details end a part as a comma would.
    parts = SEGMENTS.split(EMAIL_LIKE.sub("\n", PHONE_LIKE.sub("\n", text)))
    found = next((name for segment in parts if (name := name_only(segment.strip()))), None)
    return found or next((name for sentence in SENTENCES.findall(text) if (name := name_before_details(sentence))), None)


def name_before_details(sentence: str) -> Optional[str]:
    """Two or three lowercase words that start a sentence right before a phone number or an email, and
    none of them a word that is no name: "need an appt. jay patel 312-555-0166 ..." gives Jay Patel."""
    if not BEFORE_DETAILS.match(sentence):
        return None
    words = EMAIL_LIKE.split(PHONE_LIKE.split(sentence)[0])[0].split()
    if not 2 <= len(words) <= 3 or any(not word.isalpha() or word.lower() in NOT_NAMES for word in words):
        return None
    return parse_name(" ".join(words)).value


def best_name(text: str, allow_one_word: bool = False):
    """An answer to "What is your full name?" read as `contact_details.parse_name` reads it, unless
    one part of it is a capitalized name on its own ("ok that helps. Lan Nguyen"). The name of the
    person writing comes before the one of the person they write for: "Rachel Feldstein. I'm his
    daughter, his name is Stanley Feldstein."."""
    parts = [part.strip() for part in SEGMENTS.split(text) if part.strip()]
    if len(parts) > 1:
        named = [(bool(SOMEONE_ELSES_NAME.match(part)), name) for part in reversed(parts) if (name := name_only(part))]
        if named:
            return Parsed(value=min(named, key=lambda found: found[0])[1])
    return parse_name(text, allow_one_word=allow_one_word)


def best_name_value(text: str) -> Optional[str]:
    return best_name(text).value


def corrected_name(text: str, name: Optional[str]) -> Optional[str]:
    """`name` with the part a message corrects ("My last name should be O'Malley, with an apostrophe"),
    None when the message corrects no part of a name."""
    found = NAME_PART_FIX.search(plain(text))
    if name and not found and NAME_WRONG.search(plain(text)) and (spelled := SPELLED_AS.search(plain(text))):
        words, new = name.split(), spelled.group("new")
        likeness = [SequenceMatcher(None, word.lower(), new.lower()).ratio() for word in words]
        closest = max(range(len(words)), key=likeness.__getitem__)
        if likeness[closest] < MIN_SPELLING_LIKENESS:
            return None
        return " ".join(words[:closest] + [new] + words[closest + 1:])
    if not name or not found:
        return None
    words, new = name.split(), found.group("new").split()
    if found.group("part").lower() in ("first", "given"):
        return " ".join(new + words[len(new):]) if len(words) > len(new) else None
    return " ".join(words[: max(1, len(words) - len(new))] + new)


def says_when(text: str) -> bool:
    """The message has a word of time once phone numbers are left out ("the last four are 0167" has none)."""
    return bool(TIME_WORDS.search(PHONE_LIKE.sub(" ", plain(text))))


def corrected_full_name(text: str) -> Optional[str]:
    """The name a correction gives as a part of its own: "Sorry, autocorrect. It's Linda with an i. Linda Carter."."""
    if not is_correction(text):
        return None
    return next((name for part in reversed(SEGMENTS.split(text)) if (name := name_only(part.strip()))), None)
