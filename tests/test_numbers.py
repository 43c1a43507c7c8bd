"""Number phrases → Magnitude(low, best, high): parse_quantity and match_quantity."""

from __future__ import annotations

import pytest

from sitrep.extract.numbers import match_quantity, parse_quantity, split_words
from sitrep.model import Magnitude


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", (12, 12, 12)),
        ("1,200", (1200, 1200, 1200)),
        ("1.2 million", (1_200_000, 1_200_000, 1_200_000)),
        ("3 thousand", (3000, 3000, 3000)),
        ("one", (1, 1, 1)),
        ("twelve", (12, 12, 12)),
        ("twenty-five", (25, 25, 25)),
        ("twenty five", (25, 25, 25)),
        ("ninety-nine", (99, 99, 99)),
        ("one hundred and twenty-five", (125, 125, 125)),
        ("two thousand three hundred", (2300, 2300, 2300)),
        ("twelve hundred", (1200, 1200, 1200)),
        ("five hundred thousand", (500_000, 500_000, 500_000)),
        ("three billion", (3_000_000_000, 3_000_000_000, 3_000_000_000)),
        ("a hundred", (100, 100, 100)),
        ("a thousand", (1000, 1000, 1000)),
        ("a dozen", (12, 12, 12)),
        ("two dozen", (24, 24, 24)),
        ("half a dozen", (6, 6, 6)),
        ("a couple of dozen", (24, 24, 24)),
        ("a couple", (2, 2, 2)),
    ],
)
def test_exact_numbers(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_quantity(text) == Magnitude(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 12", (12, 12, 12)),
        ("at least a dozen", (12, 12, 12)),
        ("more than 100", (100, 100, 100)),
        ("over 100", (100, 100, 100)),
        ("100+", (100, 100, 100)),
        ("40 or more", (40, 40, 40)),
        ("40-odd", (40, 40, 40)),
        ("nearly 50", (50, 50, 50)),
        ("up to 30", (30, 30, 30)),
        ("as many as 30", (30, 30, 30)),
        ("some 40", (40, 40, 40)),
        ("about 40", (40, 40, 40)),
        ("an estimated 40", (40, 40, 40)),
        ("fewer than 10", (9, 9, 9)),
    ],
)
def test_hedged_numbers_keep_the_reported_figure(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_quantity(text) == Magnitude(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two to three hundred", (200, 200, 300)),
        ("two to three thousand", (2000, 2000, 3000)),
        ("between 10 and 15", (10, 10, 15)),
        ("10-15", (10, 10, 15)),
        ("20 to 30", (20, 20, 30)),
        ("two or three", (2, 2, 3)),
        ("5 to 300", (5, 5, 300)),
        ("dozens to hundreds", (24, 24, 999)),
    ],
)
def test_ranges_take_the_lower_figure_as_best(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_quantity(text) == Magnitude(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dozens", (24, 24, 99)),
        ("scores", (40, 40, 199)),
        ("hundreds", (200, 200, 999)),
        ("thousands", (2000, 2000, 9999)),
        ("tens of thousands", (20_000, 20_000, 99_999)),
        ("hundreds of thousands", (200_000, 200_000, 999_999)),
        ("several", (3, 3, 9)),
        ("a few", (3, 3, 5)),
        ("a handful", (3, 3, 5)),
        ("several hundred", (300, 300, 900)),
        ("several dozen", (36, 36, 108)),
        ("a few thousand", (3000, 3000, 5000)),
    ],
)
def test_vague_quantities(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_quantity(text) == Magnitude(*expected)


@pytest.mark.parametrize(
    "text",
    ["", "the", "people", "a", "12-year-old", "1990s", "2.5", "1,2000", "10-5", "twelfth", "many"],
)
def test_not_a_count(text: str) -> None:
    assert parse_quantity(text) is None


def test_match_quantity_finds_the_longest_phrase_in_words() -> None:
    words = split_words("killed at least 12 people")
    found = match_quantity(words, 1)
    assert found is not None
    assert (found.start, found.end, found.magnitude.best) == (1, 4, 12)
    assert match_quantity(words, 0) is None


def test_match_quantity_stops_before_a_hyphenated_unit() -> None:
    words = split_words("12-year-old")
    found = match_quantity(words, 0)
    assert found is not None and found.end == 1
