"""The trained crisis classifier: logistic regression on word and character n-grams of the normalized
text, idioms and denials removed (`crisis.without_idioms_normalized`).

It learns crisis against everything else from the `crisis` intent and the other intents of
`data/nlu`, from `safety/crisis_training.yml` (crisis messages and hard negatives written by
other authors, with no intent of their own) and from `safety/form_answers.yml` (ordinary answers to
the intake form's questions and names as people type them). On blind sets it generalizes better than the lexicon's
patterns, so `crisis_nlu.CrisisDetector` uses its probability both ways: a high score finds a
crisis the lexicon missed, and a very low score overrules a lexicon match that only shares words
with a crisis ("a paper on TMS and suicide rates"), except for the lexicon's plain statements.

`python -m tms_intake.crisis_classifier` trains it into `models/crisis-classifier.joblib` in seconds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import List, Sequence, Tuple

import joblib
import yaml
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union
from sklearn.preprocessing import FunctionTransformer

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.crisis import CRISIS_INTENT, without_idioms_normalized

CLASSIFIER_FILE = PROJECT_ROOT / "models" / "crisis-classifier.joblib"
NLU_DIR = PROJECT_ROOT / "data" / "nlu"
EXTRA_TRAINING_FILE = PROJECT_ROOT / "safety" / "crisis_training.yml"
FORM_ANSWERS_FILE = PROJECT_ROOT / "safety" / "form_answers.yml"
EXTRA_TRAINING_FILES = (EXTRA_TRAINING_FILE, FORM_ANSWERS_FILE)
# Inverse regularization strength: 10, 30 and 100 were within 0.003 of ROC AUC in cross-validation.
REGULARIZATION_C = 30.0


def build() -> Pipeline:
    # The text is normalized once, then read as characters and as words.
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 3), sublinear_tf=True),
    )
    return make_pipeline(
        FunctionTransformer(without_idioms_normalized),
        features,
        LogisticRegression(C=REGULARIZATION_C, class_weight="balanced", max_iter=5000, random_state=1),
    )


def training_examples(
    nlu_dir: Path = NLU_DIR, extra_files: Sequence[Path] = EXTRA_TRAINING_FILES
) -> Tuple[List[str], List[str]]:
    """(crisis messages, other messages) from the NLU data and the extra training files."""
    crisis: List[str] = []
    others: List[str] = []
    for example in load_data(str(nlu_dir)).intent_examples:
        (crisis if example.get("intent") == CRISIS_INTENT else others).append(example.get("text"))
    for path in extra_files:
        extra = yaml.safe_load(path.read_text(encoding="utf-8"))
        crisis += extra.get("crisis", [])
        others += extra.get("not_crisis", [])
    return crisis, others


def train(crisis: Sequence[str], others: Sequence[str]) -> Pipeline:
    classifier = build()
    classifier.fit([*crisis, *others], [1] * len(crisis) + [0] * len(others))
    return classifier


def crisis_probabilities(classifier: Pipeline, texts: Sequence[str]) -> List[float]:
    if not texts:
        return []
    return [float(probability) for probability in classifier.predict_proba(list(texts))[:, 1]]


# Contact details typed with a message: "212-555-0143, call soon or dont bother".
CONTACT_DETAILS = re.compile(r"\S+@\S+|\+?\(?\d[\d\s().\-]{6,}\d")


def pieces(text: str) -> List[str]:
    """The message, and the message without the contact details typed with it, so that a risk said
    beside an answer ("212-555-0143, call soon or dont bother") is not drowned by the digits. Judging
    what follows a short leading answer on its own too found one more crisis message in round 3 of
    the blind sets and six more false alarms (docs/evaluation.md)."""
    without_details = CONTACT_DETAILS.sub(" ", text)
    return list(dict.fromkeys(piece.strip() for piece in (text, without_details) if piece.strip()))


def message_probabilities(classifier: Pipeline, texts: Sequence[str]) -> List[float]:
    """Each message's crisis probability: the highest of its pieces (`pieces`)."""
    split = [pieces(text) or [text] for text in texts]
    flat = crisis_probabilities(classifier, [piece for parts in split for piece in parts])
    found, start = [], 0
    for parts in split:
        found.append(max(flat[start:start + len(parts)]))
        start += len(parts)
    return found


@lru_cache(maxsize=4)
def load(path: Path = CLASSIFIER_FILE) -> Pipeline:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: `make train` builds it")
    return joblib.load(path)


def main() -> None:
    crisis, others = training_examples()
    CLASSIFIER_FILE.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(train(crisis, others), CLASSIFIER_FILE)
    print(f"crisis classifier: {len(crisis)} crisis and {len(others)} other messages -> {CLASSIFIER_FILE}")


if __name__ == "__main__":
    main()
