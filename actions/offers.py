"""Offers to have the care team reach out after answers from the approved page, where it fits: once a
person has had two answers, once per conversation, never after they were already offered a callback
or a consultation or have already made a request."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

OFFER = "utter_offer_callback"
ANSWERS_BEFORE_OFFER = 2
ALREADY_OFFERED = {"utter_offer_callback", "utter_offer_consultation", "intake_form", "action_submit_intake"}


def should_offer(tracker: Tracker) -> bool:
    actions = [event.get("name") for event in tracker.events if event.get("event") == "action"]
    return actions.count("utter_faq") >= ANSWERS_BEFORE_OFFER and not ALREADY_OFFERED & set(actions)


class ActionOfferIntake(Action):
    def name(self) -> str:
        return "action_offer_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [FollowupAction(OFFER)] if should_offer(tracker) else []
