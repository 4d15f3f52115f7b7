"""The held-out messages and, for each label, the reply a person should get from the assistant."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from tms_intake.clinic import PROJECT_ROOT, clinic_slots, load_clinic_facts
from tms_intake.responses import RETRIEVAL_INTENTS, domain_responses, normalize

HOLDOUT_FILE = PROJECT_ROOT / "tests" / "nlu_holdout.yml"
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


def expected_reply(label: str) -> str | None:
    """The reply a person who opens a conversation with a message of this label must get, with
    clinic.yml's facts filled in as the assistant fills them.

    None means no particular reply is expected (a bare "yes", out-of-scope text).
    """
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    if label.split("/")[0] in RETRIEVAL_INTENTS:
        response = f"utter_{label}"
    else:
        response = FIRST_REPLY_BY_LABEL.get(label)
    if response is None:
        return None
    generator = TemplatedNaturalLanguageGenerator(domain_responses())
    reply = generator.generate_from_slots(response, clinic_slots(load_clinic_facts()), "rest")
    return normalize(reply["text"])
