"""Possessives written without an apostrophe ("Nepals government") or with an accent for one
("Ghani´s"), in the actor resolver and its tokeniser."""

from __future__ import annotations

from sitrep.resolve.actors import load_actor_resolver
from sitrep.resolve.actors.text import POSSESSIVE, normalise_phrase, tokenise


def test_an_acute_accent_or_modifier_apostrophe_is_an_apostrophe() -> None:
    assert [t.norm for t in tokenise("Okafor´s men")] == ["okafor", POSSESSIVE, "men"]
    assert [t.norm for t in tokenise("Okaforʼs men")] == ["okafor", POSSESSIVE, "men"]
    assert normalise_phrase("D´Souza") == normalise_phrase("D'Souza") == "dsouza"


def test_a_countrys_possessive_without_apostrophe() -> None:
    resolver = load_actor_resolver()
    (army,) = resolver.resolve("Kenyas army")
    assert (army.country, army.sector) == ("KEN", "MIL")
    (cabinet,) = resolver.resolve("Perus cabinet")
    assert cabinet.country == "PER"


def test_not_for_lower_case_words_or_other_names() -> None:
    resolver = load_actor_resolver()
    for phrase in ("the Americas", "Americas Society", "kenyas army"):
        assert all(a.country != "USA" and a.country != "KEN" for a in resolver.resolve(phrase))
