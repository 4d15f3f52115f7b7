"""Answers a question with the curated answer the NLU chose (utter_faq/*, utter_care_team/*,
utter_medical/*), or, when that answer was already given in this conversation, with a short reply
that says so (utter_answer_again) instead of the same paragraph word for word."""

from __future__ import annotations

from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

AGAIN = "utter_answer_again"
NOT_UNDERSTOOD = "utter_please_rephrase"


def chosen_answer(tracker: Tracker) -> Optional[str]:
    """The response the NLU chose for the latest message's retrieval intent, as Rasa's utter_<intent>
    action would pick it: by the intent's own selector or by one for all of them."""
    message = tracker.latest_message
    intent = (message.get("intent") or {}).get("name")
    selectors = message.get("response_selector") or {}
    response = (selectors.get(intent) or selectors.get("default") or {}).get("response") or {}
    return response.get("utter_action") or (f"utter_{response['intent_response_key']}"
                                            if response.get("intent_response_key") else None)


def given_before(tracker: Tracker, response: str) -> bool:
    return any(event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action") == response
               for event in tracker.events)


def answer_to_give(tracker: Tracker, domain: dict[str, Any]) -> str:
    """The response for the latest question: the curated answer, a short "as I said" when it was given
    before, or a request to rephrase when there is none."""
    response = chosen_answer(tracker)
    if response is None or response not in domain.get("responses", {}):
        return NOT_UNDERSTOOD
    return AGAIN if given_before(tracker, response) else response


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response=answer_to_give(tracker, domain))
        return []
