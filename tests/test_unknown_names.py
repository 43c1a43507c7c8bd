"""An unknown proper name in an event takes the article's focus country, once the event is
decided: the guess never makes a name a political party."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.coder import local_names
from sitrep.model import Actor
from sitrep.pipeline import code_text, resolve_actor_spans
from sitrep.resolve.actors import load_actor_resolver

DAY = dt.date(2024, 3, 4)


def test_the_resolver_alone_gives_an_unknown_name_no_country() -> None:
    (plain,) = load_actor_resolver().resolve("Kestrel Holdings", country_hint="KEN")
    assert (plain.country, plain.sector) == (None, "UNK")


def test_local_names_fills_only_unknown_names() -> None:
    unknown = Actor("Kestrel Holdings", 0, 16, sector="UNK")
    foreign = Actor("Syrian troops", 20, 33, country="SYR", sector="MIL")
    implicit = Actor("", 40, 40, sector="UNK", implicit=True)
    out = local_names([unknown, foreign, implicit], "KEN")
    assert [a.country for a in out] == ["KEN", "SYR", None]
    assert local_names([unknown], None) == (unknown,)


def test_a_name_the_dictionary_lacks_in_a_kenyan_story_is_kenyan() -> None:
    events = code_text("Police in Nairobi arrested Wanjiru Kamau on Monday.", date=DAY)
    (arrest,) = [e for e in events if e.event_type == "COERCE"]
    assert [(r.text, r.country) for r in arrest.recipients] == [("Wanjiru Kamau", "KEN")]
    text = "Police in Nairobi arrested Wanjiru Kamau on Monday."
    start = text.index("Wanjiru")
    (found,) = resolve_actor_spans(text, [(start, start + len("Wanjiru Kamau"))])
    assert [a.country for a in found] == ["KEN"]


def test_a_guessed_country_does_not_make_a_name_a_party() -> None:
    # a weak verb with only an unknown name stays no event, focus country or not
    assert code_text("In Nairobi, Wanjiru Kamau said they will meet for dinner.", date=DAY) == []


def test_kosovo_focus_gives_actors_the_actor_code() -> None:
    # GeoNames (the gazetteer) writes Kosovo XKX; actors use KOS
    (police,) = load_actor_resolver().resolve("police", country_hint="XKX")
    assert police.country == "KOS"
    events = code_text("Police in Pristina arrested Arben Krasniqi on Monday.", date=DAY)
    (arrest,) = [e for e in events if e.event_type == "COERCE"]
    assert [r.country for r in arrest.recipients] == ["KOS"]
