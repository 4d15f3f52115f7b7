"""Builds the project's spaCy pipeline: blank English tokenization plus lookup lemmas, no download needed.

Official trained spaCy pipelines cannot be fetched here, so the NLU pipeline uses spaCy's rule-based
English tokenizer and the lemma lookup table shipped in the spacy-lookups-data package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

from tms_intake.clinic import PROJECT_ROOT

DEFAULT_MODEL_DIR = PROJECT_ROOT / "var" / "spacy" / "en_tms_lemmas"


def build(target: Path = DEFAULT_MODEL_DIR) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = "tms_lemmas"
    nlp.meta["description"] = "Blank English tokenizer with lookup lemmas (spacy-lookups-data)."
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MODEL_DIR))
