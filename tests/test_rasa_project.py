"""The Rasa project as a whole: data validation and the conversation tests in tests/test_stories.yml."""

from __future__ import annotations

import json
import subprocess

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.services import BIN_DIR


def rasa(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN_DIR / "rasa"), *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900
    )


def test_training_data_validates_without_warnings():
    result = rasa("data", "validate", "--fail-on-warnings")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_conversation_stories_all_pass(action_server, model_path, tmp_path):
    result = rasa(
        "test", "core", "--stories", "tests/test_stories.yml", "--model", str(model_path),
        "--endpoints", "endpoints.yml", "--out", str(tmp_path), "--fail-on-prediction-errors",
        env=action_server.child_env(),
    )
    failed = (tmp_path / "failed_test_stories.yml").read_text() if (tmp_path / "failed_test_stories.yml").exists() else ""
    assert result.returncode == 0, failed or result.stderr[-3000:]
    report = json.loads((tmp_path / "story_report.json").read_text())
    assert report["conversation_accuracy"]["accuracy"] == 1.0
    assert report["conversation_accuracy"]["total"] >= 9
