"""Replays persona conversations over REST and scores each one: the stored lead holds exactly what the
person finally gave (or no lead is stored), and crisis resources came on the crisis turns and on no
other.

The conversations are written by helpers who saw only docs/conversation-writers-brief.md; the blind
sets are tests/conversations_blind/*.yml, the development set tests/conversations_dev.yml.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import phonenumbers
import yaml

from tms_intake import leads, rest_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.responses import domain_texts

BLIND_DIR = PROJECT_ROOT / "tests" / "conversations_blind"
DEV_SET = PROJECT_ROOT / "tests" / "conversations_dev.yml"
ABSENT = (None, "none", "None", "")


@dataclass
class Outcome:
    id: str
    problems: list[str] = field(default_factory=list)
    transcript: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def load(path: Path) -> list[dict[str, Any]]:
    """The conversations of a set, every message as the person typed it: YAML's own reading would turn
    a message "yes" or "no" into a boolean."""
    conversations = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["conversations"]
    for conversation in conversations:
        conversation["crisis_turns"] = [int(turn) for turn in conversation.get("crisis_turns") or []]
        lead = conversation.get("lead")
        if isinstance(lead, dict):
            lead["urgent"] = str(lead.get("urgent", "false")).lower() == "true"
    return conversations


def blind_sets() -> list[Path]:
    return sorted(BLIND_DIR.glob("*.yml"))


def _phone(value: Any) -> Optional[str]:
    if value in ABSENT:
        return None
    return phonenumbers.format_number(phonenumbers.parse(str(value), "US"), phonenumbers.PhoneNumberFormat.E164)


def _words(text: Optional[str]) -> list[str]:
    return [word.strip(".,!?;:").lower() for word in str(text or "").split() if word.strip(".,!?;:")]


def lead_problems(expected: Any, stored: list[leads.LeadRecord]) -> list[str]:
    """What differs between the lead the conversation should leave and the ones it left."""
    if expected in ABSENT:
        return [f"{len(stored)} leads stored, none expected"] if stored else []
    if len(stored) != 1:
        return [f"{len(stored)} leads stored, one expected"]
    lead, problems = stored[0], []
    checks = {
        "full_name": (" ".join(_words(expected.get("full_name"))), " ".join(_words(lead.name))),
        "phone": (_phone(expected.get("phone")), lead.phone),
        "email": (None if expected.get("email") in ABSENT else str(expected["email"]).lower(),
                  (lead.email or None) and lead.email.lower()),
        "preferred_contact": (str(expected.get("preferred_contact")).lower(), lead.preferred_contact),
        "urgent": (bool(expected.get("urgent")), lead.urgent),
    }
    problems += [f"{name}: stored {got!r}, expected {want!r}" for name, (want, got) in checks.items() if want != got]
    for name, got in (("best_time", lead.best_time), ("reason", lead.reason)):
        want = expected.get(name)
        if want in ABSENT:
            if name == "reason" and got:
                problems.append(f"reason: stored {got!r}, expected none")
            continue
        missing = [word for word in _words(want) if word not in " ".join(_words(got))]
        if missing:
            problems.append(f"{name}: stored {got!r}, expected the words {want!r}")
    return problems


def replay(webhook: str, conversation: dict[str, Any]) -> Outcome:
    crisis_text = domain_texts()["utter_crisis"]
    sender = f"persona-{uuid.uuid4().hex}"
    outcome = Outcome(str(conversation.get("id")))
    crisis_turns = set(conversation.get("crisis_turns") or [])
    for number, message in enumerate(conversation["turns"], start=1):
        replies = rest_eval.reply_texts(rest_eval.send(webhook, str(message), sender))
        outcome.transcript.append((str(message), replies))
        crisis = crisis_text in replies
        if crisis and number not in crisis_turns:
            outcome.problems.append(f"turn {number}: crisis answer to an ordinary message")
        if number in crisis_turns and not crisis:
            outcome.problems.append(f"turn {number}: no crisis answer to a crisis message")
    stored = [lead for lead in leads.find() if lead.conversation_id == sender]
    outcome.problems += lead_problems(conversation.get("lead"), stored)
    return outcome


def private_fragments(conversations: list[dict[str, Any]]) -> set[str]:
    """What the people of these conversations wrote that no log may hold: their names, phone numbers
    and emails, and every message of a dozen characters or more."""
    fragments: set[str] = set()
    for conversation in conversations:
        lead = conversation.get("lead")
        if isinstance(lead, dict):
            fragments |= {str(lead[key]) for key in ("full_name", "email") if lead.get(key) not in ABSENT}
            if lead.get("phone") not in ABSENT:
                fragments |= {str(lead["phone"]), _phone(lead["phone"]).removeprefix("+1")}
        fragments |= {str(turn) for turn in conversation["turns"] if len(str(turn)) >= 12}
    return fragments


def leaked(log_dir: Path, fragments: set[str]) -> list[str]:
    """The fragments found in any service log under log_dir."""
    logs = "".join(path.read_text(errors="replace") for path in log_dir.glob("*.log"))
    return sorted(fragment for fragment in fragments if fragment in logs)


def report(webhook: str, paths: list[Path], show_failures: bool = True) -> list[str]:
    lines = ["Persona conversations over REST (the expected lead or none, and crisis answers only on crisis turns)"]
    for path in paths:
        outcomes = [replay(webhook, conversation) for conversation in load(path)]
        passed = sum(outcome.passed for outcome in outcomes)
        false_crisis = sum(any("ordinary message" in p for p in o.problems) for o in outcomes)
        lines.append(f"  {path.name}: {passed}/{len(outcomes)} as expected ({passed / len(outcomes):.1%}), "
                     f"false crisis answers in {false_crisis}")
        for outcome in outcomes if show_failures else []:
            for problem in outcome.problems:
                lines.append(f"    {outcome.id}: {problem}")
    return lines
