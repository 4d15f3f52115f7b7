"""Questions the approved content does not answer, kept so staff can see what it should cover.

Contact details are removed before anything is stored (`scrub`), and the sender id is not kept: over
SMS it is the person's phone number. Each message is stored at most once, keyed by its message id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional

import phonenumbers
from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.exc import IntegrityError

from tms_intake.database import Base, session

MAX_QUESTION_CHARS = 500

EMAIL = re.compile(r"[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\.[^\s@<>()\[\],;:\"]+")
LONG_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")
NAME_LEAD_IN = re.compile(
    r"(?i:\b(my name is|my name's|name's|this is|call me|i am|i'm|im)\s+)"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})"
)


class UnansweredQuestion(Base):
    __tablename__ = "unanswered_questions"

    id = Column(Integer, primary_key=True)
    message_id = Column(String(64), nullable=False, unique=True)
    asked_at = Column(DateTime(timezone=True), nullable=False, index=True)
    question = Column(String(MAX_QUESTION_CHARS), nullable=False)
    topic = Column(String(64), nullable=False)
    channel = Column(String(32), nullable=False)


@dataclass(frozen=True)
class QuestionCount:
    question: str
    topic: str
    count: int
    last_asked: datetime


def scrub(text: str) -> str:
    """The text without emails, phone numbers, long numbers or a name after "my name is"-style
    lead-ins, whitespace collapsed and cut to MAX_QUESTION_CHARS."""
    text = EMAIL.sub("[email]", text)
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, "US"))):
        text = text[: match.start] + "[phone]" + text[match.end :]
    text = LONG_NUMBER.sub("[number]", text)
    text = NAME_LEAD_IN.sub(_hide_capitalized_name, text)
    return " ".join(text.split())[:MAX_QUESTION_CHARS]


def _hide_capitalized_name(match: re.Match) -> str:
    """Hides the capitalized words right after the lead-in: "I'm James O'Connor and I'd" keeps "and I'd"."""
    words = match.group(2).split()
    capitalized = 0
    while capitalized < len(words) and words[capitalized][0].isupper():
        capitalized += 1
    if not capitalized:
        return match.group(0)
    return " ".join([f"{match.group(1)} [name]", *words[capitalized:]])


def record(message_id: str, text: str, topic: str, channel: str) -> bool:
    """Stores the question once; False when this message was already stored."""
    question = scrub(text)
    if not question:
        return False
    try:
        with session() as db:
            if db.execute(select(UnansweredQuestion.id).filter_by(message_id=message_id)).first():
                return False
            db.add(
                UnansweredQuestion(
                    message_id=message_id,
                    asked_at=datetime.now(timezone.utc),
                    question=question,
                    topic=topic[:64],
                    channel=channel[:32],
                )
            )
    except IntegrityError:
        return False  # the same message stored at the same moment by a retried request
    return True


def counts(since: Optional[datetime] = None) -> List[QuestionCount]:
    """Unanswered questions grouped by their lowercased text, most asked first."""
    key = func.lower(UnansweredQuestion.question)
    query = select(
        func.min(UnansweredQuestion.question),
        func.min(UnansweredQuestion.topic),
        func.count(),
        func.max(UnansweredQuestion.asked_at),
    ).group_by(key)
    if since is not None:
        query = query.where(UnansweredQuestion.asked_at >= since)
    with session() as db:
        rows = db.execute(query).all()
    found = [QuestionCount(question, topic, count, _utc(last)) for question, topic, count, last in rows]
    return sorted(found, key=lambda row: (-row.count, -row.last_asked.timestamp(), row.question))


def _utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
