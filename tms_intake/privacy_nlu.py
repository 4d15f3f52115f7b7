"""NLU component: a message that asks to delete, erase or remove the person's own information is a
request to delete it (`delete_data`), whatever the classifier said ("I've changed my mind, please
delete my information" reads to it as a request to stop). A crisis still comes first: the crisis
detector runs after this component.
"""

from __future__ import annotations

import re
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake.intent_rules import IntentRule, set_intent

DELETE_INTENT = "delete_data"
ASKS_TO_DELETE = re.compile(
    r"\bforget (me|my (info|information|data|details|number|email|phone))\b|"
    r"\b(delete|deleted|erase|erased|remove|removed|wipe|wiped|purge|get rid of)\b"
    r"(?=.{0,40}\b(my|our|his|her|their|all of it|it all|everything|me|this conversation|what i (said|typed|wrote))\b)"
    r"(?=.{0,60}\b(info|information|data|details|number|phone|email|e-mail|records?|name|conversation|chat|"
    r"it all|all of it|everything|me|what i (said|typed|wrote))\b)",
    re.IGNORECASE,
)
QUESTION_ABOUT_IT = re.compile(r"^(do|does|will|would|how long|when)\b.*\?$", re.IGNORECASE)


def asks_to_delete(text: str) -> bool:
    """'Please delete my information', 'can you remove my number', not 'do you delete my scans?'."""
    text = " ".join(text.split())
    return bool(ASKS_TO_DELETE.search(text)) and not QUESTION_ABOUT_IT.match(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class DeletionRequestDetector(IntentRule):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if asks_to_delete(message.get(TEXT) or ""):
                set_intent(message, DELETE_INTENT)
        return messages
