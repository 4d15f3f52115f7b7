"""The Rasa project as a whole: data validation and the conversation tests in tests/test_stories.yml."""

from __future__ import annotations

import json
import re
import subprocess

import yaml

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.responses import RETRIEVAL_INTENTS
from tms_intake.services import BIN_DIR

# Warnings Rasa 3.6 gives for this project that are not problems in it:
KNOWN_FALSE_WARNINGS = {
    # Rasa merges the retrieval intents found in data/nlu into the domain and then reports them as
    # listed twice; leaving them out of domain.yml instead makes it warn that rules use unknown intents.
    "The following duplicated intents have been found across multiple domain files: care_team, faq, medical",
    # Said by Rasa's core fallback action and by the channels on an internal error, never by a rule.
    "The utterance 'utter_default' is not used in any story or rule.",
    "The utterance 'utter_technical_problem' is not used in any story or rule.",
}


ACTION_SOURCES = [
    *(PROJECT_ROOT / "actions").glob("*.py"),
    PROJECT_ROOT / "tms_intake" / "contact_details.py",
    PROJECT_ROOT / "tms_intake" / "crisis_policy.py",
]


def said_by_actions() -> set[str]:
    """Responses only custom actions and the form say, which Rasa's validator cannot see: those the
    actions name, utter_invalid_<problem> for the problem codes of the form's checks, and the form's
    questions."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in ACTION_SOURCES)
    named = set(re.findall(r'"(utter_[a-z_]+)"', source)) - {"utter_action"}  # the key Rasa names a bot message's response by
    problems = set(re.findall(r'problem="([a-z_]+)"', source)) | set(re.findall(r'_problem\(dispatcher, "([a-z_]+)"\)', source))
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    questions = {f"utter_ask_{slot}" for form in domain["forms"].values() for slot in form["required_slots"]}
    answers = {f"utter_{intent}" for intent in RETRIEVAL_INTENTS}  # action_answer says their answers
    return named | {f"utter_invalid_{problem}" for problem in problems} | questions | answers


def rasa(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN_DIR / "rasa"), *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900
    )


def test_training_data_validates_without_warnings():
    result = rasa("data", "validate", "--fail-on-warnings")
    output = result.stdout + result.stderr
    warnings = set(re.findall(r"UserWarning: (.*?)\s*(?:\n|$)", output))
    said_elsewhere = {f"The utterance '{name}' is not used in any story or rule." for name in said_by_actions()}
    assert result.returncode == 0, output[-3000:]
    assert warnings - KNOWN_FALSE_WARNINGS - said_elsewhere == set(), output[-3000:]


def test_every_response_the_actions_say_is_in_the_domain():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    questions_asked_by_actions = {"utter_ask_confirmed"}  # action_ask_confirmed asks it
    retrieval_actions = {f"utter_{intent}" for intent in RETRIEVAL_INTENTS}  # named, never said, by actions
    assert said_by_actions() - questions_asked_by_actions - retrieval_actions - set(domain["responses"]) == set()


def test_conversation_stories_all_pass(action_server, model_path, tmp_path):
    result = rasa(
        "test", "core", "--stories", "tests/test_stories.yml", "--model", str(model_path),
        "--endpoints", "endpoints.yml", "--out", str(tmp_path), "--fail-on-prediction-errors",
        env=action_server.child_env(),
    )
    failed = tmp_path / "failed_test_stories.yml"
    assert result.returncode == 0, failed.read_text() if failed.exists() else result.stderr[-3000:]
    report = json.loads((tmp_path / "story_report.json").read_text())
    assert report["conversation_accuracy"]["accuracy"] == 1.0
    assert report["conversation_accuracy"]["total"] >= 9
