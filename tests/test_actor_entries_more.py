"""Actor dictionary entries added in actors_extra.tsv / agents_extra.tsv (session 5)."""

from __future__ import annotations

from sitrep.resolve.actors import load_actor_resolver


def _read(phrase: str, hint: str | None = None) -> tuple[str | None, str | None]:
    (actor,) = load_actor_resolver().resolve(phrase, country_hint=hint)
    return actor.country, actor.sector


def test_philippine_rebel_fronts_are_philippine() -> None:
    assert _read("MILF guerrillas") == ("PHL", "REB")
    assert _read("the Moro National Liberation Front") == ("PHL", "REB")


def test_nigerias_secret_police_is_not_the_us_state_department() -> None:
    assert _read("the Department of State Services") == ("NGA", "SPY")


def test_zionist_regime_is_israels_government() -> None:
    assert _read("the Zionist regime") == ("ISR", "GOV")


def test_the_european_council_is_the_eu() -> None:
    assert _read("the European Council") == ("EUR", "GOV")


def test_bosnias_peoples_are_of_bosnia() -> None:
    assert _read("Bosnian Serb troops") == ("BIH", "MIL")
    assert _read("Bosnian Croats") == ("BIH", "CVL")
    assert _read("Serb troops") == ("SRB", "MIL")
