"""The `tms-intake` command line: `serve` runs the assistant until Ctrl-C, `shell` chats in the terminal,
`leads` lists, shows, updates and exports appointment requests for staff, `unanswered` lists what
people asked that the approved content does not cover."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from datetime import date, datetime, time as day_start, timezone

from sqlalchemy.exc import SQLAlchemyError

from tms_intake import deletions, leads, unanswered
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
                [str(BIN_DIR / "python"), "-m", "tms_intake.rasa_server", "shell", "--model", str(settings.model),
                 "--endpoints", "endpoints.yml", "--port", str(settings.rasa_port)],
                env=settings.child_env(),
            )
    except ServiceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def reading_the_database(handler):
    """Runs a staff command; a database that cannot be reached is one line of error, exit status 1."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except SQLAlchemyError as error:
            print(f"error: cannot read the database ({type(error).__name__})", file=sys.stderr)
            return 1

    return run


def start_of(day: date | None) -> datetime | None:
    return datetime.combine(day, day_start(), tzinfo=timezone.utc) if day else None


@reading_the_database
def list_leads(args: argparse.Namespace) -> int:
    found = leads.find(status=args.status, since=start_of(args.since))
    if args.json:
        print(json.dumps([lead.listing() for lead in found], ensure_ascii=False, indent=2))
    elif not found:
        print("No leads.")
    else:
        print(f"{'ID':>5}  {'CREATED (UTC)':<16}  {'STATUS':<9}  {'CONTACT':<7}  {'':<6}  NAME")
        for lead in found:
            flag = "URGENT" if lead.urgent else ""
            print(f"{lead.id:>5}  {lead.created_at:%Y-%m-%d %H:%M}  {lead.status:<9}  {lead.preferred_contact:<7}  {flag:<6}  {lead.name}")
    return 0


def print_lead(lead: leads.LeadRecord) -> None:
    print(f"Lead {lead.id}" + ("   URGENT: this conversation met a crisis message" if lead.urgent else ""))
    for label, value in (
        ("Created (UTC)", f"{lead.created_at:%Y-%m-%d %H:%M}"),
        ("Status", lead.status),
        ("Name", lead.name),
        ("Phone", lead.phone or "-"),
        ("Email", lead.email or "-"),
        ("Contact by", lead.preferred_contact),
        ("Best time", lead.best_time),
        ("Reason", lead.reason or "-"),
        ("Channel", lead.channel),
        ("Conversation", lead.conversation_id),
        ("Consent", f"{lead.consent_at:%Y-%m-%d %H:%M} UTC: {lead.consent_text}"),
    ):
        print(f"  {label + ':':<15}{value}")
    if lead.notes:
        print("  Notes:")
        for line in lead.notes.splitlines():
            print(f"    {line}")


@reading_the_database
def show_lead(args: argparse.Namespace) -> int:
    lead = leads.get(args.id)
    if lead is None:
        print(f"error: no lead {args.id}", file=sys.stderr)
        return 1
    print_lead(lead)
    return 0


@reading_the_database
def set_lead_status(args: argparse.Namespace) -> int:
    lead = leads.set_status(args.id, args.status, args.note)
    if lead is None:
        print(f"error: no lead {args.id}", file=sys.stderr)
        return 1
    print(f"Lead {lead.id} is now {lead.status}.")
    return 0


@reading_the_database
def export_leads(args: argparse.Namespace) -> int:
    found = leads.find()
    if args.output:
        with open(args.output, "w", newline="", encoding="utf-8") as stream:
            leads.write_csv(found, stream)
        print(f"{len(found)} leads written to {args.output}.", file=sys.stderr)
    else:
        leads.write_csv(found, sys.stdout)
    return 0


@reading_the_database
def list_unanswered(args: argparse.Namespace) -> int:
    rows = unanswered.counts(start_of(args.since))
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


@reading_the_database
def list_deletions(args: argparse.Namespace) -> int:
    rows = deletions.find(args.status)
    if args.json:
        print(json.dumps(
            [{"id": row.id, "requested_at": row.requested_at.isoformat(), "conversation_id": row.conversation_id,
              "channel": row.channel, "lead_id": row.lead_id, "status": row.status} for row in rows],
            ensure_ascii=False, indent=2,
        ))
    elif not rows:
        print("No requests to delete information.")
    else:
        print(f"{'ID':>4}  {'REQUESTED (UTC)':<16}  {'STATUS':<6}  {'LEAD':>5}  {'CHANNEL':<8}  CONVERSATION")
        for row in rows:
            print(f"{row.id:>4}  {row.requested_at:%Y-%m-%d %H:%M}  {row.status:<6}  {row.lead_id or '-':>5}  "
                  f"{row.channel:<8}  {row.conversation_id}")
    return 0


def add_lead_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="leads_command", required=True)
    listing = commands.add_parser("list", help="leads, newest first")
    listing.add_argument("--status", choices=leads.STATUSES, help="only leads with this status")
    listing.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only those created since then")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_leads)
    showing = commands.add_parser("show", help="everything about one lead")
    showing.add_argument("id", type=int)
    showing.set_defaults(handler=show_lead)
    status = commands.add_parser("set-status", help="change a lead's status, optionally with a note")
    status.add_argument("id", type=int)
    status.add_argument("status", choices=leads.STATUSES)
    status.add_argument("--note", help="added to the lead's notes with the time")
    status.set_defaults(handler=set_lead_status)
    export = commands.add_parser("export", help="all leads as CSV")
    export.add_argument("--format", choices=["csv"], default="csv")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")
    export.set_defaults(handler=export_leads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tms-intake", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the action server and the Rasa server until Ctrl-C").set_defaults(
        handler=serve
    )
    commands.add_parser("shell", help="chat with the assistant in this terminal").set_defaults(handler=shell)
    add_lead_commands(commands.add_parser("leads", help="appointment and callback requests"))
    listing = commands.add_parser(
        "unanswered", help="questions the approved content does not answer, most asked first"
    )
    listing.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="only those asked since then")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_unanswered)
    listing = commands.add_parser(
        "deletions", help="requests people made in the chat to delete their information, newest first"
    )
    listing.add_argument("--status", choices=deletions.STATUSES, help="only requests with this status")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_deletions)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
