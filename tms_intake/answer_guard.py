"""NLU component: no curated answer when the assistant is unsure which one fits.

The classifiers are overconfident on questions from outside the clinic's topics ("what does the
ending of that film mean" got a page answer). Two checks send such a message to the fallback
(please rephrase, and an offer of the care team) instead:
- the response selector's confidence in the chosen answer is below `min_answer_confidence`; on the
  held-out messages no right answer was below 0.6, and wrong ones were;
- a cost question names nothing about money ("who wrote pride and prejudice" read as pricing).
And a message about the clinic's subject (TMS, the brain, sessions, side effects, insurance...) is
never answered "I can't help with that": out of scope becomes the fallback, which asks to rephrase
and offers the care team, so the reply never contradicts the question.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake.intent_rules import IntentRule, predicted_intent, set_intent
from tms_intake.responses import RETRIEVAL_INTENTS

OUT_OF_SCOPE = "out_of_scope"

MONEY = re.compile(
    r"cost|pric|pay|paid|expens|afford|fee|charg|dollar|\$|money|cheap|co-?pay|pocket|bill|financ|budget|"
    r"how much|spend|discount|free|sliding|quote|rate|worth|bucks|cash|credit|deposit|refund|damage",
    re.IGNORECASE,
)


CLINIC_SUBJECT = re.compile(
    r"\b(tms|magnet\w*|coil|f?mri|scan\w*|brain|neur\w*|session\w*|treatment\w*|therap\w*|clinic\w*|"
    r"side ?effects?|headaches?|hurts?|pain\w*|anesthe\w*|sedat\w*|depress\w*|anxiety|ocd|medication\w*|meds|"
    r"antidepressants?|insurance|insur\w*|covered|coverage|medicare|medicaid|cost\w*|price\w*|appointment\w*|"
    r"consult\w*|doctors?|psychiatrist\w*|clinicians?|pregnan\w*|seizures?|epilep\w*|implants?|weeks?)\b",
    re.IGNORECASE,
)


def selected_answer(message: Message, intent: Text) -> Dict[Text, Any]:
    """The answer chosen for a retrieval intent, by its own selector or by one for all of them."""
    selectors = message.get("response_selector") or {}
    return (selectors.get(intent) or selectors.get("default") or {}).get("response") or {}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AnswerGuard(IntentRule):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"min_answer_confidence": 0.5}

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = predicted_intent(message)
            if intent in RETRIEVAL_INTENTS and not self.sure_of_answer(message, intent):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
            elif intent == OUT_OF_SCOPE and CLINIC_SUBJECT.search(message.get(TEXT) or ""):
                set_intent(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
        return messages

    def sure_of_answer(self, message: Message, intent: Text) -> bool:
        answer = selected_answer(message, intent)
        if (answer.get("confidence") or 0.0) < self.config["min_answer_confidence"]:
            return False
        return answer.get("intent_response_key") != "care_team/cost" or bool(MONEY.search(message.get(TEXT) or ""))
