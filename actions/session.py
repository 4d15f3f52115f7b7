"""Starts every conversation: Rasa's usual session start, plus the clinic's facts from clinic.yml as slots."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from tms_intake.clinic import clinic_slots, load_clinic_facts


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        events += [SlotSet(name, value) for name, value in clinic_slots(load_clinic_facts()).items()]
        events.append(ActionExecuted("action_listen"))
        return events
