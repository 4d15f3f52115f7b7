"""The Socket.IO channel the website chat widget uses: a session, a question, the curated answer."""

from __future__ import annotations

import asyncio

import pytest
import socketio

from tms_intake.holdout import expected_reply
from tms_intake.responses import domain_texts, normalize


async def send_over_socketio(url: str, payload, events: int = 1) -> list[tuple[str, dict]]:
    """Open a session, send one user_uttered payload ({"session_id"} filled in for a dict), and return
    the first `events` events the server sends back: ("bot_uttered", {...}) or ("error", {...})."""
    client = socketio.AsyncClient()
    replies: asyncio.Queue = asyncio.Queue()
    session = asyncio.get_running_loop().create_future()
    client.on("session_confirm", lambda data: session.set_result(data))
    client.on("bot_uttered", lambda data: replies.put_nowait(("bot_uttered", data)))
    client.on("error", lambda data: replies.put_nowait(("error", data)))
    await client.connect(url, socketio_path="/socket.io", transports=["websocket"])
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(session, 30)
        if isinstance(payload, dict):
            payload = {"session_id": session_id, **payload}
        await client.emit("user_uttered", payload)
        return [await asyncio.wait_for(replies.get(), 30) for _ in range(events)]
    finally:
        await client.disconnect()


def test_a_question_over_socketio_gets_the_curated_answer(assistant):
    disclosure, answer = asyncio.run(send_over_socketio(assistant.rasa_url, {"message": "/does it hurt?"}, events=2))
    assert disclosure == ("bot_uttered", {"text": domain_texts()["utter_disclosure"]})
    assert answer[0] == "bot_uttered"
    assert normalize(answer[1]["text"]) == expected_reply("faq/sensation")


@pytest.mark.parametrize(
    "payload",
    [{"message": ["hi"]}, {"message": None}, {"text": "hi"}, "just a string", ["a", "list"], {"message": "hi", "session_id": 5.5}],
    ids=["list message", "null message", "no message", "string payload", "list payload", "bad session id"],
)
def test_malformed_socketio_payloads_get_an_error_event(assistant, payload):
    ((event, data),) = asyncio.run(send_over_socketio(assistant.rasa_url, payload))
    assert event == "error" and data["error"]
