"""Sends held-out messages to the REST channel as first messages of new conversations.

Checks that each gets the right curated reply and measures single-user reply latency.
"""

from __future__ import annotations

import json
import statistics
import time
import urllib.request
import uuid
from dataclasses import dataclass, field

from tms_intake.holdout import CONTEXT_ONLY_LABELS, NO_ANSWER_LABELS, Example, acceptable_replies
from tms_intake.responses import curated_answers, domain_texts, normalize

MAX_REPLY_CHARS = 800


def send(webhook: str, message: str, sender: str | None = None, timeout: float = 30) -> list[dict]:
    """POST one message to the REST channel and return the bot's messages."""
    body = json.dumps({"sender": sender or f"eval-{uuid.uuid4().hex}", "message": message}).encode()
    request = urllib.request.Request(webhook, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def reply_texts(messages: list[dict]) -> list[str]:
    return [normalize(m["text"]) for m in messages if m.get("text")]


@dataclass
class RestScores:
    checked: int = 0
    correct: int = 0
    out_of_scope: int = 0
    out_of_scope_answered: int = 0
    too_long: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    failures: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (label, text, replies)

    @property
    def accuracy(self) -> float:
        return self.correct / self.checked if self.checked else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def p95(self) -> float:
        return self.percentile(95)


def evaluate(webhook: str, examples: list[Example]) -> RestScores:
    answers = set(curated_answers(domain_texts()).values())
    scores = RestScores()
    for example in examples:
        started = time.perf_counter()
        replies = reply_texts(send(webhook, example.text))
        scores.latencies_ms.append((time.perf_counter() - started) * 1000)
        scores.too_long += sum(len(r) > MAX_REPLY_CHARS for r in replies)
        if example.label in NO_ANSWER_LABELS:
            scores.out_of_scope += 1
            if answers.intersection(replies):
                scores.out_of_scope_answered += 1
                scores.failures.append((example.label, example.text, replies))
            continue
        if example.label in CONTEXT_ONLY_LABELS:
            continue
        scores.checked += 1
        if acceptable_replies(example.label).intersection(replies):
            scores.correct += 1
        else:
            scores.failures.append((example.label, example.text, replies))
    return scores
