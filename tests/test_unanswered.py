"""Unanswered questions: kept once, without contact details, listed for staff with counts, on SQLite
and on PostgreSQL; and end to end, from a question over REST to `tms-intake unanswered`."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete

from tms_intake import rest_eval, unanswered
from tms_intake.database import session
from tms_intake.services import BIN_DIR


@pytest.fixture
def database(database_url) -> str:
    with session() as db:
        db.execute(delete(unanswered.UnansweredQuestion))
    return database_url


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Do you take Aetna? Call me at (646) 555-0199", "Do you take Aetna? Call me at [phone]"),
        ("my email is jim.o'connor@example.org, what does it cost", "my email is [email], what does it cost"),
        ("Hi, my name is Zoë Åberg-Núñez, do you take Medicare?", "Hi, my name is [name], do you take Medicare?"),
        ("I'm James O'Connor and I'd like to know the price", "I'm [name] and I'd like to know the price"),
        ("i'm wondering about parking", "i'm wondering about parking"),
        ("text me on +1 212 555 0188 ext. 12", "text me on [phone]"),
        ("member id 123456789, am I covered?", "member id [number], am I covered?"),
        ("<script>alert(1)</script> '; DROP TABLE x; --", "<script>alert(1)</script> '; DROP TABLE x; --"),
        ("x" * 5000, "x" * unanswered.MAX_QUESTION_CHARS),
    ],
)
def test_contact_details_are_removed_and_the_rest_kept_literally(text, kept):
    assert unanswered.scrub(text) == kept


def test_a_question_is_kept_once_and_counted_with_the_same_question_asked_again(database):
    assert unanswered.record("m-1", "Do you take Aetna?", "care_team/insurance", "rest")
    assert not unanswered.record("m-1", "Do you take Aetna?", "care_team/insurance", "rest")  # a retried request
    assert unanswered.record("m-2", "do you take aetna?", "care_team/insurance", "socketio")
    assert unanswered.record("m-3", "Is there parking nearby?", "out_of_scope", "rest")
    assert not unanswered.record("m-4", "   ", "nlu_fallback", "rest")
    rows = unanswered.counts()
    assert [(row.count, row.question.lower(), row.topic) for row in rows] == [
        (2, "do you take aetna?", "care_team/insurance"),
        (1, "is there parking nearby?", "out_of_scope"),
    ]
    assert all(row.last_asked.tzinfo is not None for row in rows)
    assert unanswered.counts(since=datetime.now(timezone.utc) + timedelta(minutes=1)) == []


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN_DIR / "tms-intake"), *args], capture_output=True, text=True, env=dict(os.environ))


def test_staff_list_unanswered_questions_as_text_and_json(database):
    unanswered.record("m-1", "Do you take Aetna? (646) 555-0199", "care_team/insurance", "rest")
    listing = run_cli("unanswered")
    assert listing.returncode == 0, listing.stderr
    assert "Do you take Aetna? [phone]" in listing.stdout and "555-0199" not in listing.stdout
    (row,) = json.loads(run_cli("unanswered", "--json").stdout)
    assert row["question"] == "Do you take Aetna? [phone]" and row["count"] == 1
    assert row["topic"] == "care_team/insurance" and datetime.fromisoformat(row["last_asked"])
    assert json.loads(run_cli("unanswered", "--json", "--since", "2999-01-01").stdout) == []


def test_an_unreadable_database_gives_a_clear_error(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    result = run_cli("unanswered")
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot read the database") and "Traceback" not in result.stderr


def test_a_bad_date_is_refused_with_a_reason():
    result = run_cli("unanswered", "--since", "yesterday")
    assert result.returncode == 2 and "--since" in result.stderr


def test_a_question_the_content_does_not_answer_reaches_staff_without_contact_details(assistant):
    question = "Does my Medicare plan cover TMS? Call me at 646-555-0123"
    kept_text = "Does my Medicare plan cover TMS? Call me at [phone]"

    def times_asked() -> int:
        rows = json.loads(run_cli("unanswered", "--json").stdout)
        assert all("555-0123" not in row["question"] for row in rows)
        return sum(row["count"] for row in rows if row["question"].lower() == kept_text.lower())

    before = times_asked()
    rest_eval.send(assistant.rest_webhook, question)
    assert times_asked() == before + 1


def rasa_sdk_tracker(message: dict):
    from rasa_sdk import Tracker

    events = [{"event": "user", "text": message.get("text"), "input_channel": "rest", "parse_data": message}]
    return Tracker("someone", {}, message, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "message, topic",
    [
        ({"text": "Do you take Aetna?", "message_id": "a1", "intent": {"name": "care_team"},
          "response_selector": {"care_team": {"response": {"intent_response_key": "care_team/insurance"}}}},
         "care_team/insurance"),
        ({"text": "what's the weather", "message_id": "a2", "intent": {"name": "out_of_scope"}}, "out_of_scope"),
    ],
)
def test_the_action_keeps_the_question_under_its_topic(database, message, topic):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.unanswered import ActionRecordUnanswered

    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRecordUnanswered().run(dispatcher, rasa_sdk_tracker(message), {}))
    assert events == [] and dispatcher.messages == []
    (row,) = unanswered.counts()
    assert (row.question, row.topic, row.count) == (message["text"], topic, 1)


def test_the_action_says_nothing_and_fails_quietly_when_the_database_is_down(monkeypatch, caplog):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.unanswered import ActionRecordUnanswered

    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    message = {"text": "Do you take Aetna? call 646-555-0101", "message_id": "a3", "intent": {"name": "out_of_scope"}}
    dispatcher = CollectingDispatcher()
    assert asyncio.run(ActionRecordUnanswered().run(dispatcher, rasa_sdk_tracker(message), {})) == []
    assert dispatcher.messages == []
    assert "could not keep an unanswered question" in caplog.text and "555-0101" not in caplog.text
