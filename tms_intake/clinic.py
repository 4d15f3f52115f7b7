"""The clinic's own facts (name, address, phone, hours, website), read from one settings file."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETTINGS_FILE = PROJECT_ROOT / "clinic.yml"


@dataclass(frozen=True)
class ClinicFacts:
    """Clinic facts; an empty string means "not configured" and is never shown to anyone."""

    name: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""
    website: str = ""  # an https:// address with more about the clinic (privacy, clearance...)


def settings_path() -> Path:
    return Path(os.environ.get("CLINIC_SETTINGS_FILE") or DEFAULT_SETTINGS_FILE)


def load_clinic_facts(path: Path | None = None) -> ClinicFacts:
    """Read the settings file; unknown keys are ignored and missing or blank values become ""."""
    path = path or settings_path()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{path} must hold a mapping of clinic facts")
    values = {}
    for field in fields(ClinicFacts):
        value = raw.get(field.name)
        values[field.name] = "" if value is None else str(value).strip()
    if values["website"] and not values["website"].startswith("https://"):
        raise ValueError(f"{path}: website must be an https:// address")
    return ClinicFacts(**values)


def clinic_slots(facts: ClinicFacts) -> dict[str, str | None]:
    """The facts as the domain's clinic_* slots; an unset fact is None, which the responses test for."""
    return {f"clinic_{field.name}": getattr(facts, field.name) or None for field in fields(ClinicFacts)}
