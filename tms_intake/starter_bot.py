"""The baseline `make eval` measures the assistant against: Rasa's starter bot, as `rasa init` creates
and trains it, served on this machine in the same run."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tms_intake.services import BIN_DIR


def create(directory: Path) -> tuple[Path, float]:
    """A starter bot project in `directory`, trained; returns its model and the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [str(BIN_DIR / "rasa"), "init", "--no-prompt", "--init-dir", str(directory)],
        cwd=directory, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, RASA_TELEMETRY_ENABLED="false", RASA_CACHE_DIRECTORY=str(directory / ".rasa")),
    )
    return next((directory / "models").glob("*.tar.gz")), time.perf_counter() - started
