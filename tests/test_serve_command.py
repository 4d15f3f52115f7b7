"""`tms-intake serve` (what `make run` starts): says where to chat, and Ctrl-C stops everything it started."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from tms_intake.services import BIN_DIR, is_up, free_port


def test_serve_answers_then_stops_every_process_on_ctrl_c(model_path, tmp_path):
    rasa_port, action_port = free_port(), free_port()
    env = dict(os.environ, RASA_PORT=str(rasa_port), ACTION_PORT=str(action_port), TMS_LOG_DIR=str(tmp_path))
    serve = subprocess.Popen(
        [str(BIN_DIR / "tms-intake"), "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        lines = []
        for line in serve.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        banner = "".join(lines)
        assert f"POST http://127.0.0.1:{rasa_port}/webhooks/rest/webhook" in banner, banner
        assert is_up(f"http://127.0.0.1:{action_port}/health")
        assert is_up(f"http://127.0.0.1:{rasa_port}/")

        serve.send_signal(signal.SIGINT)
        assert serve.wait(timeout=60) == 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (
            is_up(f"http://127.0.0.1:{action_port}/health") or is_up(f"http://127.0.0.1:{rasa_port}/")
        ):
            time.sleep(0.5)
        assert not is_up(f"http://127.0.0.1:{action_port}/health")
        assert not is_up(f"http://127.0.0.1:{rasa_port}/")
    finally:
        if serve.poll() is None:
            serve.kill()  # its services get SIGTERM when it dies (see services._die_with_parent)
