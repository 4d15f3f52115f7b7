"""The messages the assistant is judged on, and for each label the reply a person should get.

- tests/nlu_holdout.yml: messages written apart from the training data (earlier sessions chose
  training examples from its misses, so it no longer measures generalization on its own);
- tests/nlu_blind/: blind sets, each written from a brief by writers who saw nothing of the project
  and measured once, before anything was learned from it. The newest one is the honest figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from tms_intake.clinic import PROJECT_ROOT, clinic_slots, load_clinic_facts
from tms_intake.responses import RETRIEVAL_INTENTS, domain_responses, normalize

HOLDOUT_FILE = PROJECT_ROOT / "tests" / "nlu_holdout.yml"
BLIND_DIR = PROJECT_ROOT / "tests" / "nlu_blind"
# A question about TMS or the clinic that no curated answer covers: the honest reply says so.
UNCOVERED_LABEL = "uncovered"
NOT_COVERED_ANSWER = "care_team/not_covered"
# Labels whose reply is one fixed response when they open a conversation.
FIRST_REPLY_BY_LABEL = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_you_are_welcome",
    "bot_challenge": "utter_iamabot",
    "request_human": "utter_human_handoff",
    "request_appointment": "utter_intake_start",
    "ask_hours": "utter_clinic_hours",
    "ask_phone": "utter_clinic_phone",
    "ask_location": "utter_clinic_location",
}
# "yes" or "no" opening a conversation answers nothing, so no reply is expected.
CONTEXT_ONLY_LABELS = ("affirm", "deny")
NO_ANSWER_LABELS = ("out_of_scope", "nlu_fallback")
# An uncovered question is answered honestly by the not-covered answer or by asking to rephrase.
HONEST_LABELS = (NOT_COVERED_ANSWER, "nlu_fallback")


@dataclass(frozen=True)
class Example:
    label: str  # "faq/side_effects", "greet", ...
    text: str


def load_examples(path: Path = HOLDOUT_FILE) -> list[Example]:
    """Read a Rasa NLU YAML file into (label, text) pairs, keeping the file's order."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = []
    for block in document["nlu"]:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            text = line.strip()
            if text.startswith("- "):
                examples.append(Example(block["intent"], text[2:].strip()))
    return examples


def blind_sets(directory: Path = BLIND_DIR) -> list[tuple[str, list[Example]]]:
    """(name, examples) of every blind set, oldest first; the last one is the newest."""
    paths = sorted(directory.glob("set*.yml"), key=lambda path: int(path.stem.removeprefix("set")))
    return [(path.stem, load_examples(path)) for path in paths]


def acceptable_replies(label: str) -> set[str]:
    """The replies that answer a first message of this label rightly (empty: none in particular)."""
    replies = {expected_reply(label)} - {None}
    if label == UNCOVERED_LABEL:
        replies.add(normalize(domain_responses()["utter_please_rephrase"][0]["text"]))
    return replies


def expected_reply(label: str) -> str | None:
    """The reply a person who opens a conversation with a message of this label must get, with
    clinic.yml's facts filled in as the assistant fills them.

    None means no particular reply is expected (a bare "yes", out-of-scope text).
    """
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    if label == UNCOVERED_LABEL:
        label = NOT_COVERED_ANSWER
    if label.split("/")[0] in RETRIEVAL_INTENTS:
        response = f"utter_{label}"
    else:
        response = FIRST_REPLY_BY_LABEL.get(label)
    if response is None:
        return None
    generator = TemplatedNaturalLanguageGenerator(domain_responses())
    reply = generator.generate_from_slots(response, clinic_slots(load_clinic_facts()), "rest")
    return normalize(reply["text"])
