"""The `tms-intake` command line: `serve` runs the assistant until Ctrl-C, `shell` chats in the terminal."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time

from tms_intake.services import BIN_DIR, ServiceError, running_services, settings_on_free_ports


def serve(_: argparse.Namespace) -> int:
    # Set explicitly: a process started in the background inherits an ignored SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    print("Starting the action server and the Rasa server (this takes a minute)...", flush=True)
    try:
        with running_services() as settings:
            print(
                "\nThe assistant is ready.\n"
                f"  REST:      POST {settings.rest_webhook}\n"
                f"             curl -s {settings.rest_webhook} -d '{{\"sender\": \"me\", \"message\": \"does it hurt?\"}}'\n"
                f"  Socket.IO: {settings.rasa_url}/socket.io (website chat widget)\n"
                f"  Actions:   {settings.action_url}/health\n"
                "  Terminal:  make shell\n"
                f"  Logs:      {settings.log_dir}\n"
                "Press Ctrl-C to stop.",
                flush=True,
            )
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                print("\nStopping...", flush=True)
    except KeyboardInterrupt:
        print("\nStopped.", flush=True)
    except ServiceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def shell(_: argparse.Namespace) -> int:
    try:
        with running_services(settings_on_free_ports(), with_rasa=False) as settings:
            return subprocess.call(
                [str(BIN_DIR / "rasa"), "shell", "--model", str(settings.model), "--endpoints", "endpoints.yml",
                 "--port", str(settings.rasa_port)],
                env=settings.child_env(),
            )
    except ServiceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tms-intake", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the action server and the Rasa server until Ctrl-C").set_defaults(
        handler=serve
    )
    commands.add_parser("shell", help="chat with the assistant in this terminal").set_defaults(handler=shell)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
