"""The answer guard: a curated answer only when the assistant is sure which one fits."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from tms_intake.answer_guard import AnswerGuard


def message(text: str, intent: str, key: str, confidence: float) -> Message:
    selected = {intent: {"response": {"intent_response_key": key, "confidence": confidence}}}
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.95}, "intent_ranking": [],
                         "response_selector": selected})


@pytest.mark.parametrize(
    "text, intent, key, confidence, expected",
    [
        ("does it hurt?", "faq", "faq/sensation", 0.99, "faq"),
        ("what does the ending of that film mean", "faq", "faq/how_it_works", 0.18, "nlu_fallback"),
        ("how much is a course of tms", "care_team", "care_team/cost", 0.99, "care_team"),
        ("what's the damage for the whole thing", "care_team", "care_team/cost", 0.99, "care_team"),
        ("who wrote pride and prejudice", "care_team", "care_team/cost", 0.99, "nlu_fallback"),
        ("do you take aetna", "care_team", "care_team/insurance", 0.99, "care_team"),
        ("hi there", "greet", "", 0.0, "greet"),
        ("wat abt insurnce for the treatment", "out_of_scope", "", 0.0, "nlu_fallback"),
        ("any side effects?", "out_of_scope", "", 0.0, "nlu_fallback"),
        ("what's the weather in paris", "out_of_scope", "", 0.0, "out_of_scope"),
        ("write me a python script", "out_of_scope", "", 0.0, "out_of_scope"),
    ],
)
def test_an_unsure_or_moneyless_answer_goes_to_the_fallback(text, intent, key, confidence, expected):
    checked = message(text, intent, key, confidence)
    AnswerGuard(AnswerGuard.get_default_config()).process([checked])
    assert checked.get("intent")["name"] == expected
