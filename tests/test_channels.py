"""What the channels let through to Rasa: cleaned text, a valid sender, nothing else."""

from __future__ import annotations

import pytest

from tms_intake.channels import MAX_MESSAGE_CHARS, BadRequest, clean_sender, clean_text


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("does it hurt?", "does it hurt?"),
        ("  does it hurt?\n", "does it hurt?"),
        ("/restart", "restart"),
        ("//request_appointment{\"name\": \"x\"}", 'request_appointment{"name": "x"}'),
        ("  / greet", "greet"),
        ("a\u0000b\u202ec\ufeffd", "abcd"),
        ("line one\nline two\tend", "line one\nline two\tend"),
        ("Zoë Åberg-Núñez 😀", "Zoë Åberg-Núñez 😀"),
        ("<b>hi</b>'; DROP TABLE leads; --", "<b>hi</b>'; DROP TABLE leads; --"),
        ("", ""),
        ("\u200b\u200b", ""),
    ],
)
def test_clean_text(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_long_text_is_cut_at_the_limit():
    assert len(clean_text("a" * (MAX_MESSAGE_CHARS + 100))) == MAX_MESSAGE_CHARS


@pytest.mark.parametrize("sender, expected", [("web-123", "web-123"), (42, "42"), (" abc ", "abc")])
def test_valid_senders(sender, expected):
    assert clean_sender(sender) == expected


@pytest.mark.parametrize("sender", [None, "", "   ", True, 1.5, ["x"], {"id": 1}, "x" * 129, "/"])
def test_invalid_senders_are_refused(sender):
    with pytest.raises(BadRequest):
        clean_sender(sender)
