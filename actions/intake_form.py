"""The intake form's slots: read from what the person writes, checked, and asked for in order.

Each message is read for what it says before it fills the question asked:
- name, phone and email are taken from any message of the conversation, so what was given is not
  asked again, and a correction ("my email is actually ...") replaces the value at any point;
- a contact method or a best time stated in passing ("best to call weekday mornings") is used when
  the form starts, and a change of one ("actually a call would be better") replaces it at any point;
  such a message is then not taken as the answer to the question asked;
- a reminder ("I told you my email", "I just said mornings") uses what it points to;
- the reason can come from the request itself ("... I've had depression for years").
A message that is a question rather than an answer is left to the interruption rules
(data/rules/intake.yml), which answer it and ask again.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from actions.answers import answer_to_give
from tms_intake import contact_details as details
from tms_intake import message_reading as reading
from tms_intake.crisis import says_safe
from tms_intake.leads import MAX_BEST_TIME_CHARS, MAX_REASON_CHARS

FORM = "intake_form"
# Asked in this order; each is skipped when already known.
INTAKE_SLOTS = ["full_name", "phone", "email", "preferred_contact", "best_time", "reason", "consent", "confirmed"]
STARTED_OVER = "started_over"
# Slots that hold the request; cleared when it is cancelled.
REQUEST_SLOTS = INTAKE_SLOTS + [
    "consent_at", "consent_refused", "name_attempts", "phone_attempts", "email_attempts", "changing",
    "paused_request", STARTED_OVER,
]
MAX_ATTEMPTS = 3
MAX_CONSENT_AS_REASON_WORDS = 8
NAME_ASKS_BEFORE_LATER = 2
NAME_ASKS_BEFORE_LEFT_OUT = 4
METHOD_ASKS_BEFORE_CHOSEN = 3
MAX_NO_WORDS = 3
CRISIS_ANSWERS = ("utter_crisis", "utter_crisis_reminder")
FORGETTING = ("action_cancel_intake", "action_request_deletion")
CORRECTED = "corrected"  # what extract_confirmed sets when the message corrects a detail
# Intents the interruption rules answer in the middle of the form.
INTERRUPTIONS = {
    "faq", "medical", "care_team", "ask_location", "ask_hours", "ask_phone", "bot_challenge", "request_human",
    "stop", "delete_data",
}
# "stop" counts only with words of stopping: the classifier also reads "DROP TABLE" as stop.
STOPPING = re.compile(
    r"\b(stop|cancel+|cancle|quit|exit|never ?mind|nvm|forget|changed? my mind|don'?t want|do not want|"
    r"not anymore|no longer|scratch that|let'?s not|later|not now)\b",
    re.IGNORECASE,
)
QUESTION = re.compile(
    r"\?\s*$|^((hold up|wait|ok(ay)?|oh|also|and|but|so|btw|quick q(uestion)?|one more thing|sorry|actually)[\s,:.!-]+)*"
    r"(what|how|does|do|is|are|can|could|will|would|should|why|when|where|who|which)\b",
    re.IGNORECASE,
)
# Longer free-text answers without a question mark that open with a question word are answers
# ("Where to begin. My daughter ...").
MAX_QUESTION_WORDS = 12
# A detail named at the summary without its new value ("the phone number is wrong").
NAMED_DETAILS = (
    ("email", re.compile(r"\be-?mail\b", re.IGNORECASE)),
    ("phone", re.compile(r"\b(phone|number|cell|mobile)\b", re.IGNORECASE)),
    ("preferred_contact", re.compile(r"\b(contact|method|call|text)\b", re.IGNORECASE)),
    ("best_time", re.compile(r"\b(time|when|morning|afternoon|evening|day)\b", re.IGNORECASE)),
    ("reason", re.compile(r"\breason\b", re.IGNORECASE)),
    ("full_name", re.compile(r"\bname\b", re.IGNORECASE)),
)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message.get("text") or "").strip()


def is_interruption(tracker: Tracker, free_text_answer: bool = False) -> bool:
    """The latest message is a question or a request to stop rather than an answer. For a question
    whose answer can be any text (best time, reason), only a message shaped as a question counts."""
    intent = latest_intent(tracker)
    if intent not in INTERRUPTIONS:
        return False
    if intent == "stop":
        return bool(STOPPING.search(latest_text(tracker).replace("’", "'")))
    text = latest_text(tracker)
    if not free_text_answer:
        return True
    # "Where to begin. My daughter has had depression for two years ..." tells, it does not ask.
    return "?" in text or (bool(QUESTION.search(text)) and len(text.split()) <= MAX_QUESTION_WORDS)


def answers_the_form(tracker: Tracker) -> bool:
    """The latest message replies to the form's own question, not to another one ("Do you want to
    cancel this request?") asked while the form waited."""
    events = tracker.events
    latest_user = max((i for i, event in enumerate(events) if event.get("event") == "user"), default=0)
    asked_last = [
        event.get("name") for event in events[:latest_user]
        if event.get("event") == "action" and event.get("name") != "action_listen"
    ]
    return bool(asked_last) and asked_last[-1] == FORM


def forgets(event: dict[str, Any]) -> bool:
    """The request was cancelled, its deletion asked for, or started over: what came before is forgotten."""
    return (event.get("event") == "action" and event.get("name") in FORGETTING) or (
        event.get("event") == "slot" and event.get("name") == STARTED_OVER and bool(event.get("value")))


def forget_request() -> list[EventType]:
    return [SlotSet(slot, None) for slot in REQUEST_SLOTS] + [SlotSet("requested_slot", None)]


def user_texts(tracker: Tracker) -> list[str]:
    """The person's messages since the conversation session started (over SMS the conversation with a
    phone number goes on for months) or the request was last forgotten, oldest first, without those
    that got the crisis answer: what someone writes in a crisis is answered with help, not read for
    their details."""
    starts = [i for i, event in enumerate(tracker.events) if event.get("event") == "session_started"]
    session = tracker.events[starts[-1]:] if starts else tracker.events
    texts: list[str] = []
    for event in session:
        if event.get("event") == "user":
            texts.append(event.get("text") or "")
        elif event.get("event") == "bot" and texts and bot_response(event) in CRISIS_ANSWERS:
            texts.pop()
        elif forgets(event):
            texts = []
    return texts


def crisis_answer_to(tracker: Tracker, slot: str) -> Optional[str]:
    """The latest message that got the crisis answer while the form asked for `slot`, in a request
    paused by it: "fifteen years of depression, nothing has worked. most nights i hope i don't wake
    up" typed as the reason is the reason, and the request is marked urgent."""
    if not tracker.get_slot("paused_request"):
        return None
    asked, text, found = None, None, None
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == "requested_slot" and event.get("value"):
            asked = event.get("value")
        elif event.get("event") == "user":
            text = event.get("text")
        elif event.get("event") == "bot" and bot_response(event) in CRISIS_ANSWERS and asked == slot:
            found = text
        elif forgets(event):
            found = None
    return found


def resuming_at_consent(tracker: Tracker) -> bool:
    """A request paused by a crisis answer resumes, and consent is the next question."""
    before_reason = INTAKE_SLOTS[: INTAKE_SLOTS.index("reason")]
    return (starting(tracker) and bool(tracker.get_slot("paused_request")) and tracker.get_slot("consent") is None
            and all(tracker.get_slot(slot) is not None for slot in before_reason)
            and (tracker.get_slot("reason") is not None or crisis_answer_to(tracker, "reason") is not None))


def paused_reason_note(tracker: Tracker) -> Optional[str]:
    """As a paused request resumes, what the latest message asks to put in the note, or the reason it
    gives when the crisis message came as the reason ("just that i've tried 5 meds")."""
    if not tracker.get_slot("paused_request"):
        return None
    text = latest_text(tracker)
    if note := reading.note_for_the_team(text):
        return note
    told = crisis_answer_to(tracker, "reason") is not None and reading.tells_a_reason(text) and not says_safe(text)
    return details.free_text(text, MAX_REASON_CHARS) if told else None


def crisis_detail(tracker: Tracker, slot: str, read) -> dict[str, Any]:
    """The detail a crisis message typed as the answer to `slot` also gives ("Sofia Rossi. i don't
    really want to be here anymore"), read when the paused request resumes and the slot is still empty."""
    text = crisis_answer_to(tracker, slot) if starting(tracker) and tracker.get_slot(slot) is None else None
    found = read(text) if text else None
    value = found.value if isinstance(found, details.Parsed) else found
    return {slot: value} if value else {}


def bot_response(event: dict[str, Any]) -> Optional[str]:
    return (event.get("metadata") or {}).get("utter_action")


def last_said(tracker: Tracker) -> Optional[str]:
    return next((bot_response(event) for event in reversed(tracker.events) if event.get("event") == "bot"), None)


def found_in_conversation(tracker: Tracker, find) -> Optional[str]:
    """The latest usable value `find` reads from the person's messages. Every message is read when the
    form starts; after that only the newest, which may correct a value."""
    starting = tracker.get_slot("requested_slot") is None
    for text in reversed(user_texts(tracker) if starting else [latest_text(tracker)]):
        found = find(text)
        value = found.value if isinstance(found, details.Parsed) else found
        if value:
            return value
    return None


def starting(tracker: Tracker) -> bool:
    return tracker.get_slot("requested_slot") is None


def stated_in_conversation(tracker: Tracker, read) -> Optional[str]:
    """What `read` finds in the person's messages: all of them when the form starts (newest first),
    then only in a message that changes a detail."""
    if starting(tracker):
        return next((found for text in reversed(user_texts(tracker)) if (found := read(text))), None)
    return read(latest_text(tracker))


def gives_other_detail(tracker: Tracker, slot: str) -> bool:
    """The latest message gives or changes a detail other than `slot` ("wait, my number is actually
    ...", an email typed when asked for the name)."""
    text = latest_text(tracker)
    found = {
        "full_name": details.find_name(text), "phone": details.find_phone(text), "email": details.find_email(text),
        "preferred_contact": reading.stated_contact_method(text) or (
            slot == "full_name" and reading.plain_answer("preferred_contact", text)),  # "txt" when asked the name
        "best_time": reading.stated_best_time(text),
    }
    return any(value for other, value in found.items() if other != slot)


def times_asked(tracker: Tracker, slot: str) -> int:
    """How often the form has asked for `slot` since it last started or started over."""
    started = max((i for i, event in enumerate(tracker.events)
                   if (event.get("event") == "active_loop" and event.get("name") == FORM) or forgets(event)), default=0)
    return sum(event.get("event") == "bot" and bot_response(event) == f"utter_ask_{slot}" for event in tracker.events[started:])


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def attempts(tracker: Tracker, slot: str) -> int:
    return int(tracker.get_slot(f"{slot}_attempts") or 0) + 1


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not starting(tracker) and answers_the_form(tracker) and reading.asks_to_start_over(latest_text(tracker)):
            dispatcher.utter_message(response="utter_intake_started_over")
            return [*forget_request(), SlotSet(STARTED_OVER, True), SlotSet("requested_slot", INTAKE_SLOTS[0])]
        events: list[EventType] = []
        if starting(tracker) and not tracker.get_slot("lead_id"):
            if not (tracker.get_slot("paused_request") or tracker.get_slot("consent_refused")):
                dispatcher.utter_message(response="utter_intake_start")
            elif last_said(tracker) != "utter_crisis_safe":  # that one says the request goes on
                dispatcher.utter_message(response="utter_intake_resume")
            events.append(SlotSet("paused_request", None))
        return events + await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[str]:
        """Nothing more to ask once consent was refused or no way to reach the person is left: the form
        ends and action_submit_intake says what happens."""
        no_contact = tracker.get_slot("phone") == "" and tracker.get_slot("email") == ""
        if tracker.get_slot("consent") is False or no_contact:
            return []
        if tracker.get_slot("full_name") is None and times_asked(tracker, "full_name") >= NAME_ASKS_BEFORE_LATER:
            # Someone who answers other questions when asked their name is asked it again last.
            later = [slot for slot in INTAKE_SLOTS if slot != "full_name"]
            return later[: later.index("consent")] + ["full_name"] + later[later.index("consent"):]
        return INTAKE_SLOTS

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> EventType:
        """The first question still open; none ends the form, as it does at once after the request was
        stored: a detail the message changed is then added to the stored request."""
        if tracker.get_slot("lead_id"):
            return SlotSet("requested_slot", None)
        required = await self.required_slots(INTAKE_SLOTS, dispatcher, tracker, domain)
        return SlotSet("requested_slot", next((slot for slot in required if tracker.slots.get(slot) is None), None))

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Each slot set by this message is checked by its validate_<slot> method, in the order the
        questions are asked; a slot cleared to be asked again needs no check."""
        new_values = tracker.slots_to_validate()
        checked: dict[str, Any] = {}
        for slot in INTAKE_SLOTS:
            if slot not in new_values:
                continue
            value = new_values[slot]
            if value is None or (value == "" and slot in ("full_name", "phone", "email", "reason")):
                result = {slot: value}  # cleared to be asked again, or a detail the person declined
            else:
                result = getattr(self, f"validate_{slot}")(value, dispatcher, tracker)
            checked.update(result)
            tracker.slots.update(result)
        return [SlotSet(slot, value) for slot, value in checked.items()]

    def _answer(self, tracker: Tracker, slot: str, is_answer: bool = False, free_text_answer: bool = False) -> dict:
        """The latest message as the answer to the slot's question, unless it is an interruption."""
        if tracker.get_slot("requested_slot") != slot or not answers_the_form(tracker) or not latest_text(tracker):
            return {}
        # A free-text answer may mention another detail ("if someone phones, after 4 pm is best"); only a
        # correction makes it not the answer.
        other_detail = gives_other_detail(tracker, slot) and (
            reading.is_correction(latest_text(tracker)) or not (is_answer or free_text_answer)
        )
        if other_detail or (
            not is_answer and is_interruption(tracker, free_text_answer)
        ):
            return {}
        return {slot: latest_text(tracker)}

    def _reminded(self, tracker: Tracker, slot: str, read) -> Optional[dict[str, Any]]:
        """For a reminder typed as the answer to `slot`'s question: the value it gives or points to
        in an earlier message ({} to ask again when there is none); None when it is not a reminder."""
        if tracker.get_slot("requested_slot") != slot or not answers_the_form(tracker):
            return None
        rest = reading.reminder_rest(latest_text(tracker))
        if rest is None:
            return None
        if rest:
            return {slot: rest}
        earlier = [text for text in user_texts(tracker) if text != latest_text(tracker)]
        found = next((value for text in reversed(earlier) if (value := read(text))), None)
        return {slot: found} if found else {}

    def _asked_without(self, tracker: Tracker, slot: str, read) -> bool:
        """The latest message replies to `slot`'s question without what `read` looks for."""
        return tracker.get_slot("requested_slot") == slot and answers_the_form(tracker) and not read(latest_text(tracker))

    def _new_value(self, tracker: Tracker, slot: str, find) -> dict[str, Any]:
        found = found_in_conversation(tracker, find)
        return {slot: found} if found and found != tracker.get_slot(slot) else {}

    async def extract_full_name(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        text = latest_text(tracker)
        is_name = details.parse_name(text).value is not None
        # "prefer not to", "no thanks"; not "no wait, I want to ask something first".
        declined = details.is_skip(text) or (details.yes_or_no(text) is False and len(text.split()) <= MAX_NO_WORDS)
        if not is_name and self._asked_without(tracker, "full_name", reading.best_name_value) and (
                declined or times_asked(tracker, "full_name") >= NAME_ASKS_BEFORE_LEFT_OUT):
            dispatcher.utter_message(response="utter_name_left_out")
            return {"full_name": ""}
        read = reading.stated_name if starting(tracker) else (
            lambda said: details.find_name(said) or reading.corrected_full_name(said))
        if fixed := reading.corrected_name(text, tracker.get_slot("full_name")):
            return {"full_name": fixed}
        if not is_name and tracker.get_slot("requested_slot") == "full_name" and (introduced := details.find_name(text)):
            return {"full_name": introduced}  # "Everyone calls me Bobby, but my legal name is Roberto Sanchez, so ..."
        return (self._answer(tracker, "full_name", is_name) or self._new_value(tracker, "full_name", read)
                or crisis_detail(tracker, "full_name", reading.stated_name))

    async def extract_phone(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        has_phone = details.find_phone(latest_text(tracker)) is not None or details.is_skip(latest_text(tracker))
        return (self._new_value(tracker, "phone", details.find_phone) or self._answer(tracker, "phone", has_phone)
                or crisis_detail(tracker, "phone", details.find_phone))

    async def extract_email(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        text = latest_text(tracker)
        reminded = self._reminded(tracker, "email", lambda earlier: (details.find_email(earlier) or details.Parsed()).value)
        if reminded is not None:
            return reminded
        has_email = details.find_email(text) is not None or details.is_skip(text) or reading.declines_email(text)
        found = (self._new_value(tracker, "email", details.find_email) or self._answer(tracker, "email", has_email)
                 or crisis_detail(tracker, "email", details.find_email))
        if not found and starting(tracker) and any(reading.declines_email(said) for said in user_texts(tracker)):
            return {"email": ""}  # "I do not use email, so please telephone me"
        return found

    def _stated(self, tracker: Tracker, slot: str, read) -> dict[str, Any]:
        """What `read` finds for `slot` in the conversation; a value already kept (a request resumed
        after a refused consent) is changed only by the latest message."""
        kept = tracker.get_slot(slot) is not None
        found = read(latest_text(tracker)) if kept else stated_in_conversation(tracker, read)
        return {slot: found} if found and found != tracker.get_slot(slot) else {}

    async def extract_preferred_contact(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        reminded = self._reminded(tracker, "preferred_contact", reading.stated_contact_method)
        if reminded is not None:
            return reminded
        text = latest_text(tracker)
        if tracker.get_slot("requested_slot") == "best_time" and answers_the_form(tracker) and (
            reading.names_a_method_not_a_time(text)
        ):
            # "Email, please. Not the phone.": the method again, kept; the best time is asked again.
            method = reading.stated_contact_method(text) or reading.settled_contact_method(text)
            return {"preferred_contact": method} if method else {}
        if self._asked_without(tracker, "full_name", reading.best_name_value) and reading.plain_answer("preferred_contact", text):
            return {"preferred_contact": details.contact_method(text)}  # "txt", typed when the name was asked
        if tracker.get_slot("requested_slot") != "preferred_contact":
            return self._stated(tracker, "preferred_contact", reading.stated_contact_method)
        return self._answer(tracker, "preferred_contact", details.contact_method(latest_text(tracker)) is not None)

    async def extract_best_time(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        reminded = self._reminded(tracker, "best_time", reading.stated_best_time)
        if reminded is not None:
            return reminded
        if tracker.get_slot("requested_slot") != "best_time":
            if is_interruption(tracker, free_text_answer=True) and not reading.is_correction(latest_text(tracker)):
                return {}  # "how long r the sessions? i work nights": the question is answered, no time taken
            stated = self._stated(tracker, "best_time", reading.stated_best_time)
            if stated and self._asked_without(tracker, "preferred_contact", details.contact_method):
                dispatcher.utter_message(response="utter_best_time_noted")  # the method is asked again
            return stated
        if reading.names_a_method_not_a_time(latest_text(tracker)):
            return {}  # the contact method again; the question is asked again
        text = latest_text(tracker)
        if answers_the_form(tracker) and reading.opens_with_a_time(text):
            return {"best_time": text}  # "evenings maybe, like after 6? i work til 5:30"
        if gives_other_detail(tracker, "best_time") and not reading.says_when(text):
            return {}  # "ugh sorry, the last four are 0167 not 0161": the phone changes, the time is asked again
        # A time said in a message that is not the answer: "i'm safe now. i still want the call. evenings after 6".
        return self._answer(tracker, "best_time", free_text_answer=True) or self._stated(
            tracker, "best_time", reading.stated_best_time
        )

    async def extract_reason(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if starting(tracker) and tracker.get_slot("reason") is None:
            stated = next((found for text in reversed(user_texts(tracker)) if (found := reading.stated_reason(text))), None)
            if note := paused_reason_note(tracker):
                stated = note  # "i'm safe now ... just put that nothing has worked", instead of the crisis message
            return {"reason": stated} if stated else crisis_detail(tracker, "reason", lambda text: text)
        text = latest_text(tracker)
        if reading.only_a_time(text):
            return {}  # a best time, which replaces one read earlier; the question is asked again
        asked = tracker.get_slot("requested_slot") == "reason" and answers_the_form(tracker)
        if asked and reading.is_correction(text) and gives_other_detail(tracker, "reason"):
            return {}  # "can you change the best time? ... Evenings after 7 is better": not the reason
        if asked and reading.note_for_the_team(text):
            # "just that i get really nervous on the phone so if they could be patient?? and ...": all of it.
            return {"reason": text}
        if asked and is_interruption(tracker, free_text_answer=True) and (told := reading.told_beside_a_question(text)):
            dispatcher.utter_message(response=answer_to_give(tracker, domain))  # the reason is kept, the question answered
            return {"reason": told}
        if asked and reading.is_a_bare_question(text):
            return {}  # a question the NLU did not place is not the reason; the question is asked again
        if asked and reading.gives_consent(text) and len(text.split()) <= MAX_CONSENT_AS_REASON_WORDS:
            # "Yes, I do agree.": the consent question answered early; the reason is what a letter told before.
            told = next((found for said in reversed(user_texts(tracker)) if (found := reading.reason_told(said))), "")
            return {"reason": told, "consent": True}
        return self._answer(tracker, "reason", details.is_skip(text), free_text_answer=True)

    async def extract_consent(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if resuming_at_consent(tracker) and reading.gives_consent(latest_text(tracker)):
            return {"consent": True}  # "i'm safe now. yes you can text me", as the paused request resumes
        if starting(tracker) and tracker.get_slot("consent_refused"):
            # Consent refused before: a "yes" now gives it, otherwise it is asked again.
            agreed = reading.agrees(latest_text(tracker), latest_intent(tracker))
            return {"consent": True, "consent_refused": None} if agreed else {}
        if starting(tracker) and reading.gives_consent(latest_text(tracker)):
            return {"consent": True}  # "Yes, I consent." to the offer of a consultation
        text = latest_text(tracker)
        if "?" in text and latest_intent(tracker) in INTERRUPTIONS:
            return {}  # "before I say yes, who sees this info?": answered, then consent asked again
        return self._answer(tracker, "consent", details.yes_or_no(text) is not None)

    async def extract_confirmed(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        text = latest_text(tracker)
        if tracker.get_slot("requested_slot") == "confirmed" and answers_the_form(tracker) and (
            details.find_name(text) or details.find_phone(text) or details.find_email(text)
            or reading.corrected_name(text, tracker.get_slot("full_name"))
        ):
            return {"confirmed": CORRECTED}  # the new value is set by its own slot
        return self._answer(tracker, "confirmed", details.yes_or_no(text) is not None)

    def _problem(self, dispatcher: CollectingDispatcher, problem: str) -> None:
        dispatcher.utter_message(response=f"utter_invalid_{problem}")

    def validate_full_name(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        tries = attempts(tracker, "name")
        # "ya", "yep thats it": a yes is no one-word name.
        parsed = reading.best_name(value, allow_one_word=tries > 1 and details.yes_or_no(value) is None)
        if parsed.value:
            return {"full_name": parsed.value, "name_attempts": None}
        self._problem(dispatcher, parsed.problem)
        return {"full_name": None, "name_attempts": tries}

    def validate_phone(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        if details.is_skip(value) and details.find_phone(value) is None:
            dispatcher.utter_message(response="utter_phone_skipped")
            return {"phone": "", "phone_attempts": None, "preferred_contact": "email"}
        parsed = details.parse_phone(value)
        if parsed.value:
            return {"phone": parsed.value, "phone_attempts": None}
        tries = attempts(tracker, "phone")
        if tries < MAX_ATTEMPTS:
            self._problem(dispatcher, parsed.problem)
            return {"phone": None, "phone_attempts": tries}
        # Moving on without a phone: email becomes the only way to reach the person.
        dispatcher.utter_message(response="utter_phone_left_out")
        return {"phone": "", "phone_attempts": None, "preferred_contact": "email"}

    def validate_email(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        email_needed = tracker.get_slot("phone") == "" or tracker.get_slot("preferred_contact") == "email"
        if (details.is_skip(value) or reading.declines_email(value)) and details.find_email(value) is None:
            if not email_needed:
                return {"email": "", "email_attempts": None}
            dispatcher.utter_message(response="utter_email_needed")
            return {"email": None}
        parsed = details.parse_email(value)
        if parsed.value:
            return {"email": parsed.value, "email_attempts": None}
        tries = attempts(tracker, "email")
        if tries < MAX_ATTEMPTS:
            self._problem(dispatcher, parsed.problem)
            return {"email": None, "email_attempts": tries}
        dispatcher.utter_message(response="utter_email_left_out")
        return {"email": "", "email_attempts": None}

    def validate_preferred_contact(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        method = value if value in CONTACT_WORDS else reading.settled_contact_method(value)
        if method is None and times_asked(tracker, "preferred_contact") >= METHOD_ASKS_BEFORE_CHOSEN:
            # No dead end for someone whose words for it the assistant does not know.
            method = "call" if tracker.get_slot("phone") else "email"
            chosen = "utter_contact_method_chosen_call" if method == "call" else "utter_contact_method_chosen_email"
            dispatcher.utter_message(response=chosen)
        if method is None:
            self._problem(dispatcher, "preferred_contact")
            return {"preferred_contact": None}
        if method == "email" and not tracker.get_slot("email"):
            dispatcher.utter_message(response="utter_email_needed")
            return {"preferred_contact": "email", "email": None}
        return {"preferred_contact": method}

    def validate_best_time(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        best_time = details.free_text(value, MAX_BEST_TIME_CHARS) if reading.is_time_answer(value) else ""
        if not best_time:
            self._problem(dispatcher, "best_time")
        return {"best_time": best_time or None}

    def validate_reason(self, value: str, dispatcher, tracker: Tracker) -> dict[str, Any]:
        return {"reason": "" if details.is_skip(value) else details.free_text(value, MAX_REASON_CHARS)}

    def validate_consent(self, value: Any, dispatcher, tracker: Tracker) -> dict[str, Any]:
        if isinstance(value, bool):  # given before, or read from a "yes" after a refusal
            moment = tracker.get_slot("consent_at") if value else None
        else:
            # "before I say yes, who sees this info?" asks: only its words could answer, not its intent.
            value = details.yes_or_no(value, None if "?" in value else latest_intent(tracker))
            moment = None
            if value is None:
                self._problem(dispatcher, "yes_or_no")
                return {"consent": None}
        now = datetime.now(timezone.utc).isoformat()
        return {"consent": value, "consent_at": (moment or now) if value else None}

    def validate_confirmed(self, value: Any, dispatcher, tracker: Tracker) -> dict[str, Any]:
        if isinstance(value, bool):
            return {"confirmed": value}
        if value == CORRECTED:
            return {"confirmed": None, "changing": False}
        answer = details.yes_or_no(value, latest_intent(tracker))
        named = next((slot for slot, pattern in NAMED_DETAILS if pattern.search(value)), None)
        if named == "preferred_contact" and details.contact_method(value):
            # "Make it text": the new method is taken as said, then the summary again.
            return self.validate_preferred_contact(value, dispatcher, tracker) | {"confirmed": None, "changing": False}
        if named and answer is not True:
            # "The phone number is wrong": that question is asked again, then the summary.
            return {named: None, "confirmed": None, "changing": False}
        if answer is True:
            return {"confirmed": True, "changing": False}
        if answer is False:
            dispatcher.utter_message(response="utter_ask_what_to_change")
            return {"confirmed": None, "changing": True}
        self._problem(dispatcher, "confirmation")
        return {"confirmed": None, "changing": False}


class ActionAskConfirmed(Action):
    """Shows everything collected for the person to confirm, unless they were just asked what to change."""

    def name(self) -> str:
        return "action_ask_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.get_slot("changing"):
            return []
        slots = tracker.current_slot_values()
        dispatcher.utter_message(
            response="utter_intake_summary",
            summary_name=slots.get("full_name") or "not given",
            summary_phone=details.display_phone(slots["phone"]) if slots.get("phone") else "not given",
            summary_email=slots.get("email") or "not given",
            summary_contact=CONTACT_WORDS.get(slots.get("preferred_contact") or "", ""),
            summary_best_time=slots.get("best_time") or "",
            summary_reason=slots.get("reason") or "not given",
        )
        return []


CONTACT_WORDS = {"call": "a phone call", "text": "a text message", "email": "email"}
