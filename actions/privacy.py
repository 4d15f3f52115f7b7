"""A person asks to have their information deleted: the request is recorded for staff (with the lead
stored from this conversation, if any), a request being filled in is dropped, and the person is told
what happens next."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.intake_form import forget_request
from actions.leads import CHANNELS
from tms_intake import deletions

logger = logging.getLogger(__name__)


class ActionRequestDeletion(Action):
    def name(self) -> str:
        return "action_request_deletion"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        channel = tracker.get_latest_input_channel() or "unknown"
        lead_id = tracker.get_slot("lead_id")
        message_id = tracker.latest_message.get("message_id") or f"{tracker.sender_id}:{len(tracker.events)}"
        try:
            request = deletions.record(message_id, tracker.sender_id, CHANNELS.get(channel, channel),
                                       int(lead_id) if lead_id else None)
        except SQLAlchemyError as error:
            logger.error("could not record a deletion request: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_deletion_not_recorded")
            return []
        logger.info("deletion request %s recorded", request.id)
        dispatcher.utter_message(response="utter_deletion_recorded")
        return forget_request()
