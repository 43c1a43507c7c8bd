"""Tests for the "given family" aliases of three-word person names (scripts/build_actors.py)."""

from __future__ import annotations

from types import ModuleType

import pytest
from helpers import load_script


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load_script("build_actors")


def _book(build: ModuleType, actors: list[tuple[str, str]]) -> object:
    book = build.Book()
    book.add_pattern("front", ["g", 0])
    for name, country in actors:
        index = len(book.actors)
        book.actors.append([name, [[country, "GOV", None, 0, 0]], None, ""])
        book.add_pattern(name, ["a", index])
    build.add_short_names(book)
    return book


def test_middle_name_may_be_left_out(build: ModuleType) -> None:
    book = _book(build, [("Marta Villanueva Okonkwo", "NGA")])
    assert book.patterns["marta okonkwo"] == ["a", 0]


def test_no_short_name_when_it_is_ambiguous_or_taken(build: ModuleType) -> None:
    book = _book(
        build,
        [
            ("Marta Villanueva Okonkwo", "NGA"),
            ("Marta Ferreira Okonkwo", "NGA"),
            ("Tomas Berenger Lindqvist", "SWE"),
            ("Tomas Lindqvist", "FIN"),
        ],
    )
    assert "marta okonkwo" not in book.patterns  # two persons
    assert book.patterns["tomas lindqvist"] == ["a", 3]  # its own entry stays


def test_not_for_particles_short_words_organisations_or_common_family_names(
    build: ModuleType,
) -> None:
    book = _book(
        build,
        [
            ("Yusra bin Haddad", "YEM"),  # particle
            ("Kim Jong Un", "PRK"),  # family name first, short words
            ("Popular Liberation Front", "COL"),  # an agent word
            ("Lena Marquez Vidal", "ESP"),
            ("Hugo Vidal", "ARG"),
            ("Ines Vidal", "URY"),  # Vidal ends names of three countries
        ],
    )
    assert "yusra haddad" not in book.patterns
    assert "kim un" not in book.patterns
    assert "popular front" not in book.patterns
    assert "lena vidal" not in book.patterns
