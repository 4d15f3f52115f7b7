"""Keeps what people write out of the services' logs, on every path: each log record at INFO or above
is scrubbed when it is made, whoever logs it (Rasa, Sanic, aiohttp, SQLAlchemy, structlog through
the standard library, or the project's own code).

Rasa's error paths put request bodies, trackers and message text into messages and tracebacks: the
body of a failing action server's reply ("body='...'"), the SQL parameters of a failing tracker
store ("[parameters: ...]"), "user message '...'" when a channel fails, the instance a response
failed to validate against. A scrubbed record keeps its logger, level and words; quoted text that is
not a plain identifier, everything after those markers, email addresses and phone numbers are
withheld, and an exception is shown as the chain of its classes only.
"""

from __future__ import annotations

import logging
import re
from typing import Any

WITHHELD = "<withheld>"
CUT_AFTER = re.compile(
    r"(body=|\[parameters:|\[SQL:|user message|On instance|Failed validating|tracker\b|Tracker\b).*", re.DOTALL
)
QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
IDENTIFIER = re.compile(r"[A-Za-z_][\w.\-/:]{0,79}")
EMAIL = re.compile(r"[^\s@'\"<>()\[\]{},;]+@[^\s@'\"<>()\[\]{},;]+")
NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s().\-]{6,}\d")
IP_ADDRESS = re.compile(r"\d{1,3}(\.\d{1,3}){3}(:\d+)?")
MIN_PHONE_DIGITS = 7

_make_record = logging.getLogRecordFactory()


def scrub(message: str) -> str:
    """The message without anything a person may have written (see the module docstring)."""
    message = CUT_AFTER.sub(lambda found: found.group(1) + " " + WITHHELD, message)
    message = QUOTED.sub(lambda found: found.group(0) if IDENTIFIER.fullmatch(found.group(0)[1:-1]) else WITHHELD,
                         message)
    message = EMAIL.sub(WITHHELD, message)
    return NUMBER_RUN.sub(_phone_withheld, message)


def _phone_withheld(found: re.Match) -> str:
    text = found.group(0)
    digits = sum(ch.isdigit() for ch in text)
    return text if digits < MIN_PHONE_DIGITS or IP_ADDRESS.fullmatch(text.strip()) else WITHHELD


def exception_classes(error: BaseException | None) -> str:
    """"RasaException from ClientResponseError": the classes of an exception and of its causes."""
    names, seen = [], set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        names.append(type(error).__name__)
        error = error.__cause__ or error.__context__
    return " from ".join(names)


def private_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _make_record(*args, **kwargs)
    if record.levelno < logging.INFO:
        return record
    message = scrub(record.getMessage())
    if record.exc_info and record.exc_info[1] is not None:
        message += f" [{exception_classes(record.exc_info[1])}]"
    record.msg, record.args = message, None
    record.exc_info, record.exc_text, record.stack_info = None, None, None
    return record


def keep_private_data_out_of_logs() -> None:
    """Scrubs every record made from now on in this process."""
    logging.setLogRecordFactory(private_record)
