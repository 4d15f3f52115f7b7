"""The base of the NLU components that change the predicted intent by rule, after the classifiers."""

from __future__ import annotations

from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message


class IntentRule(GraphComponent, IntentClassifier):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [IntentClassifier]

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntentRule:
        return cls(config)


def predicted_intent(message: Message) -> Text | None:
    return (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY)


def set_intent(message: Message, intent: Text) -> None:
    """Makes `intent` the certain prediction, first in the ranking."""
    chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [entry for entry in message.data.get(INTENT_RANKING_KEY, []) if entry.get(INTENT_NAME_KEY) != intent]
    message.data[INTENT] = chosen
    message.data[INTENT_RANKING_KEY] = [chosen, *ranking]
