"""The curated answers: one per topic, short enough, backed by training data, no placeholders left."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.holdout import HOLDOUT_FILE, UNCOVERED_LABEL, blind_sets, load_examples
from tms_intake.responses import curated_answers, domain_responses, domain_texts, normalize

TRAINING = [e for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")) for e in load_examples(path)]
TEXTS = domain_texts()
ANSWERS = curated_answers(TEXTS)

PAGE_TOPICS = [
    "what_is_tms", "how_it_works", "fmri_guided", "fmri_targeting", "sensation", "side_effects",
    "session_length", "course_length", "anesthesia_recovery", "vs_medication", "neuroplasticity", "conditions",
]
CARE_TEAM_TOPICS = ["insurance", "cost", "not_covered"]
MEDICAL_TOPICS = ["suitability", "outcomes", "medications", "pregnancy", "implants", "seizures", "diagnosis"]
MEDICAL_ANSWERS = {topic: ANSWERS[f"utter_medical/{topic}"] for topic in MEDICAL_TOPICS}
# Wording that would be personal medical advice: a promise, a verdict on someone's safety, or telling
# them to change a medication.
ADVICE = re.compile(
    r"\b(?:it is|it's|tms is) (?:safe|right|suitable) for you\b|\bwill (?:cure|fix|heal|work for)\b|\b(?:is|are) guaranteed\b"
    r"|\byou (?:can|should) (?:stop|start|keep|continue|come off|taper)\b|\b(?:stop|start) taking\b|\byou (?:have|don't have) \w+ disorder",
    re.IGNORECASE,
)


def test_every_topic_of_the_page_has_a_curated_answer():
    expected = (
        {f"utter_faq/{t}" for t in PAGE_TOPICS}
        | {f"utter_care_team/{t}" for t in CARE_TEAM_TOPICS}
        | {f"utter_medical/{t}" for t in MEDICAL_TOPICS}
    )
    assert expected == set(ANSWERS)


@pytest.mark.parametrize("topic", MEDICAL_TOPICS)
def test_personal_medical_questions_point_to_a_clinician_without_advice(topic):
    text = MEDICAL_ANSWERS[topic]
    assert "consultation" in text and re.search(r"clinician|doctor", text)
    assert not ADVICE.search(text), text


@pytest.mark.parametrize(
    "advice",
    ["TMS is safe for you.", "It will cure your depression.", "You can stop taking your medication.",
     "Results are guaranteed", "You should keep your dose."],
)
def test_the_advice_check_catches_advice(advice):
    assert ADVICE.search(advice)


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_curated_answers_are_at_most_600_characters(name):
    assert len(ANSWERS[name]) <= 600, f"{name} has {len(ANSWERS[name])} characters"


@pytest.mark.parametrize("name", sorted(domain_responses()))
def test_every_variation_of_every_response_fits_in_one_reply(name):
    for variation in domain_responses()[name]:
        assert 0 < len(normalize(variation["text"])) <= 800


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_curated_answers_have_no_placeholders(name):
    assert not re.search(r"[{}]", ANSWERS[name])


def test_questions_the_page_does_not_answer_name_no_price_or_coverage():
    for topic in CARE_TEAM_TOPICS:
        text = ANSWERS[f"utter_care_team/{topic}"]
        assert not re.search(r"\$|\d", text), text
        assert "care team" in text or "clinicians" in text


def test_every_topic_has_at_least_20_varied_training_examples():
    counts = Counter(e.label for e in TRAINING)
    for name in ANSWERS:
        label = name.removeprefix("utter_")
        assert counts[label] >= 20, f"{label}: {counts[label]} examples"


COMMON_MESSAGE_WORDS = 5


@pytest.mark.parametrize("name, examples", [("held-out", load_examples(HOLDOUT_FILE)), *blind_sets()])
def test_judged_messages_are_many_and_never_used_for_training(name, examples):
    assert len(examples) >= 150
    training_texts = {normalize(e.text).lower() for e in TRAINING}
    overlap = [e.text for e in examples if normalize(e.text).lower() in training_texts]
    # Writers of blind sets and of training messages, apart, both write "hi" or "price?": short
    # messages anyone types may be in both. Nothing longer is.
    assert not [text for text in overlap if len(text.split()) > COMMON_MESSAGE_WORDS or name == "held-out"], overlap
    assert {e.label for e in examples} - {UNCOVERED_LABEL} <= {e.label for e in TRAINING}


def test_there_is_a_blind_set_with_every_label():
    name, newest = blind_sets()[-1]
    # delete_data came after the newest set was written; the next set covers it.
    unlabelled = ("affirm", "deny", "stop", "crisis", "care_team/not_covered", "delete_data")
    assert {e.label for e in newest} >= {e.label for e in TRAINING if e.label not in unlabelled}
