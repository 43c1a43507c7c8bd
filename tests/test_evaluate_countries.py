"""Actor-country gold for PLOVER pairs: the TSV reader, the matching rule and the scoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from sitrep.errors import EvaluationError
from sitrep.evaluate import evaluate_set, load_gold
from sitrep.evaluate.harness import score_set
from sitrep.evaluate.loaders import PLOVER_COUNTRIES, read_country_gold
from sitrep.evaluate.scoring import summarize
from sitrep.model import Actor, Article, ArticleResult, Event, TextSpan

PAIRS = (
    "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"
    "\t4\t3\tACCUSE\tx\t<s>Pakistan</s> summoned <t>France's ambassador</t>.\tPakistan\tx\n"
    "\t5\t3\tACCUSE\tx\t<s>The UN</s> condemned <t>Iran</t>.\tThe UN\tIran\n"
    "\t9\t4\tASSAULT\tx\t<s>Russian jets</s> hit <t>the town</t>.\tRussian jets\tthe town\n"
)
COUNTRIES = (
    "# hand-made\nrow\tsentence_id\trole\tiso3\n"
    "0\t4\tsource\tPAK\n0\t4\ttarget\tFRA\n"
    "1\t5\tsource\t-\n1\t5\ttarget\tIRN\n"
    "2\t9\tsource\tRUS\n2\t9\ttarget\tSYR\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def event(actors: tuple[Actor, ...], recipients: tuple[Actor, ...] = ()) -> Event:
    return Event(
        event_type="ACCUSE",
        modality="asserted",
        quad_class=3,
        actors=actors,
        recipients=recipients,
        trigger=TextSpan("x", 0, 1),
        evidence=TextSpan("x", 0, 1),
        confidence=0.5,
        event_mode=None,
        intensity=0.0,
        cameo_root=None,
        acled_event_type=None,
        acled_sub_event_type=None,
        location=None,
        date=None,
        date_precision=None,
        fatalities=None,
        injured=None,
        arrested=None,
        attribution=None,
        article_id=None,
        url=None,
    )


class Coder:
    def __init__(self, table: Mapping[str, Sequence[Event]]) -> None:
        self.table = table

    def __call__(self, articles: Sequence[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            yield ArticleResult(article=article, events=tuple(self.table.get(article.text, ())))


def test_country_gold_next_to_the_file_is_attached(tmp_path: Path) -> None:
    path = write(tmp_path / "pairs.tsv", PAIRS)
    write(tmp_path / "pairs_countries.tsv", COUNTRIES)
    first, second, third = load_gold(path).items
    assert (first.source_country, first.target_country) == ("PAK", "FRA")
    assert (second.source_country, second.target_country) == (None, "IRN")
    assert third.target_country == "SYR"


def test_country_gold_with_other_sentence_ids_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "pairs.tsv", PAIRS)
    write(tmp_path / "pairs_countries.tsv", COUNTRIES.replace("2\t9\t", "2\t8\t"))
    gold = load_gold(path)
    assert all(i.source_country is None and i.target_country is None for i in gold.items)
    report = evaluate_set(gold, coder=Coder({}), use_geoparser=False)
    assert "actor.country_accuracy" not in report.metrics
    assert any("country" in note for note in report.notes)


def test_bad_country_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.tsv", COUNTRIES.replace("FRA", "France"))
    with pytest.raises(EvaluationError, match=r"c\.tsv:4"):
        read_country_gold(path)


def test_span_country_scoring_all_and_matched(tmp_path: Path) -> None:
    path = write(tmp_path / "pairs.tsv", PAIRS)
    write(tmp_path / "pairs_countries.tsv", COUNTRIES)
    gold = load_gold(path)
    texts = [i.text for i in gold.items]
    coder = Coder(
        {
            # source right; target coded as an actor (wrong role) but its country is right
            texts[0]: [
                event(
                    (
                        Actor("Pakistan", 0, 8, country="PAK"),
                        Actor("ambassador", 18, 28, country="FRA"),
                    )
                )
            ],
            # the UN source is not scored ("-"); the target is missed: wrong in the full figure
            texts[1]: [event((Actor("The UN", 0, 6, country="UNO"),))],
            # source wrong country; target matched with no country
            texts[2]: [
                event((Actor("Russian jets", 0, 12, country="UKR"),), (Actor("the town", 17, 25),))
            ],
        }
    )
    report = evaluate_set(gold, coder=coder, use_geoparser=False)
    assert report.support["actor.country_accuracy"] == 5
    assert report.metrics["actor.country_accuracy"] == pytest.approx(2 / 5)
    assert report.support["actor.country_accuracy_matched"] == 4
    assert report.metrics["actor.country_accuracy_matched"] == pytest.approx(2 / 4)


def test_shipped_country_gold_is_well_formed() -> None:
    countries, ids = read_country_gold(PLOVER_COUNTRIES)
    assert len(ids) == len(countries) == 1050
    assert all(set(roles) == {"source", "target"} for roles in countries.values())


class Mentions:
    """A fake mention resolver: a country per exact span text, with the calls it got."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = table
        self.calls: list[tuple[str, list[tuple[int, int]]]] = []

    def resolve_actor_spans(
        self, text: str, spans: Sequence[tuple[int, int]], **metadata: object
    ) -> list[list[Actor]]:
        self.calls.append((text, list(spans)))
        out = []
        for start, end in spans:
            country = self.table.get(text[start:end])
            out.append([Actor(text[start:end], start, end, country=country)] if country else [])
        return out


def test_country_given_spans_scores_resolution_whatever_the_roles(tmp_path: Path) -> None:
    path = write(tmp_path / "pairs.tsv", PAIRS)
    write(tmp_path / "pairs_countries.tsv", COUNTRIES)
    gold = load_gold(path)
    # no events at all: the end-to-end figure is 0, resolution of the given spans is not
    mentions = Mentions({"Pakistan": "PAK", "France's ambassador": "FRA", "Iran": "IRN",
                         "Russian jets": "RUS", "the town": "UKR"})
    card = score_set(gold, coder=Coder({}), mentions=mentions)
    metrics, support = summarize(card)
    assert metrics["actor.country_accuracy"] == 0.0
    assert support["actor.country_accuracy_given_spans"] == 5  # the UN's "-" is not scored
    assert metrics["actor.country_accuracy_given_spans"] == pytest.approx(4 / 5)
    # only spans with a gold country are asked for, once each, as trimmed offsets
    asked = [spans for _, spans in mentions.calls]
    assert asked == [[(0, 8), (18, 37)], [(17, 21)], [(0, 12), (17, 25)]]


def test_country_given_spans_is_not_scored_without_a_resolver(tmp_path: Path) -> None:
    path = write(tmp_path / "pairs.tsv", PAIRS)
    write(tmp_path / "pairs_countries.tsv", COUNTRIES)
    report = evaluate_set(load_gold(path), coder=Coder({}), use_geoparser=False)
    assert "actor.country_accuracy_given_spans" not in report.metrics


@pytest.mark.slow
def test_resolve_actor_spans_uses_the_article_date_and_focus() -> None:
    from sitrep.pipeline import resolve_actor_spans

    text = "In Kabul, police arrested two men, and President Karzai condemned the attack."
    spans = [(10, 16), (39, 55), (60, 500), (5, 5)]
    police, karzai, outside, empty = resolve_actor_spans(text, spans, date=dt.date(2010, 5, 1))
    assert [(a.text, a.country, a.sector) for a in police] == [("police", "AFG", "COP")]
    assert karzai and karzai[0].country == "AFG" and karzai[0].start == 39
    assert outside == [] and empty == []
