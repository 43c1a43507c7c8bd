"""The harness: a fake coder stands in for the pipeline, and every metric family is checked."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ConfigError, EvaluationError
from sitrep.evaluate import evaluate, evaluate_set, load_gold, main_event, render, score_set
from sitrep.evaluate.gold import GoldItem, GoldPlace, GoldSet
from sitrep.evaluate.labels import predicted_labels
from sitrep.model import Actor, Article, ArticleResult, Event, Location, Magnitude, TextSpan


def make_event(
    event_type: str = "ASSAULT",
    *,
    confidence: float = 0.5,
    modality: str = "asserted",
    quad: int = 4,
    actors: tuple[Actor, ...] = (),
    recipients: tuple[Actor, ...] = (),
    **fields: Any,
) -> Event:
    values: dict[str, Any] = {
        "event_mode": None,
        "intensity": 0.0,
        "cameo_root": None,
        "acled_event_type": None,
        "acled_sub_event_type": None,
        "location": None,
        "date": None,
        "date_precision": None,
        "fatalities": None,
        "injured": None,
        "arrested": None,
        "attribution": None,
        "article_id": None,
        "url": None,
    }
    values.update(fields)
    return Event(
        event_type=event_type,  # type: ignore[arg-type]
        modality=modality,  # type: ignore[arg-type]
        quad_class=quad,
        actors=actors,
        recipients=recipients,
        trigger=TextSpan("x", 0, 1),
        evidence=TextSpan("x", 0, 1),
        confidence=confidence,
        **values,
    )


class FakeCoder:
    """Returns the events listed for each text (none for unknown texts); records calls."""

    def __init__(self, table: Mapping[str, Sequence[Event]]) -> None:
        self.table = table
        self.seen: list[Article] = []

    def __call__(self, articles: Sequence[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            self.seen.append(article)
            yield ArticleResult(article=article, events=tuple(self.table.get(article.text, ())))


def item(text: str, **fields: Any) -> GoldItem:
    return GoldItem(id=text[:8], text=text, **fields)


def gold_set(*items: GoldItem, labels: frozenset[str] = frozenset()) -> GoldSet:
    return GoldSet("t", "sitrep", "t.jsonl", "0" * 64, tuple(items), len(items), None, labels)


def test_main_event_prefers_asserted_then_confidence() -> None:
    low = make_event("ACCUSE", confidence=0.4)
    high_future = make_event("THREATEN", confidence=0.9, modality="future")
    high = make_event("ASSAULT", confidence=0.8)
    assert main_event([low, high_future, high]) is high
    assert main_event([high_future]) is high_future
    assert main_event([]) is None
    tie = make_event("PROTEST", confidence=0.4)
    assert main_event([low, tie]) is low


def test_types_quad_and_no_event() -> None:
    coder = FakeCoder(
        {
            "a": [make_event("ACCUSE", quad=3)],
            "b": [make_event("PROTEST", quad=4)],
            "d": [make_event("CONCEDE", quad=1)],
        }
    )
    gold = gold_set(
        item("a", event_types=("ACCUSE",), quad=3),
        item("b", event_types=("ASSAULT",), quad=4),
        item("c", event_types=("REJECT",), quad=3),  # no event coded: a miss, quad 0
        item("d", event_types=("RETREAT", "CONCEDE"), quad=2),
    )
    report = evaluate_set(gold, coder=coder, use_geoparser=False)
    metrics = report.metrics
    assert metrics["type.accuracy"] == 0.5
    assert metrics["quad.accuracy"] == 0.5
    assert metrics["type.ACCUSE.f1"] == 1.0 and metrics["type.REJECT.r"] == 0.0
    assert report.confusion["type"]["REJECT"] == {"NONE": 1}
    assert report.confusion["quad"]["3"] == {"3": 1, "0": 1}
    assert report.support["type.accuracy"] == 4 and report.support["type.ACCUSE.f1"] == 1


def test_roles_exact_and_overlap_ignore_edge_spaces() -> None:
    text = "Iran condemned the US."
    source = Actor("Iran ", 0, 5)
    target = Actor("US", 19, 21)
    coder = FakeCoder({text: [make_event("ACCUSE", actors=(source,), recipients=(target,))]})
    gold = gold_set(item(text, sources=((0, 4),), targets=((15, 21),)))
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert metrics["roles.source.exact_f1"] == 1.0
    assert metrics["roles.target.exact_f1"] == 0.0
    assert metrics["roles.target.overlap_f1"] == 1.0
    assert metrics["roles.exact_f1"] == 0.5


def test_implicit_actors_are_no_span_prediction() -> None:
    text = "Five people were killed in Obo."
    implicit = Actor("", 12, 12, name="unidentified armed forces", sector="UAF", implicit=True)
    victims = Actor("Five people", 0, 11)
    coder = FakeCoder({text: [make_event("ASSAULT", actors=(implicit,), recipients=(victims,))]})
    gold = gold_set(item(text, sources=(), targets=((0, 11),)))
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert metrics["roles.exact_p"] == 1.0 and metrics["roles.overlap_f1"] == 1.0


def test_actors_facts_and_location() -> None:
    text = "Ugandan troops killed 5 rebels in Obo on 18 January 2013."
    event = make_event(
        actors=(Actor("Ugandan troops", 0, 14, country="UGA", sector="MIL", inter=1),),
        recipients=(Actor("rebels", 24, 30, sector="REB", inter=2),),
        location=Location("Obo", 34, 37, lat=5.4, lon=26.49),
        date=dt.date(2013, 1, 18),
        fatalities=Magnitude(5, 5, 5),
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
    )
    from sitrep.evaluate.gold import GoldActor

    gold = gold_set(
        item(
            text,
            event_types=("ASSAULT",),
            actors=(
                GoldActor("Government of Uganda", ("UGA",), ("GOV", "MIL"), 1),
                GoldActor("LRA", (), ("REB",), 2),
            ),
            location=(5.4, 26.5),
            event_date=dt.date(2013, 1, 18),
            fatalities=5,
            acled_event_type=("Battles",),
            acled_sub_event_type="armed clash",
            modality="asserted",
        ),
        item("nothing here", fatalities=10, location=(0.0, 0.0), event_date=dt.date(2013, 1, 1)),
    )
    metrics = evaluate_set(gold, coder=FakeCoder({text: [event]}), use_geoparser=False).metrics
    assert metrics["actor.country_accuracy"] == 1.0
    assert metrics["actor.sector_accuracy"] == 1.0 and metrics["actor.inter_accuracy"] == 1.0
    assert metrics["acled.event_type_accuracy"] == 1.0
    assert metrics["acled.sub_event_type_accuracy"] == 1.0
    assert metrics["date.exact"] == 0.5
    assert metrics["fatalities.exact"] == 0.5  # no event: 0 killed, gold 10
    assert metrics["location.acc25"] == 0.5 and metrics["modality.accuracy"] == 1.0


def test_fatalities_within_ten_percent() -> None:
    coder = FakeCoder({"a": [make_event(fatalities=Magnitude(9, 9, 9))], "b": [make_event()]})
    gold = gold_set(item("a", fatalities=10), item("b", fatalities=0))
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert metrics["fatalities.exact"] == 0.5  # b: no count means 0, which is right
    assert metrics["fatalities.within10"] == 1.0


def test_false_alarms_per_100_texts() -> None:
    coder = FakeCoder({"a": [make_event(), make_event("ACCUSE")]})
    gold = gold_set(item("a", event_types=()), item("b", event_types=()))
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert metrics["false_alarms.events_per_100"] == 100.0
    assert metrics["false_alarms.texts_per_100"] == 50.0
    assert metrics["type.accuracy"] == 0.5


def test_sentences_of_an_article_are_coded_once_in_their_article() -> None:
    article = "Police fired.\nOne died.\nRain."
    police = (Actor("police", 0, 6, sector="COP"),)
    killing = make_event(actors=police, fatalities=Magnitude(1, 1, 1))
    killing = replace(killing, trigger=TextSpan("died", 18, 22))
    coder = FakeCoder({article: [killing]})
    gold = gold_set(
        GoldItem("1:0", "Police fired.", document_id="1", document=article, span=(0, 13)),
        GoldItem("1:1", "One died.", labels=frozenset({"KILL"}), document_id="1",
                 document=article, span=(14, 23)),
        GoldItem("1:2", "Rain.", document_id="1", document=article, span=(24, 29)),
        labels=frozenset({"KILL"}),
    )
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert [seen.text for seen in coder.seen] == [article]  # one article, coded once
    assert metrics["labels.KILL.p"] == 1.0 and metrics["labels.KILL.r"] == 1.0


def test_police_label_rules() -> None:
    police = (Actor("police", 0, 6, sector="COP"),)
    coder = FakeCoder(
        {
            "a": [make_event("COERCE", actors=police, event_mode="arrest")],
            "b": [make_event(actors=police, fatalities=Magnitude(2, 2, 2))],
            "c": [make_event("ASSAULT", actors=(Actor("mob", 0, 3, sector="CVL"),))],
        }
    )
    labels = frozenset({"KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION"})
    gold = gold_set(
        item("a", labels=frozenset({"ARREST", "ANY_ACTION"})),
        item("b", labels=frozenset({"KILL", "ANY_ACTION"})),
        item("c", labels=frozenset()),
        labels=labels,
    )
    metrics = evaluate_set(gold, coder=coder, use_geoparser=False).metrics
    assert metrics["labels.ARREST.f1"] == 1.0 and metrics["labels.KILL.f1"] == 1.0
    assert metrics["labels.ANY_ACTION.f1"] == 1.0
    assert metrics["labels.FORCE.p"] == 0.0  # the police killing also counts as FORCE


def test_police_labels_count_past_police_actions_but_not_hypothetical_ones() -> None:
    police = (Actor("police", 0, 6, sector="COP"),)
    names = frozenset({"KILL", "FORCE"})
    past = make_event(actors=police, fatalities=Magnitude(2, 2, 2), modality="historical")
    feared = make_event(actors=police, fatalities=Magnitude(2, 2, 2), modality="hypothetical")
    assert predicted_labels((past,), names) == names
    assert predicted_labels((feared,), names) == frozenset()
    assert predicted_labels((past,), frozenset({"KILLINGS"})) == frozenset()  # MM: unchanged


def test_a_police_ban_is_no_use_of_force() -> None:
    police = (Actor("police", 0, 6, sector="COP"),)
    ban = make_event("COERCE", actors=police, event_mode="restrict")
    firing = make_event("ASSAULT", actors=police, event_mode="firearms")
    names = frozenset({"FORCE", "ARREST"})
    assert predicted_labels((ban,), names) == frozenset()
    assert predicted_labels((firing,), names) == frozenset({"FORCE"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    lat: float | None
    lon: float | None


class FakeGeoparser:
    def geoparse(self, text: str) -> list[Mention]:
        return [Mention(7, 12, 14.9, 120.9), Mention(0, 3, 1.0, 1.0)]

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Mention]:
        return [Mention(7, 12, 14.87, 120.95)]


def test_toponyms_end_to_end_and_with_gold_names() -> None:
    text = "Flu in Pandi, Bulacan."
    places = (GoldPlace(7, 12, "Pandi", 14.87, 120.95), GoldPlace(14, 21, "Bulacan", 15.0, 121.08))
    gold = gold_set(item(text, places=places))
    coder = FakeCoder({})
    report = evaluate_set(gold, coder=coder, geoparser=FakeGeoparser())
    metrics = report.metrics
    assert coder.seen == []  # toponym-only gold needs no event coding
    assert metrics["toponym.detect.exact_p"] == 0.5 and metrics["toponym.detect.exact_r"] == 0.5
    assert metrics["toponym.e2e.acc25"] == 1.0 and report.support["toponym.e2e.acc25"] == 1
    assert metrics["toponym.gold.acc161"] == 0.5  # Bulacan unresolved: the largest error
    assert metrics["toponym.gold.median_km"] > 1000


def test_toponyms_skipped_without_geoparser() -> None:
    gold = gold_set(item("Flu in Pandi.", places=(GoldPlace(7, 12, "Pandi", 1.0, 1.0),)))
    report = evaluate_set(gold, coder=FakeCoder({}), use_geoparser=False)
    assert not any(name.startswith("toponym") for name in report.metrics)
    assert any("toponym metrics skipped" in note for note in report.notes)


def test_scorecards_of_shards_add_up() -> None:
    coder = FakeCoder({"a": [make_event("ACCUSE")], "c": [make_event()]})
    items = [
        item("a", event_types=("ACCUSE",), fatalities=0),
        item("b", event_types=("REJECT",), fatalities=3),
        item("c", event_types=("ASSAULT",), location=(1.0, 1.0)),
    ]
    whole = score_set(gold_set(*items), coder=coder)
    shards = score_set(gold_set(*items[:1]), coder=coder) + score_set(
        gold_set(*items[1:]), coder=coder
    )
    from sitrep.evaluate import summarize

    assert summarize(whole) == summarize(shards)


def test_coder_errors_are_noted() -> None:
    def broken(articles: Sequence[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            yield ArticleResult(article=article, error="boom")

    report = evaluate_set(gold_set(item("a", event_types=("ACCUSE",))), coder=broken)
    assert report.metrics["type.accuracy"] == 0.0
    assert any("could not be coded" in note for note in report.notes)


def test_short_coder_output_is_an_error() -> None:
    def short(articles: Sequence[Article]) -> Iterator[ArticleResult]:
        return iter(())

    with pytest.raises(EvaluationError, match="fewer results"):
        evaluate_set(gold_set(item("a", event_types=())), coder=short)


def test_results_out_of_order_are_an_error() -> None:
    def backwards(articles: Sequence[Article]) -> Iterator[ArticleResult]:
        return iter([ArticleResult(article=a) for a in reversed(articles)])

    with pytest.raises(EvaluationError, match="out of order"):
        evaluate_set(
            gold_set(item("first", event_types=()), item("second", event_types=())), coder=backwards
        )


def test_evaluate_from_a_file_and_render(tmp_path: Path) -> None:
    lines = [
        {
            "id": "1",
            "text": "Police arrested 3 men.",
            "date": "2020-01-02",
            "events": [{"event_type": "COERCE"}],
        },
        {"id": "2", "text": "Nice weather.", "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    coder = FakeCoder({"Police arrested 3 men.": [make_event("COERCE")]})
    report = evaluate(path, coder=coder)
    assert coder.seen[0].date == dt.date(2020, 1, 2) and coder.seen[0].id == "1"
    assert report.metrics["type.accuracy"] == 1.0 and report.size == 2
    assert report.kind == "sitrep" and len(report.sha256) == 64
    table = render([report], "table")
    assert "type.accuracy" in table and "n=2" in table
    data = json.loads(render([report], "json"))
    assert data["metrics"]["type.accuracy"] == 1.0 and data["dataset"] == "gold"
    assert "| type.accuracy | 1.000 | 2 |" in render([report], "markdown")
    with pytest.raises(ConfigError, match="unknown format"):
        render([report], "xml")


@pytest.mark.shared
def test_dev_sets_load(shared_dir: Path) -> None:
    from sitrep.evaluate.gate import DEV_SETS, SEED

    for dev in DEV_SETS:
        gold = load_gold(shared_dir / "data" / dev.path, kind=dev.kind, limit=dev.limit, seed=SEED)
        assert gold.items, dev.name
        assert dev.limit is None or len(gold.items) == dev.limit


@pytest.mark.shared
@pytest.mark.slow
def test_real_pipeline_on_a_dev_sample(shared_dir: Path, nlp: Any) -> None:
    path = shared_dir / "data" / "dev" / "plover_pairs" / "train.tsv"
    report = evaluate(path, limit=30, seed=1)
    assert report.size == 30 and report.support["type.accuracy"] == 30
    assert 0.0 <= report.metrics["type.accuracy"] <= 1.0
    assert "roles.overlap_f1" in report.metrics and "quad.accuracy" in report.metrics
