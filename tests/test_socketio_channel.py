"""The Socket.IO channel the website chat widget uses: a session, a question, the curated answer."""

from __future__ import annotations

import asyncio

import socketio

from tms_intake.holdout import expected_reply
from tms_intake.responses import normalize


async def ask_over_socketio(url: str, message: str) -> list[str]:
    client = socketio.AsyncClient()
    answers: asyncio.Queue = asyncio.Queue()
    session = asyncio.get_running_loop().create_future()
    client.on("session_confirm", lambda data: session.set_result(data))
    client.on("bot_uttered", lambda data: answers.put_nowait(data.get("text", "")))
    await client.connect(url, socketio_path="/socket.io", transports=["websocket"])
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(session, 30)
        await client.emit("user_uttered", {"message": message, "session_id": session_id})
        return [normalize(await asyncio.wait_for(answers.get(), 30))]
    finally:
        await client.disconnect()


def test_a_question_over_socketio_gets_the_curated_answer(assistant):
    answers = asyncio.run(ask_over_socketio(assistant.rasa_url, "/does it hurt?"))
    assert answers == [expected_reply("faq/sensation")]
