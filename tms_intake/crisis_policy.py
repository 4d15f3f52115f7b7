"""Dialogue policy that answers a crisis message with the crisis response, in any state.

A form's next question is a "no user" prediction, which outranks every prediction based on what the
person said; this policy's crisis prediction is marked the same way and has the highest priority, so
it wins even mid-form. It flags the conversation urgent and ends any active form. It needs no action
server, so the crisis answer does not depend on one.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME, REQUESTED_SLOT
from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from tms_intake.crisis import CRISIS_INTENT, CRISIS_RESPONSE, URGENT_SLOT

# Above RulePolicy (6), the highest of Rasa's own policies.
CRISIS_POLICY_PRIORITY = 7


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class CrisisPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": CRISIS_POLICY_PRIORITY}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        if tracker.latest_action_name == CRISIS_RESPONSE:
            return self._certain(ACTION_LISTEN_NAME, domain)
        if is_new_crisis_message(tracker):
            flags = [SlotSet(URGENT_SLOT, True)]
            if tracker.active_loop_name:
                # The form ends as Rasa's own action_deactivate_loop ends it, so a later request
                # starts it afresh instead of reading that request as the pending answer.
                flags += [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]
            return self._certain(CRISIS_RESPONSE, domain, flags)
        return self._prediction(self._default_predictions(domain))

    def _certain(self, action: Text, domain: Domain, events: Optional[List[Any]] = None) -> PolicyPrediction:
        return self._prediction(
            confidence_scores_for(action, 1.0, domain), optional_events=events, is_no_user_prediction=True
        )


def is_new_crisis_message(tracker: DialogueStateTracker) -> bool:
    """True when the person's latest message is a crisis and nothing has answered it yet."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event.intent_name == CRISIS_INTENT
        if isinstance(event, ActionExecuted):
            return False
    return False
