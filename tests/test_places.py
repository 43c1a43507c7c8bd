"""Place finding, resolution, event location and the places/gazetteer commands."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.resolve.places import (
    PlaceMention,
    article_focus,
    demonym_country,
    find_places,
    geoparse,
    locate_event,
    resolve_spans,
)

TEXT = (
    "Government forces shelled eastern Aleppo on Monday, killing 12 people. "
    "In Idlib province, rebels said they captured a village. "
    "Protesters gathered in Damascus while troops clashed with fighters near Homs. "
    "Families fled from rural Damascus to Gaziantep, Turkey."
)


def _by_text(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {p.text: p for p in places}


def test_geoparse_finds_and_resolves(nlp: Any) -> None:
    places = _by_text(geoparse(TEXT, nlp=nlp))
    assert places["Aleppo"].country == "SYR" and places["Aleppo"].feature_class == "P"
    assert places["Aleppo"].precision == "sub-city"  # "eastern Aleppo"
    assert places["Idlib"].feature_code == "ADM1" and places["Idlib"].precision == "province"
    assert places["Damascus"].feature_code == "PPLC"
    assert places["rural Damascus"].feature_code == "ADM1"
    assert places["Gaziantep"].country == "TUR"
    assert places["Turkey"].precision == "country"
    for place in places.values():
        assert TEXT[place.start : place.end] == place.text
        assert 0.0 < place.confidence <= 1.0


def test_people_and_common_words_are_not_places(nlp: Any) -> None:
    text = "Said Jordan told Reuters in March that President Obama would visit Paris."
    places = _by_text(geoparse(text, nlp=nlp))
    assert "Reuters" not in places and "March" not in places and "Obama" not in places
    assert places["Paris"].country == "FRA"


def test_city_country_pattern_picks_the_namesake_inside(nlp: Any) -> None:
    places = _by_text(geoparse("The outbreak began in Paris, Texas, last week.", nlp=nlp))
    assert places["Paris"].country == "USA"


def test_find_places_without_entities_or_parse(nlp: Any) -> None:
    from sitrep.nlp import load_tokenizer

    doc = load_tokenizer()("Shelling hit Aleppo and Homs in Syria.")
    names = {p.text: p.country for p in find_places(doc)}
    assert names == {"Aleppo": "SYR", "Homs": "SYR", "Syria": "SYR"}


def test_resolve_spans_one_result_per_span_in_order() -> None:
    text = "Clashes in Deir al-Zour and Raqqah, not in Blorptown."
    spans: list[Any] = [(11, 23), (28, 34), (43, 52), (40, 20), (0, 999), [11, 16]]
    out = resolve_spans(text, spans)
    assert len(out) == len(spans)
    assert out[0].name == "Deir ez-Zor" and out[0].country == "SYR"
    assert out[1].country == "SYR"
    # a name the gazetteer lacks falls back to the nearest unit the text names, weakly
    assert out[2].geonameid == out[1].geonameid and out[2].confidence == 0.2
    assert out[2].text == "Blorptown"
    assert [p.geonameid for p in out[3:5]] == [None, None]
    assert resolve_spans("Blorptown is quiet.", [(0, 9)])[0].geonameid is None
    assert out[5].start == 11 and out[5].end == 16


def test_bad_input_never_crashes(nlp: Any) -> None:
    assert geoparse("", nlp=nlp) == []
    assert geoparse("حلب ودمشق", nlp=nlp) == []
    many = ", ".join(["Aleppo", "Homs", "Paris"] * 400)
    assert len(geoparse(many, nlp=nlp)) > 1000
    assert resolve_spans("abc", [(0, 2), (1, 3)])[0].text == "ab"
    # a name in another script is no match, not the neighbour's place
    text = "Fighting in Aleppo and 東京."
    out = resolve_spans(text, [(12, 18), (23, 25)])
    assert out[0].name is not None and out[1].geonameid is None and out[1].text == "東京"


def test_demonyms() -> None:
    assert demonym_country("Syrian") == "SYR"
    assert demonym_country("Americans") == "USA"
    assert demonym_country("Martian") is None


def test_locate_event_uses_attachment_then_sentence_then_focus(nlp: Any) -> None:
    doc = nlp(TEXT)
    places = find_places(doc)
    focus = article_focus(places)
    assert focus is not None and focus.country == "SYR"
    where = {}
    for sentence in doc.sents:
        for token in sentence:
            if token.lower_ in {"shelled", "captured", "gathered", "clashed"}:
                location = locate_event(sentence, token, places, focus=focus)
                where[token.lower_] = location.text if location else None
    assert where == {
        "shelled": "Aleppo",
        "captured": "Idlib",
        "gathered": "Damascus",
        "clashed": "Homs",
    }


def test_locate_event_falls_back_to_focus(nlp: Any) -> None:
    doc = nlp("Troops shelled Aleppo. The army later attacked a convoy.")
    places = find_places(doc)
    sentence = list(doc.sents)[1]
    trigger = next(t for t in sentence if t.lower_ == "attacked")
    location = locate_event(sentence, trigger, places, focus=article_focus(places))
    assert location is not None and location.name == "Aleppo"
    assert locate_event(sentence, trigger, places) is None


# ---------------------------------------------------------------- commands and dumps

DUMP = "\t".join(
    ["99000001", "Tell Qaramoush", "Tell Qaramoush", "Tal Qaramush", "35.61", "36.56", "P", "PPL",
     "SY", "", "12", "", "", "", "15000", "", "400", "Asia/Damascus", "2024-01-01"]
)


@pytest.fixture()
def private_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the index in a temporary cache dir, so imports do not touch the real one."""
    import shutil

    from sitrep.resolve import gazetteer

    real = gazetteer.ensure_index()
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    copy = gazetteer.index_path()
    copy.parent.mkdir(parents=True)
    shutil.copy(real, copy)
    gazetteer.reset_cache()
    yield copy
    gazetteer.reset_cache()


def test_gazetteer_add_imports_a_country_zip(private_index: Path, tmp_path: Path) -> None:
    from sitrep.cli import main

    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("SY.txt", DUMP + "\n")
        handle.writestr("readme.txt", "not data")
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text("SY.12\tIdlib Governorate\tIdlib Governorate\t169387\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(archive), str(admin)])
    assert result.exit_code == 0, result.output
    assert "1 places" in result.output and "1 admin names" in result.output
    text = "Shelling hit Tal Qaramush, Idlib."
    place = resolve_spans(text, [(13, 25)])[0]
    assert place.geonameid == 99000001 and place.admin1 == "Idlib Governorate"


def test_gazetteer_add_rejects_other_files(private_index: Path, tmp_path: Path) -> None:
    from sitrep.cli import main

    bad = tmp_path / "notes.txt"
    bad.write_text("hello\nworld\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(bad)])
    assert result.exit_code != 0 and "19-column" in result.output


def test_places_command_jsonl_and_spans(tmp_path: Path) -> None:
    from sitrep.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Fighting was reported in Aleppo, Syria.", encoding="utf-8")
    spans = tmp_path / "spans.json"
    spans.write_text(json.dumps([[25, 31], [100, 200], "x"]), encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in rows] == ["Aleppo", "Syria"]
    assert {"start", "end", "geonameid", "lat", "lon", "country", "admin1"} <= set(rows[0])
    result = CliRunner().invoke(main, ["places", str(article), "--spans", str(spans)])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 3 and rows[0]["country"] == "SYR"
    assert rows[1]["geonameid"] is None and "outside" in rows[1]["error"]
    assert "pair" in rows[2]["error"]


def test_places_command_bad_files(tmp_path: Path) -> None:
    from sitrep.cli import main

    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(main, ["places", str(binary)])
    assert result.exit_code != 0 and "binary" in result.output
    spans = tmp_path / "s.json"
    spans.write_text("{}", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Aleppo", encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(text), "--spans", str(spans)])
    assert result.exit_code != 0 and "JSON list" in result.output
    text.write_text("Aleppo and حلب", encoding="utf-8")
    spans.write_text("[[0, 6], [11, 14]]", encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(text), "--spans", str(spans)])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0 and rows[0]["name"] == "Aleppo" and "error" not in rows[0]
    assert rows[1]["geonameid"] is None and "Latin" in rows[1]["error"]


def test_docs_name_every_output_field_and_command() -> None:
    from sitrep.cli.places import FIELDS

    doc = (Path(__file__).resolve().parents[1] / "docs" / "GEOPARSING.md").read_text("utf-8")
    for field in FIELDS:
        assert f"`{field}`" in doc, field
    for command in ("sitrep places", "--spans", "--format", "sitrep gazetteer add"):
        assert command in doc, command


def test_names_that_are_not_places_here(nlp: Any) -> None:
    text = (
        "Ursula von der Leyen spoke to the Washington Times. Russia annexed the Amur Region, "
        "a Somali official said, as AI tools spread and Western officials met in Aleppo."
    )
    places = {p.text for p in geoparse(text, nlp=nlp)}
    assert places & {"Leyen", "Washington", "Region", "Somali", "AI", "Western"} == set()
    assert "Aleppo" in places


def test_a_list_of_cities_is_not_a_city_in_a_state(nlp: Any) -> None:
    text = "The offices in Washington, New York and San Francisco closed."
    places = _by_text(geoparse(text, nlp=nlp))
    assert places["Washington"].feature_code == "PPLC"
    assert places["San Francisco"].country == "USA"


def test_gazetteer_add_keeps_names_and_takes_the_dump_point(
    private_index: Path, tmp_path: Path
) -> None:
    from sitrep.resolve.gazetteer import add_geonames

    row = ["170652", "Rif Dimashq", "Rif Dimashq", "Damascus Countryside", "33.5", "36.7",
           "A", "ADM1", "SY", "", "08", "", "", "", "2836000", "", "700", "Asia/Damascus",
           "2024-01-01"]
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    for _ in range(2):  # re-importing is harmless
        assert add_geonames(dump).places == 1
    place = resolve_spans("Shelling in rural Damascus.", [(12, 26)])[0]
    assert place.geonameid == 170652 and (place.lat, place.lon) == (33.5, 36.7)


def test_detection_without_ner_as_the_pipeline_runs_it() -> None:
    from sitrep.nlp import load_pipeline

    nlp = load_pipeline(disable=("ner",))
    text = (
        "Chad Johnson of the Food and Drug Administration flew to Chad and then Georgia. "
        "Martin Luther King spoke in Memphis, Tennessee."
    )
    found = [(p.text, p.country) for p in geoparse(text, nlp=nlp)]
    assert ("Chad", "TCD") in found and ("Memphis", "USA") in found
    texts = [t for t, _ in found]
    assert texts.count("Chad") == 1 and "Drug" not in texts and "King" not in texts
    later = geoparse("Marco Rubio met officials in Kyiv. Rubio said talks went well.", nlp=nlp)
    assert [p.text for p in later] == ["Kyiv"]


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for name in names:
        start = text.index(name, position)
        spans.append((start, start + len(name)))
        position = start + len(name)
    return spans


def test_a_chain_of_containers_picks_the_place_inside_all_of_them() -> None:
    text = "A Midland, Michigan, USA newspaper office was shut."
    out = resolve_spans(text, _spans(text, ["Midland", "Michigan", "USA"]))
    assert out[0].admin1 == "Michigan"


def test_a_list_of_states_keeps_the_state_not_its_namesake_city() -> None:
    text = "Cases were found in Utah, Virginia, Washington, West Virginia and Wyoming."
    names = ["Utah", "Virginia", "Washington", "West Virginia", "Wyoming"]
    out = resolve_spans(text, _spans(text, names))
    assert out[2].feature_code == "ADM1" and out[2].country == "USA"


def test_a_direction_before_a_state_names_part_of_the_state() -> None:
    text = "An HIV outbreak hit southern Indiana this spring."
    assert resolve_spans(text, _spans(text, ["Indiana"]))[0].feature_code == "ADM1"


def test_one_sense_per_discourse() -> None:
    text = (
        "The outbreak centred on Austin, in Scott County, Indiana. "
        "New cases in Scott County rose past 140."
    )
    out = resolve_spans(text, _spans(text, ["Austin", "Scott County", "Indiana", "Scott County"]))
    assert out[1].geonameid == out[3].geonameid and out[3].admin1 == "Indiana"


def test_former_country_names() -> None:
    text = "The strain was first found in Zaire in 1976."
    out = resolve_spans(text, _spans(text, ["Zaire"]))
    assert out[0].country == "COD" and out[0].precision == "country"


def test_located_in_names_a_container() -> None:
    text = "Ducks were found in Crawford County located in Pennsylvania."
    out = resolve_spans(text, _spans(text, ["Crawford County", "Pennsylvania"]))
    assert out[0].admin1 == "Pennsylvania"


def test_a_small_town_outside_the_named_container_falls_back_to_it() -> None:
    text = "A crash was reported near Tetbury, Ontario, Canada."
    out = resolve_spans(text, _spans(text, ["Tetbury", "Ontario", "Canada"]))
    assert out[0].name == "Ontario" and out[0].confidence == 0.2


def test_a_given_span_the_gazetteer_lacks_resolves_the_place_named_inside_it() -> None:
    text = "Flights to Da Nang International Airport resumed in Vietnam."
    out = resolve_spans(text, _spans(text, ["Da Nang International Airport", "Vietnam"]))
    assert out[0].name == "Da Nang" and out[0].country == "VNM"
    assert out[0].start == text.index("Da Nang") and out[0].text.endswith("Airport")


def test_a_generic_feature_word_alone_is_not_the_place() -> None:
    # "Delta" (a Nigerian state) is not what "Danube Delta" means; the article's country is
    text = "Birds died in the Danube Delta in Romania."
    out = resolve_spans(text, _spans(text, ["Danube Delta", "Romania"]))
    assert out[0].country == "ROU"


def test_a_namesake_inside_a_longer_name_must_be_in_the_article_s_country() -> None:
    text = "Hikers reached Paddington Bay near Wellington, New Zealand."
    out = resolve_spans(text, _spans(text, ["Paddington Bay", "Wellington", "New Zealand"]))
    assert out[0].country == "NZL"


def test_a_governor_names_the_state() -> None:
    text = "New York Governor Kathy Hochul declared a state of emergency."
    assert resolve_spans(text, _spans(text, ["New York"]))[0].feature_code == "ADM1"


def test_a_loosely_spelled_small_place_abroad_is_not_taken() -> None:
    # "Baba Dogo" only loosely matches Babadougou, a village in Ivory Coast
    text = "Police raided homes in Baba Dogo on Monday, officers in Nairobi, Kenya said."
    out = resolve_spans(text, _spans(text, ["Baba Dogo", "Nairobi", "Kenya"]))
    assert out[0].country == "KEN" and out[0].confidence == 0.2


def test_a_county_in_a_state_the_article_names() -> None:
    text = "Swans died near the lake in Monroe County. Michigan officials tested the birds."
    out = resolve_spans(text, _spans(text, ["Monroe County", "Michigan"]))
    assert out[0].admin1 == "Michigan"


def test_an_unknown_span_far_from_other_places_takes_the_article_s_country() -> None:
    text = (
        "Fighting spread across Syria and into Aleppo last week, officials in Damascus said. "
        + "Nothing else happened there for a long while, and the roads stayed closed. " * 3
        + "Aid reached Blorptown on Friday."
    )
    out = resolve_spans(text, _spans(text, ["Syria", "Aleppo", "Damascus", "Blorptown"]))
    assert out[3].country == "SYR" and out[3].precision == "country"
    assert out[3].confidence == 0.1
