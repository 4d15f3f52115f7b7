"""Clinic facts: read from clinic.yml, turned into slots at session start, never shown when unset."""

from __future__ import annotations

import asyncio
import re

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.session import ActionSessionStart
from tms_intake.clinic import ClinicFacts, clinic_slots, load_clinic_facts
from tms_intake.responses import domain_responses, normalize


def write_settings(tmp_path, text: str):
    path = tmp_path / "clinic.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_blank_and_missing_facts_are_empty(tmp_path):
    facts = load_clinic_facts(write_settings(tmp_path, 'name: " Example Clinic "\nphone: ""\nhours:\n'))
    assert facts == ClinicFacts(name="Example Clinic")


def test_settings_that_are_not_a_mapping_are_refused(tmp_path):
    with pytest.raises(ValueError):
        load_clinic_facts(write_settings(tmp_path, "- just a list\n"))


def test_unset_facts_become_empty_slots():
    slots = clinic_slots(ClinicFacts(name="Example Clinic", phone="(212) 555-0100"))
    assert slots == {
        "clinic_name": "Example Clinic",
        "clinic_address": None,
        "clinic_phone": "(212) 555-0100",
        "clinic_hours": None,
        "clinic_website": None,
    }


def test_a_website_that_is_not_https_is_refused(tmp_path):
    with pytest.raises(ValueError, match="https"):
        load_clinic_facts(write_settings(tmp_path, 'website: "javascript:alert(1)"\n'))
    assert load_clinic_facts(write_settings(tmp_path, 'website: "https://clinic.example.com/faq"\n')).website == (
        "https://clinic.example.com/faq"
    )


def test_session_start_sets_clinic_slots_then_listens(tmp_path, monkeypatch):
    monkeypatch.setenv("CLINIC_SETTINGS_FILE", str(write_settings(tmp_path, 'phone: "(212) 555-0100"\n')))
    tracker = Tracker("test-sender", {}, {}, [], False, None, {}, "action_listen")
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, {}))
    assert events[0]["event"] == "session_started"
    assert {"event": "slot", "name": "clinic_phone", "value": "(212) 555-0100", "timestamp": None} in events
    assert {"event": "slot", "name": "clinic_hours", "value": None, "timestamp": None} in events
    assert events[-1]["event"] == "action" and events[-1]["name"] == "action_listen"


@pytest.mark.parametrize(
    "settings", [None, "name: [unclosed\n", "- a list\n"], ids=["missing file", "broken yaml", "not a mapping"]
)
def test_session_starts_without_clinic_facts_when_the_settings_are_unreadable(tmp_path, monkeypatch, settings):
    path = tmp_path / "clinic.yml"
    if settings is not None:
        path.write_text(settings, encoding="utf-8")
    monkeypatch.setenv("CLINIC_SETTINGS_FILE", str(path))
    tracker = Tracker("test-sender", {}, {}, [], False, None, {}, "action_listen")
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, {}))
    assert events[0]["event"] == "session_started" and events[-1]["name"] == "action_listen"
    assert all(e["value"] is None for e in events if e["event"] == "slot")


NOTHING = ClinicFacts()
EVERYTHING = ClinicFacts(
    name="Example Clinic", address="1 Example Street", phone="(212) 555-0100", hours="Monday to Friday, 9 to 5",
    website="https://clinic.example.com/questions",
)


def render(name: str, facts: ClinicFacts) -> str:
    """The response as the assistant says it; placeholders that are not clinic facts are filled by the
    actions that say them (the intake summary, for one), here with a stand-in."""
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    texts = " ".join(variation.get("text", "") for variation in domain_responses()[name])
    from_actions = {key: "stand-in" for key in re.findall(r"{(\w+)}", texts) if not key.startswith("clinic_")}
    generator = TemplatedNaturalLanguageGenerator(domain_responses())
    return normalize(generator.generate_from_slots(name, clinic_slots(facts), "rest", **from_actions)["text"])


@pytest.mark.parametrize("facts", [NOTHING, EVERYTHING], ids=["nothing configured", "everything configured"])
def test_every_response_renders_without_a_placeholder(facts):
    for name in domain_responses():
        text = render(name, facts)
        assert "{" not in text and "None" not in text, f"{name}: {text}"


@pytest.mark.parametrize(
    "response, fact",
    [
        ("utter_clinic_location", "address"),
        ("utter_clinic_hours", "hours"),
        ("utter_clinic_phone", "phone"),
        ("utter_human_handoff", "phone"),
        ("utter_intake_not_saved", "phone"),
        ("utter_intake_no_consent", "phone"),
        ("utter_intake_no_contact", "phone"),
        ("utter_phone_left_out", "phone"),
        ("utter_greet", "name"),
        ("utter_care_team/not_covered", "website"),
    ],
)
def test_a_configured_fact_is_said_and_an_unset_one_is_not(response, fact):
    assert getattr(EVERYTHING, fact) in render(response, EVERYTHING)
    assert all(value not in render(response, NOTHING) for value in vars(EVERYTHING).values())
