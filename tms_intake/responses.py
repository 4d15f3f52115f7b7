"""The assistant's responses as written in domain.yml, for code that needs their text outside Rasa."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from tms_intake.clinic import PROJECT_ROOT

DOMAIN_FILE = PROJECT_ROOT / "domain.yml"
RETRIEVAL_INTENTS = ("faq", "care_team", "medical")


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=4)
def domain_responses(path: Path = DOMAIN_FILE) -> dict[str, list[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]


def domain_texts(path: Path = DOMAIN_FILE) -> dict[str, str]:
    """The text of every response as said when no clinic fact is configured (its only variation, or
    the one for unset clinic facts), whitespace folded."""
    texts = {}
    for name, variants in domain_responses(path).items():
        if len(variants) == 1 and "condition" not in variants[0]:
            texts[name] = normalize(variants[0]["text"])
        elif all(condition.get("value") is None for condition in variants[0].get("condition", [{}])):
            texts[name] = normalize(variants[0]["text"])
    return texts


def curated_answers(texts: dict[str, str]) -> dict[str, str]:
    """Every answer the assistant gives to a topic question, by response name."""
    return {
        name: text
        for name, text in texts.items()
        if any(name.startswith(f"utter_{intent}/") for intent in RETRIEVAL_INTENTS)
    }
