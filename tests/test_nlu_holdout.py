"""NLU quality on tests/nlu_holdout.yml, messages written apart from the training data, and on the
newest blind set, written by writers who saw nothing of the project (tests/nlu_blind/)."""

from __future__ import annotations

from tms_intake import nlu_eval
from tms_intake.holdout import blind_sets, load_examples

TARGET = 0.95
# Response selection among the 22 answers of faq, care_team and medical.
RESPONSE_TARGET = 0.95
# The newest blind set, as measured when it came (docs/evaluation.md), less a margin.
BLIND_TARGET = 0.95


def test_holdout_labels_are_predicted_at_least_95_percent_of_the_time(model_path):
    examples = load_examples()
    scores = nlu_eval.score(examples, nlu_eval.predict(model_path, examples))
    misses = "\n".join(f"{gold} -> {predicted}: {text}" for gold, predicted, text in scores.errors)
    assert scores.label_accuracy >= TARGET, f"accuracy {scores.label_accuracy:.3f}\n{misses}"
    assert scores.response_accuracy >= RESPONSE_TARGET, f"response selection {scores.response_accuracy:.3f}\n{misses}"


def test_the_newest_blind_set_gets_the_right_answers(model_path):
    name, examples = blind_sets()[-1]
    scores = nlu_eval.score(examples, nlu_eval.predict(model_path, examples))
    misses = "\n".join(f"{gold} -> {predicted}: {text}" for gold, predicted, text in scores.errors)
    assert scores.label_accuracy >= BLIND_TARGET, f"{name}: accuracy {scores.label_accuracy:.3f}\n{misses}"


def test_predicted_label_reads_retrieval_intents_and_fallback():
    parse = {
        "intent": {"name": "faq"},
        "response_selector": {"default": {"response": {"intent_response_key": "faq/sensation"}}},
    }
    assert nlu_eval.predicted_label(parse) == "faq/sensation"
    assert nlu_eval.predicted_label({"intent": {"name": "greet"}}) == "greet"
    assert nlu_eval.predicted_label({"intent": None}) == "nlu_fallback"


def test_fallback_on_out_of_scope_text_counts_as_right_and_nowhere_else():
    assert nlu_eval.labels_agree("out_of_scope", "nlu_fallback")
    assert not nlu_eval.labels_agree("faq/sensation", "nlu_fallback")
    assert not nlu_eval.labels_agree("out_of_scope", "faq/sensation")
