"""Table-driven tests for tms_intake.contact_details: how what patients type is read as contact
details. Phone numbers in the formats people use are normalized to E.164 and unusable ones (extension,
missing area code, junk) get a problem code; email addresses are checked and found inside sentences;
names keep their accents, apostrophes and hyphens and lose lead-ins (found by a spaCy matcher on
spaCy tokens) and greetings; and yes/no, "skip", the preferred contact method, free text and phone display behave as the assistant
expects. Fixtures use only 555-01xx and fictional-range phone numbers and example.com/.org/.net
addresses."""

from __future__ import annotations

import pytest

from tms_intake.contact_details import (
    Parsed,
    contact_method,
    display_phone,
    find_email,
    find_name,
    find_phone,
    free_text,
    is_skip,
    parse_email,
    parse_name,
    parse_phone,
    yes_or_no,
)

US_PHONES = [
    ("(212) 555-0123", "+12125550123"),
    ("(212)555-0123", "+12125550123"),
    ("212-555-0123", "+12125550123"),
    ("212.555.0123", "+12125550123"),
    ("212 555 0123", "+12125550123"),
    ("2125550123", "+12125550123"),
    ("212/555-0123", "+12125550123"),
    ("  (212) 555 0123  ", "+12125550123"),
    ("1-212-555-0123", "+12125550123"),
    ("1 (212) 555-0123", "+12125550123"),
    ("1.646.555.0199", "+16465550199"),
    ("12125550107", "+12125550107"),
    ("+12125550123", "+12125550123"),
    ("+1 718 555 0142", "+17185550142"),
    ("+1 (212) 555-0123", "+12125550123"),
    ("+1-646-555-0199", "+16465550199"),
    ("646.555.0199", "+16465550199"),
    ("tel:+1-212-555-0123", "+12125550123"),
    ("my cell is (646) 555-0199 thanks", "+16465550199"),
    ("It's 718-555-0142.", "+17185550142"),
    ("call me at 212 555 0123 any time", "+12125550123"),
    ("phone: 646-555-0199", "+16465550199"),
    ("212-555-0123 is my cell", "+12125550123"),
]
INTERNATIONAL_PHONES = [
    ("+44 20 7946 0958", "+442079460958"),
    ("+44 (0)20 7946 0958", "+442079460958"),
    ("+44 161 496 0123", "+441614960123"),
    ("my UK number is +44 20 7946 0958", "+442079460958"),
]
BAD_PHONES = [
    ("212-555-0123 ext. 12", "phone_extension"),
    ("(212) 555-0123 x12", "phone_extension"),
    ("212 555 0123 extension 5", "phone_extension"),
    ("555-0123", "phone_area_code"),
    ("555 0142", "phone_area_code"),
    ("12345", "phone"),
    ("212-555-01", "phone"),
    ("212555012345678", "phone"),
    ("call me maybe", "phone"),
    ("ABC-DEF-GHIJ", "phone"),
    ("📞📞📞", "phone"),
    ("<b>212</b>", "phone"),
    ("'; DROP TABLE leads; --", "phone"),
    ("", "phone"),
    ("9" * 5000, "phone"),
    ("a" * 5000, "phone"),
]


@pytest.mark.parametrize(("text", "e164"), US_PHONES + INTERNATIONAL_PHONES, ids=lambda v: str(v)[:40])
def test_parse_phone_normalizes_to_e164(text, e164):
    assert parse_phone(text) == Parsed(value=e164)


@pytest.mark.parametrize(("text", "e164"), US_PHONES + INTERNATIONAL_PHONES, ids=lambda v: str(v)[:40])
def test_find_phone_normalizes_to_e164(text, e164):
    assert find_phone(text) == Parsed(value=e164)


@pytest.mark.parametrize(("text", "problem"), BAD_PHONES, ids=lambda v: str(v)[:40])
def test_parse_phone_problems(text, problem):
    assert parse_phone(text) == Parsed(problem=problem)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd like a consult", None),
        ("call me tomorrow morning", None),
        ("", None),
        ("my number is 212-555-0123, sorry I mean 646-555-0199", Parsed(value="+16465550199")),
        ("(212) 555-0123 or better (718) 555-0142", Parsed(value="+17185550142")),
        ("it's 212-555-0123 ext. 12", Parsed(problem="phone_extension")),
        ("the last part should be 0148 not 0118. 617-555-0148. i swear", Parsed(value="+16175550148")),
    ],
    ids=["no-number", "no-number-call", "empty", "correction-last", "two-numbers-last", "extension", "digits-across-a-stop"],
)
def test_find_phone_in_messages(text, expected):
    assert find_phone(text) == expected


VALID_EMAILS = [
    ("dana@example.com", "dana@example.com"),
    ("dana+tms@example.com", "dana+tms@example.com"),
    ("jim.o'connor@example.org", "jim.o'connor@example.org"),
    ("dana@mail.example.net", "dana@mail.example.net"),
    ("dana@EXAMPLE.COM", "dana@example.com"),
    ("DANA@Example.Org", "DANA@example.org"),
    ("  dana.lee@example.net  ", "dana.lee@example.net"),
    ("my email is jim@example.org thanks", "jim@example.org"),
    ("Dana.Lee@Example.com", "Dana.Lee@example.com"),
    ("DANA.LEE@EXAMPLE.COM", "DANA.LEE@example.com"),
    ("Dana.Lee@EXAMPLE.COM",
        "Dana.Lee@example.com"),
]
BAD_EMAILS = [
    "dana.example.com",
    "dana@example",
    "dana @ example.com",
    "dana@ example.com",
    "dana@@example.com",
    "dana@foo@example.com",
    "jim at example dot com",
    "<b>dana@example.com</b>",
    "<script>alert(1)</script>@example.com",
    "",
    "a" * 5000 + "@example.com",
]


@pytest.mark.parametrize(("text", "email"), VALID_EMAILS, ids=lambda v: str(v)[:40])
def test_parse_email_valid(text, email):
    assert parse_email(text) == Parsed(value=email)


@pytest.mark.parametrize("text", BAD_EMAILS, ids=lambda v: v[:40] or "empty")
def test_parse_email_invalid(text):
    assert parse_email(text) == Parsed(problem="email")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, I'm James O'Connor, (646) 555-0199, jim@example.org, I'd like a consult", Parsed(value="jim@example.org")),
        ("old one was dana@example.com, new one is dana.lee@example.net", Parsed(value="dana.lee@example.net")),
        ("email me at jim@example", Parsed(problem="email")),
        ("I'd like a consult", None),
        ("jim at example dot com", None),
    ],
    ids=["all-in-one", "last-wins", "no-domain-dot", "none", "spelled-out"],
)
def test_find_email_in_messages(text, expected):
    assert find_email(text) == expected


@pytest.mark.parametrize(
    "text",
    ["my name's Dana Lee", "My name is Dana Lee", "name: Dana Lee", "this is Dana Lee", "I am Dana Lee",
     "I’m Dana Lee", "im Dana Lee"],
)
def test_name_lead_ins_are_matched_on_spacy_tokens(text):
    # spaCy splits "name's" and "I’m" into tokens that the lead-in Matcher patterns name.
    assert find_name(text) == "Dana Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zoë Åberg-Núñez", "Zoë Åberg-Núñez"),
        ("James O'Connor", "James O'Connor"),
        ("James O’Connor", "James O’Connor"),
        ("Siobhán Ní Bhriain", "Siobhán Ní Bhriain"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("Ana de la Cruz", "Ana de la Cruz"),
        ("my name is Dana Lee", "Dana Lee"),
        ("My name's Dana Lee", "Dana Lee"),
        ("this is Dana Lee", "Dana Lee"),
        ("I'm Dana Lee", "Dana Lee"),
        ("I’m Dana Lee", "Dana Lee"),
        ("it's Dana Lee", "Dana Lee"),
        ("Hi, Dana Lee", "Dana Lee"),
        ("Hi, I'm James O'Connor", "James O'Connor"),
        ("Hello! Dana Lee here", "Dana Lee"),
        ("sure - my name is actually Zoë Åberg", "Zoë Åberg"),
        ("james o'connor", "James O'Connor"),
        ("jean-luc picard", "Jean-Luc Picard"),
        ("ZOË ÅBERG", "Zoë Åberg"),
        ("It's Dana Lee.",
            "Dana Lee"),
        ("Will Smith", "Will Smith"),
        ("An Nguyen", "An Nguyen"),
        ("Do Thi Lan", "Do Thi Lan"),
        ("His name is Diego Gutiérrez.", "Diego Gutiérrez"),
        ("Oh right, it's Daniel Abernathy, sorry", "Daniel Abernathy"),
        ("[Ken Rope]", "Ken Rope"),
        ("Meiling Chen（陈美玲）", "Meiling Chen"),
        ("(Ana Lima)", "Ana Lima"),
        ("Adaeze Okafor (my mum)", "Adaeze Okafor"),
        ("Maricel Dela Cruz po", "Maricel Dela Cruz"),
        ("Lin Po", "Lin Po"),
    ],
    ids=lambda v: str(v)[:40],
)
def test_parse_name_valid(text, name):
    assert parse_name(text) == Parsed(value=name)


@pytest.mark.parametrize(
    ("text", "allow_one_word", "expected"),
    [
        ("Dana", False, Parsed(problem="name_one_word")),
        ("I'm Zoë", False, Parsed(problem="name_one_word")),
        ("Dana", True, Parsed(value="Dana")),
        ("siobhán", True, Parsed(value="Siobhán")),
    ],
    ids=["one-word", "one-word-lead-in", "one-word-allowed", "one-word-allowed-capitalized"],
)
def test_parse_name_one_word(text, allow_one_word, expected):
    assert parse_name(text, allow_one_word=allow_one_word) == expected


@pytest.mark.parametrize(
    "text",
    ["yes", "", "   ", "😀😀", "<script>alert(1)</script>", "'; DROP TABLE leads; --", "12345", "dana@example.com",
     "he doesn't have one, you can use mine", "After 5 pm on weekdays", "she doesn't use email",
     "yes thats right i think. thank you for being nice"],
    ids=["yes", "empty", "blank", "emoji", "html", "sql", "digits", "email", "pronoun", "time", "pronoun-verb", "agreeing"],
)
def test_parse_name_not_a_name(text):
    assert parse_name(text) == Parsed(problem="name")
    assert parse_name(text, allow_one_word=True) == Parsed(problem="name")


def test_a_reason_typed_at_the_name_question_is_not_a_name():
    assert parse_name("low mood for months, sertraline didn't do anything").value is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, I'm James O'Connor, (646) 555-0199, jim@example.org, I'd like a consult", "James O'Connor"),
        ("my name is Zoë Åberg-Núñez and I'd like a consult", "Zoë Åberg-Núñez"),
        ("This is Ana de la Cruz calling about TMS", "Ana de la Cruz"),
        ("Hello, I’m Siobhán Ní Bhriain", "Siobhán Ní Bhriain"),
        ("Hi, I'm Dana Lee.",
            "Dana Lee"),
        ("I'm interested in TMS", None),
        ("I'm feeling down", None),
        ("this is great", None),
        ("i'm james o'connor", None),
        ("I'm Dana", None),
        ("text me at (512) 555-0162, email is dan@example.net, name Daniel Morales", "Daniel Morales"),
        ("what is your name?", None),
        ("Sorry, my name is actually spelled Jonathan Pedersen, with a d.", "Jonathan Pedersen"),
        ("My husband's name is Harold Whitaker. I am his wife.", "Harold Whitaker"),
        ("my doctor's name is Sam Reyes", None),
        ("Everyone calls me Bobby, but my legal name is Roberto Sanchez, so please use that.", "Roberto Sanchez"),
        ("Мене звати Olena Kovalenko", "Olena Kovalenko"),
        ("", None),
    ],
    ids=lambda v: str(v)[:40],
)
def test_find_name(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("yes", None, True),
        ("Yes!", None, True),
        ("yep that's right", None, True),
        ("I agree", None, True),
        ("ok go ahead", None, True),
        ("sure", None, True),
        ("y", None, True),
        ("no", None, False),
        ("No thanks", None, False),
        ("nope", None, False),
        ("not right", None, False),
        ("that's wrong", None, False),
        ("n", None, False),
        ("not sure", None, None),
        ("maybe", None, None),
        ("what?", None, None),
        ("I don't know", None, None),
        ("that works for me", None, None),
        ("that works for me", "affirm", True),
        ("that would be lovely", "deny", False),
        ("that works for me", "greet", None),
        ("no", "affirm", False),
        ("yes", "deny", True),
        ("not sure", "affirm", None),
        ("that’s right",
            None,
            True),
        ("no problem",
            None,
            True),
    ],
    ids=lambda v: str(v),
)
def test_yes_or_no(text, intent, expected):
    assert yes_or_no(text, intent=intent) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("skip", True),
        ("Skip", True),
        ("no email", True),
        ("I'd rather not", True),
        ("none", True),
        ("n/a", True),
        ("N/A", True),
        ("prefer not to say", True),
        ("dana@example.com", False),
        ("mornings", False),
        ("(212) 555-0123", False),
        ("I’d rather not",
            True),
    ],
    ids=lambda v: str(v),
)
def test_is_skip(text, expected):
    assert is_skip(text) is expected


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("call me", "call"),
        ("text please", "text"),
        ("email is best", "email"),
        ("txt", "text"),
        ("phone", "call"),
        ("E-mail", "email"),
        ("SMS", "text"),
        ("my cell", "call"),
        ("whenever", None),
        ("", None),
        ("text or call, either is fine", "text"),
        ("call, or email if I miss it", "call"),
        ("email me, or text", "email"),
        ("please don't call, text me",
            "text"),
        ("texto por favor, mi hija me ayuda a leerlos", "text"),
        ("una llamada en la tarde", "call"),
        ("por correo electrónico", "email"),
        ("Rele m, tanpri", "call"),  # Haitian Creole: "Call me, please"
        ("skip, mwen pa gen imel", "email"),
    ],
    ids=lambda v: str(v),
)
def test_contact_method(text, method):
    assert contact_method(text) == method


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("  mornings\n\n  are\tbest  ", 100, "mornings are best"),
        ("I prefer evenings", 8, "I prefer"),
        ("<script>alert(1)</script>", 100, "<script>alert(1)</script>"),
        ("'; DROP TABLE leads; --", 100, "'; DROP TABLE leads; --"),
        ("", 10, ""),
        ("x" * 5000, 500, "x" * 500),
    ],
    ids=["whitespace", "cut", "html", "sql", "empty", "long"],
)
def test_free_text(text, limit, expected):
    assert free_text(text, limit) == expected


@pytest.mark.parametrize(
    ("e164", "shown"),
    [("+12125550123", "(212) 555-0123"), ("+16465550199", "(646) 555-0199"), ("+442079460958", "+44 20 7946 0958")],
    ids=["us", "us-646", "uk"],
)
def test_display_phone(e164, shown):
    assert display_phone(e164) == shown


@pytest.mark.parametrize(
    "text, intent, expected",
    [
        ("I'm Morgan Blake, 212-555-0190, I'd like a consultation", "out_of_scope", "request_appointment"),
        ("morgan.blake@example.com", "nlu_fallback", "request_appointment"),
        ("does it hurt? 212-555-0190", "faq", "faq"),
        ("call me maybe", "out_of_scope", "out_of_scope"),
        ("tengo depresion y las pastillas no me ayudan. quiero una cita por favor", "medical", "request_appointment"),
        ("Bonjour, je voudrais prendre rendez-vous", "nlu_fallback", "request_appointment"),
        ("¿cuánto cuesta una consulta?", "care_team", "care_team"),
        ("quiero una cita, ¿duele?", "faq", "faq"),
        ("'; DROP TABLE leads; -- quiero una cita", "out_of_scope", "request_appointment"),
        ("quiero " * 2000, "nlu_fallback", "nlu_fallback"),
        ("<script>alert(1)</script>", "out_of_scope", "out_of_scope"),
    ],
)
def test_a_message_giving_a_phone_or_email_asks_to_be_contacted(text, intent, expected):
    from rasa.shared.nlu.training_data.message import Message

    from tms_intake.contact_nlu import ContactRequestDetector

    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}, "intent_ranking": []})
    ContactRequestDetector({}).process([message])
    assert message.get("intent")["name"] == expected


def test_a_name_the_model_took_for_a_crisis_asks_to_be_contacted_and_the_crisis_detector_still_decides():
    from rasa.shared.nlu.training_data.message import Message

    from tms_intake.contact_nlu import ContactRequestDetector
    from tms_intake.crisis_nlu import CrisisDetector

    texts = ["Oh right, it's Daniel Abernathy, sorry", "I want to die, 212-555-0190"]
    messages = [
        Message(data={"text": text, "intent": {"name": "crisis", "confidence": 0.9},
                      "intent_ranking": [{"name": "crisis", "confidence": 0.9}]})
        for text in texts
    ]
    ContactRequestDetector({}).process(messages)
    assert [message.get("intent")["name"] for message in messages] == ["request_appointment"] * 2
    CrisisDetector(CrisisDetector.get_default_config()).process(messages)
    assert [message.get("intent")["name"] for message in messages] == ["request_appointment", "crisis"]


@pytest.mark.parametrize("text, answer", [
    ("sí", True), ("si claro", True), ("Sí, todo correcto", True), ("oui", True), ("sim", True), ("是的", True),
    ("vâng", True), ("да", True), ("não", False), ("nie", False), ("không", False),
    ("simple", None), ("data", None), ("dad said so", None), ("是不是", None), ("co-pay?", None), ("Có", True),
])
def test_yes_and_no_in_the_languages_patients_write_in(text, answer):
    assert yes_or_no(text) is answer
