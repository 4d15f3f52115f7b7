"""`make eval`: compares NLU pipelines on the held-out messages and measures the assistant over REST.

1. Trains an NLU model for every pipeline in eval/pipelines/ and scores it on tests/nlu_holdout.yml
   (never used for training); writes a confusion matrix image per pipeline under results/.
2. Crisis detection on tests/crisis_eval.yml: recall and false-alarm rate of the lexicon alone, the
   crisis classifier alone and the trained assistant's NLU (both, and the crisis intent); then the
   detector cross-validated on the crisis classifier's training file.
3. Starts the trained assistant (config.yml) and sends every held-out message as the first message of
   a new conversation over the REST channel: right-answer rate, out-of-scope answers, p50/p95 latency.
4. Scripted appointment requests over REST: messages from the request to the stored lead, latency.

EVAL_STEPS (comma-separated: pipelines, crisis, rest, intake) runs only some of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from tms_intake import crisis_eval, intake_eval, nlu_eval, rest_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.holdout import load_examples
from tms_intake.services import BIN_DIR, ServiceSettings, running_services, settings_on_free_ports

PIPELINES_DIR = PROJECT_ROOT / "eval" / "pipelines"
RESULTS_DIR = PROJECT_ROOT / "results"
EVAL_MODELS_DIR = PROJECT_ROOT / "var" / "eval-models"


def train_nlu(pipeline: Path) -> tuple[Path, float]:
    """Train an NLU model from scratch (an empty training cache, so the time is the real one)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as cache:
        subprocess.run(
            [str(BIN_DIR / "rasa"), "train", "nlu", "--config", str(pipeline), "--nlu", "data/nlu",
             "--out", str(EVAL_MODELS_DIR), "--fixed-model-name", pipeline.stem],
            cwd=PROJECT_ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=dict(os.environ, RASA_CACHE_DIRECTORY=cache),
        )
    return EVAL_MODELS_DIR / f"{pipeline.stem}.tar.gz", time.perf_counter() - started


def pipelines_to_compare() -> list[Path]:
    """eval/pipelines/*.yml, or only those named in EVAL_PIPELINES (comma-separated)."""
    wanted = {name.strip() for name in os.environ.get("EVAL_PIPELINES", "").split(",") if name.strip()}
    pipelines = sorted(PIPELINES_DIR.glob("*.yml"))
    unknown = wanted - {p.stem for p in pipelines}
    if unknown:
        raise SystemExit(f"EVAL_PIPELINES names unknown pipelines: {', '.join(sorted(unknown))}")
    return [p for p in pipelines if not wanted or p.stem in wanted]


def pipeline_of(config: Path) -> list:
    return yaml.safe_load(config.read_text(encoding="utf-8"))["pipeline"]


def compare_pipelines() -> None:
    examples = load_examples()
    chosen = pipeline_of(PROJECT_ROOT / "config.yml")
    print(f"NLU on {len(examples)} held-out messages (tests/nlu_holdout.yml)\n")
    header = f"{'pipeline':<16}{'train s':>8}{'intent acc':>12}{'response acc':>14}{'answer acc':>12}{'macro-F1':>10}"
    print(header)
    print("-" * len(header))
    for pipeline in pipelines_to_compare():
        model, seconds = train_nlu(pipeline)
        predictions = nlu_eval.predict(model, examples)
        scores = nlu_eval.score(examples, predictions)
        nlu_eval.write_confusion_matrix(examples, predictions, RESULTS_DIR / pipeline.stem / "confusion_matrix.png")
        mark = "  <- config.yml" if pipeline_of(pipeline) == chosen else ""
        print(
            f"{pipeline.stem:<16}{seconds:>8.0f}{scores.intent_accuracy:>12.3f}{scores.response_accuracy:>14.3f}"
            f"{scores.label_accuracy:>12.3f}{scores.macro_f1:>10.3f}{mark}",
            flush=True,
        )
        write_errors(RESULTS_DIR / pipeline.stem / "errors.txt", scores.errors)
    print(f"\nConfusion matrices and errors: {RESULTS_DIR}/<pipeline>/")


def write_errors(target: Path, errors: list[tuple[str, str, str]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(f"{gold}\t{predicted}\t{text}\n" for gold, predicted, text in errors), encoding="utf-8")


def measure_rest() -> None:
    examples = load_examples()
    with running_services(settings_on_free_ports()) as settings:
        scores = rest_eval.evaluate(settings.rest_webhook, examples)
    print(f"\nREST channel, each held-out message opening a new conversation ({len(examples)} messages)")
    print(f"  right curated reply:        {scores.correct}/{scores.checked} = {scores.accuracy:.3f}")
    print(f"  out-of-scope given an FAQ answer: {scores.out_of_scope_answered}/{scores.out_of_scope}")
    print(f"  replies over {rest_eval.MAX_REPLY_CHARS} characters: {scores.too_long}")
    print(f"  single-user latency: p50 {scores.p50:.0f} ms, p95 {scores.p95:.0f} ms")
    for label, text, replies in scores.failures:
        # The first reply of a conversation is the disclosure; the answer follows it.
        print(f"  miss [{label}] {text!r} -> {replies[-1][:70] if replies else '(no reply)'!r}")


def measure_crisis() -> None:
    examples = crisis_eval.load_crisis_set()
    by_model = crisis_eval.by_model(ServiceSettings.from_env().model)
    print(f"\nCrisis detection ({len(examples.crisis)} crisis messages, {len(examples.not_crisis)} hard negatives)")
    nets = (("lexicon alone", crisis_eval.by_lexicon), ("classifier alone", crisis_eval.by_classifier), ("assistant NLU", by_model))
    for name, flagged in nets:
        scores = crisis_eval.score(examples, flagged)
        print(f"  {name + ':':<18} {scores.summary()}")
        for text in scores.missed:
            print(f"    missed: {text!r}")
        for text in scores.false_alarms:
            print(f"    false alarm: {text!r}")
    scores = crisis_eval.cross_validated()
    print(f"  5-fold cross-validation on the classifier's training file, without the trained intent: {scores.summary()}")


def measure_intake() -> None:
    with running_services(settings_on_free_ports()) as settings:
        print("\n" + "\n".join(intake_eval.report(settings.rest_webhook)))


STEPS = {"pipelines": compare_pipelines, "crisis": measure_crisis, "rest": measure_rest, "intake": measure_intake}


def main() -> int:
    # The evaluation's conversations are not questions people asked: keep them out of the staff's database.
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='tms-intake-eval-')}/eval.db"
    wanted = [step.strip() for step in os.environ.get("EVAL_STEPS", ",".join(STEPS)).split(",") if step.strip()]
    unknown = set(wanted) - set(STEPS)
    if unknown:
        raise SystemExit(f"EVAL_STEPS names unknown steps: {', '.join(sorted(unknown))}; known: {', '.join(STEPS)}")
    for step in wanted:
        STEPS[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
