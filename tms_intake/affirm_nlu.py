"""NLU component: a yes the classifier did not understand is a yes (`affirm`): "oh wait, I misread that.
yes, you can contact me about my request" reads to it as nothing it knows. Only a message it left as
not understood or out of scope, with a yes and no word of refusal (`message_reading.agrees`)."""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake.intent_rules import IntentRule, predicted_intent, set_intent
from tms_intake.message_reading import agrees

AFFIRM_INTENT = "affirm"
UNDERSTOOD_AS_NOTHING = {DEFAULT_NLU_FALLBACK_INTENT_NAME, "out_of_scope"}
MAX_WORDS = 25


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AffirmationDetector(IntentRule):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if predicted_intent(message) in UNDERSTOOD_AS_NOTHING and len(text.split()) <= MAX_WORDS and agrees(text):
                set_intent(message, AFFIRM_INTENT)
        return messages
