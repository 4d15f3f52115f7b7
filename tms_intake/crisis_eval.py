"""Scores crisis detection on tests/crisis_eval.yml: recall on crisis messages and the false-alarm
rate on hard negatives, for the lexicon alone (`by_lexicon`), the crisis classifier alone
(`by_classifier`) and the whole trained NLU pipeline (`by_model`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List

import yaml
from sklearn.model_selection import StratifiedKFold

from tms_intake import nlu_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.crisis import CRISIS_INTENT, is_crisis
from tms_intake.crisis_classifier import EXTRA_TRAINING_FILE, FORM_ANSWERS_FILE, crisis_probabilities, load, message_probabilities, train, training_examples
from tms_intake.crisis_nlu import CrisisDetector, decide

CRISIS_EVAL_FILE = PROJECT_ROOT / "tests" / "crisis_eval.yml"


@dataclass(frozen=True)
class CrisisSet:
    crisis: List[str]
    not_crisis: List[str]


@dataclass
class CrisisScores:
    missed: List[str]
    false_alarms: List[str]
    crisis_total: int
    negative_total: int

    @property
    def recall(self) -> float:
        return 1 - len(self.missed) / self.crisis_total

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.negative_total

    def summary(self) -> str:
        return (
            f"recall {self.recall:.3f} ({self.crisis_total - len(self.missed)}/{self.crisis_total}), "
            f"false alarms {self.false_alarm_rate:.3f} ({len(self.false_alarms)}/{self.negative_total})"
        )


def load_crisis_set(path: Path = CRISIS_EVAL_FILE) -> CrisisSet:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return CrisisSet(document["crisis"], document["not_crisis"])


def by_lexicon(texts: List[str]) -> List[bool]:
    return [is_crisis(text) for text in texts]


def detector_config(config_file: Path = PROJECT_ROOT / "config.yml") -> Dict[str, Any]:
    """The crisis detector's settings in the assistant's config.yml, over its defaults."""
    pipeline = yaml.safe_load(config_file.read_text(encoding="utf-8"))["pipeline"]
    entry = next(item for item in pipeline if item["name"].endswith(CrisisDetector.__name__))
    return {**CrisisDetector.get_default_config(), **{k: v for k, v in entry.items() if k != "name"}}


def by_classifier(texts: List[str]) -> List[bool]:
    threshold = detector_config()["classifier_threshold"]
    return [probability >= threshold for probability in message_probabilities(load(), texts)]


def by_model(model: Path | nlu_eval.Parser) -> Callable[[List[str]], List[bool]]:
    """Flags what the trained assistant's NLU takes for the crisis intent."""
    parser = model if isinstance(model, nlu_eval.Parser) else nlu_eval.Parser(model)

    def flagged(texts: List[str]) -> List[bool]:
        return [label == CRISIS_INTENT for label in parser.labels(texts)]

    return flagged


def score(examples: CrisisSet, flagged: Callable[[List[str]], List[bool]]) -> CrisisScores:
    crisis_flags = flagged(examples.crisis)
    negative_flags = flagged(examples.not_crisis)
    return CrisisScores(
        missed=[text for text, hit in zip(examples.crisis, crisis_flags) if not hit],
        false_alarms=[text for text, hit in zip(examples.not_crisis, negative_flags) if hit],
        crisis_total=len(examples.crisis),
        negative_total=len(examples.not_crisis),
    )


def cross_validated(folds: int = 5) -> CrisisScores:
    """The whole detector without the trained intent, with a crisis classifier that never saw the
    message it judges: the classifier's training file is split in `folds`, and each part is judged by
    a classifier trained on data/nlu and the other parts. Its messages are harder than most (several
    writers were asked for the same words used innocently), so this is a pessimistic estimate."""
    nlu_crisis, nlu_others = training_examples(extra_files=[FORM_ANSWERS_FILE])
    extra = load_crisis_set(EXTRA_TRAINING_FILE)
    texts = extra.crisis + extra.not_crisis
    labels = [1] * len(extra.crisis) + [0] * len(extra.not_crisis)
    probabilities = [0.0] * len(texts)
    for train_part, test_part in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, labels):
        classifier = train(
            nlu_crisis + [texts[i] for i in train_part if labels[i]],
            nlu_others + [texts[i] for i in train_part if not labels[i]],
        )
        for i, probability in zip(test_part, crisis_probabilities(classifier, [texts[i] for i in test_part])):
            probabilities[i] = probability
    config = detector_config()
    judged = dict(zip(texts, (decide(text, p, 0.0, config) for text, p in zip(texts, probabilities))))
    return score(extra, lambda batch: [judged[text] for text in batch])
