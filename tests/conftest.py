"""Shared fixtures: the trained model and the assistant's services, started once per test session."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace

import pytest

from tms_intake.services import ServiceSettings, running_services, settings_on_free_ports


def pytest_configure(config):
    """The services the tests start keep their data in a database of this test run, not in var/."""
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='tms-intake-tests-')}/tests.db"
    config.addinivalue_line("markers", "both_databases: a whole conversation that also runs with its leads on PostgreSQL")


def pytest_collection_modifyitems(config, items):
    """Whole conversations run on SQLite; those marked both_databases, which store, update, flag or
    refuse a lead, also on PostgreSQL (the rest read messages the same way on both)."""
    kept, dropped = [], []
    for item in items:
        on_postgres = getattr(item, "callspec", None) and item.callspec.params.get("stack") == "postgresql"
        (dropped if on_postgres and not item.get_closest_marker("both_databases") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL server every machine of ours runs; database tests run on it and on SQLite."""
    return os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, monkeypatch, postgres_url) -> str:
    """DATABASE_URL for one test, once on a new SQLite file and once on PostgreSQL."""
    url = f"sqlite:///{tmp_path}/test.db" if request.param == "sqlite" else postgres_url
    monkeypatch.setenv("DATABASE_URL", url)
    return url


@pytest.fixture(scope="session")
def model_path():
    path = ServiceSettings.from_env().model
    assert path.exists(), f"no trained model at {path}: run the tests with `make test`, which trains it"
    return path


@pytest.fixture(scope="session")
def assistant(model_path, tmp_path_factory) -> ServiceSettings:
    """The action server and the Rasa server, on free ports so a running `make run` is not disturbed,
    logging into a folder of their own that tests can read."""
    settings = replace(settings_on_free_ports(), log_dir=tmp_path_factory.mktemp("service-logs"))
    with running_services(settings):
        yield settings


@pytest.fixture(scope="session")
def action_server(model_path) -> ServiceSettings:
    with running_services(settings_on_free_ports(), with_rasa=False) as settings:
        yield settings
