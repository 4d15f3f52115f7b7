"""`make eval`: compares NLU pipelines on the blind and held-out messages and measures the assistant
over REST against Rasa's starter bot.

1. Trains an NLU model from scratch for every pipeline in eval/pipelines/ (followed by config.yml's
   rule components) and scores it on the newest blind set, all blind sets, tests/nlu_holdout.yml and
   the crisis set: training time, size, accuracy, macro-F1, crisis figures, parse latency; writes the
   misses and a confusion matrix per pipeline under results/.
2. Crisis detection on tests/crisis_eval.yml: recall and false-alarm rate of the lexicon alone, the
   crisis classifier alone and the trained assistant's NLU (both, and the crisis intent); then the
   detector cross-validated on the crisis classifier's training file.
3. Starts the trained assistant (config.yml) and sends every held-out and blind message as the first
   message of a new conversation over the REST channel: right-answer rate, out-of-scope answers,
   p50/p95 latency, start-up time and memory; then the same for the starter bot `rasa init` creates.
4. Scripted appointment requests over REST: messages from the request to the stored lead, latency.
5. Conversations over REST: the blind persona conversations and the development set, each scored on
   the lead it leaves and its crisis answers; the names corpus, ordinary answers and crisis messages
   typed as answers to the form's questions; then every service log is searched for what those
   people wrote.

EVAL_STEPS (comma-separated: pipelines, crisis, rest, intake, conversations) runs only some of them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from tms_intake import crisis_eval, form_answers_eval, intake_eval, nlu_eval, persona_eval, rest_eval, starter_bot
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.holdout import BLIND_DIR, Example, blind_sets, load_examples
from tms_intake.services import (
    BIN_DIR,
    ServiceSettings,
    rasa_command,
    rss_mb,
    running_services,
    settings_on_free_ports,
    start_service,
    stop_service,
)

CONFIG_FILE = PROJECT_ROOT / "config.yml"
PIPELINES_DIR = PROJECT_ROOT / "eval" / "pipelines"
RESULTS_DIR = PROJECT_ROOT / "results"
EVAL_MODELS_DIR = PROJECT_ROOT / "var" / "eval-models"


def train_nlu(pipeline: Path) -> tuple[Path, float]:
    """Train an NLU model from scratch (an empty training cache, so the time is the real one)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config.yml"
        config.write_text(yaml.safe_dump(eval_config(pipeline)), encoding="utf-8")
        subprocess.run(
            [str(BIN_DIR / "rasa"), "train", "nlu", "--config", str(config), "--nlu", "data/nlu",
             "--out", str(EVAL_MODELS_DIR), "--fixed-model-name", pipeline.stem],
            cwd=PROJECT_ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=dict(os.environ, RASA_CACHE_DIRECTORY=scratch),
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


def split_config_pipeline() -> tuple[list, list]:
    """config.yml's pipeline as (classifiers, rule components from the FallbackClassifier on)."""
    pipeline = pipeline_of(CONFIG_FILE)
    cut = next(i for i, component in enumerate(pipeline) if component["name"] == "FallbackClassifier")
    return pipeline[:cut], pipeline[cut:]


def eval_config(pipeline: Path) -> dict:
    """A compared pipeline followed by the assistant's own fallback, answer guard and crisis detector."""
    return {"recipe": "default.v1", "assistant_id": "tms-intake-eval", "language": "en",
            "pipeline": pipeline_of(pipeline) + split_config_pipeline()[1]}


@dataclass
class PipelineRow:
    name: str
    train_s: float
    archive_mb: float
    newest_blind: nlu_eval.NluScores
    all_blind: nlu_eval.NluScores
    held_out: nlu_eval.NluScores
    crisis: crisis_eval.CrisisScores
    p50_ms: float
    p95_ms: float


def measure_pipeline(pipeline: Path, blind: list[tuple[str, list[Example]]]) -> PipelineRow:
    model, seconds = train_nlu(pipeline)
    parser = nlu_eval.Parser(model)
    held_out = load_examples()
    results = {}
    for name, examples in [*blind, ("held-out", held_out)]:
        predictions = parser.labels([e.text for e in examples])
        results[name] = (examples, predictions)
        write_errors(RESULTS_DIR / pipeline.stem / f"errors-{name}.txt", nlu_eval.score(examples, predictions).errors)
    nlu_eval.write_confusion_matrix(*results["held-out"], RESULTS_DIR / pipeline.stem / "confusion_matrix.png")
    latencies = sorted(parser.latencies_ms)
    crisis = crisis_eval.score(crisis_eval.load_crisis_set(), crisis_eval.by_model(parser))
    all_blind = [pair for name, _ in blind for pair in zip(*results[name])]
    return PipelineRow(
        name=pipeline.stem,
        train_s=seconds,
        archive_mb=model.stat().st_size / 1e6,
        newest_blind=nlu_eval.score(*results[blind[-1][0]]),
        all_blind=nlu_eval.score(*map(list, zip(*all_blind))),
        held_out=nlu_eval.score(*results["held-out"]),
        crisis=crisis,
        p50_ms=statistics.median(latencies),
        p95_ms=latencies[round(0.95 * (len(latencies) - 1))],
    )


def compare_pipelines() -> None:
    blind = blind_sets()
    if not blind:
        raise SystemExit(f"no blind sets in {BLIND_DIR}")
    held_out = load_examples()
    chosen = split_config_pipeline()[0]
    print(
        f"NLU pipelines, trained from scratch and judged on the newest blind set ({blind[-1][0]}, "
        f"{len(blind[-1][1])} messages), all {len(blind)} blind sets ({sum(len(e) for _, e in blind)}), "
        f"the held-out messages ({len(held_out)}) and the crisis set; latency is one NLU parse in process.\n"
    )
    header = (
        f"{'pipeline':<26}{'train s':>8}{'MB':>7}{'newest blind':>13}{'all blind':>10}{'held-out':>9}"
        f"{'macro-F1':>9}{'crisis recall':>14}{'false alarms':>13}{'p50 ms':>7}{'p95 ms':>7}"
    )
    print(header)
    print("-" * len(header))
    for pipeline in pipelines_to_compare():
        row = measure_pipeline(pipeline, blind)
        mark = "  <- config.yml" if pipeline_of(pipeline) == chosen else ""
        crisis = row.crisis
        print(
            f"{row.name:<26}{row.train_s:>8.0f}{row.archive_mb:>7.1f}{row.newest_blind.label_accuracy:>13.3f}"
            f"{row.all_blind.label_accuracy:>10.3f}"
            f"{row.held_out.label_accuracy:>9.3f}{row.newest_blind.macro_f1:>9.3f}"
            f"{crisis.recall:>14.3f}{len(crisis.false_alarms):>8}/{crisis.negative_total:<4}"
            f"{row.p50_ms:>7.0f}{row.p95_ms:>7.0f}{mark}",
            flush=True,
        )
    print(f"\nMisses per set and a confusion matrix of the held-out messages: {RESULTS_DIR}/<pipeline>/")


def write_errors(target: Path, errors: list[tuple[str, str, str]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(f"{gold}\t{predicted}\t{text}\n" for gold, predicted, text in errors), encoding="utf-8")


@dataclass
class ServedFigures:
    startup_s: float
    rss_mb: float
    scores: rest_eval.RestScores


def served(settings: ServiceSettings, command: list[str], examples: list[Example], cwd: Path = PROJECT_ROOT) -> ServedFigures:
    """Start a Rasa server, send every example as the first message of a new conversation, stop it."""
    started = time.perf_counter()
    process = start_service("rasa", command, f"{settings.rasa_url}/", settings, cwd=cwd)
    try:
        startup = time.perf_counter() - started
        scores = rest_eval.evaluate(settings.rest_webhook, examples)
        return ServedFigures(startup, rss_mb(process), scores)
    finally:
        stop_service(process)


def measure_rest() -> None:
    """The assistant over REST on the held-out messages and the blind sets, then Rasa's starter bot,
    trained and served in the same run, on the same messages: the latency baseline."""
    examples = load_examples() + [e for _, blind in blind_sets() for e in blind]
    with running_services(settings_on_free_ports(), with_rasa=False) as settings:
        ours = served(settings, rasa_command(settings), examples)
    with tempfile.TemporaryDirectory(prefix="starter-bot-") as directory:
        model, train_s = starter_bot.create(Path(directory))
        settings = replace(settings_on_free_ports(), model=model, log_dir=Path(directory) / "logs")
        baseline = served(settings, rasa_command(settings, Path(directory) / "credentials.yml", None, stock=True), examples, Path(directory))
    scores = ours.scores
    print(f"\nREST channel, each message opening a new conversation (held-out and blind sets, {len(examples)} messages)")
    print(f"  right curated reply:        {scores.correct}/{scores.checked} = {scores.accuracy:.3f}")
    print(f"  out-of-scope given a topic answer: {scores.out_of_scope_answered}/{scores.out_of_scope}")
    print(f"  replies over {rest_eval.MAX_REPLY_CHARS} characters: {scores.too_long}")
    print(f"  {'':<30}{'p50 ms':>8}{'p95 ms':>8}{'start s':>9}{'RSS MB':>8}")
    for name, figures in (("the assistant", ours), (f"starter bot (trained in {train_s:.0f} s)", baseline)):
        print(f"  {name:<30}{figures.scores.p50:>8.0f}{figures.scores.p95:>8.0f}{figures.startup_s:>9.1f}{figures.rss_mb:>8.0f}")
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


def measure_conversations() -> None:
    settings = replace(settings_on_free_ports(), log_dir=Path(tempfile.mkdtemp(prefix="tms-intake-eval-logs-")))
    sets = persona_eval.blind_sets() + [persona_eval.DEV_SET]
    with running_services(settings):
        print("\n" + "\n".join(persona_eval.report(settings.rest_webhook, sets)))
        print("\n" + "\n".join(form_answers_eval.report(settings.rest_webhook)))
    fragments = set().union(*(persona_eval.private_fragments(persona_eval.load(path)) for path in sets))
    fragments |= {text for _, text in form_answers_eval.load_sets(form_answers_eval.NAMES_DIR, "") if len(text) >= 6}
    found = persona_eval.leaked(settings.log_dir, fragments)
    print(f"\nService logs searched for {len(fragments)} names, numbers, emails and messages: {len(found)} found")
    for fragment in found:
        print(f"  in the logs: {fragment!r}")


STEPS = {
    "pipelines": compare_pipelines, "crisis": measure_crisis, "rest": measure_rest, "intake": measure_intake,
    "conversations": measure_conversations,
}


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
