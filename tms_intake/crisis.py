"""Deterministic crisis detection with the curated lexicon of `crisis_lexicon.py`.

It runs on every message (see `crisis_nlu.CrisisDetector`) before intents and policies can miss
it. It errs on the side of safety: a false alarm costs one kind message, a miss can cost a life.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import List, Optional, Pattern, Sequence, Tuple

import yaml

from tms_intake.clinic import PROJECT_ROOT
from tms_intake.crisis_lexicon import (
    APOSTROPHES,
    DISTRESS_CUES,
    EMOJI_WORDS,
    EXCEPTIONS,
    FUZZY_CUTOFF,
    KEY_WORDS,
    LEXICON,
    MIN_FUZZY_LENGTH,
    PLAIN_GROUP,
    SAFE_STATEMENTS,
    SPELLINGS,
)

# A word: letters and digits, with the vowel signs of Indic, Thai, Myanmar and Khmer scripts, which
# are marks rather than letters ("मरना" is one word, not three).
WORD = re.compile(r"(?:[^\W_]|[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF])+")
PHRASES_FILE = PROJECT_ROOT / "safety" / "crisis_phrases.yml"
# Scripts written without spaces between words, by the start of their characters' Unicode names.
UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")
# Digits typed for letters inside a word: "d1e", "k1ll", "su1c1de" (not "2nd", "4pm" or a number).
LEET_WORD = re.compile(r"\b(?=(?:\w*[a-z]){2})(?=\w*[013457])(?!\d+(?:st|nd|rd|th|am|pm|s)\b)[a-z013457]+\b")
LEET = str.maketrans("013457", "oieast")
CRISIS_INTENT = "crisis"
CRISIS_RESPONSE = "utter_crisis"
URGENT_SLOT = "urgent"


def normalize(text: str, stretched_to: int = 2) -> str:
    """Lowercase, apostrophes dropped, punctuation as spaces, chat spellings expanded, letters
    repeated three times or more cut to `stretched_to`, near-misspellings of key words corrected."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\bSI\b", " suicidal ideation ", text)
    text = re.sub(r"\bSH\b", " self harm ", text).lower()
    text = re.sub(r"\bod['\u2019]d\b", "overdosed", text)
    text = re.sub("[\U0001F602\U0001F923\U0001F606\U0001F605]", " lol ", text)
    for emoji, word in EMOJI_WORDS.items():
        text = text.replace(emoji, f" {word} ")
    text = text.replace("w/o", " without ")
    text = LEET_WORD.sub(lambda word: word.group(0) if word.group(0) in SPELLINGS else word.group(0).translate(LEET), text)
    text = re.sub(r"\b(want|wanna|going|need|have|trying|ready|about|plan|planning) 2\b", r"\1 to", text)
    text = re.sub(r"\bn e more\b", "anymore", text)
    text = fold(text)
    text = "".join(ch for ch in text if ch not in APOSTROPHES)
    text = re.sub(r"(\w)\1{2,}", lambda run: run.group(1) * stretched_to, text)
    tokens = WORD.findall(text)
    text = " " + " ".join(_correct(token) for token in tokens) + " "
    text = text.replace(" my self ", " myself ").replace(" him self ", " himself ").replace(" her self ", " herself ")
    return text.strip()


def fold(text: str) -> str:
    """Accents dropped: "é" as "e", "tự sát" as "tu sat"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _correct(token: str) -> str:
    if token in SPELLINGS:
        return SPELLINGS[token]
    for glued in ("myself", "himself", "herself"):
        if token.endswith(glued) and len(token) > len(glued) + 2:
            return token[: -len(glued)] + " " + glued
    if len(token) >= MIN_FUZZY_LENGTH and token.isalpha():
        close = difflib.get_close_matches(token, KEY_WORDS, n=1, cutoff=FUZZY_CUTOFF)
        if close:
            return close[0]
    return token


@lru_cache(maxsize=1)
def compiled_lexicon() -> Tuple[Tuple[str, Pattern[str]], ...]:
    """The lexicon's patterns in its order, the phrases in other languages among the plain statements."""
    compiled = [(group, re.compile(fold(pattern))) for group, patterns in LEXICON.items() for pattern in patterns]
    plain = sum(group == PLAIN_GROUP for group, _ in compiled)
    return tuple(compiled[:plain] + [(PLAIN_GROUP, pattern) for pattern in phrase_patterns()] + compiled[plain:])


@lru_cache(maxsize=1)
def phrase_patterns() -> Tuple[Pattern[str], ...]:
    """One pattern per language of PHRASES_FILE: a phrase matches where a word starts (anywhere in
    scripts written without spaces), and its last word may go on."""
    patterns = []
    for phrases in yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8")).values():
        alternatives = []
        for phrase in phrases:
            normalized = normalize(phrase)
            start = "" if unicodedata.name(normalized[0], "").startswith(UNSPACED_SCRIPTS) else r"(?<![^\W_])"
            alternatives.append(start + re.escape(normalized))
        patterns.append(re.compile("|".join(alternatives)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def compiled_exceptions() -> Tuple[Pattern[str], ...]:
    return tuple(re.compile(fold(pattern)) for pattern in EXCEPTIONS)


def without_idioms(normalized: str) -> str:
    for exception in compiled_exceptions():
        normalized = exception.sub(" ", normalized)
    return " ".join(normalized.split())


def without_idioms_normalized(texts: Sequence[str]) -> List[str]:
    """What the crisis classifier reads: each text normalized, idioms and denials removed."""
    return [without_idioms(normalize(text)) for text in texts]


def readings(text: str) -> Tuple[str, ...]:
    """The normalized text without idioms, stretched letters read both ways: "killll" as "kill",
    "dieeee" as "die"."""
    return tuple(dict.fromkeys(without_idioms(normalize(text, stretched_to)) for stretched_to in (2, 1)))


@lru_cache(maxsize=2048)
def crisis_group(text: str) -> Optional[str]:
    """The first lexicon group, in the lexicon's order, that matches `text`, or None when no pattern
    does. Plain first-person statements come first, so a message that is one says so."""
    texts = readings(text)
    for group, pattern in compiled_lexicon():
        if any(pattern.search(normalized) for normalized in texts):
            return group
    return None


def is_crisis(text: str) -> bool:
    return crisis_group(text) is not None


@lru_cache(maxsize=1)
def compiled_cues() -> Pattern[str]:
    return re.compile(DISTRESS_CUES)


def has_distress_cue(text: str) -> bool:
    """True when the text, idioms removed, still has a word that comes with distress."""
    return bool(compiled_cues().search(without_idioms(normalize(text))))


@lru_cache(maxsize=1)
def compiled_safe() -> Pattern[str]:
    return re.compile(SAFE_STATEMENTS)


def says_safe(text: str) -> bool:
    """The person says they, or the one they write about, are safe now ("I'm safe", "she's ok now")."""
    return bool(compiled_safe().search(normalize(text)))
