"""NLU component: one linear classifier picks both the intent and, for retrieval intents, the answer.

Every training example is labelled with its full key ("faq/side_effects", "greet"), and a logistic
regression on word and character n-grams of the normalized text (`intent_text.normalize`) learns
them all at once. The intent's confidence is the sum of its answers' probabilities, and the chosen
answer's confidence is its share of that sum, so the FallbackClassifier, the AnswerGuard and the
crisis detector read the same fields as they did from DIET and the ResponseSelector. It trains in
seconds, is a few megabytes, and two trainings of the same data give the same model.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, List, Optional, Text, Tuple

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    RESPONSE_IDENTIFIER_DELIMITER,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union
from sklearn.preprocessing import FunctionTransformer

from tms_intake.intent_text import SpellingCorrector, normalize_all

MODEL_FILE = "linear_nlu.joblib"
RANKING_LENGTH = 10


def build(regularization_c: float, char_ngrams: Tuple[int, int], word_ngrams: Tuple[int, int]) -> Pipeline:
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, sublinear_tf=True, min_df=2),
        TfidfVectorizer(analyzer="word", ngram_range=word_ngrams, sublinear_tf=True),
    )
    return make_pipeline(
        FunctionTransformer(normalize_all),
        SpellingCorrector(),
        features,
        LogisticRegression(C=regularization_c, max_iter=3000, random_state=1),
    )


def example_label(example: Message) -> Text:
    return example.get(INTENT_RESPONSE_KEY) or example.get(INTENT)


def utter_action(label: Text) -> Text:
    return f"utter_{label}"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"C": 20.0, "char_ngrams": [2, 5], "word_ngrams": [1, 2]}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: Optional[Pipeline] = None,
        responses: Optional[Dict[Text, List[Dict[Text, Any]]]] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.classifier = classifier
        self.responses = responses or {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        self.classifier = build(self.config["C"], tuple(self.config["char_ngrams"]), tuple(self.config["word_ngrams"]))
        self.classifier.fit([e.get(TEXT) for e in examples], [example_label(e) for e in examples])
        self.responses = dict(training_data.responses)
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump({"classifier": self.classifier, "responses": self.responses}, directory / MODEL_FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        with model_storage.read_from(resource) as directory:
            saved = joblib.load(directory / MODEL_FILE)
        return cls(config, model_storage, resource, saved["classifier"], saved["responses"])

    def process(self, messages: List[Message]) -> List[Message]:
        if self.classifier is None or not messages:
            return messages
        probabilities = self.classifier.predict_proba([message.get(TEXT) or "" for message in messages])
        labels = list(self.classifier.classes_)
        for message, row in zip(messages, probabilities):
            self.annotate(message, dict(zip(labels, (float(p) for p in row))))
        return messages

    def annotate(self, message: Message, by_label: Dict[Text, float]) -> None:
        by_intent: Dict[Text, float] = defaultdict(float)
        answers: Dict[Text, List[Tuple[Text, float]]] = defaultdict(list)
        for label, probability in by_label.items():
            intent = label.split(RESPONSE_IDENTIFIER_DELIMITER)[0]
            by_intent[intent] += probability
            if RESPONSE_IDENTIFIER_DELIMITER in label:
                answers[intent].append((label, probability))
        ranking = [
            {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: confidence}
            for intent, confidence in sorted(by_intent.items(), key=lambda item: -item[1])
        ][:RANKING_LENGTH]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        selectors: Dict[Text, Any] = {RESPONSE_SELECTOR_RETRIEVAL_INTENTS: sorted(answers)}
        for intent, candidates in answers.items():
            selectors[intent] = self.selection(candidates, by_intent[intent])
        message.set(RESPONSE_SELECTOR_PROPERTY_NAME, selectors, add_to_output=True)

    def selection(self, candidates: List[Tuple[Text, float]], total: float) -> Dict[Text, Any]:
        """What a ResponseSelector for one retrieval intent would write: the best answer, its share
        of the intent's probability, and the ranking of the others."""
        ranked = sorted(candidates, key=lambda item: -item[1])
        share = [(label, probability / total if total else 0.0) for label, probability in ranked]
        best, confidence = share[0]
        return {
            RESPONSE_SELECTOR_PREDICTION_KEY: {
                RESPONSE_SELECTOR_RESPONSES_KEY: self.responses.get(utter_action(best), []),
                PREDICTED_CONFIDENCE_KEY: confidence,
                INTENT_RESPONSE_KEY: best,
                RESPONSE_SELECTOR_UTTER_ACTION_KEY: utter_action(best),
            },
            RESPONSE_SELECTOR_RANKING_KEY: [
                {INTENT_RESPONSE_KEY: label, PREDICTED_CONFIDENCE_KEY: value} for label, value in share[:RANKING_LENGTH]
            ],
        }
