"""Nothing a person writes reaches a service log at INFO or above, on any path: the scrubbing of log
records (tms_intake/log_privacy.py), and real services made to fail: every action raising, an action
server answering 500 with the request in its body, a tracker store refusing to save."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy

from tms_intake import log_privacy, rest_eval
from tms_intake.responses import domain_texts
from tms_intake.services import running_services, settings_on_free_ports

NAME, PHONE, EMAIL, REASON = "Example Person", "212-555-0142", "example.person@example.com", "feeling low for years"
MESSAGES = [f"My name is {NAME}, call me at {PHONE} or {EMAIL}, I'd like a consultation", REASON]
PRIVATE = (NAME, PHONE, "2125550142", EMAIL, REASON)


def assert_logs_hold_nothing_private(log_dir: Path) -> str:
    logs = "".join(path.read_text(errors="replace") for path in log_dir.glob("*.log"))
    assert "rasa" in logs.lower(), "no service log was read"
    for fragment in PRIVATE:
        assert fragment not in logs, f"{fragment!r} is in the logs"
    return logs


def converse(webhook: str) -> list[str]:
    sender = f"log-test-{uuid.uuid4().hex}"
    return [text for message in MESSAGES for text in rest_eval.reply_texts(rest_eval.send(webhook, message, sender))]


@pytest.mark.parametrize("message", [
    f"500, Internal Server Error, body='{{\"tracker\": {{\"text\": \"{NAME}\"}}}}'",
    f"(psycopg2.errors.CheckViolation) new row [SQL: INSERT INTO events] [parameters: ('{NAME}', '{REASON}')]",
    f"An exception occurred while handling user message '{REASON}'.",
    f"call me at {PHONE} or {EMAIL}",
    f"{{\"event\": \"user\", \"text\": \"{REASON}\"}}",
])
def test_scrubbing_withholds_what_people_write(message):
    scrubbed = log_privacy.scrub(message)
    for fragment in PRIVATE:
        assert fragment not in scrubbed
    assert log_privacy.WITHHELD in scrubbed


def test_scrubbing_keeps_what_operators_need():
    for message in ("Failed to execute custom action 'action_submit_intake'", "Starting Rasa server on http://127.0.0.1:5005",
                    "lead 12 stored", "Connection to 127.0.0.1:5432 refused"):
        assert log_privacy.scrub(message) == message


def test_an_exception_is_logged_as_its_classes_only(caplog):
    logger = logging.getLogger("rasa.core.processor")
    caplog.set_level(logging.DEBUG, logger="rasa.core.processor")
    previous = logging.getLogRecordFactory()
    log_privacy.keep_private_data_out_of_logs()
    try:
        try:
            try:
                raise KeyError(REASON)
            except KeyError as error:
                raise RuntimeError(f"component failed on {NAME}") from error
        except RuntimeError:
            logger.exception("Encountered an exception while running %s", EMAIL)
        logger.debug("debug keeps %s", NAME)
    finally:
        logging.setLogRecordFactory(previous)
    info = [record for record in caplog.records if record.levelno >= logging.INFO]
    assert info and info[0].getMessage().endswith("[RuntimeError from KeyError]")
    assert info[0].exc_info is None
    text = caplog.text
    for fragment in (REASON, EMAIL):
        assert fragment not in text
    assert any(record.levelno == logging.DEBUG and NAME in record.getMessage() for record in caplog.records)


def test_every_action_failing_gets_the_person_an_apology_and_the_logs_nothing_private(model_path, tmp_path):
    settings = replace(settings_on_free_ports(), log_dir=tmp_path)
    with running_services(settings, actions="tests.failing_actions"):
        replies = converse(settings.rest_webhook)
    assert domain_texts()["utter_technical_problem"] in replies
    logs = assert_logs_hold_nothing_private(tmp_path)
    assert "RuntimeError" in logs


class EchoingFailure(BaseHTTPRequestHandler):
    """An action server that fails with the request it got as the body of its 500, as Sanic's debug
    error page does."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def endpoints_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "endpoints.yml"
    path.write_text(text)
    return path


def test_an_action_server_failing_with_the_conversation_in_its_reply_leaves_nothing_private_in_the_log(
    model_path, tmp_path
):
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingFailure)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoints = endpoints_file(tmp_path, f"action_endpoint:\n  url: http://127.0.0.1:{server.server_port}/webhook\n")
    settings = replace(settings_on_free_ports(), log_dir=tmp_path / "logs")
    try:
        with running_services(settings, endpoints=endpoints):
            converse(settings.rest_webhook)
    finally:
        server.shutdown()
    logs = assert_logs_hold_nothing_private(settings.log_dir)
    assert "ClientResponseError" in logs, "the failing action server was never called"


def test_a_tracker_store_refusing_to_save_leaves_nothing_private_in_the_log(model_path, tmp_path, postgres_url):
    database = f"tms_log_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sqlalchemy.text(f"CREATE DATABASE {database}"))
    url = sqlalchemy.engine.make_url(postgres_url)
    endpoints = endpoints_file(tmp_path, "\n".join([
        "action_endpoint:", "  url: http://${ACTION_HOST}:${ACTION_PORT}/webhook",
        "tracker_store:", "  type: SQL", "  dialect: postgresql", f"  url: {url.host}", f"  port: {url.port or 5432}",
        f"  username: {url.username}", f"  db: {database}", "",
    ]))
    settings = replace(settings_on_free_ports(), log_dir=tmp_path / "logs")
    store = sqlalchemy.create_engine(url.set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with running_services(settings, endpoints=endpoints):
            rest_eval.send(settings.rest_webhook, "hello", f"log-test-{uuid.uuid4().hex}")  # creates the events table
            with store.connect() as connection:
                # PostgreSQL reports the refused row, with the person's words, in its error message.
                connection.execute(sqlalchemy.text("ALTER TABLE events ADD CONSTRAINT refuse_all CHECK (false) NOT VALID"))
            replies = converse(settings.rest_webhook)
    finally:
        store.dispose()
        with admin.connect() as connection:
            connection.execute(sqlalchemy.text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        admin.dispose()
    assert replies, "the conversation stopped"  # Rasa keeps it in memory when the store fails
    logs = assert_logs_hold_nothing_private(settings.log_dir)
    assert "Error happened when trying to save conversation tracker" in logs, "the tracker store never failed"
