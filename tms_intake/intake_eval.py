"""Measures appointment requests over REST: how many messages a person sends from the request to the
stored lead, how long each reply takes, and that exactly one lead was stored."""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass

from tms_intake import leads, rest_eval

# Each script is what a person sends, from the request to the final "yes".
SCRIPTS = {
    "plain request": [
        "I'd like to book a consultation", "Dana Whitfield", "(212) 555-0147", "dana@example.com", "text me",
        "after 5 pm", "skip", "yes", "yes",
    ],
    "all in the first message": [
        "Hi, I'm James O'Connor, (646) 555-0199, jim@example.org, I'd like a consult", "call", "evenings", "skip",
        "yes", "yes",
    ],
    "wrong phone and email, a question, a correction": [
        "can someone call me back?", "Jordan Price", "555-0123", "+1 646-555-0123", "jordan@example",
        "does it hurt?", "jordan@example.net", "a call", "mornings", "no", "yes",
        "my email is actually jp@example.net", "yes",
    ],
}


@dataclass
class IntakeRun:
    name: str
    turns: int
    leads_stored: int
    latencies_ms: list[float]


def run_script(webhook: str, name: str, messages: list[str]) -> IntakeRun:
    sender = f"eval-intake-{uuid.uuid4().hex}"
    latencies = []
    for message in messages:
        started = time.perf_counter()
        rest_eval.send(webhook, message, sender)
        latencies.append((time.perf_counter() - started) * 1000)
    stored = [lead for lead in leads.find() if lead.conversation_id == sender]
    return IntakeRun(name, len(messages), len(stored), latencies)


def report(webhook: str) -> list[str]:
    lines = ["Appointment requests over REST (messages from the request to the stored lead)"]
    all_latencies: list[float] = []
    for name, messages in SCRIPTS.items():
        run = run_script(webhook, name, messages)
        all_latencies += run.latencies_ms
        lines.append(f"  {name + ':':<50} {run.turns:>2} messages, leads stored: {run.leads_stored}")
    quantiles = statistics.quantiles(all_latencies, n=20)
    lines.append(f"  reply latency over {len(all_latencies)} messages: p50 {statistics.median(all_latencies):.0f} ms, "
                 f"p95 {quantiles[-1]:.0f} ms")
    return lines
