"""Offers to have the care team reach out, where it helps, after the assistant answered something:

- never while a request is being filled in or after one was stored (the person is told how to add to
  it instead), and never again after the person declined an offer;
- after answers from the approved page, once the person has had two of them;
- after anything else (a question only the care team can answer, the clinic's facts, a message not
  understood), when no offer was made yet in this conversation;
- always when the person asked for a person, unless they declined before;
- a request paused by a crisis message is offered again, so it can go on with what was given.
For a personal medical question the offer is a consultation. The `offered` slot says whether an
offer was made, so the rules know what a "yes" answers.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

OFFERS = ("utter_offer_callback", "utter_offer_consultation", "utter_crisis_safe_offer")
ANSWERS_BEFORE_OFFER = 2


def _turns(tracker: Tracker) -> list[tuple[str, str]]:
    """("bot", response) for what the assistant said and ("user", intent) for what the person did, in order."""
    turns = []
    for event in tracker.events:
        if event.get("event") == "bot":
            turns.append(("bot", (event.get("metadata") or {}).get("utter_action")))
        elif event.get("event") == "user":
            turns.append(("user", ((event.get("parse_data") or {}).get("intent") or {}).get("name")))
    return turns


def declined_an_offer(turns: list[tuple[str, str]]) -> bool:
    return any(first[0] == "bot" and first[1] in OFFERS and second == ("user", "deny")
               for first, second in zip(turns, turns[1:]))


def should_offer(tracker: Tracker) -> bool:
    if tracker.get_slot("lead_id") or tracker.active_loop.get("name"):
        return False
    turns = _turns(tracker)
    if declined_an_offer(turns):
        return False
    if tracker.get_slot("paused_request"):
        return True
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent == "request_human":
        return True
    said = {name for kind, name in turns if kind == "bot"}
    made_a_request = any(event.get("event") == "active_loop" and event.get("name") for event in tracker.events)
    if set(OFFERS) & said or made_a_request:
        return False
    return intent != "faq" or page_answers(tracker) >= ANSWERS_BEFORE_OFFER


def page_answers(tracker: Tracker) -> int:
    """How many answers from the approved page the person has had."""
    return sum(event.get("event") == "bot" and str((event.get("metadata") or {}).get("utter_action")).startswith("utter_faq/")
               for event in tracker.events)


class ActionOfferIntake(Action):
    def name(self) -> str:
        return "action_offer_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not should_offer(tracker):
            return [SlotSet("offered", False)]
        medical = (tracker.latest_message.get("intent") or {}).get("name") == "medical"
        dispatcher.utter_message(response="utter_offer_consultation" if medical else "utter_offer_callback")
        return [SlotSet("offered", True)]
