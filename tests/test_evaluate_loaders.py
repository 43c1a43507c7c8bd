"""Gold loaders: every format read from small files written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.errors import EvaluationError
from sitrep.evaluate.labels import normalize_acled, normalize_plover
from sitrep.evaluate.loaders import detect_kind, detokenize, load_gold, unmark


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


PAIRS = (
    "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"
    "\t4\t3\tACCUSE\tIran condemned the US.\t<s>Iran</s> condemned <t>the US</t>.\tIran\tthe US\n"
    "\t5\t2\tYIELD\tRebels freed two men.\t<s>Rebels</s> freed <t>two men</t>.\tRebels\ttwo men\n"
)


def test_plover_pairs_spans_and_legacy_names(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "pairs.tsv", PAIRS))
    assert gold.kind == "plover_pairs"
    first, second = gold.items
    assert first.text == "Iran condemned the US."
    assert [first.text[a:b] for a, b in first.sources or ()] == ["Iran"]
    assert [first.text[a:b] for a, b in first.targets or ()] == ["the US"]
    assert first.event_types == ("ACCUSE",) and first.quad == 3
    assert second.event_types == ("RETREAT", "CONCEDE")


def test_unmark_handles_several_spans() -> None:
    text, sources, targets = unmark("<s>A</s> and <s>B</s> met <t>C</t>")
    assert text == "A and B met C"
    assert sources == ((0, 1), (6, 7)) and targets == ((12, 13),)


def test_unknown_plover_label_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "p.tsv", PAIRS.replace("ACCUSE", "WHATEVER"))
    with pytest.raises(EvaluationError, match=r"p\.tsv:2.*WHATEVER"):
        load_gold(path)


def test_quad_lines(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "q.tsv", "A bomb killed two.\t4\nThey met.\t1\n"))
    assert gold.kind == "quad"
    assert [(i.text, i.quad) for i in gold.items] == [("A bomb killed two.", 4), ("They met.", 1)]


def test_quad_bad_line(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="0-4"):
        load_gold(write(tmp_path / "q.tsv", "A bomb killed two.\t9\n"), kind="quad")


CONLL = "A O\ncar B-S\nbomb I-S\nkilled O\nan B-T\nofficer I-T\n. O\n\nNATO B-S\nmet O\nIran B-T\n"


def test_roles_conll(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "roles.txt", CONLL))
    assert gold.kind == "roles"
    first, second = gold.items
    assert first.text == "A car bomb killed an officer."
    assert [first.text[a:b] for a, b in first.sources or ()] == ["car bomb"]
    assert [first.text[a:b] for a, b in first.targets or ()] == ["an officer"]
    assert second.sources == ((0, 4),) and second.id == "9"


def test_detokenize_glues_punctuation() -> None:
    text, offsets = detokenize(["He", "said", "(", "twice", ")", ",", "no", "."])
    assert text == "He said (twice), no."
    assert [text[a:b] for a, b in offsets][-2:] == ["no", "."]


def test_police_sentences_with_dates(tmp_path: Path) -> None:
    lines = [
        {
            "doc_id": 1,
            "sent_id": 0,
            "sent_labels": ["ARREST", "ANY_ACTION"],
            "sent_text": "Police held 3.",
        },
        {"doc_id": 1, "sent_id": 1, "sent_labels": [], "sent_text": "  "},
        {"doc_id": 1, "sent_id": 2, "sent_labels": [], "sent_text": "It rained."},
    ]
    path = write(tmp_path / "sents.jsonl", "\n".join(json.dumps(x) for x in lines))
    write(tmp_path / "metadata.jsonl", json.dumps({"doc_id": 1, "date": "2002-03-10"}))
    gold = load_gold(path)
    assert gold.kind == "police" and gold.total == 2
    assert gold.items[0].labels == frozenset({"ARREST", "ANY_ACTION"})
    assert gold.items[0].date == dt.date(2002, 3, 10) and gold.items[0].id == "1:0"
    assert "KILL" in gold.label_names
    first, second = gold.items
    assert first.document == second.document == "Police held 3.\nIt rained."
    assert first.document_id == "1" and first.span is not None and second.span is not None
    assert first.document[first.span[0] : first.span[1]] == "Police held 3."
    assert first.document[second.span[0] : second.span[1]] == "It rained."


GEOVIRUS = """<articles><article><source>u1</source>
<text>Flu in Pandi, Bulacan.</text><locations>
<location><name>Pandi</name><start>8</start><end>13</end><lat>14.87</lat><lon>120.95</lon></location>
<location><name>Bulacan</name><start>14</start><end>21</end><lat>15</lat><lon>121.08</lon></location>
</locations></article></articles>"""


def test_geovirus_offsets_are_realigned(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "g.xml", GEOVIRUS))
    item = gold.items[0]
    assert gold.kind == "geovirus" and not item.needs_events
    assert [item.text[p.start : p.end] for p in item.places or ()] == ["Pandi", "Bulacan"]
    assert (item.places or ())[1].lat == 15.0


UCDP_PROPS = {
    "id": 7,
    "type_of_violence": 3,
    "side_a": "Government of Uganda",
    "side_b": "Civilians",
    "source_headline": (
        "Crisis Tracker;Thursday 17 January 2013;Ugandan army kills five civilians in Obo"
    ),
    "date_start": "2013-01-18T00:00:00",
    "date_end": "2013-01-18T00:00:00",
    "best": 5,
}


def test_ucdp_geojson(tmp_path: Path) -> None:
    feature = {
        "type": "Feature",
        "properties": UCDP_PROPS,
        "geometry": {"coordinates": [26.5, 5.4]},
    }
    empty = {"type": "Feature", "properties": {**UCDP_PROPS, "source_headline": "Crisis Tracker"}}
    data = {"type": "FeatureCollection", "features": [feature, empty]}
    gold = load_gold(write(tmp_path / "ged.geojson", json.dumps(data)))
    (item,) = gold.items
    assert gold.kind == "ucdp_geojson"
    assert item.text == "Ugandan army kills five civilians in Obo"
    assert item.location == (5.4, 26.5) and item.fatalities == 5
    assert item.event_date == dt.date(2013, 1, 18) and item.event_types == ("ASSAULT",)
    assert item.actors[0].countries == ("UGA",) and item.actors[1].sectors == ("CVL",)


def test_ucdp_csv(tmp_path: Path) -> None:
    header = (
        "id,type_of_violence,side_a,side_b,source_headline,latitude,longitude,"
        "date_start,date_end,best\n"
    )
    row = (
        '1,1,Government of Syria,Syrian insurgents,"Clashes near Aleppo kill two",'
        "36.2,37.1,2013-01-03,2013-01-04,2\n"
    )
    gold = load_gold(write(tmp_path / "ged.csv", header + row))
    (item,) = gold.items
    assert gold.kind == "ucdp_csv" and item.event_date is None and item.location == (36.2, 37.1)
    assert item.actors[0].countries == ("SYR",)


ACLED = (
    "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
    "country,latitude,longitude,notes,fatalities\n"
    "NIG1,12 March 2020,2020,Battles,Armed clash,Military Forces of Nigeria (2015-),1,"
    'Boko Haram,2,Nigeria,11.8,13.15,"On 12 March 2020, soldiers clashed with Boko Haram.",4\n'
    "NIG2,2016-05-01,2016,Riots/Protests,,Protesters (Nigeria),6,,,Nigeria,6.5,3.4,"
    '"Traders protested in Lagos.",0\n'
    "NIG3,2016-05-02,2016,Battle-Government regains territory,,Military Forces of Nigeria,1,"
    ',,Nigeria,6.5,3.4,"",0\n'
)


def test_acled_rows_and_pre_2019_types(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "acled.csv", ACLED))
    assert gold.kind == "acled" and gold.total == 2  # the row without notes is skipped
    battle, protest = gold.items
    assert battle.event_date == dt.date(2020, 3, 12) and battle.fatalities == 4
    assert battle.acled_event_type == ("Battles",) and battle.acled_sub_event_type == "Armed clash"
    assert battle.event_types == ("ASSAULT",)
    military, rebels = battle.actors
    assert military.countries == ("NGA",) and military.sectors == ("MIL",) and military.inter == 1
    assert rebels.countries == () and rebels.sectors == ("REB",)
    assert protest.acled_event_type == ("Protests", "Riots")


def test_acled_2024_actor_type_names_and_time_precision(tmp_path: Path) -> None:
    text = (
        "event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,notes\n"
        "2024-05-01,2,Protests,Peaceful protest,Protesters (Kenya),Protesters,Kenya,"
        '"In early May, teachers marched."\n'
    )
    (item,) = load_gold(write(tmp_path / "acled.csv", text)).items
    assert item.actors[0].inter == 6 and item.actors[0].sectors == ("CVL",)
    assert item.event_date is None  # within a week: no exact day to compare


def test_acled_missing_column(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "event_date,event_type,sub_event_type,notes\nx,y,z,w\n")
    load_gold(path)  # the four columns are enough
    with pytest.raises(EvaluationError, match="missing column"):
        load_gold(write(tmp_path / "b.csv", "event_date,notes\nx,y\n"), kind="acled")


def test_normalize_labels() -> None:
    assert normalize_plover("DEMAND") == ("REQUEST",)
    assert normalize_plover("disapprove") == ("ACCUSE",)
    assert normalize_plover("FIGHT") == ("ASSAULT",)
    assert normalize_plover("ACCUSE:investigate") == ("ACCUSE",)
    assert normalize_plover("NONE") == ()
    assert normalize_acled("Remote violence") == (("Explosions/Remote violence",), "")
    assert normalize_acled("Battle-No change of territory")[1] == "Armed clash"


SCAD = (
    "eventid,etype,issuenote,ndeath,repress,styr,stmo,stday,latitude,longitude,geo_comments\n"
    "1,2,Citizens demonstrated in Havana.,0,0,1990,1,28,23.1,-82.4,\n"
    "2,7,Police beat strikers.,-99,1,1991,2,3,21.9,-79.5,Unknown location\n"
    "3,99,Odd code.,0,0,1991,2,3,0,0,\n"
)


def test_scad_latin1(tmp_path: Path) -> None:
    path = write(tmp_path / "scad.csv", SCAD.replace("Havana", "Habana ñ"), encoding="latin-1")
    gold = load_gold(path)
    first, second = gold.items
    assert gold.kind == "scad" and gold.total == 2 and "ñ" in first.text
    assert first.event_types == ("PROTEST",) and first.fatalities == 0
    assert first.event_date == dt.date(1990, 1, 28) and first.location == (23.1, -82.4)
    assert second.fatalities is None and second.location is None
    assert second.event_types == ("ASSAULT", "COERCE")


MM = (
    "id,country,protest,startyear,startmonth,startday,notes,stateresponse1,stateresponse2\n"
    "1,Kenya,1,2005,3,16,students protested fees.,arrests,crowd dispersal\n"
    "2,Kenya,0,,,,,,\n"
    "3,Cape Verde,1,2006,1,2,workers marched.,ignore,\n"
)


def test_mass_mobilization(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "mm.csv", MM))
    first, second = gold.items
    assert gold.kind == "mass_mobilization" and gold.total == 2
    assert first.labels == frozenset({"ARRESTS", "CROWD_DISPERSAL"})
    assert second.labels == frozenset() and second.actors[0].countries == ("CPV",)
    assert first.event_types == ("PROTEST",) and first.event_date == dt.date(2005, 3, 16)


def test_no_event_text(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "Great pizza."}, {"id": "b", "text": ""}]
    gold = load_gold(write(tmp_path / "e.jsonl", "\n".join(json.dumps(x) for x in lines)))
    assert gold.kind == "no_events" and [i.event_types for i in gold.items] == [()]


def test_sitrep_gold(tmp_path: Path) -> None:
    record = {
        "id": "x1",
        "text": "Syrian troops shelled Idlib on 3 May 2020, killing 4.",
        "date": "2020-05-04",
        "events": [
            {
                "event_type": "FIGHT",
                "modality": "asserted",
                "actors": [{"start": 0, "end": 13, "country": "SYR", "sector": "MIL"}],
                "recipients": [],
                "location": {"lat": 35.9, "lon": 36.6},
                "date": "2020-05-03",
                "fatalities": {"low": 4, "best": 4, "high": 4},
            },
            {"event_type": "ACCUSE"},
        ],
    }
    gold = load_gold(write(tmp_path / "gold.jsonl", json.dumps(record)))
    (item,) = gold.items
    assert gold.kind == "sitrep" and item.event_types == ("ASSAULT",)
    assert item.sources == ((0, 13),) and item.targets == ()
    assert item.actors[0].countries == ("SYR",) and item.fatalities == 4
    assert item.location == (35.9, 36.6) and item.event_date == dt.date(2020, 5, 3)
    assert item.labels == frozenset({"ASSAULT", "ACCUSE"}) and item.modality == "asserted"
    assert gold.label_names == frozenset({"ASSAULT", "ACCUSE"})


def test_sitrep_gold_errors(tmp_path: Path) -> None:
    path = write(
        tmp_path / "g.jsonl", json.dumps({"text": "x", "events": [{"modality": "asserted"}]})
    )
    with pytest.raises(EvaluationError, match=r"g\.jsonl:1.*event_type"):
        load_gold(path)
    with pytest.raises(EvaluationError, match="not JSON"):
        load_gold(write(tmp_path / "h.jsonl", "{oops"), kind="sitrep")


def test_detect_kind_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="--kind"):
        detect_kind(write(tmp_path / "x.csv", "a,b\n1,2\n"))
    with pytest.raises(EvaluationError, match="not found"):
        load_gold(tmp_path / "absent.tsv")
    with pytest.raises(EvaluationError, match="unknown gold kind"):
        load_gold(write(tmp_path / "y.tsv", "x\t1\n"), kind="bogus")


def test_sampling_is_deterministic(tmp_path: Path) -> None:
    text = "".join(f"Sentence {i}.\t{i % 5}\n" for i in range(50))
    path = write(tmp_path / "q.tsv", text)
    first = load_gold(path, limit=10, seed=3)
    again = load_gold(path, limit=10, seed=3)
    assert [i.id for i in first.items] == [i.id for i in again.items]
    assert first.sampled and first.total == 50 and first.seed == 3
    assert [int(i.id) for i in first.items] == sorted(int(i.id) for i in first.items)
    assert not load_gold(path, limit=100).sampled
    assert len(first.sha256) == 64
