"""Crisis answers in the context of the intake form, over REST: each message is typed as the answer to
one of the form's questions, in a conversation brought to that question, and the reply is checked
for the crisis resources.

- Ordinary answers (tests/form_answers_blind/answers*.yml) and the names corpus
  (tests/names_blind/*.yml, typed as the answer to "What is your full name?") must get none.
- Crisis messages typed as answers (tests/form_answers_blind/crisis*.yml) must all get them.
Hesitations, reminders and corrections are typed at the best-time question. The sets were written by
helpers who saw only docs/conversation-writers-brief.md.
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tms_intake import rest_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.responses import domain_texts

ANSWERS_DIR = PROJECT_ROOT / "tests" / "form_answers_blind"
NAMES_DIR = PROJECT_ROOT / "tests" / "names_blind"
# What a person says to bring the form to each question, in order.
STEPS_TO = {
    "full_name": ["I'd like to book a consultation"],
    "phone": ["Dana Lee"],
    "email": ["212-555-0143"],
    "preferred_contact": ["skip"],
    "best_time": ["call"],
    "reason": ["weekday mornings"],
    "consent": ["skip"],
    "confirmation": ["yes"],
}
ASKED_AT = {"hesitation": "best_time", "reminder": "best_time", "correction": "best_time", "names": "full_name"}
CONCURRENCY = 4


def preamble(question: str) -> list[str]:
    order = list(STEPS_TO)
    return [message for step in order[: order.index(question) + 1] for message in STEPS_TO[step]]


@dataclass
class ContextScores:
    checked: int = 0
    crisis_answers: int = 0
    messages: list[tuple[str, str]] = field(default_factory=list)  # (question, text) given crisis answers, or missed

    def line(self, name: str, want_crisis: bool) -> str:
        if not self.checked:
            return f"  {name}: none to measure (a measured round is folded into training)"
        if want_crisis:
            return f"  {name}: crisis answers {self.crisis_answers}/{self.checked} (recall {self.crisis_answers / self.checked:.3f})"
        return f"  {name}: crisis answers {self.crisis_answers}/{self.checked}"


def crisis_reply(webhook: str, question: str, text: str) -> bool:
    """Whether `text`, typed as the answer to `question`, gets the crisis resources."""
    sender = f"form-answers-{uuid.uuid4().hex}"
    for message in preamble(question):
        rest_eval.send(webhook, message, sender)
    replies = rest_eval.reply_texts(rest_eval.send(webhook, text, sender))
    texts = domain_texts()
    return texts["utter_crisis"] in replies or texts["utter_crisis_reminder"] in replies


def load_sets(directory: Path, prefix: str) -> list[tuple[str, str]]:
    """(question, message) pairs of every file in `directory` whose name starts with `prefix`."""
    pairs = []
    for path in sorted(directory.glob(f"{prefix}*.yml")):
        # BaseLoader keeps every message a string: YAML's own reading turns "yes" into a boolean.
        for key, messages in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader).items():
            pairs += [(ASKED_AT.get(key, key), str(message)) for message in messages]
    return pairs


def score(webhook: str, pairs: list[tuple[str, str]], want_crisis: bool) -> ContextScores:
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        flagged = list(pool.map(lambda pair: crisis_reply(webhook, *pair), pairs))
    scores = ContextScores(checked=len(pairs), crisis_answers=sum(flagged))
    scores.messages = [pair for pair, crisis in zip(pairs, flagged) if crisis != want_crisis]
    return scores


def report(webhook: str) -> list[str]:
    lines = ["Crisis answers to messages typed as answers to the intake form's questions (REST)"]
    for name, pairs, want_crisis in (
        ("names corpus", load_sets(NAMES_DIR, ""), False),
        ("ordinary answers, hesitations, reminders, corrections", load_sets(ANSWERS_DIR, "answers"), False),
        ("crisis messages typed as answers", load_sets(ANSWERS_DIR, "crisis"), True),
    ):
        scores = score(webhook, pairs, want_crisis)
        lines.append(scores.line(name, want_crisis))
        lines += [f"    {'missed' if want_crisis else 'false alarm'} [{question}] {text!r}" for question, text in scores.messages]
    return lines
