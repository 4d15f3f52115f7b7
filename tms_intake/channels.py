"""Input channels for the Rasa server that check what a network peer sends before Rasa sees it.

Rasa's own channels answer a malformed payload with a 500 or an exception, log the message text at
ERROR when handling fails, trust the client's `input_channel` and `metadata`, and let any text that
starts with "/" choose an intent directly. These channels refuse malformed payloads with a clear
reason (a 400 over REST, an "error" event over Socket.IO), clean the text, and log failures without
anything the person wrote.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from tms_intake.responses import domain_texts

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = int(os.environ.get("MAX_MESSAGE_CHARS", "5000"))
MAX_SENDER_CHARS = 128
KEPT_CONTROL_CHARACTERS = {"\n", "\t"}


class BadRequest(ValueError):
    """What is wrong with a request, in words safe to send back to the client."""


def clean_text(text: str) -> str:
    """The person's text as Rasa should see it: no control or invisible format characters, no
    leading "/" (Rasa would read "/intent" as a command), at most MAX_MESSAGE_CHARS characters."""
    kept = "".join(
        ch for ch in text if ch in KEPT_CONTROL_CHARACTERS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    )
    return kept.strip().lstrip("/").strip()[:MAX_MESSAGE_CHARS]


def clean_sender(sender: Any) -> str:
    if isinstance(sender, bool) or not isinstance(sender, (str, int)):
        raise BadRequest('"sender" must be a string that identifies the conversation')
    sender = clean_text(str(sender))
    if not sender or len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f'"sender" must be 1 to {MAX_SENDER_CHARS} characters')
    return sender


def read_rest_body(request: Request) -> tuple[str, str]:
    """(sender, text) from a REST request body, or BadRequest."""
    try:
        body = request.json
    except Exception as error:  # sanic raises its own exception types for undecodable bodies
        raise BadRequest("the body must be JSON") from error
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object like {"sender": "...", "message": "..."}')
    message = body.get("message")
    if not isinstance(message, str):
        raise BadRequest('"message" must be a string')
    return clean_sender(body.get("sender")), clean_text(message)


def technical_problem_reply(sender: str) -> dict[str, str]:
    return {"recipient_id": sender, "text": domain_texts()["utter_technical_problem"]}


class CheckedRestInput(RestInput):
    """POST /webhooks/rest/webhook with {"sender": "...", "message": "..."}; replies as a JSON list."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("checked_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text = read_rest_body(request)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
            except Exception as error:  # the person gets an apology; the log gets no personal data
                logger.error("handling a REST message failed: %s", type(error).__name__)
                return response.json(collector.messages + [technical_problem_reply(sender)])
            return response.json(collector.messages)

        return webhook


class CheckedSocketIOInput(SocketIOInput):
    """Rasa's Socket.IO channel with its user-message handler replaced by one that checks the payload
    and cleans the text as the REST channel does."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        async def handle_message(sid: str, data: Any) -> None:
            output = SocketIOOutput(self.sio, self.bot_message_evt)
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                await self.sio.emit("error", {"error": '"message" must be a string'}, room=sid)
                return
            try:
                sender = clean_sender(data.get("session_id") if self.session_persistence else sid)
            except BadRequest as error:
                await self.sio.emit("error", {"error": str(error)}, room=sid)
                return
            try:
                await on_new_message(UserMessage(clean_text(data["message"]), output, sender, input_channel=self.name()))
            except Exception as error:  # the person gets an apology; the log gets no personal data
                logger.error("handling a Socket.IO message failed: %s", type(error).__name__)
                await output.send_text_message(sender, domain_texts()["utter_technical_problem"])

        self.sio.on(self.user_message_evt, handle_message, namespace=self.namespace)
        return webhook
