"""The text the intent classifier reads: lowercase, accents and apostrophes dropped, letters
stretched for emphasis cut to two, common texting shorthand written out ("wat abt u" as "what about
you"), greetings and pleasantries before a question left out ("hi hope ur well, how much is it"), and
misspelt words read as the nearest word of the training data ("pirce" as "price"), so that a
question typed in a hurry on a phone reads like the same question typed out.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Dict, Iterable, List, Optional, Tuple

from sklearn.base import BaseEstimator, TransformerMixin

from tms_intake.crisis import fold

SHORTHAND = {
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "r": "are", "n": "and",
    "wat": "what", "wht": "what", "wut": "what", "wats": "what is", "whats": "what is",
    "hw": "how", "abt": "about", "bout": "about", "pls": "please", "plz": "please", "pl": "please",
    "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "ty": "thank you",
    "bc": "because", "cuz": "because", "coz": "because", "b4": "before", "2day": "today",
    "tmrw": "tomorrow", "tmr": "tomorrow", "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours",
    "min": "minutes", "mins": "minutes", "appt": "appointment", "appts": "appointments",
    "dr": "doctor", "doc": "doctor", "docs": "doctors", "ppl": "people", "msg": "message", "q": "question",
    "qs": "questions", "info": "information", "im": "i am", "ive": "i have", "id": "i would",
    "dont": "do not", "doesnt": "does not", "cant": "can not", "wont": "will not", "isnt": "is not",
    "idk": "i do not know", "rn": "right now", "sry": "sorry", "w": "with", "wo": "without",
    "k": "ok", "kk": "ok", "cya": "see you", "c": "see", "okay": "ok", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "cn": "can", "cud": "could", "shud": "should", "wud": "would",
    "hv": "have", "hav": "have", "gd": "good", "sm": "so much", "tho": "though", "thru": "through",
    "pic": "picture", "bk": "back", "cb": "call back", "txt": "text", "ph": "phone", "num": "number",
}
APOSTROPHES = "'\u2018\u2019\u02bc`"
PLEASANTRIES = re.compile(
    r"^(?:(?:hi+|hello|hey+|hiya|heya|yo|greetings|good (?:morning|afternoon|evening|day)|there|dear \w+|"
    r"hope (?:you are|your|you|yall|everyone) [a-z ]{0,30}?(?:well|good|great|fine|ok|okay|nice)|"
    r"how are you(?: doing| today)?|sorry to bother(?: you)?|excuse me|thanks in advance|quick question) )+"
)
MIN_TOKENS_LEFT = 2


def normalize(text: str) -> str:
    text = fold(unicodedata.normalize("NFKC", text)).lower()
    text = "".join(ch for ch in text if ch not in APOSTROPHES)
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    tokens = re.findall(r"[^\W_]+|[?]", text)
    text = " ".join(SHORTHAND.get(token, token) for token in tokens)
    rest = PLEASANTRIES.sub("", text + " ").strip()
    return rest if len(rest.split()) >= MIN_TOKENS_LEFT else text


def normalize_all(texts: Iterable[str]) -> List[str]:
    return [normalize(text) for text in texts]


class SpellingCorrector(BaseEstimator, TransformerMixin):
    """Reads a word that is neither in the training data nor an English word (spaCy's English lemma
    table) as the most frequent word of the training data one typo away: a letter missing, added,
    changed, or two swapped; two typos in words of `long_word` letters or more. Candidates start with
    the same letter and appear at least `min_count` times. Words shorter than `min_length` stay."""

    def __init__(self, min_count: int = 2, min_length: int = 4, long_word: int = 8) -> None:
        self.min_count = min_count
        self.min_length = min_length
        self.long_word = long_word

    def fit(self, texts: Iterable[str], labels: Optional[Iterable[str]] = None) -> "SpellingCorrector":
        counts = Counter(token for text in texts for token in text.split())
        self.vocabulary_ = set(counts)
        candidates: Dict[Tuple[str, int], List[str]] = {}
        for token, count in counts.items():
            if count >= self.min_count and token.isalpha():
                candidates.setdefault((token[0], len(token)), []).append(token)
        self.candidates_ = candidates
        self.counts_ = {token: counts[token] for bucket in candidates.values() for token in bucket}
        return self

    def transform(self, texts: Iterable[str]) -> List[str]:
        return [" ".join(self.correct(token) for token in text.split()) for text in texts]

    def correct(self, token: str) -> str:
        if len(token) < self.min_length or token in self.vocabulary_ or not token.isalpha() or token in english_words():
            return token
        limit = 2 if len(token) >= self.long_word else 1
        near = [
            candidate
            for length in range(len(token) - limit, len(token) + limit + 1)
            for candidate in self.candidates_.get((token[0], length), ())
            if typos(token, candidate, limit) <= limit
        ]
        return max(near, key=lambda candidate: (self.counts_[candidate], candidate)) if near else token


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    with gzip.open(resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz", "rt") as table:
        lemmas = json.load(table)
    return frozenset(lemmas) | frozenset(lemmas.values())


def typos(a: str, b: str, limit: int) -> int:
    """Edits from a to b (insert, delete, substitute, swap two neighbours), or limit + 1 once over it."""
    previous2: List[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
