"""Starts every conversation: Rasa's usual session start, the clinic's facts from clinic.yml as slots,
and the first message, which says what this assistant is and is not (utter_disclosure)."""

from __future__ import annotations

import logging
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from tms_intake.clinic import ClinicFacts, clinic_slots, load_clinic_facts

logger = logging.getLogger(__name__)


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        try:
            facts = load_clinic_facts()
        except (OSError, ValueError, yaml.YAMLError) as error:
            # The conversation goes on without clinic facts rather than failing for everyone.
            logger.error("clinic settings unreadable, answering without clinic facts: %s", error)
            facts = ClinicFacts()
        events: list[EventType] = [SessionStarted()]
        events += [SlotSet(name, value) for name, value in clinic_slots(facts).items()]
        events.append(ActionExecuted("action_listen"))
        dispatcher.utter_message(response="utter_disclosure")
        return events
