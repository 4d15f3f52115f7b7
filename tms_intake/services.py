"""Starts and stops the assistant's local services: the action server and the Rasa server.

`make run`, the tests and the evaluation all start the services through this module, so every one of
them runs the assistant exactly the same way.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from tms_intake.clinic import PROJECT_ROOT

BIN_DIR = Path(sys.executable).parent
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class ServiceSettings:
    host: str
    rasa_port: int
    action_port: int
    model: Path
    log_dir: Path
    startup_timeout: float

    @classmethod
    def from_env(cls, **overrides: object) -> "ServiceSettings":
        env = os.environ
        values = dict(
            host=env.get("TMS_HOST", "127.0.0.1"),
            rasa_port=int(env.get("RASA_PORT", "5005")),
            action_port=int(env.get("ACTION_PORT", "5055")),
            model=Path(env.get("RASA_MODEL", PROJECT_ROOT / "models" / "tms-intake.tar.gz")),
            log_dir=Path(env.get("TMS_LOG_DIR", PROJECT_ROOT / "var" / "log")),
            startup_timeout=float(env.get("TMS_STARTUP_TIMEOUT", "180")),
        )
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.host}:{self.action_port}"

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def child_env(self) -> dict[str, str]:
        """The environment of every service process: where the action server is, and quiet TensorFlow."""
        env = dict(os.environ)
        env.update(
            ACTION_PORT=str(self.action_port),
            ACTION_HOST=self.host,
            SANIC_HOST=self.host,
            RASA_TELEMETRY_ENABLED="false",
            TF_CPP_MIN_LOG_LEVEL="2",
            PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")])),
        )
        return env


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now, for services that must not clash with `make run`."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def settings_on_free_ports() -> ServiceSettings:
    return ServiceSettings.from_env(rasa_port=free_port(), action_port=free_port())


class ServiceError(RuntimeError):
    """A service did not come up; the message says which one and where its log is."""


def is_up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def _die_with_parent() -> None:
    """In the child before exec: on Linux, get SIGTERM when the launcher dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start_service(
    name: str, args: list[str], health_url: str, settings: ServiceSettings, cwd: Path = PROJECT_ROOT
) -> subprocess.Popen:
    """Start one service in its own process group, logging to `name`.log, and wait until it answers."""
    if is_up(health_url):
        raise ServiceError(f"{name}: something already answers at {health_url}; stop it or change the port")
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    log_path = settings.log_dir / f"{name}.log"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            args,
            cwd=cwd,
            env=settings.child_env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    try:
        _wait_until_up(name, process, health_url, log_path, settings.startup_timeout)
    except BaseException:  # a timeout, or Ctrl-C while starting: leave nothing running
        stop_service(process)
        raise
    return process


def _wait_until_up(name: str, process: subprocess.Popen, health_url: str, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServiceError(f"{name} exited with code {process.returncode}; see {log_path}")
        if is_up(health_url):
            return
        time.sleep(0.2)
    raise ServiceError(f"{name} did not answer at {health_url} within {timeout:.0f}s; see {log_path}")


def stop_service(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def rasa_command(settings: ServiceSettings, credentials: Path = Path("credentials.yml"),
                 endpoints: Path | None = Path("endpoints.yml"), stock: bool = False) -> list[str]:
    """The command line of a Rasa server for `settings.model` on `settings.rasa_port`: the project's
    (`tms_intake.rasa_server`), or with `stock` Rasa's own, as the starter bot is served."""
    rasa = [str(BIN_DIR / "rasa")] if stock else [str(BIN_DIR / "python"), "-m", "tms_intake.rasa_server"]
    command = [*rasa, "run", "--model", str(settings.model), "--interface", settings.host,
               "--port", str(settings.rasa_port), "--credentials", str(credentials), "--cors", "*"]
    return command + (["--endpoints", str(endpoints)] if endpoints else [])


def rss_mb(process: subprocess.Popen) -> float:
    """Resident memory of a service's whole process group (Linux), in megabytes."""
    total_kb = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            pid = int(status.parent.name)
            if os.getpgid(pid) != process.pid:
                continue
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except (OSError, ValueError):
            continue  # the process ended while being read
        total_kb += int(fields.get("VmRSS", "0 kB").split()[0])
    return total_kb / 1024


@contextmanager
def running_services(settings: ServiceSettings | None = None, with_rasa: bool = True, actions: str = "actions",
                     endpoints: Path = Path("endpoints.yml")) -> Iterator[ServiceSettings]:
    """Run the action server (the `actions` package) and (unless told not to) the Rasa server (with
    `endpoints`) until the block ends, then stop both."""
    settings = settings or ServiceSettings.from_env()
    if not settings.model.exists():
        raise ServiceError(f"no trained model at {settings.model}; run `make train` first")
    commands = [
        ("actions",
         [str(BIN_DIR / "python"), "-m", "tms_intake.action_server", "--actions", actions,
          "--port", str(settings.action_port)],
         f"{settings.action_url}/health"),
    ]
    if with_rasa:
        commands.append(("rasa", rasa_command(settings, endpoints=endpoints), f"{settings.rasa_url}/"))
    started: list[subprocess.Popen] = []
    try:
        for name, args, health_url in commands:
            started.append(start_service(name, args, health_url, settings))
        yield settings
    finally:
        for process in reversed(started):
            stop_service(process)
