"""The `tms-intake` command line: `serve` runs the assistant until Ctrl-C, `shell` chats in the terminal,
`unanswered` lists what people asked that the approved content does not cover."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from datetime import date, datetime, time as day_start, timezone

from sqlalchemy.exc import SQLAlchemyError

from tms_intake import unanswered
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


def list_unanswered(args: argparse.Namespace) -> int:
    since = datetime.combine(args.since, day_start(), tzinfo=timezone.utc) if args.since else None
    try:
        rows = unanswered.counts(since)
    except SQLAlchemyError as error:
        print(f"error: cannot read the database ({type(error).__name__})", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(
            [{"question": row.question, "topic": row.topic, "count": row.count,
              "last_asked": row.last_asked.isoformat()} for row in rows],
            ensure_ascii=False, indent=2,
        ))
    elif not rows:
        print("No unanswered questions.")
    else:
        print(f"{'COUNT':>5}  {'LAST ASKED (UTC)':<16}  {'TOPIC':<22}  QUESTION")
        for row in rows:
            print(f"{row.count:>5}  {row.last_asked:%Y-%m-%d %H:%M}  {row.topic:<22}  {row.question}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tms-intake", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the action server and the Rasa server until Ctrl-C").set_defaults(
        handler=serve
    )
    commands.add_parser("shell", help="chat with the assistant in this terminal").set_defaults(handler=shell)
    listing = commands.add_parser(
        "unanswered", help="questions the approved content does not answer, most asked first"
    )
    listing.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only those asked since then")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_unanswered)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
