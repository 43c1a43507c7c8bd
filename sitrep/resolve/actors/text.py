"""Tokenising and normalising actor phrases (shared by the resolver and the dictionary build).

Dictionary keys and mention text go through the same functions, so matching is a plain dict
lookup on space-joined normalised tokens: case-insensitive (all-caps wire copy matches),
accent-insensitive ("Erdoğan" = "Erdogan"), with periods and inner apostrophes dropped
("U.S." = "US" = "us") and hyphens treated as spaces ("al-Assad" = "al Assad").
A possessive ``'s`` becomes its own token ``'s`` so "Assad's forces" can be read as
possessor + head noun.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

POSSESSIVE = "'s"

# A word: letters/digits with inner periods or apostrophes ("U.S.", "O'Brien", "Assad's"),
# an optional final period ("U.S."); or a single separator we care about.
# An acute accent or modifier letter apostrophe stands for an apostrophe in some copy
# ("Ghani´s government").
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.'’´ʼ][^\W_]+)*\.?|[,&;()/]")
_POSSESSIVE_RE = re.compile(r"(?i)['’´ʼ]s$")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a phrase: the normalised form and its character offsets in the phrase."""

    norm: str
    start: int
    end: int
    raw: str


def fold(text: str) -> str:
    """Lower-case and strip accents ("Erdoğan" -> "erdogan"); other scripts are kept as is."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_word(word: str) -> str:
    """The matching form of one word: folded, without periods or apostrophes."""
    plain = word.replace(".", "").replace("'", "").replace("’", "").replace("´", "")
    return fold(plain.replace("ʼ", ""))


def tokenise(text: str) -> list[Token]:
    """Split a phrase into tokens with offsets; hyphens split words; ``'s`` is its own token."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text.replace("-", " ").replace("‐", " ")):
        raw, start, end = match.group(), match.start(), match.end()
        possessive = _POSSESSIVE_RE.search(raw)
        if possessive and len(raw) > 2:
            cut = start + possessive.start()
            word = raw[: possessive.start()]
            tokens.append(Token(normalise_word(word), start, cut, text[start:cut]))
            tokens.append(Token(POSSESSIVE, cut, end, text[cut:end]))
            continue
        norm = normalise_word(raw)
        if norm:
            tokens.append(Token(norm, start, end, text[start:end]))
    return tokens


def normalise_phrase(text: str) -> str:
    """The dictionary key of a phrase: normalised tokens joined by single spaces."""
    return " ".join(token.norm for token in tokenise(text))
