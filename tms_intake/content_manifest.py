"""The content manifest (content/manifest.yml): where the wording of every response comes from.

`problems()` lists everything a reviewer must look at: responses without an entry, entries without a
response, passages not found word for word in the approved page, and responses whose text changed
since their fingerprint was reviewed.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from functools import lru_cache
from typing import Any, Dict, List

import yaml

from tms_intake.clinic import PROJECT_ROOT, ClinicFacts
from tms_intake.responses import domain_responses, normalize

MANIFEST = PROJECT_ROOT / "content" / "manifest.yml"
KINDS = {"page", "settings", "safety", "no_answer", "conversation", "intake"}
SETTINGS = {field.name for field in fields(ClinicFacts)}


@lru_cache(maxsize=1)
def manifest() -> Dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def source_text() -> str:
    return (PROJECT_ROOT / manifest()["source"]).read_text(encoding="utf-8")


def fingerprint(response: str) -> str:
    texts = [normalize(variation.get("text", "")) for variation in domain_responses()[response]]
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:12]


def problems() -> List[str]:
    answers: Dict[str, Dict[str, Any]] = manifest()["answers"]
    page = normalize(source_text())
    found: List[str] = []
    for response in sorted(set(domain_responses()) - set(answers)):
        found.append(f"{response}: no entry in the manifest (fingerprint {fingerprint(response)})")
    for response, entry in answers.items():
        if response not in domain_responses():
            found.append(f"{response}: in the manifest but not in domain.yml")
            continue
        found += [f"{response}: {problem}" for problem in entry_problems(entry, page)]
        if entry.get("reviewed") != fingerprint(response):
            found.append(f"{response}: text changed since review; new fingerprint {fingerprint(response)}")
    return found


def entry_problems(entry: Dict[str, Any], page: str) -> List[str]:
    kind = entry.get("kind")
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    found = [f"passage not in the approved page: {passage!r}" for passage in entry.get("passages", [])
             if normalize(passage) not in page]
    if kind == "page" and not entry.get("passages"):
        found.append("a page answer needs at least one passage")
    settings = set(entry.get("settings", []))
    if kind == "settings" and not (settings and settings <= SETTINGS):
        found.append(f"settings must be some of {sorted(SETTINGS)}")
    if kind == "safety" and not entry.get("reference"):
        found.append("a safety text needs a reference")
    return found

