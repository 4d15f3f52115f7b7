"""NLU component that makes every crisis message the `crisis` intent, whatever the classifiers said.

It comes last in the pipeline and decides with three nets:
- the lexicon (`crisis.py`): a plain first-person statement ("I'm suicidal") is always a crisis;
- the crisis classifier (`crisis_classifier.py`): a probability from `classifier_threshold` is a crisis,
  but from `short_threshold` in a message of at most `short_max_words` words that the lexicon does not
  flag: two words say too little for a guess ("no sé" is "I don't know");
- below that, a lexicon match is a crisis unless the classifier's probability is below
  `overrule_below` and the message has at least `overrule_min_words` words: context enough to tell
  talk about a crisis from one. That keeps out messages that only share words with a crisis ("what
  does the research say about TMS and suicide rates", "goodbye and thank you, last session today");
- the trained `crisis` intent of the NLU model from `model_threshold` in the ranking (even below the
  fallback threshold or behind another intent), with a word that comes with distress
  (`has_distress_cue`), is a crisis when the classifier gives at least `model_min_probability`. The
  trained intent is sure of itself on messages that only talk about a low mood or a loss ("I'm not
  suicidal or anything, just want to feel like myself again"), so it counts only where the
  classifier has doubts of its own.
When the trained intent won but is not trusted, the next intent takes its place (or the fallback).

Every message carries its evidence (`crisis_evidence`: the lexicon group and the classifier's
probability), so the crisis policy can judge a crisis message in the conversation's context.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake import crisis_classifier
from tms_intake.contact_details import word_count
from tms_intake.crisis import CRISIS_INTENT, crisis_group, has_distress_cue
from tms_intake.crisis_lexicon import PLAIN_GROUP
from tms_intake.intent_rules import IntentRule, predicted_intent, set_intent

EVIDENCE = "crisis_evidence"



@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisDetector(IntentRule):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # fallback_threshold: as the FallbackClassifier's, for the intent that replaces an untrusted crisis.
        return {
            "model_threshold": 0.7,
            "model_min_probability": 0.3,
            "fallback_threshold": 0.3,
            "classifier_threshold": 0.5,
            "overrule_below": 0.1,
            "overrule_min_words": 8,
            "short_max_words": 2,
            "short_threshold": 0.9,
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        super().__init__(config)
        self.classifier = crisis_classifier.load()

    def process(self, messages: List[Message]) -> List[Message]:
        texts = [message.get(TEXT) or "" for message in messages]
        probabilities = crisis_classifier.message_probabilities(self.classifier, texts)
        for message, probability in zip(messages, probabilities):
            ranking = [
                entry
                for entry in message.data.get(INTENT_RANKING_KEY, [])
                if entry.get(INTENT_NAME_KEY) != CRISIS_INTENT
            ]
            message.set(EVIDENCE, {"lexicon": crisis_group(message.get(TEXT) or ""),
                                   "classifier": round(probability, 3)}, add_to_output=True)
            if self.is_crisis_message(message, probability):
                set_intent(message, CRISIS_INTENT)
            elif predicted_intent(message) == CRISIS_INTENT:
                message.data[INTENT] = self.next_best(ranking)
                message.data[INTENT_RANKING_KEY] = ranking
        return messages

    def next_best(self, ranking: List[Dict[Text, Any]]) -> Dict[Text, Any]:
        fallback_threshold = self.config["fallback_threshold"]
        best = next((entry for entry in ranking if entry.get(INTENT_NAME_KEY) != DEFAULT_NLU_FALLBACK_INTENT_NAME), None)
        if best is None or best.get(PREDICTED_CONFIDENCE_KEY, 0.0) < fallback_threshold:
            return {INTENT_NAME_KEY: DEFAULT_NLU_FALLBACK_INTENT_NAME, PREDICTED_CONFIDENCE_KEY: fallback_threshold}
        return best

    def is_crisis_message(self, message: Message, probability: float) -> bool:
        model_confidence = max(
            (
                entry.get(PREDICTED_CONFIDENCE_KEY, 0.0)
                for entry in message.data.get(INTENT_RANKING_KEY, [])
                if entry.get(INTENT_NAME_KEY) == CRISIS_INTENT
            ),
            default=0.0,
        )
        return decide(message.get(TEXT) or "", probability, model_confidence, self.config)


def decide(text: str, probability: float, model_confidence: float, config: Dict[Text, Any]) -> bool:
    """Whether `text` is a crisis, given the crisis classifier's probability and the trained crisis
    intent's confidence (see the module docstring)."""
    group = crisis_group(text)
    if group == PLAIN_GROUP:
        return True
    if group is None and word_count(text) <= config["short_max_words"]:
        return probability >= config["short_threshold"]
    if probability >= config["classifier_threshold"]:
        return True
    if group is not None:
        return probability >= config["overrule_below"] or word_count(text) < config["overrule_min_words"]
    return (
        model_confidence >= config["model_threshold"]
        and probability >= config["model_min_probability"]
        and has_distress_cue(text)
    )

