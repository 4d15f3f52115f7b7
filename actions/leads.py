"""What happens when the intake form ends: the confirmed request is stored as one lead, or the person
is told why nothing was stored; and a cancelled request is forgotten."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.intake_form import CONTACT_WORDS, forget_request
from tms_intake import leads

logger = logging.getLogger(__name__)

CHANNELS = {"socketio": "web", "twilio": "sms"}
CONSENT_RESPONSE = "utter_ask_consent"


def consent_sentence(domain: dict[str, Any]) -> str:
    """The consent question exactly as the person saw it (it has no placeholders; a test checks)."""
    return domain["responses"][CONSENT_RESPONSE][0]["text"]


def request_key(tracker: Tracker, slots: dict[str, Any]) -> str:
    """One request per conversation session and contact details: a second "yes", a retried webhook or
    a restarted action server gives the same key, so the same lead."""
    session_start = next(
        (event.get("timestamp") for event in reversed(tracker.events) if event.get("event") == "session_started"),
        "",
    )
    identity = "\n".join(str(part) for part in (tracker.sender_id, session_start, slots.get("full_name"),
                                                  slots.get("phone"), slots.get("email")))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def contact_details(slots: dict[str, Any]) -> dict[str, Any]:
    """The lead's contact details as the form's slots hold them."""
    return dict(
        name=slots["full_name"],
        phone=slots.get("phone") or None,
        email=slots.get("email") or None,
        preferred_contact=slots["preferred_contact"],
        best_time=slots["best_time"],
        reason=slots.get("reason") or None,
    )


def lead_request(tracker: Tracker, domain: dict[str, Any]) -> leads.LeadRequest:
    slots = tracker.current_slot_values()
    channel = tracker.get_latest_input_channel() or "unknown"
    return leads.LeadRequest(
        request_key=request_key(tracker, slots),
        **contact_details(slots),
        consent_text=consent_sentence(domain),
        consent_at=datetime.fromisoformat(slots["consent_at"]),
        channel=CHANNELS.get(channel, channel),
        conversation_id=tracker.sender_id,
        urgent=bool(slots.get("urgent")),
    )


class ActionSubmitIntake(Action):
    """Runs when the intake form ends, and again on a repeated "yes": stores the lead at most once."""

    def name(self) -> str:
        return "action_submit_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.get_slot("lead_id"):
            return self.update_stored(dispatcher, tracker)
        if tracker.get_slot("consent") is False:
            dispatcher.utter_message(response="utter_intake_no_consent")  # the details are kept for a later yes
            return [SlotSet("consent", None), SlotSet("consent_refused", True)]
        if not (tracker.get_slot("phone") or tracker.get_slot("email")):
            dispatcher.utter_message(response="utter_intake_no_contact")
            return forget_request()
        if tracker.get_slot("confirmed") is not True:
            return []
        try:
            lead, _ = leads.save(lead_request(tracker, domain))
        except SQLAlchemyError as error:
            logger.error("could not store a lead: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_intake_not_saved")  # "yes" again retries
            return []
        logger.info("lead %s stored", lead.id)
        dispatcher.utter_message(
            response="utter_intake_saved",
            saved_contact=CONTACT_WORDS[lead.preferred_contact],
            saved_best_time=lead.best_time,
        )
        return [SlotSet("lead_id", str(lead.id))]


    @staticmethod
    def update_stored(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """After the request was stored: a detail the person changed goes to the stored lead."""
        lead_id = int(tracker.get_slot("lead_id"))
        stored = leads.get(lead_id)
        changes = contact_details(tracker.current_slot_values())
        if stored is None or all(getattr(stored, name) == value for name, value in changes.items()):
            dispatcher.utter_message(response="utter_intake_already_sent")
            return []
        try:
            leads.update_details(lead_id, changes)
        except SQLAlchemyError as error:
            logger.error("could not update lead %s: %s", lead_id, type(error).__name__)
            dispatcher.utter_message(response="utter_intake_not_saved")
            return []
        logger.info("lead %s updated", lead_id)
        dispatcher.utter_message(response="utter_intake_updated")
        return []


class ActionCancelIntake(Action):
    """The person confirmed they want to stop: nothing is stored and what they gave is forgotten."""

    def name(self) -> str:
        return "action_cancel_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_intake_cancelled")
        return forget_request()

