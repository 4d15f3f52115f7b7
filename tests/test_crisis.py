"""Crisis detection: the assistant on the crisis evaluation set, how the detector weighs the lexicon,
the crisis classifier and the trained intent, the lexicon's handling of misspellings and idioms, and
the policy that answers a crisis in any state."""

from __future__ import annotations

import re

import pytest
import yaml
from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.crisis import CRISIS_RESPONSE, PHRASES_FILE, fold, is_crisis, phrase_patterns, readings
from tms_intake.crisis_classifier import crisis_probabilities, load, training_examples
from tms_intake.crisis_eval import by_model, load_crisis_set, score
from tms_intake.crisis_nlu import CrisisDetector, decide
from tms_intake.crisis_policy import CrisisPolicy
from tms_intake.responses import normalize

MAX_FALSE_ALARM_RATE = 0.05
EVAL_SET = load_crisis_set()


def test_the_evaluation_set_is_large_varied_and_apart_from_the_training_data():
    assert len(EVAL_SET.crisis) >= 60 and len(EVAL_SET.not_crisis) >= 60
    crisis, others = training_examples()
    training = {normalize(text).lower() for text in crisis + others}
    overlap = [t for t in EVAL_SET.crisis + EVAL_SET.not_crisis if normalize(t).lower() in training]
    assert not overlap, overlap


def test_the_assistant_makes_every_crisis_the_crisis_intent_with_few_false_alarms(model_path):
    scores = score(EVAL_SET, by_model(model_path))
    assert scores.recall == 1.0, scores.missed
    assert scores.false_alarm_rate <= MAX_FALSE_ALARM_RATE, scores.false_alarms


@pytest.mark.parametrize(
    "message",
    [
        "I want to kil myslef",
        "thinking about sucide",
        "gonna killmyself",
        "SI has been bad all week",
        "I WANT TO DIEEEE",
        "I’ve been thinking everyone would be better off without me",
        "my husband is threatening to hurt himself",
        "kms",
        "Does TMS help with suicidal thoughts? I've been having them",
        "my email is someone@example.com and i dont want to be alive anymore",
        "I'm not suicidal but I want to kill myself",
        "I'm not sure I won't hurt myself tonight",
        "im not actively suicidal but i think about dying all the time",
        "cnt stp thnkng abt jumpng off th brdg",
        "Does TMS reduce suicidal thoughts in studies? Asking because I've been having them",
        "\U0001FAA6\U0001FAA6 soon",
        "Can TMS make suicidal thoughts worse? Because I've been having them again",
        "how do i make the suicide thoughts stop, they're every day now",
        "The PHQ-9 asks if I'd be better off dead. I answered nearly every day",
        "tối nay bố tôi nói muốn chết cho xong",
        "sinabi ng tatay ko na gusto na niyang mamatay",
        "eu não aguento mais viver",
        "mwen pa vle viv ankò",
        "我不想活了",
        "죽고 싶어요",
        "я не хочу жить",
        "我妈妈说活着没意思，想把安眠药全吃了一了百了",
        "not a danger to myself but i have the pills ready",
        "my husband is going to kill me, I'm scared",
        "if i have to live like this one more day im going to die",
        "my brother hasn't slept in days and says God told him to walk into traffic",
        "whats the point of living like this",
        "Does TMS increase suicidal thoughts like antidepressants? Because it's happening to me right now.",
        "my phone's about to die and so am i lol. 404-555-0109",
        "sí, me mato",
        "call. I bought charcoal and tape today. you know what that's for",
        "after 6pm. i lay in bed hoping my heart just stops",
        "lunch time. Been holding my head under the bathwater to see how long until it's over",
        "sk1p. i want 2 d1e",
    ],
)
def test_the_lexicon_reads_through_spelling_and_chat_style(message):
    assert is_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "I'm dying to know how long it takes",
        "my phone is about to die, talk later",
        "me mato de risa con mi hermana",
        "jaja me mató la enfermera con lo del chiste",
        "I bought charcoal for the grill and some tape for boxes",
        "i hold my head under the water when i swim laps",
        "how long until its over? the session i mean",
        "this traffic is killing me",
        "does it kill brain cells",
        "how do I cut down on caffeine",
        "si, me gustaría una cita",
        "my phone is about to die, call me back",
        "can you overdose on magnetic pulses?",
        "my boss will kill me if I'm late, how long is a session?",
        "It's been a rough month. I'm safe, not thinking of hurting myself, just want to know if TMS helps",
        "I've never been suicidal, is TMS still for me?",
        "I'm writing a paper for my class: what does the research say about TMS and suicide rates?",
        "Is there a risk of suicidal thoughts going up in the first weeks, like with SSRIs?",
        "Can TMS cause suicidal thoughts as a side effect? I don't have any, just read about it",
        "does tms make people suicidal? saw a thread online and now im curious",
        "The PHQ-9 asks about thoughts of being better off dead. I answered not at all, is that right?",
        "je veux mourir de rire, mon fils pense que TMS veut dire tele magic show",
        "me voy a morir de risa jaja",
        "nóng muốn chết luôn, phòng chờ có máy lạnh không",
        "từ từ thôi, cảm ơn",
        "今天热得要死，诊所有空调吗",
        "nightmares most nights, not a danger to myself or anybody, does tms help ptsd",
        "mood is low but i'm ok and not having any dark thoughts",
        "my wife is gonna kill me lol, can i move my appt",
        "if i have to fill out one more insurance form im gonna die 💀",
        "whats the point of the imaging step",
        "does tms increase the risk of suicidal thoughts? asking bc I read the warning on my lexapro, im fine",
        "Malgorzata Nowak sorry no polish letters",
        "my 2nd session is at 4pm, room 101",
        "",
    ],
)
def test_the_lexicon_leaves_idioms_and_ordinary_questions_alone(message):
    assert not is_crisis(message)


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("policy"))
    context = ExecutionContext(GraphSchema({}), "test")
    return CrisisPolicy.create(CrisisPolicy.get_default_config(), storage, Resource("crisis"), context)


DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


def tracker_with(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("someone", [ActionExecuted(ACTION_LISTEN_NAME), *events])


def predicted(prediction: PolicyPrediction) -> str:
    return DOMAIN.action_names_or_texts[prediction.max_confidence_index]


def test_a_crisis_mid_form_is_answered_first_ends_the_form_and_flags_the_conversation(policy):
    tracker = tracker_with(
        ActiveLoop("intake_form"),
        ActionExecuted(ACTION_LISTEN_NAME),
        UserUttered("i cant go on", intent={"name": "crisis", "confidence": 1.0}),
    )
    prediction = policy.predict_action_probabilities(tracker, DOMAIN)
    assert predicted(prediction) == CRISIS_RESPONSE and prediction.max_confidence == 1.0
    # A form's next question is a "no user" prediction; the crisis answer must outrank it.
    assert prediction.is_no_user_prediction and prediction.policy_priority > 6
    assert SlotSet("urgent", True) in prediction.optional_events
    assert ActiveLoop(None) in prediction.optional_events
    assert SlotSet("requested_slot", None) in prediction.optional_events


def test_after_the_crisis_answer_the_assistant_listens(policy):
    tracker = tracker_with(
        UserUttered("i cant go on", intent={"name": "crisis", "confidence": 1.0}),
        ActionExecuted(CRISIS_RESPONSE),
    )
    assert predicted(policy.predict_action_probabilities(tracker, DOMAIN)) == ACTION_LISTEN_NAME


def test_other_messages_are_left_to_the_other_policies(policy):
    tracker = tracker_with(UserUttered("does it hurt", intent={"name": "faq", "confidence": 0.99}))
    assert policy.predict_action_probabilities(tracker, DOMAIN).max_confidence == 0.0


def detector_output(text: str, ranking: list) -> dict:
    message = Message(data={"text": text, "intent": ranking[0], "intent_ranking": ranking})
    (processed,) = CrisisDetector(CrisisDetector.get_default_config()).process([message])
    return processed.data


def detector_decides(text: str, probability: float, model_confidence: float = 0.0) -> bool:
    return decide(text, probability, model_confidence, CrisisDetector.get_default_config())


SURE_NOT = 0.01


@pytest.mark.parametrize(
    "message",
    ["I'm suicidal", "honestly I've been feeling suicidal again", "i want to kill myself", "kms",
     "I just took all of my pills", "I don't want to be alive anymore and I'm writing to ask about TMS sessions"],
)
def test_a_plain_statement_is_a_crisis_whatever_the_classifier_says(message):
    assert detector_decides(message, SURE_NOT)


@pytest.mark.parametrize(
    "message",
    ["", "   ", "\U0001F600", "<script>alert(1)</script>", "'; DROP TABLE leads; --", "a" * 5000, "hello " * 900,
     "1a" * 2500, "可以" * 2500],
)
def test_empty_hostile_and_oversized_messages_are_not_a_crisis(message):
    (probability,) = crisis_probabilities(load(), [message])
    assert not detector_decides(message, probability)


def test_the_classifier_finds_what_the_lexicon_misses():
    hint = "I've taken care of everything tonight, please tell my sister I'm sorry"
    assert not is_crisis(hint)
    assert detector_decides(hint, 0.9)
    assert not detector_decides(hint, 0.3)


@pytest.mark.parametrize("message, crisis", [
    ("857-555-0139, text only pls, i cant talk, my husband is in the next room and he's dangerous", True),
    ("angela.b@example.net. Please don't email, my husband checks it and he's violent", True),
    ("ਕਾਲ ਕਰੋ। ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨ ਬਾਰੇ ਸੋਚ ਰਿਹਾ ਹਾਂ।", True),  # Punjabi: "call. I'm thinking about killing myself."
    ("मैं अपने आप को मारना चाहता हूँ", True),  # Hindi: "I want to kill myself"
    ("my son is not violent, he is just sad", False),
    ("my son has autism and he can be violent when overwhelmed, is TMS safe for him?", False),
    ("my husband thinks TMS is dangerous, is it?", False),
])
def test_danger_at_home_and_killing_oneself_in_indic_scripts_are_plain_statements(message, crisis):
    assert detector_decides(message, SURE_NOT) is crisis


@pytest.mark.parametrize("message, crisis", [
    ("我真的想死", True),  # Chinese: "I really want to die", written without spaces
    ("Θέλω να πεθάνω.", True),  # Greek: "I want to die."
    ("Mein Mann droht mich umzubringen", True),  # German: "My husband threatens to kill me"
    ("Ich will um 9 Uhr angerufen werden", False),  # German: "I want to be called at 9"
])
def test_phrases_in_other_languages_are_plain_statements(message, crisis):
    assert detector_decides(message, SURE_NOT) is crisis


def test_no_phrase_in_another_language_matches_an_ordinary_training_message():
    phrases = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8")).values()
    # Normalizing every message takes minutes: only those with a phrase's longest word are read.
    words = {max(fold(phrase.lower()).split(), key=len) for language in phrases for phrase in language}
    longest = re.compile("|".join(re.escape(word) for word in words))
    ordinary = training_examples()[1]
    candidates = [text for text in ordinary if longest.search(fold(text.lower()))]
    matched = [text for text in candidates if any(p.search(r) for p in phrase_patterns() for r in readings(text))]
    assert len(ordinary) > 40_000 and candidates and matched == []


def test_two_words_the_lexicon_does_not_flag_need_a_sure_classifier():
    assert not detector_decides("no sé", 0.68)  # "I don't know"
    assert detector_decides("no sé", 0.95)
    assert detector_decides("quiero morir", SURE_NOT)  # "I want to die": the lexicon's
    assert detector_decides("not sure, honestly", 0.6)  # three words: the classifier's threshold


def test_the_classifier_overrules_a_lexicon_match_only_with_context_to_judge():
    quoted = "I'm a hospice chaplain and some of my patients say they're ready to die. Do you consult on that?"
    assert is_crisis(quoted)
    assert not detector_decides(quoted, SURE_NOT)
    assert detector_decides(quoted, 0.2)
    short = "what's the most painless way"
    assert is_crisis(short)
    assert detector_decides(short, SURE_NOT)
    asked = "请问TMS会增加自杀风险吗？我看网上说有些抗抑郁药会"  # Does TMS raise the risk of suicide? I read that...
    assert is_crisis(asked)
    assert not detector_decides(asked, SURE_NOT)
    assert detector_decides("我想自杀", SURE_NOT)


def test_the_trained_intent_counts_only_where_the_classifier_has_doubts_too():
    goodbye = "Finished my last session today and I feel like myself again. Goodbye and thank you all!"
    assert detector_decides(goodbye, 0.4, model_confidence=0.9)
    assert not detector_decides(goodbye, 0.2, model_confidence=0.9)
    assert not detector_decides("goodbye and thanks", SURE_NOT, model_confidence=0.9)


def test_the_trained_intent_counts_when_the_message_has_a_word_of_distress():
    assert detector_decides("i feel so trapped and numb", 0.35, model_confidence=0.75)
    assert not detector_decides("i feel so trapped and numb", 0.35, model_confidence=0.6)
    assert not detector_decides("my mood has been a lot lighter this week", 0.35, model_confidence=0.95)


def test_a_crisis_found_by_the_detector_becomes_the_top_intent():
    ranking = [{"name": "faq", "confidence": 0.9}, {"name": "crisis", "confidence": 0.05}]
    output = detector_output("I'm suicidal and I don't know who else to tell", ranking)
    assert output["intent"] == {"name": "crisis", "confidence": 1.0}


def test_an_untrusted_crisis_prediction_gives_way_to_the_next_intent():
    calm = "my mood has been a lot lighter this week, thanks to the team"
    ranking = [{"name": "crisis", "confidence": 0.9}, {"name": "thank", "confidence": 0.08}]
    assert detector_output(calm, ranking)["intent"]["name"] == "nlu_fallback"
    ranking = [{"name": "crisis", "confidence": 0.6}, {"name": "thank", "confidence": 0.4}]
    output = detector_output(calm, ranking)
    assert output["intent"]["name"] == "thank"
    assert [entry["name"] for entry in output["intent_ranking"]] == ["thank"]


def test_the_message_without_its_contact_details_is_judged_too():
    from tms_intake.crisis_classifier import pieces

    assert pieces("212-555-0143, call soon or dont bother") == [
        "212-555-0143, call soon or dont bother", ", call soon or dont bother"]
    assert pieces("y. im on the ledge") == ["y. im on the ledge"]
    assert pieces("How long is a session?") == ["How long is a session?"]


@pytest.mark.parametrize("text, only_name", [
    ("Jason Blade", True), ("this is amanda dye", True), ("Amanda Dye, I want to die", False),
    ("", False), ("x" * 5000, False), ("'; DROP TABLE leads; --", False),
])
def test_a_lexicon_match_only_through_the_name(text, only_name):
    from tms_intake.crisis_policy import only_the_name_matches

    assert only_the_name_matches(text) is only_name


@pytest.mark.parametrize("message, crisis", [
    ("nikos.p@example.org. Σκέφτομαι να βάλω τέλος στη ζωή μου", True),  # Greek: "I'm thinking of ending my life"
    ("dana.cohen@example.net. אני לא רוצה לחיות יותר", True),  # Hebrew: "I don't want to live anymore"
    ("Ναι. Ο πατέρας μου με απειλεί ότι θα με σκοτώσει", True),  # Greek: "Yes. My father threatens to kill me"
    ("depresion, i dont want to liv anymor, evry day is worse", True),
    ("ich will nicht mehr leben", True),  # German: "I don't want to live anymore"
    ("i dont want to live far from the clinic", False),
])
def test_killing_oneself_and_threats_in_greek_hebrew_italian_and_german_are_plain_statements(message, crisis):
    assert detector_decides(message, SURE_NOT) is crisis
