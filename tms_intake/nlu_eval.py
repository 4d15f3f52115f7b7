"""Scores a trained model's NLU on labelled messages: intent, response selection, per-topic F1."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from tms_intake.holdout import HONEST_LABELS, NO_ANSWER_LABELS, UNCOVERED_LABEL, Example
from tms_intake.responses import RETRIEVAL_INTENTS


def predicted_label(parse: dict) -> str:
    """The label a parse result stands for: the intent, or intent/response key for retrieval intents."""
    intent = (parse.get("intent") or {}).get("name") or "nlu_fallback"
    if intent not in RETRIEVAL_INTENTS:
        return intent
    selectors = parse.get("response_selector") or {}
    selected = selectors.get(intent) or selectors.get("default") or {}
    return (selected.get("response") or {}).get("intent_response_key") or intent


def labels_agree(gold: str, predicted: str) -> bool:
    """Out-of-scope text is handled correctly by either the out-of-scope intent or the fallback, and
    an uncovered question by the not-covered answer or the fallback."""
    if gold in NO_ANSWER_LABELS:
        return predicted in NO_ANSWER_LABELS
    if gold == UNCOVERED_LABEL:
        return predicted in HONEST_LABELS
    return gold == predicted


def intents_of(gold: str, predicted: str) -> tuple[str, str]:
    """The intents of a gold and a predicted label; an uncovered question is judged on its whole label."""
    if gold == UNCOVERED_LABEL:
        return gold, predicted
    return gold.split("/")[0], predicted.split("/")[0]


def scored_label(label: str) -> str:
    """The label F1 is computed on: what counts as right for a label is one class."""
    if label in NO_ANSWER_LABELS:
        return "out_of_scope"
    return UNCOVERED_LABEL if label in HONEST_LABELS else label


@dataclass
class NluScores:
    total: int
    intent_accuracy: float
    response_accuracy: float
    label_accuracy: float
    macro_f1: float
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, predicted, text)


def score(examples: list[Example], predictions: list[str]) -> NluScores:
    from sklearn.metrics import f1_score

    intent_hits = sum(labels_agree(*intents_of(e.label, p)) for e, p in zip(examples, predictions))
    retrieval = [(e.label, p) for e, p in zip(examples, predictions) if "/" in e.label]
    response_hits = sum(g == p for g, p in retrieval)
    agreed = [labels_agree(e.label, p) for e, p in zip(examples, predictions)]
    gold = [scored_label(e.label) for e in examples]
    merged = [scored_label(p) for p in predictions]
    return NluScores(
        total=len(examples),
        intent_accuracy=intent_hits / len(examples),
        response_accuracy=response_hits / len(retrieval) if retrieval else 1.0,
        label_accuracy=sum(agreed) / len(examples),
        macro_f1=f1_score(gold, merged, average="macro", labels=sorted(set(gold)), zero_division=0),
        errors=[(e.label, p, e.text) for e, p, ok in zip(examples, predictions, agreed) if not ok],
    )


class Parser:
    """A trained model loaded once in this process; parses messages into labels and times each parse."""

    def __init__(self, model_path: Path) -> None:
        import logging

        from rasa.core.agent import Agent
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)  # parse results hold message text: keep them out of the output
        logging.getLogger("tensorflow").setLevel(logging.ERROR)
        self.agent = Agent.load(str(model_path))
        self.latencies_ms: list[float] = []

    def labels(self, texts: list[str]) -> list[str]:
        async def parse_all() -> list[str]:
            labels = []
            for text in texts:
                started = time.perf_counter()
                labels.append(predicted_label(await self.agent.parse_message(text)))
                self.latencies_ms.append((time.perf_counter() - started) * 1000)
            return labels

        return asyncio.run(parse_all())


def predict(model_path: Path, examples: list[Example]) -> list[str]:
    """Parse every example with the model, in this process."""
    return Parser(model_path).labels([e.text for e in examples])


def write_confusion_matrix(examples: list[Example], predictions: list[str], target: Path) -> None:
    import logging

    import matplotlib

    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import ConfusionMatrixDisplay

    gold = [e.label for e in examples]
    labels = sorted(set(gold) | set(predictions))
    figure, axes = plt.subplots(figsize=(16, 14))
    ConfusionMatrixDisplay.from_predictions(
        gold, predictions, labels=labels, ax=axes, xticks_rotation="vertical", colorbar=False
    )
    axes.set_title("True label (rows) vs predicted (columns)")
    figure.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=80)
    plt.close(figure)
