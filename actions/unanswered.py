"""Keeps a question the approved content does not answer, without contact details, for staff."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from tms_intake import unanswered

logger = logging.getLogger(__name__)


class ActionRecordUnanswered(Action):
    def name(self) -> str:
        return "action_record_unanswered"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        message = tracker.latest_message
        message_id = message.get("message_id")
        if not message_id or not message.get("text"):
            return []
        try:
            unanswered.record(message_id, message["text"], topic_of(message), tracker.get_latest_input_channel() or "")
        except SQLAlchemyError as error:
            # The person already has their answer; only the statistics miss this question.
            logger.error("could not keep an unanswered question: %s", type(error).__name__)
        return []


def topic_of(message: dict[str, Any]) -> str:
    """The retrieval intent ("care_team/insurance") when there is one, else the intent."""
    intent = (message.get("intent") or {}).get("name") or "unknown"
    selected = (message.get("response_selector") or {}).get(intent, {}).get("response", {})
    return selected.get("intent_response_key") or intent
