from __future__ import annotations

import pytest

from sitrep.model import PLOVER_TYPES
from sitrep.ontology.acled import ACLED_TYPES, acled_types
from sitrep.ontology.cameo import penta_class
from sitrep.ontology.plover import TYPES, cameo_root, normalise_type


def test_every_plover_type_has_info_with_a_quad_class() -> None:
    assert set(TYPES) == set(PLOVER_TYPES)
    assert {info.quad_class for info in TYPES.values()} == {1, 2, 3, 4}
    assert TYPES["ACCUSE"].intensity == -3.0  # ONTOLOGY.md's sign choice


@pytest.mark.parametrize(
    ("label", "expected"),
    [("fight", "ASSAULT"), ("DEMAND", "REQUEST"), ("Disapprove", "ACCUSE"), ("YIELD", "CONCEDE"),
     ("assault", "ASSAULT"), ("nonsense", None)],
)
def test_legacy_labels_map_to_current_types(label: str, expected: str | None) -> None:
    assert normalise_type(label) == expected


def test_cameo_roots_follow_assault_modes() -> None:
    assert cameo_root("ASSAULT", "aerial") == "19"
    assert cameo_root("ASSAULT", "abduct") == "18"
    assert cameo_root("ASSAULT", None, armed_clash=True) == "19"
    assert cameo_root("ASSAULT", "unconventional") == "20"
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("PROTEST", "demo") == "14"


def test_acled_types_by_mode_and_actor_types() -> None:
    assert acled_types("ASSAULT", "aerial") == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_types("ASSAULT", None, actor_inters=[1], recipient_inters=[2]) == (
        "Battles", "Armed clash")
    assert acled_types("ASSAULT", "firearms", actor_inters=[2], recipient_inters=[7]) == (
        "Violence against civilians", "Attack")
    assert acled_types("ASSAULT", "abduct", actor_inters=[3], recipient_inters=[7])[1] == (
        "Abduction/forced disappearance")
    assert acled_types("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert acled_types("COERCE", "arrest") == ("Strategic developments", "Arrests")
    assert acled_types("AGREE", None) == ("Strategic developments", "Agreement")
    assert acled_types("ACCUSE", None) == (None, None)


def test_acled_outputs_are_real_acled_categories() -> None:
    for event_type in PLOVER_TYPES:
        for mode in (*TYPES[event_type].modes, None):
            main, sub = acled_types(event_type, mode, recipient_inters=[7])
            if main is not None:
                assert sub in ACLED_TYPES[main]


def test_appeals_and_sanctions_have_their_own_cameo_roots() -> None:
    assert cameo_root("REQUEST", None, appeal=True) == "02"
    assert cameo_root("REQUEST", None) == "10"
    assert cameo_root("COERCE", "restrict", sanctions=True) == "16"
    assert cameo_root("COERCE", "restrict") == "17"
    assert cameo_root("ASSAULT", None, appeal=True, sanctions=True) == "18"


@pytest.mark.parametrize(
    ("root", "penta"),
    [(None, 0), ("01", 0), ("02", 0), ("03", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3),
     ("13", 3), ("16", 3), ("14", 4), ("15", 4), ("17", 4), ("190", 4), ("20", 4)],
)
def test_penta_classes_of_cameo_roots(root: str | None, penta: int) -> None:
    assert penta_class(root) == penta
