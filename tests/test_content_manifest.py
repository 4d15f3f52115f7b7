"""The content manifest: every response has an entry, every quoted passage is in the approved page,
and a changed text fails until a reviewer has looked at it."""

from __future__ import annotations

import copy

import pytest

from tms_intake import content_manifest
from tms_intake.clinic import PROJECT_ROOT

SHARED_PAGE = PROJECT_ROOT.parent / "shared" / "content" / "how-tms-therapy-works.txt"


@pytest.mark.skipif(not SHARED_PAGE.exists(), reason="the shared approved content is not beside this checkout")
def test_the_copy_of_the_approved_page_is_the_approved_page():
    assert content_manifest.source_text() == SHARED_PAGE.read_text(encoding="utf-8")


def test_every_response_is_mapped_to_its_source_and_reviewed():
    assert content_manifest.problems() == []


def test_a_response_without_an_entry_is_reported(monkeypatch):
    document = copy.deepcopy(content_manifest.manifest())
    del document["answers"]["utter_faq/sensation"]
    monkeypatch.setattr(content_manifest, "manifest", lambda: document)
    assert any(p.startswith("utter_faq/sensation: no entry") for p in content_manifest.problems())


def test_a_passage_that_is_not_in_the_page_is_reported(monkeypatch):
    document = copy.deepcopy(content_manifest.manifest())
    document["answers"]["utter_faq/sensation"]["passages"].append("TMS is completely painless for everyone.")
    monkeypatch.setattr(content_manifest, "manifest", lambda: document)
    assert any("passage not in the approved page" in p for p in content_manifest.problems())


def test_a_changed_wording_is_reported_until_reviewed(monkeypatch):
    document = copy.deepcopy(content_manifest.manifest())
    document["answers"]["utter_faq/side_effects"]["reviewed"] = "0" * 12
    monkeypatch.setattr(content_manifest, "manifest", lambda: document)
    assert any(p.startswith("utter_faq/side_effects: text changed") for p in content_manifest.problems())
