"""The database: engine from DATABASE_URL (default: a SQLite file under var/), sessions, and the
schema brought up to date with Alembic before first use."""

from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

from tms_intake.clinic import PROJECT_ROOT

DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'var' / 'tms-intake.db'}"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

Base = declarative_base()


def database_url() -> str:
    return os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


@lru_cache(maxsize=None)
def engine(url: str) -> Engine:
    """One engine per URL, its schema migrated to the latest revision."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    created = create_engine(url, future=True, pool_pre_ping=True)
    migrate(created)
    return created


def migrate(target: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with target.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def session() -> Iterator[Session]:
    """A session in one transaction: committed when the block ends, rolled back on any error."""
    factory = sessionmaker(engine(database_url()), future=True)
    with factory.begin() as open_session:
        yield open_session
