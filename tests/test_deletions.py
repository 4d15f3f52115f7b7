"""Requests to delete one's information: recorded once per message for staff, listed by
`tms-intake deletions`, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import uuid

import pytest
from sqlalchemy import delete

from tms_intake import deletions
from tms_intake.database import session
from tms_intake.services import BIN_DIR


@pytest.fixture
def database(database_url) -> str:
    with session() as db:
        db.execute(delete(deletions.DeletionRequest))
    return database_url


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN_DIR / "tms-intake"), *args], capture_output=True, text=True, env=dict(os.environ))


def test_a_request_is_recorded_once_per_message(database):
    message_id = uuid.uuid4().hex
    first = deletions.record(message_id, "conversation-1", "web", 7)
    again = deletions.record(message_id, "conversation-1", "web", 7)
    assert first == again and len(deletions.find()) == 1
    assert first.status == "new" and first.lead_id == 7


def test_staff_list_the_requests_as_text_and_json(database):
    deletions.record(uuid.uuid4().hex, "conversation-2", "sms", None)
    listing = run_cli("deletions")
    assert listing.returncode == 0, listing.stderr
    assert "conversation-2" in listing.stdout and "new" in listing.stdout
    (row,) = json.loads(run_cli("deletions", "--json").stdout)
    assert row["channel"] == "sms" and row["lead_id"] is None and row["status"] == "new"
    assert json.loads(run_cli("deletions", "--json", "--status", "done").stdout) == []
