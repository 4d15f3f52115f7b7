"""The project's Rasa entry point checks action server responses as strictly as Rasa does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from tms_intake.rasa_server import validate_action_result


@pytest.mark.parametrize(
    "response",
    [
        {"events": [{"event": "slot", "name": "urgent", "value": True}], "responses": [{"text": "Hello"}]},
        {"events": [], "responses": []},
        {},
    ],
)
def test_a_response_rasa_accepts_is_accepted(response):
    assert RemoteAction("action_x", None)._validate_action_result(response)
    assert validate_action_result(None, response)


@pytest.mark.parametrize(
    "response",
    [
        {"events": "not a list"},
        {"events": [{"no_event_key": 1}]},
        {"events": [{"event": "slot", "name": "urgent", "value": True}], "responses": "Hello"},
    ],
)
def test_a_response_rasa_refuses_is_refused_with_the_same_error(response):
    with pytest.raises(ValidationError) as by_rasa:
        RemoteAction("action_x", None)._validate_action_result(response)
    with pytest.raises(ValidationError) as by_project:
        validate_action_result(None, response)
    assert by_project.value.path == by_rasa.value.path
    assert by_project.value.validator == by_rasa.value.validator
