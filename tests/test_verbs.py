from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.verbs import load_verbs, parse_verbs
from sitrep.ontology.cameo import plover_from_cameo


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("190", ("ASSAULT", None)),
        ("195", ("ASSAULT", "aerial")),
        ("1831", ("ASSAULT", "suicide-attack")),
        ("0874", ("RETREAT", "withdraw")),
        ("0841", ("RETREAT", "release")),
        ("081", ("CONCEDE", None)),
        ("163", ("COERCE", "restrict")),
        ("175", ("ASSAULT", "crowd-control")),
        ("173", ("COERCE", "arrest")),
        ("111", ("ACCUSE", "disapprove")),
        ("010", None),
        ("020", None),
    ],
)
def test_cameo_codes_map_to_plover(code: str, expected: tuple[str, str | None] | None) -> None:
    assert plover_from_cameo(code) == expected


def test_patterns_refine_the_default_code(nlp: Any) -> None:
    verbs = parse_verbs(
        {"verbs": {"rush": {"default": None, "forms": [], "patterns": [
            ["070", [], [["aid"]]],
            ["154", [["military", "troops"]], []],
        ]}}}
    )
    aid = nlp("Japan rushed aid to the flooded region.")
    troops = nlp("The troops rushed to the border.")
    idle = nlp("The students rushed home.")
    assert verbs.match(aid[1]) is not None and verbs.match(aid[1]).event_type == "AID"
    match = verbs.match(troops[2])
    assert match is not None and match.event_type == "MOBILIZE"
    assert verbs.match(idle[2]) is None


def test_reporting_verbs_are_never_events(nlp: Any) -> None:
    doc = nlp("The rebels said they will release the hostages.")
    assert load_verbs().match(doc[2]) is None


def test_the_shipped_dictionary_loads_and_prefilters_without_function_words() -> None:
    verbs = load_verbs()
    assert len(verbs.verbs) > 1000
    assert "is" not in verbs.surface and "said" not in verbs.surface
