"""Dialogue policy for crisis messages and the turns after them, in any state of the conversation.

A form's next question is a "no user" prediction, which outranks every prediction based on what the
person said; this policy's predictions are marked the same way and have the highest priority, so
they win even mid-form. It needs no action server, so the crisis answer does not depend on one.

- A crisis message gets the crisis resources at once (utter_crisis), or a short reminder with 988
  when they were already given in this conversation (utter_crisis_reminder). The conversation is
  flagged urgent; a request being filled in is paused with what the person gave.
- Not every message the detector flags is judged alone: one that is a plain answer to the intake
  form's pending question ("Li Na" to "What is your full name?", "mornings" to the best-time
  question) is an answer when only the classifier flagged it, below `context_threshold`. A lexicon
  match is always a crisis.
- The turn after a crisis answer: a person who says they are safe is thanked, with 988 once more
  (even when a word of the message matched the lexicon, unless it is a plain statement of a crisis);
  a paused request goes on (the form asks its next question), otherwise they are offered a callback.
  A paused request also goes on after a short yes or an answer to the question it had asked.
  Questions and requests are left to the other policies, so they are answered as usual.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from tms_intake.message_reading import answers_question, is_a_typed_name, plain_answer
from tms_intake.contact_details import parse_name, yes_or_no
from tms_intake.crisis import CRISIS_INTENT, CRISIS_RESPONSE, URGENT_SLOT, crisis_group, says_safe
from tms_intake.crisis_lexicon import PLAIN_GROUP
from tms_intake.crisis_nlu import EVIDENCE

# Above RulePolicy (6), the highest of Rasa's own policies.
CRISIS_POLICY_PRIORITY = 7
CRISIS_REMINDER = "utter_crisis_reminder"
SAFE_THANKS = "utter_crisis_safe"
SAFE_THANKS_WITH_OFFER = "utter_crisis_safe_offer"
CRISIS_ANSWERS = (CRISIS_RESPONSE, CRISIS_REMINDER)
PAUSED_SLOT = "paused_request"
MAX_WORDS_OF_A_YES = 4
SAFE_REPLY_CEILING = 0.97
CONTRAST = re.compile(r"\b(but|though|although|however|except|unless|until)\b", re.IGNORECASE)
FORM = "intake_form"
# Intents other policies answer as usual after a crisis answer, even from someone who says they are
# safe, when the message asks a question or the intent is at least ASKS_MIN_CONFIDENCE.
ASKS_MIN_CONFIDENCE = 0.5
# Intents of questions about TMS, which without a question mark tell rather than ask.
TOLD_NOT_ASKED = {"faq", "medical", "care_team", "request_appointment"}
ANSWERED_AS_USUAL = {
    "faq", "medical", "care_team", "ask_location", "ask_hours", "ask_phone", "request_appointment",
    "request_human", "bot_challenge", "stop", "goodbye", "delete_data",
}


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class CrisisPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": CRISIS_POLICY_PRIORITY, "context_threshold": 0.9}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        latest_action = tracker.latest_action_name
        if latest_action in (*CRISIS_ANSWERS, SAFE_THANKS_WITH_OFFER):
            return self._certain(ACTION_LISTEN_NAME, domain)
        if latest_action == SAFE_THANKS:
            return self._certain(FORM, domain)  # the paused request goes on
        if is_new_crisis_message(tracker) and not (self.is_form_answer(tracker) or self.is_safe_reply(tracker)):
            answer = CRISIS_REMINDER if crisis_answered_before(tracker) else CRISIS_RESPONSE
            flags = [SlotSet(URGENT_SLOT, True)]
            if tracker.active_loop_name:
                # The form ends as Rasa's own action_deactivate_loop ends it; what was given is kept.
                flags += [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), SlotSet(PAUSED_SLOT, True)]
            return self._certain(answer, domain, flags)
        if says_safe_after_crisis(tracker):
            return self._certain(SAFE_THANKS if tracker.get_slot(PAUSED_SLOT) else SAFE_THANKS_WITH_OFFER, domain)
        if tracker.get_slot(PAUSED_SLOT) and goes_on_with_request(tracker):
            return self._certain(FORM, domain)  # the form reads the answer and asks its next question
        return self._prediction(self._default_predictions(domain))

    def is_form_answer(self, tracker: DialogueStateTracker) -> bool:
        """A plain answer to the form's pending question that only the classifier, and not with
        certainty, took for a crisis; for the name question, also one whose lexicon match is in the
        name ("Jason Blade", "Amanda Dye"), and a name typed with capitals whatever the classifier
        says ("Vera Cutting"), unless it is a plain statement of a crisis ("I'm Suicidal")."""
        slot = tracker.get_slot(REQUESTED_SLOT)
        text = tracker.latest_message.text or ""
        if tracker.active_loop_name != FORM or not slot or not plain_answer(slot, text):
            return False
        if crisis_group(text) == PLAIN_GROUP:
            return False  # "kms lol. jk. not jk. its Tyler", even where "Kms Lol" reads as a name
        if slot == "full_name" and is_a_typed_name(text):
            return True
        return self.weak_evidence(tracker, ignore_lexicon=slot == "full_name" and only_the_name_matches(text))

    def is_safe_reply(self, tracker: DialogueStateTracker) -> bool:
        """A reply to a crisis answer that says the person is safe ("I'm safe, I'm not going to do
        anything, I called 988"), with no plain statement of a crisis in it."""
        evidence = tracker.latest_message.parse_data.get(EVIDENCE) or {}
        if evidence.get("lexicon") or evidence.get("classifier", 1.0) >= SAFE_REPLY_CEILING:
            return False
        return not CONTRAST.search(tracker.latest_message.text or "") and says_safe_after_crisis(tracker, any_intent=True)

    def weak_evidence(self, tracker: DialogueStateTracker, ignore_lexicon: bool = False) -> bool:
        evidence = tracker.latest_message.parse_data.get(EVIDENCE) or {}
        lexicon = evidence.get("lexicon") and not ignore_lexicon
        return not lexicon and evidence.get("classifier", 1.0) < self.config["context_threshold"]

    def _certain(self, action: Text, domain: Domain, events: Optional[List[Any]] = None) -> PolicyPrediction:
        return self._prediction(
            confidence_scores_for(action, 1.0, domain), optional_events=events, is_no_user_prediction=True
        )


def only_the_name_matches(text: str) -> bool:
    """The crisis lexicon matches the message only through the name in it."""
    name = parse_name(text, allow_one_word=True).value
    if not name:
        return False
    rest = re.sub("|".join(re.escape(word) for word in name.split()), " ", text, flags=re.IGNORECASE)
    return crisis_group(rest) is None


def is_new_crisis_message(tracker: DialogueStateTracker) -> bool:
    """True when the person's latest message is a crisis and nothing has answered it yet."""
    latest = latest_user_turn(tracker)
    return latest is not None and latest.intent_name == CRISIS_INTENT


def latest_user_turn(tracker: DialogueStateTracker) -> Optional[UserUttered]:
    """The person's latest message, if no action has run since it came."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event
        if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME:
            return None
    return None


def crisis_answered_before(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(event, ActionExecuted) and event.action_name in CRISIS_ANSWERS
               for event in tracker.applied_events())


def asks_something(message: UserUttered) -> bool:
    """A question, or a request other than for information that the model is sure of: "he's safe now,
    he is with me" read as a question about side effects, or "For the note: twenty years of depression"
    read as a medical question, asks nothing."""
    if "?" in (message.text or ""):
        return True
    intent = message.intent or {}
    return intent.get("name") not in TOLD_NOT_ASKED and intent.get("confidence", 0.0) >= ASKS_MIN_CONFIDENCE


def says_safe_after_crisis(tracker: DialogueStateTracker, any_intent: bool = False) -> bool:
    """The latest message answers a crisis answer by saying the person is safe, and (unless
    `any_intent`) asks nothing else."""
    latest = reply_to_crisis_answer(tracker)
    if latest is None or not says_safe(latest.text or ""):
        return False
    return not (latest.intent_name in ANSWERED_AS_USUAL and not any_intent and asks_something(latest))


def reply_to_crisis_answer(tracker: DialogueStateTracker) -> Optional[UserUttered]:
    """The person's latest message, when the assistant's latest action before it was a crisis answer."""
    latest = latest_user_turn(tracker)
    actions = [event.action_name for event in tracker.applied_events()
               if isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME]
    return latest if latest is not None and actions and actions[-1] in CRISIS_ANSWERS else None


def paused_question(tracker: DialogueStateTracker) -> Optional[str]:
    """The slot the intake form was asking for when a crisis message paused it."""
    asked = [event.value for event in tracker.applied_events()
             if isinstance(event, SlotSet) and event.key == REQUESTED_SLOT and event.value]
    return asked[-1] if asked else None


def goes_on_with_request(tracker: DialogueStateTracker) -> bool:
    """A reply to a crisis answer that carries on with the paused request: a short yes ("yes", "ok",
    not "ok I will call 988"), or an answer to the question the form had asked ("thank you. email please"), that
    asks nothing else."""
    latest = reply_to_crisis_answer(tracker)
    if latest is None or "?" in (latest.text or ""):
        return False
    text = latest.text or ""
    said_yes = yes_or_no(text, latest.intent_name) is True and len(text.split()) <= MAX_WORDS_OF_A_YES
    return said_yes or answers_question(paused_question(tracker) or "", text)
