"""The text the intent classifier reads: lowercase, accents and apostrophes dropped, letters
stretched for emphasis cut to two, and common texting shorthand written out ("wat abt u" as
"what about you"), so that a question typed on a phone reads like the same question typed out.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, List

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
    "k": "ok", "kk": "ok", "okay": "ok", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "cn": "can", "cud": "could", "shud": "should", "wud": "would",
    "hv": "have", "hav": "have", "gd": "good", "sm": "so much", "tho": "though", "thru": "through",
    "pic": "picture",
}
APOSTROPHES = "'\u2018\u2019\u02bc`"


def normalize(text: str) -> str:
    text = fold(unicodedata.normalize("NFKC", text)).lower()
    text = "".join(ch for ch in text if ch not in APOSTROPHES)
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    tokens = re.findall(r"[^\W_]+|[?]", text)
    return " ".join(SHORTHAND.get(token, token) for token in tokens)


def normalize_all(texts: Iterable[str]) -> List[str]:
    return [normalize(text) for text in texts]
