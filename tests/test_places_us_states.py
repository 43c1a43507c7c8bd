"""US states abbreviated after a town ('Springfield, IL', 'Columbus, Ga.', 'Buffalo, N.Y.'):
a mention of the state, and the container that picks the town's namesake. Hand-written texts."""

from __future__ import annotations

from test_places import _spans

from sitrep.resolve.places import geoparse, resolve_spans


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.admin1, p.feature_code) for p in geoparse(text)]


def test_a_postal_code_is_the_state_and_picks_the_town() -> None:
    assert _found("The shooting happened in Springfield, IL, on Friday.") == [
        ("Springfield", "Illinois", "PPL"), ("IL", "Illinois", "ADM1"),
    ]


def test_ap_abbreviations_replace_foreign_or_city_readings() -> None:
    # 'Ore.' is no town in Nigeria, 'Ga.' no Gabès, 'N.Y.' the state, not the city
    assert _found("He was arrested in Portland, Ore., on Monday.")[1] == ("Ore.", "Oregon", "ADM1")
    assert _found("A fire broke out in Columbus, Ga. yesterday.") == [
        ("Columbus", "Georgia", "PPL"), ("Ga.", "Georgia", "ADM1"),
    ]
    assert _found("Residents of Buffalo, N.Y., were evacuated.")[1][2] == "ADM1"


def test_only_where_the_town_has_a_namesake_in_that_state() -> None:
    assert [t for t, _, _ in _found("Talks in Kabul, AP reported.")] == ["Kabul"]


def test_a_given_abbreviation_span_is_the_state() -> None:
    text = "He moved from Charleston, W. Va. last year."
    out = resolve_spans(text, _spans(text, ["Charleston", "W. Va."]))
    assert [p.admin1 for p in out] == ["West Virginia", "West Virginia"]
    assert out[1].feature_code == "ADM1"
