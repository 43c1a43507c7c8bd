"""resolve_event_date / find_dates / is_past_reference on hand-written sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sitrep.resolve.dates import (
    ResolvedDate,
    find_dates,
    is_past_reference,
    period_end,
    resolve_event_date,
)

PUB = dt.date(2024, 3, 13)  # a Wednesday


def resolve(
    nlp: Any, text: str, trigger: str | None = None, publication: dt.date | None = PUB
) -> ResolvedDate | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger) if trigger else None
    return resolve_event_date(doc[:], publication, trigger=token)


def date_of(nlp: Any, text: str, trigger: str | None = None) -> tuple[str, str, str | None]:
    found = resolve(nlp, text, trigger)
    assert found is not None
    return found.date.isoformat(), found.precision, found.span.text if found.span else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked the village on Tuesday.", ("2024-03-12", "day", "Tuesday")),
        ("Gunmen attacked the village on Wednesday.", ("2024-03-13", "day", "Wednesday")),
        ("Gunmen attacked the village on Thursday.", ("2024-03-07", "day", "Thursday")),
        ("Gunmen attacked the village last Wednesday.", ("2024-03-06", "day", "last Wednesday")),
        ("Gunmen attacked the village on Monday night.", ("2024-03-11", "day", "Monday")),
        ("Protesters marched yesterday.", ("2024-03-12", "day", "yesterday")),
        ("Police raided the camp today.", ("2024-03-13", "day", "today")),
        ("Shelling continued overnight.", ("2024-03-12", "day", "overnight")),
        ("Troops were deployed last night.", ("2024-03-12", "day", "last night")),
        ("The attack happened three days ago.", ("2024-03-10", "day", "three days ago")),
    ],
)
def test_relative_days(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert date_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops were deployed last week.", ("2024-03-04", "week", "last week")),
        ("Clashes erupted earlier this week.", ("2024-03-11", "week", "earlier this week")),
        ("The attack happened two weeks ago.", ("2024-02-26", "week", "two weeks ago")),
        ("Arrests were made over the weekend.", ("2024-03-09", "week", "the weekend")),
        ("Prices rose last month.", ("2024-02-01", "month", "last month")),
        ("Attacks surged earlier this month.", ("2024-03-01", "month", "earlier this month")),
        ("The ceasefire collapsed last year.", ("2023-01-01", "year", "last year")),
        ("Fighting has intensified in recent days.", ("2024-03-13", "week", "recent days")),
        ("Fighting has intensified in recent weeks.", ("2024-03-13", "month", "recent weeks")),
    ],
)
def test_relative_periods(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert date_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack took place on March 3.", ("2024-03-03", "day", "March 3")),
        ("The attack took place on 3 March 2023.", ("2023-03-03", "day", "3 March 2023")),
        ("The attack took place on March 3, 2023.", ("2023-03-03", "day", "March 3, 2023")),
        ("The attack took place on 2024-03-03.", ("2024-03-03", "day", "2024-03-03")),
        ("On the 5th of March, troops entered.", ("2024-03-05", "day", "the 5th of March")),
        ("The attack took place in March.", ("2024-03-01", "month", "March")),
        ("The attack took place in December.", ("2023-12-01", "month", "December")),
        ("The attack took place in March 2020.", ("2020-03-01", "month", "March 2020")),
        ("The group was founded in 2012.", ("2012-01-01", "year", "2012")),
        ("Violence peaked in the 1990s.", ("1990-01-01", "year", "the 1990s")),
    ],
)
def test_absolute_dates(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert date_of(nlp, text) == expected


def test_no_date_expression_gives_publication_week(nlp: Any) -> None:
    assert resolve(nlp, "Militants killed 5 people.") == ResolvedDate(PUB, "week", None)


def test_no_publication_date(nlp: Any) -> None:
    assert resolve(nlp, "Militants killed 5 people.", publication=None) is None
    assert resolve(nlp, "Militants killed 5 people on Tuesday.", publication=None) is None
    assert resolve(nlp, "The attack took place in March.", publication=None) is None
    found = resolve(nlp, "The attack took place on 3 March 2023.", publication=None)
    assert found is not None and found.date == dt.date(2023, 3, 3)


def test_future_clause_looks_forward(nlp: Any) -> None:
    assert date_of(nlp, "The talks will resume on Friday.", "resume")[0] == "2024-03-15"
    assert date_of(nlp, "Police will march on Sunday.", "march")[0] == "2024-03-17"


def test_month_day_year_follows_tense(nlp: Any) -> None:
    assert date_of(nlp, "The judge ordered him to appear on March 27.")[0] == "2024-03-27"
    assert date_of(nlp, "Rebels seized the town on November 2.")[0] == "2023-11-02"


def test_trigger_clause_wins(nlp: Any) -> None:
    text = "On Tuesday, police said 12 people were killed last week."
    assert date_of(nlp, text, "killed")[1:] == ("week", "last week")
    assert date_of(nlp, text, "said")[2] == "Tuesday"
    text = "The war began in 2011, and 12 people were killed on Monday."
    assert date_of(nlp, text, "killed")[0] == "2024-03-11"
    assert date_of(nlp, text, "began")[0] == "2011-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "A 12-year-old boy was killed.",
        "The two-day protest ended.",
        "The council passed Resolution 2254.",
        "The mayor may resign.",
        "Thousands joined the march in the capital.",
        "He was sentenced to 10 years.",
    ],
)
def test_not_dates(nlp: Any, text: str) -> None:
    assert find_dates(nlp(text)[:], PUB) == []


def test_spans_are_doc_offsets(nlp: Any) -> None:
    text = "Reports came in. Gunmen attacked the village on Tuesday."
    doc = nlp(text)
    found = resolve_event_date(list(doc.sents)[1], PUB)
    assert found is not None and found.span is not None
    assert text[found.span.start : found.span.end] == "Tuesday"


def test_is_past_reference(nlp: Any) -> None:
    assert is_past_reference(nlp("The group was founded in 2012.")[:], PUB)
    assert is_past_reference(nlp("Violence peaked in the 1990s.")[:], PUB)
    assert not is_past_reference(nlp("Gunmen attacked the village on Tuesday.")[:], PUB)
    assert not is_past_reference(nlp("Prices rose last year.")[:], PUB)
    assert not is_past_reference(nlp("Militants killed 5 people.")[:], PUB)
    assert not is_past_reference(nlp("The group was founded in 2012.")[:], None)


@pytest.mark.parametrize(
    ("date", "precision", "end"),
    [
        (dt.date(2024, 3, 4), "day", dt.date(2024, 3, 4)),
        (dt.date(2024, 3, 4), "week", dt.date(2024, 3, 10)),
        (dt.date(2024, 2, 1), "month", dt.date(2024, 2, 29)),
        (dt.date(2024, 12, 1), "month", dt.date(2024, 12, 31)),
        (dt.date(2023, 1, 1), "year", dt.date(2023, 12, 31)),
    ],
)
def test_period_end(date: dt.date, precision: Any, end: dt.date) -> None:
    assert period_end(date, precision) == end


def test_a_whole_doc_is_read_as_one_sentence(nlp: Any) -> None:
    found = resolve_event_date(nlp("Protesters marched yesterday."), PUB)
    assert found is not None and found.date == dt.date(2024, 3, 12)


def test_year_before_the_event_noun(nlp: Any) -> None:
    text = "A trial opened in Paris on Monday over the 2004 bombing that killed nine soldiers."
    assert date_of(nlp, text, "killed") == ("2004-01-01", "year", "the 2004")
    assert date_of(nlp, text, "opened")[1:] == ("day", "Monday")


def test_weekday_of_last_week(nlp: Any) -> None:
    assert date_of(nlp, "Rebels attacked the town on Thursday last week.") == (
        "2024-03-07",
        "day",
        "Thursday last week",
    )
