"""A weak attack verb whose subject is a weapon is an attack, with the weapon's mode:
'Airstrikes hit Sanaa' (aerial), 'Rockets hit the town of Sderot' (heavy weapons); a storm
or prices that 'hit' something are not."""

from __future__ import annotations

from helpers import code


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.event_mode, e.location.name if e.location else None)
        for e in code(text) if e.event_type == "ASSAULT"
    ]


def test_airstrikes_that_hit_a_city_are_an_aerial_attack_there() -> None:
    assert _assaults("Airstrikes hit Sanaa on Monday, killing 12 people.") == [
        ("aerial", "Sanaa")
    ]


def test_the_weapon_subject_sets_the_mode_over_the_verbs_default() -> None:
    assert _assaults("Airstrikes hit rebel positions in Sanaa on Monday.")[0][0] == "aerial"
    assert _assaults("Rockets hit the town of Sderot.")[0][0] == "heavy-weapons"


def test_a_storm_or_prices_hitting_something_are_no_attack() -> None:
    assert _assaults("The storm hit Florida on Monday.") == []
    assert _assaults("Prices hit a record high in Lagos.") == []
