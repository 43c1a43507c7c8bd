"""Number phrases ("at least a dozen", "two to three hundred", "1.2 million") as count ranges.

A count is a :class:`~sitrep.model.Magnitude` (``low`` ≤ ``best`` ≤ ``high``). The rules that
turn hedges and vague words into ranges are documented in ``docs/MAGNITUDES_AND_DATES.md``;
in short (UCDP/ACLED practice): the figure the report gives is the best estimate, a bound is
set only on the side the wording names, and vague words get conservative (lowest plausible)
best estimates.

Two entry points:

* :func:`parse_quantity` — a whole string that should be a count (``"at least 12"``).
* :func:`match_quantity` — the longest count phrase starting at a position in a list of
  lower-cased words (used on spaCy tokens by :mod:`sitrep.extract.magnitudes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Magnitude

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "mln": 1_000_000, "bln": 1_000_000_000,
}  # fmt: skip

# Vague plurals: (low, best, high). best = low (the conservative reading, as ACLED codes).
VAGUE_PLURALS: dict[str, tuple[int, int, int]] = {
    "tens": (20, 20, 99),
    "dozens": (24, 24, 99),
    "scores": (40, 40, 199),
    "hundreds": (200, 200, 999),
    "thousands": (2_000, 2_000, 9_999),
    "millions": (2_000_000, 2_000_000, 9_999_999),
}
# Small vague amounts: (low, best, high); they may scale: "several hundred", "a few thousand".
VAGUE_SMALL: dict[tuple[str, ...], tuple[int, int, int]] = {
    ("several",): (3, 3, 9),
    ("a", "few"): (3, 3, 5),
    ("a", "handful", "of"): (3, 3, 5),
    ("a", "handful"): (3, 3, 5),
    ("a", "couple", "of"): (2, 2, 2),
    ("a", "couple"): (2, 2, 2),
    ("a", "pair", "of"): (2, 2, 2),
}

# Hedges before a number: what they say about the reported figure N.
#   "min": N is a lower bound; "max": N is an upper bound; "approx": N is approximate;
#   "below": strictly below N.
PREFIXES: dict[tuple[str, ...], str] = {
    ("at", "least"): "min",
    ("no", "fewer", "than"): "min",
    ("no", "less", "than"): "min",
    ("not", "less", "than"): "min",
    ("a", "minimum", "of"): "min",
    ("more", "than"): "min",
    ("well", "over"): "min",
    ("just", "over"): "min",
    ("over",): "min",
    ("upwards", "of"): "min",
    ("in", "excess", "of"): "min",
    ("up", "to"): "max",
    ("as", "many", "as"): "max",
    ("at", "most"): "max",
    ("no", "more", "than"): "max",
    ("a", "maximum", "of"): "max",
    ("nearly",): "approx",
    ("almost",): "approx",
    ("close", "to"): "approx",
    ("about",): "approx",
    ("around",): "approx",
    ("some",): "approx",
    ("approximately",): "approx",
    ("roughly",): "approx",
    ("an", "estimated"): "approx",
    ("estimated",): "approx",
    ("approx",): "approx",
    ("circa",): "approx",
    ("fewer", "than"): "below",
    ("less", "than"): "below",
    ("just", "under"): "approx",
    ("under",): "below",
}
RANGE_JOINERS = frozenset({"to", "-", "–", "—", "or"})
OPEN_SUFFIXES: tuple[tuple[str, ...], ...] = (("or", "more"), ("plus",), ("+",), ("-", "odd"))

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^\d+\.\d+$")
_WORD_SPLIT = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+|[-–—+]")


@dataclass(frozen=True, slots=True)
class Amount:
    """One parsed amount: the range and whether it was a bare number that a scale may follow."""

    low: int
    best: int
    high: int
    scalable: bool = False  # a plain small number ("two" in "two to three hundred")

    def scaled(self, factor: int) -> Amount:
        return Amount(self.low * factor, self.best * factor, self.high * factor)


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A count phrase found in a word list: ``words[start:end]`` means ``magnitude``."""

    start: int
    end: int
    magnitude: Magnitude


def split_words(text: str) -> list[str]:
    """Lower-case ``text`` and split it into the word units :func:`match_quantity` reads."""
    return _WORD_SPLIT.findall(text.lower())


def parse_quantity(text: str) -> Magnitude | None:
    """Read a whole string as a count, or return None when it is not one.

    >>> parse_quantity("at least a dozen")
    Magnitude(low=12, best=12, high=12)
    >>> parse_quantity("two to three hundred")
    Magnitude(low=200, best=200, high=300)
    """
    words = split_words(text.strip().rstrip(".,;:"))
    if not words:
        return None
    found = match_quantity(words, 0)
    if found is None or found.end != len(words):
        return None
    return found.magnitude


def match_quantity(words: Sequence[str], start: int) -> QuantityMatch | None:
    """The longest count phrase starting at ``words[start]`` (words lower-cased), or None."""
    hedge, pos = _match_prefix(words, start)
    core = _match_core(words, pos, allow_between=hedge is None)
    if core is None:
        return None
    amount, end = core
    suffix_end = _match_suffix(words, end)
    if suffix_end != end:
        hedge, end = hedge or "min", suffix_end
    return QuantityMatch(start, end, _apply_hedge(amount, hedge))


def word_to_int(words: Sequence[str], start: int) -> tuple[int, int] | None:
    """Parse a spelled-out or digit number at ``start``: ``(value, end)`` or None."""
    amount = _match_number(words, start)
    if amount is None:
        return None
    value, end, _ = amount
    return value, end


# --- internals -------------------------------------------------------------------------


def _match_prefix(words: Sequence[str], start: int) -> tuple[str | None, int]:
    for length in (3, 2, 1):
        key = tuple(words[start : start + length])
        if len(key) == length and key in PREFIXES:
            return PREFIXES[key], start + length
    return None, start


def _match_suffix(words: Sequence[str], end: int) -> int:
    for suffix in OPEN_SUFFIXES:
        if tuple(words[end : end + len(suffix)]) == suffix:
            return end + len(suffix)
    return end


def _match_core(
    words: Sequence[str], start: int, *, allow_between: bool
) -> tuple[Amount, int] | None:
    if allow_between and start < len(words) and words[start] == "between":
        return _match_between(words, start + 1)
    first = _match_amount(words, start)
    if first is None:
        return None
    amount, end = first
    ranged = _match_range_tail(words, end, amount)
    return ranged if ranged is not None else (amount, end)


def _match_between(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    first = _match_amount(words, start)
    if first is None or first[1] >= len(words) or words[first[1]] != "and":
        return None
    second = _match_amount(words, first[1] + 1)
    joined = None if second is None else _join_range(first[0], second[0])
    return None if joined is None or second is None else (joined, second[1])


def _match_range_tail(words: Sequence[str], end: int, first: Amount) -> tuple[Amount, int] | None:
    if end >= len(words) or words[end] not in RANGE_JOINERS:
        return None
    second = _match_amount(words, end + 1)
    if second is None:
        return None
    joined = _join_range(first, second[0])
    return None if joined is None else (joined, second[1])


def _join_range(first: Amount, second: Amount) -> Amount | None:
    """ "two to three hundred": the bare first number takes the second's scale.

    None when the second figure is not above the first ("12-5" is no range).
    """
    if first.scalable and second.best >= 100 and first.best < second.best:
        for factor in (1_000_000_000, 1_000_000, 1_000, 100):
            if second.best % factor == 0 and first.best * factor <= second.best:
                if first.best * factor * 10 > second.best:
                    first = first.scaled(factor)
                break
    if second.best <= first.best:
        return None
    return Amount(first.low, first.best, max(first.high, second.high))


def _match_amount(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    for matcher in (_match_dozen, _match_vague, _match_plain):
        found = matcher(words, start)
        if found is not None:
            return found
    return None


def _match_plain(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    number = _match_number(words, start)
    if number is None:
        return None
    value, end, scalable = number
    if end < len(words) and words[end] in ("dozen",):
        value, end, scalable = value * 12, end + 1, False
    return Amount(value, value, value, scalable), end


def _match_dozen(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    head = tuple(words[start : start + 3])
    if head[:2] == ("a", "dozen"):
        return Amount(12, 12, 12), start + 2
    if head == ("half", "a", "dozen"):
        return Amount(6, 6, 6), start + 3
    if head[:2] == ("a", "couple") and tuple(words[start + 2 : start + 4]) == ("of", "dozen"):
        return Amount(24, 24, 24), start + 4
    return None


def _match_vague(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    plural = _match_vague_plural(words, start)
    if plural is not None:
        return plural
    for key, (low, best, high) in VAGUE_SMALL.items():
        if tuple(words[start : start + len(key)]) == key:
            end = start + len(key)
            scale = _scale_word(words, end)
            if scale is not None and key[-1] != "of":
                factor, end = scale
                return Amount(low * factor, best * factor, high * factor), end
            if key[-1] == "of" or _is_vague_head(key, words, end):
                return Amount(low, best, high), end
    return None


def _is_vague_head(key: tuple[str, ...], words: Sequence[str], end: int) -> bool:
    """ "several", "a few" are counts; "a couple"/"a handful" need "of" or nothing after."""
    return key in (("several",), ("a", "few")) or end >= len(words)


def _scale_word(words: Sequence[str], start: int) -> tuple[int, int] | None:
    if start < len(words):
        if words[start] == "dozen":
            return 12, start + 1
        if words[start] in SCALES:
            return SCALES[words[start]], start + 1
    return None


def _match_vague_plural(words: Sequence[str], start: int) -> tuple[Amount, int] | None:
    if start >= len(words) or words[start] not in VAGUE_PLURALS:
        return None
    low, best, high = VAGUE_PLURALS[words[start]]
    end = start + 1
    # "tens of thousands", "hundreds of thousands", "dozens of millions"
    if words[end : end + 1] == ["of"] and end + 1 < len(words):
        bigger = words[end + 1]
        if bigger in ("thousands", "millions") and VAGUE_PLURALS[bigger][0] > low:
            factor = VAGUE_PLURALS[bigger][0] // 2
            return Amount(low * factor, best * factor, (high + 1) * factor - 1), end + 2
    return Amount(low, best, high), end


def _match_number(words: Sequence[str], start: int) -> tuple[int, int, bool] | None:
    """A number in digits or words: ``(value, end, scalable)``."""
    if start >= len(words):
        return None
    word = words[start]
    if _DIGITS.match(word) or _DECIMAL.match(word):
        return _match_digits(words, start)
    if word == "a" and start + 1 < len(words) and words[start + 1] in SCALES:
        return _match_words(words, start + 1, initial=1)
    if word in UNITS or word in TENS:
        return _match_words(words, start, initial=0)
    return None


def _match_digits(words: Sequence[str], start: int) -> tuple[int, int, bool] | None:
    word = words[start]
    scale = _scale_word(words, start + 1)
    if _DECIMAL.match(word):
        if scale is None or scale[0] < 1000:
            return None
        return round(float(word) * scale[0]), scale[1], False
    value = int(word.replace(",", ""))
    if scale is not None and scale[0] != 12:
        return value * scale[0], scale[1], False
    return value, start + 1, value < 100


def _match_words(words: Sequence[str], start: int, *, initial: int) -> tuple[int, int, bool]:
    """Spelled-out numbers: "one hundred and twenty-five", "two thousand three hundred"."""
    total, current, pos, seen_scale = 0, initial, start, False
    while pos < len(words):
        word = words[pos]
        if word in UNITS and current % 10 == 0 and (current % 100 == 0 or current >= 20):
            current += UNITS[word]
        elif word in TENS and current % 100 == 0:
            current += TENS[word]
        elif word in SCALES and word not in ("mln", "bln"):
            current, seen_scale = (current or 1) * SCALES[word], True
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        elif not _is_number_glue(words, pos, current):
            break
        pos += 1
    total += current
    return total, pos, not seen_scale and total < 100


def _is_number_glue(words: Sequence[str], pos: int, current: int) -> bool:
    """A hyphen in "twenty-five" or "and" in "one hundred and five" continues the number."""
    if pos + 1 >= len(words):
        return False
    word, following = words[pos], words[pos + 1]
    if word == "-":
        tens = current % 100
        return tens in TENS.values() and following in UNITS and 0 < UNITS[following] < 10
    if word == "and":
        return current % 100 == 0 and current > 0 and (following in UNITS or following in TENS)
    return False


def _apply_hedge(amount: Amount, hedge: str | None) -> Magnitude:
    if hedge == "below":
        value = max(amount.low - 1, 0)
        return Magnitude(value, value, value)
    return Magnitude(amount.low, amount.best, amount.high)
