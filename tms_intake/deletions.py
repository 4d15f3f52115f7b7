"""Requests to delete a person's information, recorded by the assistant for staff to carry out.

A request names the conversation (and the lead stored from it, if any), never what the person wrote.
Each message is recorded at most once, keyed by its message id, so a retried webhook adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.exc import IntegrityError

from tms_intake.database import Base, session

STATUSES = ("new", "done")


class DeletionRequest(Base):
    __tablename__ = "deletion_requests"

    id = Column(Integer, primary_key=True)
    message_id = Column(String(64), nullable=False, unique=True)
    requested_at = Column(DateTime(timezone=True), nullable=False, index=True)
    conversation_id = Column(String(255), nullable=False)
    channel = Column(String(32), nullable=False)
    lead_id = Column(Integer)
    status = Column(String(16), nullable=False, default="new", index=True)


@dataclass(frozen=True)
class DeletionRecord:
    id: int
    requested_at: datetime
    conversation_id: str
    channel: str
    lead_id: Optional[int]
    status: str


def _record(row: DeletionRequest) -> DeletionRecord:
    moment = row.requested_at if row.requested_at.tzinfo else row.requested_at.replace(tzinfo=timezone.utc)
    return DeletionRecord(row.id, moment, row.conversation_id, row.channel, row.lead_id, row.status)


def record(message_id: str, conversation_id: str, channel: str, lead_id: Optional[int]) -> DeletionRecord:
    """Records the request once per message; the same message again returns the request already recorded."""
    try:
        with session() as db:
            row = DeletionRequest(message_id=message_id, requested_at=datetime.now(timezone.utc),
                                  conversation_id=conversation_id, channel=channel, lead_id=lead_id, status="new")
            db.add(row)
            db.flush()
            return _record(row)
    except IntegrityError:
        with session() as db:
            return _record(db.execute(select(DeletionRequest).filter_by(message_id=message_id)).scalar_one())


def find(status: Optional[str] = None) -> List[DeletionRecord]:
    """Requests, newest first, optionally only those with a status."""
    query = select(DeletionRequest).order_by(DeletionRequest.requested_at.desc(), DeletionRequest.id.desc())
    if status:
        query = query.where(DeletionRequest.status == status)
    with session() as db:
        return [_record(row) for row in db.execute(query).scalars()]
