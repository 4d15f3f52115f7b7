"""The lead store: appointment and callback requests, stored exactly once, listed and updated by staff.

A lead is keyed by its request: the conversation and the moment the intake form started. Saving the
same request again (a second "yes", a retried webhook, an action server restarted mid-save) returns
the lead already stored instead of adding one.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone
from typing import IO, List, Optional

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text, select
from sqlalchemy.exc import IntegrityError

from tms_intake.database import Base, session

STATUSES = ("new", "contacted", "scheduled", "closed")
CONTACT_METHODS = ("call", "text", "email")
MAX_BEST_TIME_CHARS = 200
MAX_REASON_CHARS = 500
# The keys of `tms-intake leads list --json`, in this order.
LISTING_KEYS = (
    "id", "created_at", "name", "phone", "email", "preferred_contact", "best_time", "reason", "channel",
    "conversation_id", "status",
)


class Lead(Base):
    __tablename__ = "leads"

    id = Column(Integer, primary_key=True)
    request_key = Column(String(300), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False, index=True)
    name = Column(String(100), nullable=False)
    phone = Column(String(20))
    email = Column(String(254))
    preferred_contact = Column(String(8), nullable=False)
    best_time = Column(String(MAX_BEST_TIME_CHARS), nullable=False)
    reason = Column(String(MAX_REASON_CHARS))
    consent_text = Column(String(500), nullable=False)
    consent_at = Column(DateTime(timezone=True), nullable=False)
    channel = Column(String(32), nullable=False)
    conversation_id = Column(String(255), nullable=False)
    urgent = Column(Boolean, nullable=False, default=False)
    status = Column(String(16), nullable=False, default="new", index=True)
    notes = Column(Text, nullable=False, default="")


@dataclass(frozen=True, kw_only=True)
class ContactDetails:
    """What the person gave the intake form."""

    name: str
    phone: Optional[str]
    email: Optional[str]
    preferred_contact: str
    best_time: str
    reason: Optional[str]


@dataclass(frozen=True, kw_only=True)
class LeadRequest(ContactDetails):
    """A request the person confirmed, with their consent, as it is stored."""

    request_key: str
    consent_text: str
    consent_at: datetime
    channel: str
    conversation_id: str
    urgent: bool = False


@dataclass(frozen=True, kw_only=True)
class LeadRecord(ContactDetails):
    """A stored lead, readable after its database session has closed."""

    id: int
    created_at: datetime
    channel: str
    conversation_id: str
    status: str
    urgent: bool
    consent_text: str
    consent_at: datetime
    notes: str

    def listing(self) -> dict:
        """The lead as one object of `leads list --json`: exactly LISTING_KEYS, dates in ISO 8601."""
        values = asdict(self)
        values["created_at"] = self.created_at.isoformat()
        return {key: values[key] for key in LISTING_KEYS}


def _record(lead: Lead) -> LeadRecord:
    values = {field.name: getattr(lead, field.name) for field in fields(LeadRecord)}
    values["created_at"] = _utc(values["created_at"])
    values["consent_at"] = _utc(values["consent_at"])
    return LeadRecord(**values)


def _utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def save(request: LeadRequest) -> tuple[LeadRecord, bool]:
    """Stores the request once: (the lead, True) the first time, (the same lead, False) after that."""
    if request.preferred_contact not in CONTACT_METHODS:
        raise ValueError(f"unknown contact method {request.preferred_contact!r}")
    existing = _by_request_key(request.request_key)
    if existing:
        return existing, False
    try:
        with session() as db:
            lead = Lead(created_at=datetime.now(timezone.utc), status="new", notes="", **asdict(request))
            db.add(lead)
            db.flush()
            return _record(lead), True
    except IntegrityError:  # the same request saved at the same moment by another process
        existing = _by_request_key(request.request_key)
        if existing is None:
            raise
        return existing, False


def _by_request_key(request_key: str) -> Optional[LeadRecord]:
    with session() as db:
        lead = db.execute(select(Lead).filter_by(request_key=request_key)).scalar_one_or_none()
        return _record(lead) if lead else None


def find(status: Optional[str] = None, since: Optional[datetime] = None) -> List[LeadRecord]:
    """Leads, newest first, optionally only those with a status or created since a moment."""
    query = select(Lead).order_by(Lead.created_at.desc(), Lead.id.desc())
    if status:
        query = query.where(Lead.status == status)
    if since:
        query = query.where(Lead.created_at >= since)
    with session() as db:
        return [_record(lead) for lead in db.execute(query).scalars()]


def get(lead_id: int) -> Optional[LeadRecord]:
    with session() as db:
        lead = db.get(Lead, lead_id)
        return _record(lead) if lead else None


def set_status(lead_id: int, status: str, note: Optional[str] = None) -> Optional[LeadRecord]:
    """Changes the status; a note is added to the lead's notes with the time and the new status."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    with session() as db:
        lead = db.get(Lead, lead_id)
        if lead is None:
            return None
        lead.status = status
        if note and note.strip():
            line = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC [{status}] {' '.join(note.split())}"
            lead.notes = f"{lead.notes}\n{line}" if lead.notes else line
        db.flush()
        return _record(lead)


def update_details(lead_id: int, changes: dict[str, Optional[str]]) -> Optional[LeadRecord]:
    """Changes contact details the person corrected after the lead was stored (name, phone, email,
    preferred_contact, best_time, reason), with a note saying which, for the staff who follow it up."""
    unknown = set(changes) - {field.name for field in fields(ContactDetails)}
    if unknown:
        raise ValueError(f"not a contact detail: {sorted(unknown)}")
    with session() as db:
        lead = db.get(Lead, lead_id)
        if lead is None:
            return None
        changed = sorted(name for name, value in changes.items() if getattr(lead, name) != value)
        for name in changed:
            setattr(lead, name, changes[name])
        if changed:
            line = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC the person changed: {', '.join(changed)}"
            lead.notes = f"{lead.notes}\n{line}" if lead.notes else line
        db.flush()
        return _record(lead)


EXPORT_COLUMNS = LISTING_KEYS + ("urgent", "consent_text", "consent_at", "notes")


def write_csv(leads: List[LeadRecord], stream: IO[str]) -> None:
    """The leads as CSV; a text cell that a spreadsheet would run as a formula is written as text."""
    writer = csv.writer(stream)
    writer.writerow(EXPORT_COLUMNS)
    for lead in leads:
        values = asdict(lead)
        writer.writerow([_cell(values[column]) for column in EXPORT_COLUMNS])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not text[1:].isdigit() else text
