"""The intake form's actions with rasa-sdk trackers: what each answer fills, which reason a wrong answer
gets, when the form lets a question interrupt it, how a confirmed request is stored exactly once
without personal data in the log, even when the database is down, and when the care team is offered."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import delete

from actions.intake_form import INTAKE_SLOTS, ValidateIntakeForm
from actions.leads import ActionSubmitIntake, consent_sentence
from actions.offers import ActionOfferIntake
from tms_intake import leads
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.database import session

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
ALL_SLOTS = {name: None for name in DOMAIN["slots"]} | {"requested_slot": None}
COMPLETE = {
    "full_name": "Dana Whitfield", "phone": "+12125550147", "email": "", "preferred_contact": "call",
    "best_time": "mornings", "reason": "", "consent": True, "consent_at": "2026-11-26T09:30:00+00:00",
    "confirmed": True,
}


def tracker(
    text: str = "", asked: Optional[str] = None, intent: str = "nlu_fallback", earlier: tuple[str, ...] = (),
    sender: str = "tracker-test", **slots: Any,
) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "message_id": "m"}
    events = [{"event": "session_started", "timestamp": 1.0}]
    events += [{"event": "user", "text": said, "parse_data": {}} for said in earlier]
    if asked:
        events.append({"event": "action", "name": "intake_form"})  # the form asked; this message answers
    events.append({"event": "user", "text": text, "parse_data": message, "input_channel": "rest"})
    values = ALL_SLOTS | {"requested_slot": asked} | slots
    return Tracker(sender, values, message, events, False, None, {"name": "intake_form"}, "action_listen")


def validate(conversation: Tracker) -> tuple[dict[str, Any], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateIntakeForm().run(dispatcher, conversation, DOMAIN))
    return {event["name"]: event["value"] for event in events}, [m["response"] for m in dispatcher.messages]


def test_everything_in_the_first_message_is_filled_when_the_form_starts():
    slots, said = validate(tracker("Hi, I'm James O'Connor, (646) 555-0199, jim@example.org, I'd like a consult"))
    assert said == ["utter_intake_start"]
    assert (slots["full_name"], slots["phone"], slots["email"]) == ("James O'Connor", "+16465550199", "jim@example.org")
    assert slots["requested_slot"] == "preferred_contact"


def test_details_from_earlier_messages_of_this_session_are_used_and_the_latest_wins():
    slots, _ = validate(tracker("I want to book", earlier=("my number is 212-555-0101", "sorry, it's 212-555-0102")))
    assert slots["phone"] == "+12125550102" and slots["requested_slot"] == "full_name"
    months_ago = tracker("I want to book")
    months_ago.events[:0] = [{"event": "user", "text": "I'm Dana Lee, 212-555-0101", "parse_data": {}}]
    slots, _ = validate(months_ago)
    assert "phone" not in slots and "full_name" not in slots


@pytest.mark.parametrize(
    "asked, text, response",
    [
        ("full_name", "Dana", "utter_invalid_name_one_word"),
        ("full_name", "Dana {x}", "utter_invalid_name"),
        ("phone", "555-0123", "utter_invalid_phone_area_code"),
        ("phone", "212 555 0123 x45", "utter_invalid_phone_extension"),
        ("phone", "twelve", "utter_invalid_phone"),
        ("email", "dana@", "utter_invalid_email"),
        ("preferred_contact", "whatever", "utter_invalid_preferred_contact"),
        ("consent", "hmm", "utter_invalid_yes_or_no"),
    ],
)
def test_a_wrong_answer_gets_its_reason_and_the_question_again(asked, text, response):
    filled = {slot: COMPLETE[slot] for slot in INTAKE_SLOTS[: INTAKE_SLOTS.index(asked)]}
    slots, said = validate(tracker(text, asked, **filled))
    assert said == [response] and slots[asked] is None and slots["requested_slot"] == asked


def test_after_three_unusable_numbers_the_phone_is_left_out_and_email_is_needed():
    slots, said = validate(tracker("123", "phone", full_name="Dana Whitfield", phone_attempts=2))
    assert said == ["utter_phone_left_out"]
    assert (slots["phone"], slots["preferred_contact"], slots["requested_slot"]) == ("", "email", "email")
    slots, said = validate(tracker("skip", "email", full_name="Dana Whitfield", phone="", preferred_contact="email"))
    assert said == ["utter_email_needed"] and slots["requested_slot"] == "email"


def test_a_second_one_word_name_is_accepted():
    slots, said = validate(tracker("Madonna", "full_name", name_attempts=1))
    assert said == [] and slots["full_name"] == "Madonna"


@pytest.mark.parametrize("asked", ["full_name", "phone", "email", "best_time", "consent"])
def test_a_question_instead_of_an_answer_leaves_the_form_to_the_interruption_rules(asked):
    filled = {slot: COMPLETE[slot] for slot in INTAKE_SLOTS[: INTAKE_SLOTS.index(asked)]}
    slots, said = validate(tracker("does it hurt?", asked, intent="faq", **filled))
    assert said == [] and set(slots) <= {"requested_slot"}


@pytest.mark.parametrize("text, answer", [
    ("what are the side effects for teens", False),
    ("what are the side effects though? I get migraines sometimes and I'm a bit worried about that", False),
    ("Where to begin. My daughter has had depression for about two years now and two medications did not "
     "help; her psychiatrist suggested we look into TMS.", True),
])
def test_a_long_reason_that_opens_with_a_question_word_is_the_reason(text, answer):
    filled = {slot: COMPLETE[slot] for slot in INTAKE_SLOTS[: INTAKE_SLOTS.index("reason")]}
    slots, _ = validate(tracker(text, "reason", intent="medical", **filled))
    assert (slots.get("reason") == text) is answer


def test_an_answer_to_another_question_is_not_read_as_the_pending_answer():
    asked_to_cancel = tracker("no", "phone", intent="deny", full_name="Dana Whitfield")
    asked_to_cancel.events.insert(-1, {"event": "action", "name": "utter_ask_cancel_intake"})
    slots, said = validate(asked_to_cancel)
    assert said == [] and slots == {"requested_slot": "phone"}


def test_stop_is_left_to_the_cancel_rules_but_no_email_is_an_answer():
    slots, _ = validate(tracker("cancel", "phone", intent="stop", full_name="Dana Whitfield"))
    assert set(slots) <= {"requested_slot"}
    slots, _ = validate(tracker("no email", "email", intent="stop", full_name="Dana Whitfield", phone="+12125550147"))
    assert slots["email"] == "" and slots["requested_slot"] == "preferred_contact"


def test_consent_records_its_time():
    filled = {slot: COMPLETE[slot] for slot in INTAKE_SLOTS[:6]}
    slots, _ = validate(tracker("yes I agree", "consent", intent="affirm", **filled))
    assert slots["consent"] is True and datetime.fromisoformat(slots["consent_at"]).tzinfo is not None
    slots, _ = validate(tracker("no", "consent", intent="deny", **filled))
    assert slots["consent"] is False and slots["requested_slot"] is None  # the form ends


@pytest.mark.parametrize(
    "text, changed",
    [
        ("my email is actually dana@example.org", {"email": "dana@example.org"}),
        ("wrong number, it's (212) 555-0199", {"phone": "+12125550199"}),
        ("my name is actually Dana Whitfield-Lee", {"full_name": "Dana Whitfield-Lee"}),
        ("the best time is wrong", {"best_time": None}),
        ("actually make it text", {"preferred_contact": "text"}),
        ("the contact method is wrong", {"preferred_contact": None}),
    ],
)
def test_a_correction_at_the_summary_changes_that_detail_and_asks_again(text, changed):
    at_summary = COMPLETE | {"confirmed": None}
    slots, said = validate(tracker(text, "confirmed", **at_summary))
    assert {slot: slots[slot] for slot in changed} == changed and slots.get("confirmed") is None
    asked_again = next((slot for slot, value in changed.items() if value is None), "confirmed")
    assert slots["requested_slot"] == asked_again


def test_no_at_the_summary_asks_what_to_change():
    slots, said = validate(tracker("no", "confirmed", intent="deny", **(COMPLETE | {"confirmed": None})))
    assert said == ["utter_ask_what_to_change"] and slots["changing"] is True


@pytest.fixture
def database(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/actions.db")
    with session() as db:
        db.execute(delete(leads.Lead))


def submit(conversation: Tracker) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSubmitIntake().run(dispatcher, conversation, DOMAIN))
    return events, [m["response"] for m in dispatcher.messages]


def test_a_confirmed_request_is_stored_once_even_when_the_action_runs_again(database):
    events, said = submit(tracker("yes", **COMPLETE, urgent=True))
    assert said == ["utter_intake_saved"]
    (lead,) = leads.find()
    assert events == [SlotSet("lead_id", str(lead.id))] and lead.urgent and lead.email is None
    assert lead.consent_text == consent_sentence(DOMAIN) and lead.consent_at == datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc)
    # An action server restarted before its answer arrived: the slot was never set, the lead is found.
    assert submit(tracker("yes", **COMPLETE, urgent=True))[1] == ["utter_intake_saved"]
    assert submit(tracker("yes", **COMPLETE, lead_id=str(lead.id)))[1] == ["utter_intake_already_sent"]
    assert len(leads.find()) == 1
    assert submit(tracker("yes", sender="someone-else", **COMPLETE))[1] == ["utter_intake_saved"]
    assert len(leads.find()) == 2


def test_the_consent_sentence_is_stored_as_shown_so_it_has_no_placeholders():
    assert "{" not in consent_sentence(DOMAIN) and len(DOMAIN["responses"]["utter_ask_consent"]) == 1


@pytest.mark.parametrize(
    "slots, response",
    [({"consent": False}, "utter_intake_no_consent"), ({"phone": "", "email": ""}, "utter_intake_no_contact")],
)
def test_without_consent_or_a_way_to_reach_the_person_nothing_is_stored(database, slots, response):
    events, said = submit(tracker("no", **(COMPLETE | slots)))
    assert said == [response] and leads.find() == []
    if "consent" in slots:  # the details are kept, so a "yes" a moment later needs nothing typed again
        assert SlotSet("full_name", None) not in events and SlotSet("consent_refused", True) in events
    else:
        assert SlotSet("full_name", None) in events  # what they gave is not kept in the conversation either


def test_the_care_team_is_not_offered_after_a_request_was_stored():
    tracker = conversation_of("utter_care_team", slots={"lead_id": "7"})
    assert asyncio.run(ActionOfferIntake().run(CollectingDispatcher(), tracker, DOMAIN)) == [SlotSet("offered", False)]


def test_a_database_failure_is_explained_and_logged_without_personal_data(monkeypatch, caplog):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    with caplog.at_level(logging.DEBUG):
        events, said = submit(tracker("yes", **COMPLETE))
    assert said == ["utter_intake_not_saved"] and events == []
    logged = " ".join(record.getMessage() for record in caplog.records if record.levelno >= logging.INFO)
    assert "could not store a lead" in logged
    assert not any(value in logged for value in ("Dana", "555", "mornings", "tracker-test"))


# An answer in these conversations: the person's question, then action_answer saying the answer.
ANSWER_OF = {
    "utter_faq": ("faq", "utter_faq/sensation"),
    "utter_medical": ("medical", "utter_medical/outcomes"),
    "utter_care_team": ("care_team", "utter_care_team/insurance"),
}


def conversation_of(*steps: str, slots: dict | None = None) -> Tracker:
    events, latest = [], {}
    for step in steps:
        if step in ANSWER_OF:
            intent, response = ANSWER_OF[step]
            latest = {"intent": {"name": intent}}
            events += [{"event": "user", "parse_data": latest}, {"event": "action", "name": "action_answer"},
                       {"event": "bot", "metadata": {"utter_action": response}}]
        elif step == "deny":
            events.append({"event": "user", "parse_data": {"intent": {"name": "deny"}}})
        elif step == "intake_form":
            events.append({"event": "active_loop", "name": step})
        elif step.startswith("utter_"):
            events.append({"event": "bot", "metadata": {"utter_action": step}})
        else:
            events.append({"event": "action", "name": step})
    return Tracker("offers", slots or {}, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "actions, offered",
    [
        (["utter_faq"], False),
        (["utter_faq", "utter_faq"], True),
        (["utter_faq", "utter_faq", "utter_offer_callback", "utter_faq"], False),
        (["utter_medical", "utter_offer_consultation", "utter_faq", "utter_faq"], False),
        (["intake_form", "action_cancel_intake", "utter_faq", "utter_faq"], False),
        (["utter_care_team"], True),
        (["utter_care_team", "utter_offer_callback", "deny", "utter_care_team"], False),
    ],
    ids=["first answer", "second answer", "offered already", "consultation offered", "made a request",
         "a question for the care team", "declined before"],
)
def test_the_care_team_is_offered_once_after_the_second_answer(actions, offered):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionOfferIntake().run(dispatcher, conversation_of(*actions), DOMAIN))
    assert events == [SlotSet("offered", offered)]
    assert [message["response"] for message in dispatcher.messages] == (["utter_offer_callback"] if offered else [])


@pytest.mark.parametrize("text", ["prefer not to", "rather not say", "no"])
def test_a_name_declined_is_left_for_the_care_team_and_the_form_goes_on(text):
    slots, said = validate(tracker(text, "full_name"))
    assert said == ["utter_name_left_out"] and slots["full_name"] == "" and slots["requested_slot"] == "phone"


def test_a_yes_is_not_taken_for_a_one_word_name():
    slots, said = validate(tracker("ya", "full_name", name_attempts=1))
    assert slots["full_name"] is None and said == ["utter_invalid_name_one_word"]


@pytest.mark.parametrize("intent, said_then", [("affirm", ["utter_invalid_yes_or_no"]), ("care_team", [])])
def test_a_question_typed_at_the_consent_question_gives_no_consent(intent, said_then):
    """Read as a yes, it is asked again; read as a question, it is left to the interruption rules."""
    slots, said = validate(tracker("before I say yes, who sees this info? is it just the care team?", "consent",
                                   intent=intent, **{slot: COMPLETE[slot] for slot in INTAKE_SLOTS[:6]}))
    assert slots.get("consent") is None and said == said_then and slots["requested_slot"] == "consent"


def test_a_consent_typed_at_the_best_time_question_is_no_best_time():
    slots, said = validate(tracker("Yes, I consent.", "best_time", intent="affirm",
                                   **{slot: COMPLETE[slot] for slot in INTAKE_SLOTS[:4]}))
    assert slots.get("best_time") is None and said == ["utter_invalid_best_time"]


@pytest.mark.parametrize("phone, method", [(COMPLETE["phone"], "call"), ("", "email")])
def test_after_three_unusable_answers_to_the_method_question_one_is_put_down_and_can_be_changed(phone, method):
    conversation = tracker("en la tardecita, cuando pueda", "preferred_contact", full_name="Dana Lee", phone=phone,
                           email="dana@example.com")
    asked = {"event": "bot", "metadata": {"utter_action": "utter_ask_preferred_contact"}}
    conversation.events[1:1] = [{"event": "active_loop", "name": "intake_form"}] + [asked] * 2
    slots, said = validate(conversation)
    assert slots["preferred_contact"] is None and said == ["utter_invalid_preferred_contact"]
    conversation.events[-2:-2] = [asked]
    slots, said = validate(conversation)
    assert slots["preferred_contact"] == method and said == [f"utter_contact_method_chosen_{method}"]
