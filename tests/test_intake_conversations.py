"""Appointment requests as whole conversations over the REST channel, each ending with the lead it
should leave in `tms-intake leads list --json` (or none), on SQLite, and those that store, update,
flag or refuse a lead also on PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from dataclasses import replace

import pytest

from tms_intake import rest_eval
from tms_intake.responses import domain_responses, domain_texts, normalize
from tms_intake.services import BIN_DIR, running_services, settings_on_free_ports

TEXTS = domain_texts()
ASK = {slot: TEXTS[f"utter_ask_{slot}"] for slot in ("full_name", "phone", "preferred_contact", "best_time", "reason", "consent")}
ASK["email"] = normalize(domain_responses()["utter_ask_email"][-1]["text"])
SUMMARY_START = TEXTS["utter_intake_summary"].split("{")[0].strip()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stack(request, assistant, postgres_url, tmp_path_factory):
    """The assistant and the database its leads go to: the test run's SQLite file, or PostgreSQL
    through a second action server."""
    if request.param == "sqlite":
        yield assistant, os.environ["DATABASE_URL"]
        return
    saved = os.environ["DATABASE_URL"]
    os.environ["DATABASE_URL"] = postgres_url
    try:
        settings = replace(settings_on_free_ports(), log_dir=tmp_path_factory.mktemp("postgres-service-logs"))
        with running_services(settings):
            yield settings, postgres_url
    finally:
        os.environ["DATABASE_URL"] = saved


class Conversation:
    def __init__(self, stack) -> None:
        self.assistant, self.database_url = stack
        self.sender = f"intake-test-{uuid.uuid4().hex}"
        self.turns = 0

    def say(self, *messages: str) -> list[str]:
        """Sends the messages in turn; the replies to the last one."""
        replies: list[str] = []
        for message in messages:
            self.turns += 1
            replies = rest_eval.reply_texts(rest_eval.send(self.assistant.rest_webhook, message, self.sender))
        return replies

    def leads(self) -> list[dict]:
        result = subprocess.run(
            [str(BIN_DIR / "tms-intake"), "leads", "list", "--json"],
            capture_output=True, text=True, env={**os.environ, "DATABASE_URL": self.database_url},
        )
        assert result.returncode == 0, result.stderr
        return [lead for lead in json.loads(result.stdout) if lead["conversation_id"] == self.sender]


def asks(replies: list[str], slot: str) -> bool:
    return bool(replies) and replies[-1] == ASK[slot]


def shows_summary(replies: list[str]) -> bool:
    return bool(replies) and replies[-1].startswith(SUMMARY_START)


def finish(chat: Conversation, best_time: str = "weekday mornings") -> list[str]:
    """From the contact-method question to the stored lead, choosing a call."""
    assert asks(chat.say("a phone call please"), "best_time")
    assert asks(chat.say(best_time), "reason")
    assert asks(chat.say("skip"), "consent")
    assert shows_summary(chat.say("yes"))
    return chat.say("yes")


def the_lead(chat: Conversation) -> dict:
    (lead,) = chat.leads()
    return lead


@pytest.mark.both_databases
def test_a_plain_request_asks_everything_in_order_and_stores_one_lead(stack):
    chat = Conversation(stack)
    assert asks(chat.say("I'd like to book a consultation"), "full_name")
    assert asks(chat.say("Dana Whitfield"), "phone")
    assert asks(chat.say("(212) 555-0147"), "email")
    assert asks(chat.say("dana.whitfield@example.com"), "preferred_contact")
    assert asks(chat.say("text me"), "best_time")
    assert asks(chat.say("after 5 pm"), "reason")
    assert asks(chat.say("I've had depression for years and medication hasn't helped"), "consent")
    summary = chat.say("yes, I agree")
    assert shows_summary(summary)
    assert "(212) 555-0147" in summary[-1] and "Dana Whitfield" in summary[-1]
    saved = chat.say("yes")
    assert saved[-1].startswith("Thank you, your request is with our care team")
    assert chat.turns == 9
    lead = the_lead(chat)
    assert set(lead) == {"id", "created_at", "name", "phone", "email", "preferred_contact", "best_time",
                         "reason", "channel", "conversation_id", "status"}
    assert lead["name"] == "Dana Whitfield" and lead["phone"] == "+12125550147"
    assert lead["email"] == "dana.whitfield@example.com" and lead["preferred_contact"] == "text"
    assert lead["best_time"] == "after 5 pm" and lead["channel"] == "rest" and lead["status"] == "new"
    assert lead["reason"] == "I've had depression for years and medication hasn't helped"


def test_everything_given_in_the_first_message_is_not_asked_again(stack):
    chat = Conversation(stack)
    replies = chat.say("Hi, I'm James O'Connor, (646) 555-0199, jim@example.org, I'd like a consult")
    assert replies[-2] == TEXTS["utter_intake_start"] and asks(replies, "preferred_contact")
    finish(chat)
    assert chat.turns == 6
    lead = the_lead(chat)
    assert (lead["name"], lead["phone"], lead["email"]) == ("James O'Connor", "+16465550199", "jim@example.org")
    assert lead["preferred_contact"] == "call" and lead["reason"] is None


def test_details_given_before_the_request_are_used(stack):
    chat = Conversation(stack)
    chat.say("how long is a session? my name is Ana de la Cruz")
    assert asks(chat.say("can you call me at 718.555.0142 to set up a consult"), "email")
    assert asks(chat.say("skip"), "preferred_contact")
    finish(chat)
    lead = the_lead(chat)
    assert (lead["name"], lead["phone"], lead["email"]) == ("Ana de la Cruz", "+17185550142", None)


def test_an_invalid_phone_and_email_get_a_reason_then_the_same_question(stack):
    chat = Conversation(stack)
    chat.say("can someone call me back?")
    assert asks(chat.say("Jordan Price"), "phone")
    assert chat.say("555-0123") == [TEXTS["utter_invalid_phone_area_code"], ASK["phone"]]
    assert chat.say("646 555 0123 ext. 4") == [TEXTS["utter_invalid_phone_extension"], ASK["phone"]]
    assert asks(chat.say("+1 646-555-0123"), "email")
    assert chat.say("jordan@example") == [TEXTS["utter_invalid_email"], ASK["email"]]
    assert asks(chat.say("Jordan.Price@Example.NET"), "preferred_contact")
    finish(chat)
    lead = the_lead(chat)
    assert (lead["phone"], lead["email"]) == ("+16465550123", "Jordan.Price@example.net")


def test_after_three_unusable_phone_numbers_the_form_moves_on_without_one(stack):
    chat = Conversation(stack)
    chat.say("I want to schedule an appointment")
    chat.say("Lee Morgan")
    chat.say("12")
    chat.say("call me maybe")
    replies = chat.say("🙂")
    assert replies[-2].startswith("I still couldn't read that number") and replies[-1] == normalize(
        domain_responses()["utter_ask_email"][0]["text"]
    )
    assert chat.say("skip")[0] == TEXTS["utter_email_needed"]
    assert asks(chat.say("lee.morgan@example.org"), "best_time")
    assert asks(chat.say("any time"), "reason")
    chat.say("no")
    chat.say("yes")
    chat.say("yes")
    lead = the_lead(chat)
    assert (lead["phone"], lead["email"], lead["preferred_contact"]) == (None, "lee.morgan@example.org", "email")


def test_a_question_in_the_middle_is_answered_then_the_pending_question_asked_again(stack):
    chat = Conversation(stack)
    chat.say("I'd like to get started with TMS")
    assert asks(chat.say("Riley Chen"), "phone")
    replies = chat.say("wait, does it hurt?")
    assert replies == [TEXTS["utter_faq/sensation"], ASK["phone"]]
    replies = chat.say("do you take insurance?")
    assert replies[0] == TEXTS["utter_care_team/insurance"] and asks(replies, "phone")
    assert asks(chat.say("212-555-0111"), "email")
    assert asks(chat.say("no email"), "preferred_contact")
    finish(chat)
    assert the_lead(chat)["name"] == "Riley Chen"


@pytest.mark.both_databases
def test_cancelling_asks_first_and_then_stores_nothing(stack):
    chat = Conversation(stack)
    chat.say("please have someone call me")
    chat.say("Sam Ortiz")
    assert chat.say("cancel") == [TEXTS["utter_ask_cancel_intake"]]
    assert chat.say("no") == [ASK["phone"]]
    assert chat.say("never mind, stop") == [TEXTS["utter_ask_cancel_intake"]]
    assert chat.say("yes") == [TEXTS["utter_intake_cancelled"]]
    assert chat.leads() == []
    assert asks(chat.say("actually I do want an appointment"), "full_name")  # nothing was kept


def test_starting_over_mid_form_forgets_every_earlier_answer(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book an appointment")
    chat.say("Hana Sato")
    chat.say("(215) 555-0150")
    replies = chat.say("ugh sorry, that was my old number and my work email. can we start over?")
    assert replies == [TEXTS["utter_intake_started_over"], ASK["full_name"]]
    assert asks(chat.say("Hana Sato"), "phone")  # the old number is not taken again
    assert chat.say("sorry, start over please") == [TEXTS["utter_intake_started_over"], ASK["full_name"]]
    assert asks(chat.say("Hana Sato"), "phone")
    assert asks(chat.say("215-555-0198"), "email")
    assert asks(chat.say("hana.sato@example.net"), "preferred_contact")
    finish(chat)
    lead = the_lead(chat)
    assert (lead["name"], lead["phone"], lead["email"]) == ("Hana Sato", "+12155550198", "hana.sato@example.net")


def test_a_legal_name_given_beside_a_nickname_is_the_name(stack):
    chat = Conversation(stack)
    chat.say("hi, i'd like an appointment")
    replies = chat.say("Everyone calls me Bobby, but my legal name is Roberto Sanchez, so please use that for your records.")
    assert asks(replies, "phone")
    chat.say("916-555-0107", "skip")
    finish(chat)
    assert the_lead(chat)["name"] == "Roberto Sanchez"


@pytest.mark.both_databases
def test_a_correction_at_the_summary_updates_that_detail_and_shows_the_summary_again(stack):
    chat = Conversation(stack)
    chat.say("Hi, this is Priya Natarajan, priya@example.com, 212 555 0175, please call me back")
    assert asks(chat.say("text"), "best_time")
    chat.say("lunchtime")
    chat.say("skip")
    assert shows_summary(chat.say("yes"))
    summary = chat.say("my email is actually priya.n@example.org")
    assert shows_summary(summary) and "priya.n@example.org" in summary[-1]
    summary = chat.say("wrong number, it's (212) 555-0176")
    assert shows_summary(summary) and "(212) 555-0176" in summary[-1]
    assert chat.say("no") == [TEXTS["utter_ask_what_to_change"]]
    assert asks(chat.say("the best time"), "best_time")
    assert shows_summary(chat.say("evenings"))
    chat.say("yes")
    lead = the_lead(chat)
    assert (lead["email"], lead["phone"], lead["best_time"]) == ("priya.n@example.org", "+12125550176", "evenings")


@pytest.mark.both_databases
def test_a_second_yes_or_a_retried_message_stores_nothing_more(stack):
    chat = Conversation(stack)
    chat.say("I'm Chris Park, 646-555-0158, chris@example.net. I want to book")
    saved = finish(chat)
    assert saved[-1].startswith("Thank you")
    assert chat.say("yes") == [TEXTS["utter_intake_already_sent"]]
    assert chat.say("yes") == [TEXTS["utter_intake_already_sent"]]
    assert chat.say("I want to book an appointment") == [TEXTS["utter_intake_already_sent"]]
    assert len(chat.leads()) == 1


def test_a_name_with_accents_and_hyphens_is_kept_as_written(stack):
    chat = Conversation(stack)
    chat.say("book me in please")
    assert asks(chat.say("my name is Zoë Åberg-Núñez"), "phone")
    chat.say("917.555.0113")
    chat.say("zoe@example.org")
    finish(chat)
    assert the_lead(chat)["name"] == "Zoë Åberg-Núñez"


@pytest.mark.both_databases
def test_refusing_consent_stores_nothing(stack):
    chat = Conversation(stack)
    chat.say("I'm Morgan Blake, 212-555-0190, I'd like a consultation")
    chat.say("skip")
    chat.say("call")
    chat.say("mornings")
    chat.say("skip")
    assert chat.say("no")[0].startswith("Understood. Without your OK")
    assert chat.leads() == []


@pytest.mark.both_databases
def test_a_crisis_in_the_middle_gets_the_crisis_answer_and_a_later_lead_is_flagged_urgent(stack):
    chat = Conversation(stack)
    chat.say("I'm Alex Rivera, 212-555-0133, I'd like a consult")
    assert chat.say("honestly I don't want to be alive anymore") == [TEXTS["utter_crisis"]]
    assert chat.leads() == []
    replies = chat.say("I still want to book the consultation")
    assert asks(replies, "email")
    chat.say("skip")
    finish(chat)
    (lead,) = chat.leads()
    show = subprocess.run([str(BIN_DIR / "tms-intake"), "leads", "show", str(lead["id"])], capture_output=True,
                          text=True, env={**os.environ, "DATABASE_URL": chat.database_url})
    assert "URGENT" in show.stdout


@pytest.mark.parametrize(
    "message",
    ["", " ", "😀😀😀", "<script>alert('x')</script>", "'; DROP TABLE leads; --", "x" * 5000, "{summary_name}"],
    ids=["empty", "blank", "emoji", "html", "sql", "5000 characters", "placeholder"],
)
def test_hostile_answers_get_a_clear_reply_and_the_form_goes_on(stack, message):
    chat = Conversation(stack)
    chat.say("I'd like to schedule a consultation")
    replies = chat.say(message)
    assert replies and replies[-1] == ASK["full_name"] and "Traceback" not in " ".join(replies)
    assert asks(chat.say("Robin Quinn"), "phone")
    assert chat.leads() == []


def test_contact_details_never_reach_the_service_logs(stack):
    chat = Conversation(stack)
    chat.say("Hi, I'm Quinn Privateer, 212-555-0177, quinn.privateer@example.com, please book me")
    finish(chat)
    assert the_lead(chat)["name"] == "Quinn Privateer"
    logs = "".join(path.read_text(errors="replace") for path in chat.assistant.log_dir.glob("*.log"))
    assert "action" in logs.lower(), "no service log was read"
    for fragment in ("Quinn", "Privateer", "555-0177", "2125550177", "quinn.privateer"):
        assert fragment not in logs


def test_a_correction_of_another_detail_goes_to_that_detail(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation")
    chat.say("Linda Okafor")
    assert asks(chat.say("917-555-0112"), "email")
    assert asks(chat.say("Sorry, I typed that wrong. My number is 917-555-0121."), "email")
    assert asks(chat.say("linda@example.com"), "preferred_contact")
    assert asks(chat.say("a call"), "best_time")
    assert asks(chat.say("Hmm, actually no, a text would be better."), "best_time")
    assert asks(chat.say("Excuse me, again I must fix the phone. It is 917-555-0122, not 0121."), "best_time")
    chat.say("weekday mornings", "skip", "yes")
    chat.say("yes")
    lead = the_lead(chat)
    assert lead["phone"] == "+19175550122" and lead["email"] == "linda@example.com"
    assert lead["preferred_contact"] == "text" and lead["best_time"] == "weekday mornings"


def test_method_best_time_and_reason_given_in_the_first_message_are_used(stack):
    chat = Conversation(stack)
    replies = chat.say("Hi, please have someone call me. Name: Dana Lee, phone 212-555-0143, email dana@example.com. "
                       "Best to call weekday mornings. I've had depression for ten years and I'm tired of meds that don't work.")
    assert asks(replies, "consent")
    assert shows_summary(chat.say("yes"))
    chat.say("yes")
    lead = the_lead(chat)
    assert lead["preferred_contact"] == "call" and "weekday mornings" in lead["best_time"]
    assert "tired of meds" in lead["reason"]


@pytest.mark.parametrize("reminder, stored", [("i just said mornings", "mornings"), ("I said after 5", "after 5")])
def test_a_reminder_uses_what_was_said_and_a_yes_is_not_a_best_time(stack, reminder, stored):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Dana Lee", "212-555-0143", "skip")
    assert asks(chat.say("call"), "best_time")
    assert asks(chat.say("yes"), "best_time")
    assert asks(chat.say(reminder), "reason")
    chat.say("skip", "yes")
    chat.say("yes")
    assert the_lead(chat)["best_time"] == stored


def test_i_told_you_my_email_is_not_a_contact_method_and_the_email_given_is_used(stack):
    chat = Conversation(stack)
    chat.say("I'd like a callback, my email is dana@example.com", "Dana Lee")
    replies = chat.say("212-555-0143")
    assert asks(replies, "preferred_contact")
    assert asks(chat.say("I told you my email"), "preferred_contact")
    finish(chat)
    assert the_lead(chat)["email"] == "dana@example.com" and the_lead(chat)["preferred_contact"] == "call"


@pytest.mark.both_databases
def test_no_email_is_a_choice(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Dana Lee")
    assert asks(chat.say("212-555-0143"), "email")
    assert asks(chat.say("I don't have email"), "preferred_contact")
    finish(chat)
    assert the_lead(chat)["email"] is None


@pytest.mark.both_databases
def test_consent_refused_and_then_given_keeps_the_details(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Sofia Russo", "631-555-0170", "skip", "call", "weekday mornings")
    assert asks(chat.say("my psychiatrist suggested it"), "consent")
    assert chat.say("no") == [TEXTS["utter_intake_no_consent"]] and chat.leads() == []
    assert shows_summary(chat.say("oh wait, I misread that. yes, you can contact me about my request"))
    chat.say("yes")
    lead = the_lead(chat)
    assert lead["name"] == "Sofia Russo" and lead["reason"] == "my psychiatrist suggested it"


@pytest.mark.both_databases
def test_after_a_stored_request_a_new_number_updates_it_and_no_new_booking_is_offered(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Carlos Mendes", "305-555-0193", "skip")
    finish(chat)
    replies = chat.say("Oh wait, I gave you my old number. The right one is 305-555-0194.")
    assert replies == [TEXTS["utter_intake_updated"]]
    assert the_lead(chat)["phone"] == "+13055550194"
    assert chat.say("can I book an appointment?") == [TEXTS["utter_intake_already_sent"]]
    assert TEXTS["utter_offer_callback"] not in chat.say("does insurance cover it?")
    assert len(chat.leads()) == 1


@pytest.mark.both_databases
def test_a_request_to_delete_ones_information_is_recorded_for_staff(stack):
    from tms_intake import deletions

    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Nina Petrova")
    assert chat.say("actually please delete my information") == [TEXTS["utter_deletion_recorded"]]
    os.environ["DATABASE_URL"], saved = stack[1], os.environ["DATABASE_URL"]
    try:
        recorded = [request for request in deletions.find() if request.conversation_id == chat.sender]
    finally:
        os.environ["DATABASE_URL"] = saved
    assert len(recorded) == 1 and recorded[0].status == "new"
    assert chat.say("what is tms?")[0] == TEXTS["utter_faq/what_is_tms"]  # the request was dropped
    assert chat.leads() == []


def test_a_repeated_question_gets_a_short_reply_and_the_offer_is_not_repeated(stack):
    chat = Conversation(stack)
    first = chat.say("does my insurance cover tms?")
    assert TEXTS["utter_care_team/insurance"] in first and first[-1] == TEXTS["utter_offer_callback"]
    chat.say("no thanks")
    again = chat.say("so will insurance pay for it?")
    assert again == [TEXTS["utter_answer_again"]]


def test_a_relative_booking_gives_the_patients_name_with_their_own(stack):
    chat = Conversation(stack)
    assert asks(chat.say("Hi, I'd like to set up a consultation for my son. He's 15."), "full_name")
    assert asks(chat.say("His name is Mateo Reyes. I'm his mom, Lucia."), "phone")
    assert asks(chat.say("Please use my cell, 305-555-0137"), "email")
    chat.say("lucia@example.com")
    finish(chat)
    assert the_lead(chat)["name"] == "Mateo Reyes"


def test_a_name_after_the_offer_starts_the_request_even_when_the_model_read_distress(stack):
    chat = Conversation(stack)
    chat.say("sorry im not sure this is the right place, i read about tms at 2am and i think i want to talk to someone")
    replies = chat.say("Oh right, it's Daniel Abbott, sorry")
    assert TEXTS["utter_crisis"] not in replies and asks(replies, "phone")


def test_everything_in_one_message_with_a_time_range_and_a_reason_in_a_clause(stack):
    chat = Conversation(stack)
    replies = chat.say(
        "Hi, I'd like a callback please. Amara Obi, 718-555-0126, amara@example.com. A call is best, weekday "
        "afternoons between 1 and 4, and I'm hoping TMS can help with depression that hasn't responded to medication."
    )
    assert asks(replies, "consent")
    assert shows_summary(chat.say("Yes, I agree"))
    chat.say("yes")
    lead = the_lead(chat)
    assert lead["best_time"] == "weekday afternoons between 1 and 4" and lead["preferred_contact"] == "call"
    assert "hasn't responded to medication" in lead["reason"]


@pytest.mark.parametrize("first", [
    "Name: Ingrid Holm. Phone: 612-555-0156. Email: ingrid@example.com. Please email me first. "
    "Best time is weekday afternoons.",
    "Hi, I'd like to request a callback. My name is Priya Raman, phone 206-555-0193, email "
    "priya.raman@example.com. Please contact me by email. Best time is weekday mornings before 10.",
], ids=["a form-like message", "contact me by email beats a callback asked for"])
def test_a_preference_stated_in_one_sentence_of_a_first_message(stack, first):
    chat = Conversation(stack)
    assert asks(chat.say(first), "reason")
    chat.say("skip", "yes", "yes")
    assert the_lead(chat)["preferred_contact"] == "email"


def test_no_email_said_in_the_first_message_is_not_asked_for(stack):
    chat = Conversation(stack)
    replies = chat.say("Good afternoon. My name is Harold Jenks and I would like a telephone call. My number is "
                       "(646) 555-0178. I do not use email.")
    assert asks(replies, "preferred_contact")
    finish(chat)
    lead = the_lead(chat)
    assert lead["email"] is None and lead["best_time"] == "weekday mornings"


def test_an_answer_to_another_question_is_not_stored_as_the_one_asked(stack):
    chat = Conversation(stack)
    chat.say("can i get a callback about tms? i work nights so its hard to reach me", "Leilani Kai", "808-555-0163",
             "leilani@example.org")
    assert asks(chat.say("call"), "best_time")  # "hard to reach me at night" is not a best time
    assert asks(chat.say("A call is probably best? I get anxious on the phone"), "best_time")
    assert asks(chat.say("afternoons"), "reason")
    assert asks(chat.say("Tuesdays or Thursdays, late morning"), "reason")  # a time, not the reason
    assert asks(chat.say("nothing has worked. 5 meds"), "consent")  # "nothing ..." is not "skip"
    chat.say("yes", "yes")
    lead = the_lead(chat)
    assert lead["best_time"] == "Tuesdays or Thursdays, late morning" and lead["reason"] == "nothing has worked. 5 meds"


def test_an_sms_with_a_lowercase_name_before_the_number(stack):
    chat = Conversation(stack)
    assert asks(chat.say("hi want tms consult. im marcus bell 312-555-0117 txt me pls, evenings best"), "email")
    assert asks(chat.say("marcusb@example.org"), "reason")
    chat.say("tried 3 meds, still feel flat all the time", "y", "yes send")
    lead = the_lead(chat)
    assert (lead["name"], lead["preferred_contact"], lead["best_time"]) == ("Marcus Bell", "text", "evenings best")


def test_everything_in_capitals_with_no_email(stack):
    chat = Conversation(stack)
    replies = chat.say("HELLO. I AM HAROLD JENKS. PHONE 615-555-0102. NO EMAIL. PLEASE CALL ME IN THE AFTERNOON. "
                       "MY WIFE PASSED LAST YEAR AND THE PILLS DO NOT HELP MY DEPRESSION.")
    assert asks(replies, "consent")
    assert shows_summary(chat.say("YES"))
    chat.say("YES THANK YOU")
    lead = the_lead(chat)
    assert lead["name"] == "Harold Jenks" and lead["email"] is None and lead["preferred_contact"] == "call"
    assert "AFTERNOON" in lead["best_time"] and "DEPRESSION" in lead["reason"]


def test_details_declined_in_long_sentences_are_skipped(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Samuel Ade")
    replies = chat.say("We'd rather not give a phone number. He gets very anxious when the phone rings.")
    assert replies[0] == TEXTS["utter_phone_skipped"] and "email" in replies[-1]
    chat2 = Conversation(stack)
    chat2.say("I'd like to book a consultation", "Dorothy Whit", "215-555-0183")
    replies = chat2.say("I am afraid I do not have an electronic mail address, and I have no particular wish to "
                        "acquire one at my age; my granddaughter offered to set one up for me.")
    assert asks(replies, "preferred_contact")


def test_a_method_answer_that_thinks_again_settles_on_the_last_one(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Olivia Cart", "602-555-0104", "olivia@example.com")
    assert asks(chat.say("um probably a call? but maybe text first so I know its you. can it be text? yeah text"), "best_time")
    chat.say("mornings", "skip", "yes", "yes")
    assert the_lead(chat)["preferred_contact"] == "text"


def test_a_nickname_is_not_a_contact_method(stack):
    chat = Conversation(stack)
    chat.say("I should very much like to arrange a consultation.")
    assert asks(chat.say("My name is Ellen Pritt. Most of my friends call me Nell, but you would prefer my proper name."),
                "phone")
    assert asks(chat.say("412-555-0127", "I am afraid I do not use electronic mail at all, so skip."), "preferred_contact")


def test_a_method_at_the_time_question_is_asked_again_and_a_hesitant_time_is_kept_whole(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Hana Schm", "212-555-0181", "hana@example.com")
    assert asks(chat.say("um text i guess? calls make me anxious lol"), "best_time")
    assert asks(chat.say("A telephone call, please. I would not notice a text message."), "best_time")
    chat.say("evenings maybe, like after 6? i work til 5:30", "skip", "yes", "yes")
    lead = the_lead(chat)
    assert lead["preferred_contact"] == "call" and lead["best_time"] == "evenings maybe, like after 6? i work til 5:30"


def test_a_method_said_again_at_the_time_question_keeps_the_form_going(stack):
    chat = Conversation(stack)
    chat.say("I would like someone from the clinic to get in touch with me about TMS.", "Meg Sull")
    chat.say("I'd rather not give out my phone number.")
    assert asks(chat.say("meg@example.org"), "best_time")
    assert chat.say("Email, please. Not the phone.") == [ASK["best_time"]]
    assert asks(chat.say("Any day is fine, I read my email in the evenings."), "reason")


def test_a_reason_that_ends_with_a_question_is_kept_and_the_question_answered(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Ruth Aber", "508-555-0193", "skip", "call", "after lunch")
    replies = chat.say("My doctor has had me on pills for years and I still feel low. Is the treatment safe at 82?")
    assert len(replies) == 2 and asks(replies, "consent")
    chat.say("yes", "yes")
    assert the_lead(chat)["reason"] == "My doctor has had me on pills for years and I still feel low."


def test_a_question_at_the_reason_question_is_not_the_reason(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Chris Naka", "415-555-0103", "skip", "call", "anytime")
    assert asks(chat.say("is this part only seen by the care team?"), "reason")
    assert asks(chat.say("depression for 5 years, tried bupropion"), "consent")


def test_a_name_spelling_corrected_at_the_email_question_updates_the_name(stack):
    chat = Conversation(stack)
    chat.say("Good afternoon, I'd like to schedule a consult.", "Jon Peters")
    assert asks(chat.say("305-555-0126"), "email")
    assert asks(chat.say("Sorry, my name is actually spelled Jonathan Pedersen, with a d."), "email")
    chat.say("jon@example.net", "text", "Late mornings", "skip", "yes", "yes")
    assert the_lead(chat)["name"] == "Jonathan Pedersen"


def test_a_spouse_naming_the_patient_after_the_offer_starts_the_request(stack):
    chat = Conversation(stack)
    chat.say("Good morning. I am writing on behalf of my husband. Is TMS safe for a man of seventy-eight?")
    assert asks(chat.say("My husband's name is Harold Whitaker. I am his wife, and I shall make the arrangements."),
                "phone")


def test_someone_who_answers_other_questions_when_asked_their_name_is_asked_it_last(stack):
    chat = Conversation(stack)
    assert asks(chat.say("can someone call me back"), "full_name")
    assert asks(chat.say("jaylen@example.net"), "full_name")
    assert asks(chat.say("txt"), "phone")  # the method kept; the name waits until the end
    assert asks(chat.say("512-555-0193"), "best_time")
    assert asks(chat.say("after 3 on weekdays"), "reason")
    assert asks(chat.say("tried 3 meds, nothing"), "full_name")
    assert asks(chat.say("Jaylen Brooks"), "consent")
    chat.say("yes", "yes")
    lead = the_lead(chat)
    assert lead["name"] == "Jaylen Brooks" and lead["preferred_contact"] == "text" and lead["email"] == "jaylen@example.net"


@pytest.mark.parametrize("declined", ["rather not say", "prefer not to", "no"])
def test_a_name_the_person_would_rather_not_give_is_left_for_the_care_team_to_ask(stack, declined):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation")
    replies = chat.say(declined)
    assert TEXTS["utter_name_left_out"] in replies and asks(replies, "phone")
    chat.say("212-555-0143", "skip", "call", "mornings", "skip")
    assert "Name: not given" in chat.say("yes")[-1]
    chat.say("yes")
    assert the_lead(chat)["name"] == ""


def test_i_consent_in_reply_to_an_offer_is_the_consent(stack):
    chat = Conversation(stack)
    chat.say("Hello, I'm Harold Whitfield, 402-555-0122, h.whitfield@example.net. Email is best, weekday "
             "afternoons. Is TMS safe for someone my age?")
    replies = chat.say("Yes, I consent.")
    assert shows_summary(replies)
    chat.say("Yes, that is all correct.")
    assert the_lead(chat)["name"] == "Harold Whitfield"


def test_an_explicit_agreement_typed_at_the_reason_question_is_the_consent(stack):
    chat = Conversation(stack)
    chat.say("I'd like to book a consultation", "Evelyn Broussard", "843-555-0163", "skip", "call", "weekday mornings")
    assert shows_summary(chat.say("Yes, I do agree."))
    chat.say("Yes, everything is correct.")
    assert the_lead(chat)["reason"] is None


def test_an_agreement_at_the_reason_question_keeps_the_reason_a_letter_told_before(stack):
    chat = Conversation(stack)
    chat.say("Good afternoon. I have tried seven different medications for my depression, none of which has "
             "produced a lasting improvement. I would be grateful if your care team could contact me by telephone.")
    chat.say("My name is Eleanor Whitfield.", "202-555-0172", "skip")
    assert asks(chat.say("weekday mornings after nine"), "reason")  # the letter said a telephone call
    assert shows_summary(chat.say("Yes, I consent."))
    chat.say("Yes, that is all correct.")
    lead = the_lead(chat)
    assert lead["preferred_contact"] == "call" and "seven different medications" in lead["reason"]


def test_a_best_time_corrected_at_the_reason_question_is_not_the_reason(stack):
    chat = Conversation(stack)
    chat.say("hi i need a call back about tms", "Denise Carter", "404-555-0172", "skip", "call", "mornings")
    assert asks(chat.say("oh sorry not mornings, I work mornings. after 5 pm is better"), "reason")
    chat.say("nothing else, skip", "yes", "yes")
    lead = the_lead(chat)
    assert (lead["best_time"], lead["reason"]) == ("after 5 pm is better", None)


def test_details_pasted_between_slashes_are_all_used(stack):
    chat = Conversation(stack)
    replies = chat.say("Book me a consult: Priya Raman / 415-555-0137 / priya.r@example.org / text is best / "
                       "after 6 pm any day / want to know if TMS works for my depression / I consent to being contacted")
    assert shows_summary(replies)
    chat.say("Yes, that's all correct")
    lead = the_lead(chat)
    assert (lead["name"], lead["preferred_contact"], lead["best_time"]) == ("Priya Raman", "text", "after 6 pm any day")


def test_a_last_name_corrected_at_the_summary_keeps_the_first_name(stack):
    chat = Conversation(stack)
    chat.say("Hi, can I request a callback please?", "Kevin Omaley", "617-555-0150", "skip", "call", "weekdays after 5 pm",
             "skip", "yes")
    replies = chat.say("Almost. My last name should be O'Malley, with an apostrophe and two Ls. Everything else is right.")
    assert shows_summary(replies) and "Kevin O'Malley" in replies[-1]
    chat.say("yes")
    assert the_lead(chat)["name"] == "Kevin O'Malley"


def test_a_request_resumed_after_a_refused_consent_keeps_the_best_time_as_typed(stack):
    chat = Conversation(stack)
    best_time = "Weekends, or weekday evenings after the baby's asleep"
    chat.say("Can I get a callback?", "Aisha Rahman", "347-555-0145", "aisha@example.org", "email", best_time, "skip", "no")
    assert shows_summary(chat.say("Wait, sorry, I misread that. Yes, I agree you can contact me about my request."))
    chat.say("yes")
    assert the_lead(chat)["best_time"] == best_time


def test_a_formal_paragraph_with_every_detail_goes_straight_to_consent(stack):
    chat = Conversation(stack)
    replies = chat.say(
        "Good afternoon. My name is Harold Whitcomb, and I am a retired attorney. I am writing to request a "
        "consultation regarding your fMRI-guided TMS program. I have tried four antidepressant medications without "
        "lasting benefit. I may be reached by telephone at (617) 555-0145, or by email at h.whitcomb@example.org. I "
        "would prefer a telephone call, ideally on a weekday morning between 9 and 11 a.m. Thank you.")
    assert asks(replies, "consent")
    assert shows_summary(chat.say("Yes, I consent."))
    chat.say("That is correct. Please submit it.")
    lead = the_lead(chat)
    assert (lead["preferred_contact"], lead["best_time"]) == ("call", "ideally on a weekday morning between 9 and 11 a.m")


def test_a_request_in_spanish_starts_the_form_and_spanish_answers_are_read(stack):
    chat = Conversation(stack)
    replies = chat.say("hola buenas tardes, mi hija me dijo que les escribiera. tengo depresion desde hace muchos "
                       "años y las pastillas no me ayudan. quiero una cita por favor")
    assert asks(replies, "full_name")
    chat.say("Guadalupe Herrera de la Cruz", "210-555-0189 es mi celular", "lupita.herrera@example.com")
    assert asks(chat.say("texto por favor, mi hija me ayuda a leerlos"), "best_time")
    chat.say("en las tardes, despues de las 3 pm", "skip")
    assert shows_summary(chat.say("Sí, estoy de acuerdo"))
    chat.say("si todo esta correcto")
    lead = the_lead(chat)
    assert (lead["name"], lead["preferred_contact"]) == ("Guadalupe Herrera de la Cruz", "text")


@pytest.mark.parametrize("steps, last, shown", [
    (["I'd like to set up a consultation for my son", "Jennifer Aalto", "651-555-0149", "skip", "Phone call please",
      "Weekdays between 9 and 2", "skip", "No"],
     "Oh wait, sorry, I misread that. Yes, you can contact me. I thought it was asking about texting him.",
     "a phone call"),
    (["I would like someone to call me about TMS treatment.", "Steven MacDonald", "(718) 555-0164", "skip", "A call.",
      "Mornings, before noon.", "skip", "Yes."],
     "The name is wrong, that's my phone's autocorrect. It's Stephen, S-T-E-P-H-E-N. Everything else is fine.",
     "Stephen MacDonald"),
], ids=["consent taken back, texting someone else is no method", "a first name fixed for autocorrect"])
def test_the_summary_after_a_message_that_changes_or_keeps_a_detail(stack, steps, last, shown):
    chat = Conversation(stack)
    chat.say(*steps)
    replies = chat.say(last)
    assert shows_summary(replies) and shown in replies[-1]


def test_a_question_typed_at_the_consent_question_is_answered_and_consent_asked_again(stack):
    chat = Conversation(stack)
    chat.say("can I book a consultation?", "Priya Raghunathan", "(206) 555-0121", "skip", "text", "weekdays after 4pm",
             "skip")
    replies = chat.say("before I say yes, who sees this info? is it just the care team?")
    assert len(replies) == 2 and asks(replies, "consent")
    assert shows_summary(chat.say("ok, yes"))


def test_a_method_preferred_over_another_in_vietnamese_and_english(stack):
    chat = Conversation(stack)
    chat.say("I'd like a consultation", "Nguyễn Thị Lan", "206-555-0157", "skip")
    assert asks(chat.say("Gọi điện (call) được không? Tôi thích call hơn text."), "best_time")
    chat.say("after 3 pm", "skip")
    assert "a phone call" in chat.say("yes")[-1]


def test_the_method_question_has_no_dead_end(stack):
    chat = Conversation(stack)
    chat.say("I'd like a consultation", "Dana Lee", "212-555-0143", "skip", "hmm", "no sé")
    replies = chat.say("lo que sea")
    assert TEXTS["utter_contact_method_chosen_call"] in replies and asks(replies, "best_time")


def test_a_question_at_the_best_time_question_after_a_lead_in_is_answered(stack):
    chat = Conversation(stack)
    chat.say("bet. can u have someone hit me up", "Devon Carter", "773.555.0109", "skip", "text")
    replies = chat.say("hold up how many sessions total tho")
    assert len(replies) == 2 and asks(replies, "best_time")
    assert asks(chat.say("afternoons, got class till 2"), "reason")


def test_a_pasted_list_of_details_fills_every_field(stack):
    chat = Conversation(stack)
    replies = chat.say("Want to book a consult. Name: Priya Raman / Phone: 332-555-0129 / Email: priya.raman@example.org / "
                       "Contact: email please / Best time: lunchtime, 12-1 / Notes: postpartum depression, on sertraline 4 yrs")
    assert asks(replies, "consent")
    chat.say("yes", "Yes, send it.")
    lead = the_lead(chat)
    assert (lead["preferred_contact"], lead["best_time"], lead["reason"]) == (
        "email", "lunchtime, 12-1", "postpartum depression, on sertraline 4 yrs")


def test_a_best_time_corrected_at_the_reason_question_replaces_the_time_and_is_no_reason(stack):
    chat = Conversation(stack)
    chat.say("I'd like an appointment for TMS", "Ray Delgado", "(312) 555-0184", "skip", "text", "mornings before 9")
    replies = chat.say("Before that, can you change the best time? Mornings won't work, I just remembered my shift "
                       "changes next week. Evenings after 7 is better.")
    assert asks(replies, "reason")
    chat.say("skip", "yes", "yes")
    lead = the_lead(chat)
    assert "Evenings after 7" in lead["best_time"] and lead["reason"] is None


def test_a_note_for_the_care_team_after_a_crisis_answer_is_the_reason(stack):
    chat = Conversation(stack)
    chat.say("I would like to request a consultation for TMS.", "Linda Howard", "(617) 555-0138", "skip", "A call, please.",
             "Weekday mornings, after 9.",
             "I've been depressed for a long time. Lately I've had passing thoughts that my family would be better off without me.")
    chat.say("Thank you. I want to be clear that I'm safe. I have no plan and my sister is staying with me. I'd still like "
             "to go ahead. For the care team: I've been on medication for years and it hasn't helped.")
    chat.say("Yes.", "Yes, that's correct.")
    lead = the_lead(chat)
    assert lead["reason"] == "I've been on medication for years and it hasn't helped"


def test_a_time_with_an_exception_and_a_time_not_to_call_in_a_first_message(stack):
    chat = Conversation(stack)
    replies = chat.say("Id like to book a consult. Priya Nair, 917.555.0111, priya.nair@example.com, text me please. Any "
                       "weekday afternoon but not Mondays, I have therapy then. Its for postpartum depression that hasnt lifted.")
    assert asks(replies, "consent")
    night = Conversation(stack)
    night.say("Hi, I'd like to set up a consultation. I work nights, so please only reach me between 2 and 4 pm.",
              "Priya Raman", "312-555-0126", "priya.raman@example.org")
    assert asks(night.say("Email first please, I may be asleep if you call."), "reason")
    night.say("skip", "yes I agree", "Correct, send it")
    assert "2 and 4 pm" in the_lead(night)["best_time"]
