"""The running assistant over the REST channel, as a website visitor or an integration would use it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tms_intake import rest_eval
from tms_intake.holdout import expected_reply, load_examples
from tms_intake.responses import curated_answers, domain_texts, normalize

TARGET = 0.95
ANSWERS = set(curated_answers(domain_texts()).values())


def replies(assistant, message, sender=None) -> list[str]:
    return rest_eval.reply_texts(rest_eval.send(assistant.rest_webhook, message, sender))


DISCLOSURE = domain_texts()["utter_disclosure"]


def test_does_it_hurt_gets_the_tapping_answer(assistant):
    answer = replies(assistant, "does it hurt?")
    assert answer == [DISCLOSURE, expected_reply("faq/sensation")]
    assert "light tapping" in answer[1]


@pytest.mark.parametrize("first_message", ["hello", "what is tms", "do you take medicare?", "asdf qwer zxcv"])
def test_every_conversation_opens_with_what_this_assistant_is(assistant, first_message):
    answer = replies(assistant, first_message)
    assert answer[0] == DISCLOSURE
    assert "virtual assistant" in DISCLOSURE and "medical advice" in DISCLOSURE
    assert "988" in DISCLOSURE and "911" in DISCLOSURE
    assert DISCLOSURE not in answer[1:]


def test_held_out_first_messages_get_the_right_answer(assistant):
    scores = rest_eval.evaluate(assistant.rest_webhook, load_examples())
    misses = "\n".join(f"[{label}] {text} -> {[reply[:60] for reply in got[1:]]}" for label, text, got in scores.failures)
    assert scores.accuracy >= TARGET, f"{scores.accuracy:.3f}\n{misses}"
    assert scores.out_of_scope_answered == 0, misses
    assert scores.too_long == 0


def test_a_question_only_the_care_team_can_answer_offers_a_callback(assistant):
    answer = replies(assistant, "does my insurance cover this treatment?")
    assert answer == [DISCLOSURE, expected_reply("care_team/insurance"), normalize(domain_texts()["utter_offer_callback"])]


@pytest.mark.parametrize(
    "question",
    ["could tms change my personality?", "is deep TMS the same thing you do", "Is the fMRI guided treatment FDA cleared?"],
)
def test_a_tms_question_the_page_does_not_cover_is_said_honestly_with_the_care_team(assistant, question):
    texts = domain_texts()
    assert replies(assistant, question) == [
        DISCLOSURE, expected_reply("care_team/not_covered"), normalize(texts["utter_offer_callback"])
    ]


@pytest.mark.parametrize("request_text", ["book", "appointment please", "schedule me", "sign me up", "callback"])
def test_a_bare_request_starts_the_form(assistant, request_text):
    texts = domain_texts()
    assert replies(assistant, request_text)[1:] == [texts["utter_intake_start"], texts["utter_ask_full_name"]]


def test_a_conversation_keeps_its_context(assistant):
    sender = "test-callback-offer"
    replies(assistant, "how much does a course of TMS cost?", sender)
    assert replies(assistant, "no thanks", sender) == [domain_texts()["utter_no_problem"]]


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "x" * 5000,
        "does it hurt? " * 400,
        "😀😀😀 🧠⚡",
        "<script>alert('hi')</script><b>does it hurt</b>",
        "'; DROP TABLE leads; --",
        "SELECT * FROM users WHERE 1=1",
        "\u0000\u202e\ufeff",
        "¿Duele el tratamiento?",
    ],
    ids=["empty", "blank", "5000 chars", "long repeated question", "emoji", "html", "sql drop", "sql select",
         "control characters", "spanish"],
)
def test_hostile_or_odd_input_gets_a_short_clear_answer(assistant, message):
    answer = replies(assistant, message)
    assert answer, "no reply at all"
    assert all(0 < len(text) <= rest_eval.MAX_REPLY_CHARS for text in answer)
    assert not any("Traceback" in text or "Exception" in text for text in answer)


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[]", b'{"message": "hi"}', b'{"sender": "x"}', b'{"sender": 5, "message": ["hi"]}'],
    ids=["empty body", "not json", "json list", "no sender", "no message", "wrong types"],
)
def test_malformed_requests_are_refused_without_a_stack_trace(assistant, body):
    request = urllib.request.Request(assistant.rest_webhook, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    assert status == 400, status
    assert json.loads(text)["error"]
    assert "Traceback" not in text and 'File "' not in text


def test_what_a_person_writes_never_reaches_the_service_logs(assistant):
    private = "My name is Example Person, call me at 555-0142, I have been feeling low"
    replies(assistant, private, sender="test-privacy")
    for body in (private.encode(), b'{"sender": "test-privacy", "message": ["' + private.encode() + b'"]}'):
        request = urllib.request.Request(assistant.rest_webhook, data=body, headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=30)
    logs = "".join(path.read_text(errors="replace") for path in assistant.log_dir.glob("*.log"))
    assert "rasa" in logs.lower(), "no service log was read"
    for fragment in ("Example Person", "555-0142", "feeling low"):
        assert fragment not in logs
