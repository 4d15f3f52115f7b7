"""Shared fixtures: the trained model and the assistant's services, started once per test session."""

from __future__ import annotations

import pytest

from tms_intake.services import ServiceSettings, running_services, settings_on_free_ports


@pytest.fixture(scope="session")
def model_path():
    path = ServiceSettings.from_env().model
    assert path.exists(), f"no trained model at {path}: run the tests with `make test`, which trains it"
    return path


@pytest.fixture(scope="session")
def assistant(model_path) -> ServiceSettings:
    """The action server and the Rasa server, on free ports so a running `make run` is not disturbed."""
    with running_services(settings_on_free_ports()) as settings:
        yield settings


@pytest.fixture(scope="session")
def action_server(model_path) -> ServiceSettings:
    with running_services(settings_on_free_ports(), with_rasa=False) as settings:
        yield settings
