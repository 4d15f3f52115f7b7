"""The linear NLU component: what it writes for the rest of the pipeline, that it survives saving,
and that two trainings of the same data answer alike."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from tms_intake import nlu_eval
from tms_intake.clinic import PROJECT_ROOT
from tms_intake.holdout import load_examples
from tms_intake.intent_text import normalize
from tms_intake.linear_nlu import LinearIntentClassifier

TOY_EXAMPLES = {
    "faq/sensation": ["does it hurt", "is it painful", "what does it feel like", "will i feel pain"],
    "faq/side_effects": ["any side effects", "what are the risks", "does it cause headaches", "is it risky"],
    "greet": ["hi", "hello there", "good morning", "hey"],
}


def component(tmp_path, config=None) -> tuple[LinearIntentClassifier, LocalModelStorage, Resource]:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("linear")
    context = ExecutionContext(GraphSchema({}), "test")
    return LinearIntentClassifier.create({**LinearIntentClassifier.get_default_config(), **(config or {})},
                                         storage, resource, context), storage, resource


def toy_training_data() -> TrainingData:
    messages = []
    for label, texts in TOY_EXAMPLES.items():
        intent, _, key = label.partition("/")
        for text in texts:
            data = {"text": text, "intent": intent}
            if key:
                data["intent_response_key"] = label
            messages.append(Message(data=data))
    responses = {"utter_faq/sensation": [{"text": "A light tapping."}], "utter_faq/side_effects": [{"text": "Mild."}]}
    return TrainingData(training_examples=messages, responses=responses)


def parse(classifier: LinearIntentClassifier, text: str) -> Message:
    message = Message(data={"text": text})
    classifier.process([message])
    return message


def test_writes_the_intent_and_the_answer_as_a_response_selector_would(tmp_path):
    classifier, _, _ = component(tmp_path)
    classifier.train(toy_training_data())
    message = parse(classifier, "does it hurt a lot")
    assert message.get("intent")["name"] == "faq"
    ranking = message.get("intent_ranking")
    assert [entry["name"] for entry in ranking] == sorted(["faq", "greet"], key=lambda n: n != "faq")
    assert sum(entry["confidence"] for entry in ranking) == pytest.approx(1.0)
    selected = message.get("response_selector")["faq"]
    assert selected["response"]["intent_response_key"] == "faq/sensation"
    assert selected["response"]["utter_action"] == "utter_faq/sensation"
    assert selected["response"]["responses"] == [{"text": "A light tapping."}]
    # The answer's confidence is its share of the intent's probability, as a per-intent selector gives.
    assert sum(entry["confidence"] for entry in selected["ranking"]) == pytest.approx(1.0)
    assert selected["response"]["confidence"] > 0.5
    assert message.get("response_selector")["all_retrieval_intents"] == ["faq"]
    assert parse(classifier, "hello").get("intent")["name"] == "greet"


def test_a_saved_component_loads_and_answers_the_same(tmp_path):
    classifier, storage, resource = component(tmp_path)
    classifier.train(toy_training_data())
    loaded = LinearIntentClassifier.load(classifier.config, storage, resource, ExecutionContext(GraphSchema({}), "test"))
    for text in ["is it painful", "any risks", "hey", "", "<b>??</b>", "x" * 5000, "😀"]:
        assert parse(loaded, text).data == parse(classifier, text).data


@pytest.mark.parametrize(
    "text, expected",
    [
        ("wat abt insurnce", "what about insurnce"),
        ("How LONGGGG is a session??", "how longg is a session ? ?"),
        ("Can’t I drive after?", "can not i drive after ?"),
        ("thérapie", "therapie"),
        ("", ""),
    ],
)
def test_text_is_normalized_before_reading(text, expected):
    assert normalize(text) == expected


def test_two_trainings_of_the_project_data_answer_every_sampled_message_alike(tmp_path, model_path):
    """The classifier in the model `make` trained and one trained here from the same data and config
    give the same label and probabilities for a sample of the held-out messages."""
    import yaml

    config = next(
        entry for entry in yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())["pipeline"]
        if entry["name"].endswith("LinearIntentClassifier")
    )
    config = {key: value for key, value in config.items() if key != "name"}
    (tmp_path / "here").mkdir()
    trained_here, _, _ = component(tmp_path / "here", config)
    trained_here.train(load_data(str(PROJECT_ROOT / "data" / "nlu")))
    storage, metadata = LocalModelStorage.from_model_archive(tmp_path / "made", model_path)
    node = next(name for name in metadata.predict_schema.nodes if "LinearIntentClassifier" in name)
    by_make = LinearIntentClassifier.load(
        config, storage, Resource(metadata.predict_schema.nodes[node].resource.name), ExecutionContext(GraphSchema({}), "test")
    )
    for example in load_examples()[::5]:
        here, made = parse(trained_here, example.text), parse(by_make, example.text)
        assert nlu_eval.predicted_label(here.as_dict()) == nlu_eval.predicted_label(made.as_dict()), example.text
        # Threads of the linear algebra library may sum in another order: the same answer, to 0.01.
        assert here.get("intent")["confidence"] == pytest.approx(made.get("intent")["confidence"], abs=0.01)
