"""NLU component: a message that gives a phone number or an email address, or that is only a person's
name ("Olga Petrova", typed after an offer to be called back) or introduces the person by name ("My
name is Eleni Papadopoulos, and I'm her mother ..."), is a request to be contacted
(`request_appointment`), unless it asks a topic question, stops a request or is a crisis. So is a
message that asks for an appointment in Spanish, Portuguese or French ("... las pastillas no me ayudan.
quiero una cita por favor"), which the classifier, trained in English, reads as nothing.

Messages full of names and numbers ("I'm Morgan Blake, 212-555-0190, I'd like a consultation") look
like nothing the classifier was trained on and were read as out of scope. Someone who writes their
number to a clinic wants to be reached, so the intake form starts and uses what they gave.
"""

from __future__ import annotations

import re
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from tms_intake.contact_details import find_email, find_phone
from tms_intake.intent_rules import IntentRule, predicted_intent, set_intent
from tms_intake.message_reading import stated_name

REQUEST_INTENT = "request_appointment"
# Intents that keep their answer when the message also gives contact details. Not the trained crisis
# intent: the crisis detector, after this component, decides on it from the ranking this one keeps.
KEPT_INTENTS = {"faq", "care_team", "medical", "stop", "delete_data", REQUEST_INTENT}
APPOINTMENT_ASKED = re.compile(
    r"\b(quiero|quisiera|necesito|deseo|me gustar[ií]a|puedo|quero|gostaria de|je voudrais|je veux)\s+"
    r"((hacer|pedir|agendar|sacar|programar|marcar|tener|prendre)\s+)?(una?|uma|un)\s+(cita|consulta|rendez-vous)\b|"
    r"\b(agendar|programar|marcar|pedir) (una |uma )?(cita|consulta)\b|\bprendre (un )?rendez-vous\b",
    re.IGNORECASE,
)
ASKING_ELSEWHERE = {"faq", "stop", "delete_data", REQUEST_INTENT}


def gives_contact_details(text: str) -> bool:
    return any(found is not None and found.value for found in (find_phone(text), find_email(text)))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ContactRequestDetector(IntentRule):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = predicted_intent(message)
            if (intent not in KEPT_INTENTS and (gives_contact_details(text) or stated_name(text))) or (
                    intent not in ASKING_ELSEWHERE and APPOINTMENT_ASKED.search(text)):
                set_intent(message, REQUEST_INTENT)
        return messages
