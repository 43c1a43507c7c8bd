"""Title Case headlines are parsed in sentence case, and the text stays as written."""

from __future__ import annotations

import pytest

from sitrep.headline import cased_words, is_title_case, sentence_case
from sitrep.nlp import load_pipeline
from sitrep.pipeline import code_text


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline(disable=("ner",))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Rebels Seize Two Towns Near Border After Heavy Fighting", True),
        ("Rebels seized two towns near the border after heavy fighting.", False),
        ("REBELS SEIZE TWO TOWNS NEAR BORDER", False),  # shouted, not title case
        ("Talks in Doha", False),  # too short to tell
        ("Army Chief Visits Troops", True),
    ],
)
def test_title_case_lines_are_recognised(nlp, line: str, title: bool) -> None:  # type: ignore[no-untyped-def]
    assert is_title_case(nlp.make_doc(line)) is title


def test_common_words_are_lowered_and_names_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Kenyan Police Detain Hamas Envoy at UN Office in Mombasa, Says Ministry")
    words = cased_words(list(doc))
    assert words is not None
    assert " ".join(words) == (
        "Kenyan police detain Hamas envoy at UN office in Mombasa , says ministry"
    )


def test_recased_copy_has_the_same_tokens_and_lengths(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Government Troops Recapture Strategic Hill From Insurgents")
    recased = sentence_case(doc)
    assert recased is not None
    assert len(recased) == len(doc)
    assert len(recased.text) == len(doc.text)
    assert recased.text == "Government troops recapture strategic hill from insurgents"
    assert sentence_case(nlp.make_doc("Government troops recaptured a hill.")) is None


def test_a_title_case_headline_gets_its_verb() -> None:
    text = "Moscow Accuses Kyiv of Shelling Power Plant\n\nThe ministry said the plant was hit."
    events = code_text(text)
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse, [(e.event_type, e.trigger.text) for e in events]
    assert accuse[0].trigger.text == "Accuses"  # the article's own letters
    assert text[accuse[0].trigger.start : accuse[0].trigger.end] == "Accuses"
    assert [a.country for a in accuse[0].actors] == ["RUS"]
    assert [r.country for r in accuse[0].recipients] == ["UKR"]


def _coded(text: str) -> list[tuple[object, ...]]:
    return [
        (e.event_type, e.trigger.start,
         tuple((a.start, a.end, a.country, a.sector) for a in e.actors),
         tuple((r.start, r.end, r.country, r.sector) for r in e.recipients))
        for e in code_text(text)
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Police Arrest 40 Striking Teachers in Harare",
        "Junta Offers Rebels Safe Passage Out of Besieged Town",
        "Minister Threatens Fresh Sanctions on Iran and Syria",
        "Militants Attack Army Base in Northern Mali",
    ],
)
def test_a_headline_is_coded_as_its_sentence_case_copy(headline: str) -> None:
    from sitrep.nlp import load_pipeline

    words = cased_words(list(load_pipeline(disable=("ner",)).make_doc(headline)))
    assert words is not None
    lowered = "".join(  # same offsets: only letter case differs
        w + t.whitespace_ for w, t in zip(words, load_pipeline().make_doc(headline), strict=True)
    )
    assert len(lowered) == len(headline)
    coded = _coded(headline)
    assert coded, headline
    assert coded == _coded(lowered)
