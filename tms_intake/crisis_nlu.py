"""NLU component that makes every crisis message the `crisis` intent, whatever the classifiers said.

It comes last in the pipeline. A message is a crisis when the lexicon (`crisis.py`) matches it, or
when the trained `crisis` intent, the second net, reaches `model_threshold` in the ranking (even
below the fallback threshold or behind another intent) and the message has a word that comes with
distress (`has_distress_cue`): on its own the trained intent also fires on calm personal updates.
When the trained intent won but is not trusted, the next intent takes its place (or the fallback).
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake.crisis import CRISIS_INTENT, has_distress_cue, is_crisis
from tms_intake.intent_rules import IntentRule, predicted_intent, set_intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisDetector(IntentRule):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # fallback_threshold: as the FallbackClassifier's, for the intent that replaces an untrusted crisis.
        return {"model_threshold": 0.7, "fallback_threshold": 0.3}

    def __init__(self, config: Dict[Text, Any]) -> None:
        super().__init__(config)
        self.model_threshold = config["model_threshold"]
        self.fallback_threshold = config["fallback_threshold"]

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            ranking = [
                entry
                for entry in message.data.get(INTENT_RANKING_KEY, [])
                if entry.get(INTENT_NAME_KEY) != CRISIS_INTENT
            ]
            if self.is_crisis_message(message):
                set_intent(message, CRISIS_INTENT)
            elif predicted_intent(message) == CRISIS_INTENT:
                message.data[INTENT] = self.next_best(ranking)
                message.data[INTENT_RANKING_KEY] = ranking
        return messages

    def next_best(self, ranking: List[Dict[Text, Any]]) -> Dict[Text, Any]:
        best = next((entry for entry in ranking if entry.get(INTENT_NAME_KEY) != DEFAULT_NLU_FALLBACK_INTENT_NAME), None)
        if best is None or best.get(PREDICTED_CONFIDENCE_KEY, 0.0) < self.fallback_threshold:
            return {INTENT_NAME_KEY: DEFAULT_NLU_FALLBACK_INTENT_NAME, PREDICTED_CONFIDENCE_KEY: self.fallback_threshold}
        return best

    def is_crisis_message(self, message: Message) -> bool:
        text = message.get(TEXT) or ""
        if is_crisis(text):
            return True
        return has_distress_cue(text) and any(
            entry.get(INTENT_NAME_KEY) == CRISIS_INTENT
            and entry.get(PREDICTED_CONFIDENCE_KEY, 0.0) >= self.model_threshold
            for entry in message.data.get(INTENT_RANKING_KEY, [])
        )
