"""Scores crisis detection on tests/crisis_eval.yml: recall on crisis messages and the false-alarm
rate on hard negatives, for the lexicon alone (`by_lexicon`) and for the whole trained NLU pipeline
(`by_model`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List

import yaml

from tms_intake import nlu_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.crisis import CRISIS_INTENT, is_crisis
from tms_intake.holdout import Example

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


def by_model(model_path: Path) -> Callable[[List[str]], List[bool]]:
    """Flags what the trained assistant's NLU takes for the crisis intent."""

    def flagged(texts: List[str]) -> List[bool]:
        examples = [Example("?", text) for text in texts]
        return [label == CRISIS_INTENT for label in nlu_eval.predict(model_path, examples)]

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
