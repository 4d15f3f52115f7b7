"""The lead store and the staff command line, on SQLite and on PostgreSQL: one lead per request, the
listing's exact keys, status changes with notes, CSV export, and clear errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, delete, inspect

from tms_intake import leads
from tms_intake.database import MIGRATIONS, migrate, session
from tms_intake.services import BIN_DIR

REQUEST = leads.LeadRequest(
    request_key="key-1",
    name="Zoë Åberg-Núñez",
    phone="+12125550123",
    email="zoe@example.com",
    preferred_contact="text",
    best_time="weekday mornings",
    reason="=HYPERLINK(\"http://example.com\")",
    consent_text="Do you agree that our care team may contact you?",
    consent_at=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc),
    channel="rest",
    conversation_id="conversation-1",
)


@pytest.fixture
def database(database_url) -> str:
    with session() as db:
        db.execute(delete(leads.Lead))
    return database_url


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN_DIR / "tms-intake"), *args], capture_output=True, text=True, env=dict(os.environ))


def test_a_request_is_stored_once_however_often_it_is_saved(database):
    first, created = leads.save(REQUEST)
    again, created_again = leads.save(REQUEST)
    assert created and not created_again and again == first
    assert first.status == "new" and first.created_at.tzinfo is not None and first.notes == ""
    assert len(leads.find()) == 1


def test_the_same_request_saved_at_the_same_moment_is_stored_once(database):
    results = []
    threads = [threading.Thread(target=lambda: results.append(leads.save(REQUEST))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({lead.id for lead, _ in results}) == 1 and sum(created for _, created in results) == 1
    assert len(leads.find()) == 1


def test_another_request_is_another_lead(database):
    leads.save(REQUEST)
    leads.save(replace(REQUEST, request_key="key-2", name="James O'Connor"))
    assert [lead.name for lead in leads.find()] == ["James O'Connor", "Zoë Åberg-Núñez"]


def test_an_unknown_contact_method_is_refused_before_anything_is_stored(database):
    with pytest.raises(ValueError):
        leads.save(replace(REQUEST, preferred_contact="fax"))
    assert leads.find() == []


def test_the_json_listing_has_exactly_the_documented_keys(database):
    leads.save(REQUEST)
    listing = run_cli("leads", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    (lead,) = json.loads(listing.stdout)
    assert list(lead) == [
        "id", "created_at", "name", "phone", "email", "preferred_contact", "best_time", "reason", "channel",
        "conversation_id", "status",
    ]
    assert lead["name"] == "Zoë Åberg-Núñez" and lead["phone"] == "+12125550123" and lead["status"] == "new"
    assert datetime.fromisoformat(lead["created_at"]).tzinfo is not None


def test_leads_are_filtered_by_status_and_date(database):
    first, _ = leads.save(REQUEST)
    leads.save(replace(REQUEST, request_key="key-2"))
    assert run_cli("leads", "set-status", str(first.id), "contacted").returncode == 0
    contacted = json.loads(run_cli("leads", "list", "--status", "contacted", "--json").stdout)
    assert [lead["id"] for lead in contacted] == [first.id]
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).date().isoformat()
    assert json.loads(run_cli("leads", "list", "--since", tomorrow, "--json").stdout) == []
    assert "No leads." in run_cli("leads", "list", "--status", "closed").stdout


def test_staff_change_the_status_with_a_note_and_see_it_in_show(database):
    lead, _ = leads.save(REQUEST)
    result = run_cli("leads", "set-status", str(lead.id), "scheduled", "--note", "Consult on Tuesday 10am")
    assert result.returncode == 0 and "scheduled" in result.stdout
    shown = run_cli("leads", "show", str(lead.id)).stdout
    assert "scheduled" in shown and "[scheduled] Consult on Tuesday 10am" in shown and "Zoë Åberg-Núñez" in shown
    assert REQUEST.consent_text in shown


@pytest.mark.parametrize(
    "args, message",
    [
        (["leads", "show", "999999"], "no lead 999999"),
        (["leads", "set-status", "999999", "closed"], "no lead 999999"),
        (["leads", "set-status", "1", "done"], "invalid choice"),
        (["leads", "list", "--since", "last week"], "--since"),
    ],
)
def test_wrong_staff_input_is_refused_with_a_reason(database, args, message):
    result = run_cli(*args)
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr


def test_the_export_is_csv_and_defuses_spreadsheet_formulas(database, tmp_path):
    leads.save(REQUEST)
    target = tmp_path / "leads.csv"
    assert run_cli("leads", "export", "--format", "csv", "-o", str(target)).returncode == 0
    (row,) = csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))
    assert row["reason"] == "'" + REQUEST.reason and row["phone"] == "+12125550123"
    assert row["name"] == "Zoë Åberg-Núñez" and row["consent_text"] == REQUEST.consent_text
    assert run_cli("leads", "export", "--format", "csv").stdout == target.read_text(encoding="utf-8")


def test_an_unreachable_database_is_one_line_of_error(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    result = run_cli("leads", "list")
    assert result.returncode == 1 and result.stderr.startswith("error: cannot read the database")
    assert "Traceback" not in result.stderr


def test_a_database_from_before_leads_is_migrated_on_first_use(tmp_path):
    from alembic import command
    from alembic.config import Config

    old = create_engine(f"sqlite:///{tmp_path}/old.db", future=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert "leads" not in inspect(old).get_table_names()
    migrate(old)
    assert {"leads", "unanswered_questions"} <= set(inspect(old).get_table_names())
