"""Actions with the assistant's own names that all fail, for the log test: each raises an error whose
message holds what the person wrote, as a careless bug would."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

NAMES = ("action_session_start", "validate_intake_form", "action_answer", "action_offer_intake",
         "action_record_unanswered", "action_submit_intake", "action_ask_confirmed")


def failing(action_name: str) -> type:
    class FailingAction(Action):
        def name(self) -> str:
            return action_name

        async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
            raise RuntimeError(f"{action_name} broke on {tracker.latest_message.get('text')!r} {tracker.slots!r}")

    FailingAction.__name__ = f"Failing_{action_name}"
    return FailingAction


for _name in NAMES:
    globals()[f"Failing_{_name}"] = failing(_name)
