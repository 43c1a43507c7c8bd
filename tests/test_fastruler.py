"""The compiled attribute-ruler matcher and the set-based lemma index give spaCy's own results."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

import pytest

from sitrep.fastruler import speed_up_attribute_ruler
from sitrep.nlp import MODEL_MODULES, load_pipeline

# Every two-token exception of the English ruler, spaces, and ordinary news prose.
TEXT = (
    "There is no deal, and there are no talks.  Rebels ain't leaving; they're gonna stay, "
    "y'all know it and ya'll gotta see.\n\nLet's go, c'mon. He gets what he got. "
    "Syrian and Russian warplanes struck eastern Aleppo on Tuesday , killing 12 civilians .\t"
    "The U.S. Secretary of State said it wasn't true; Mr. Smith's aides didn't comment."
)


@lru_cache(maxsize=1)
def _plain() -> Any:
    """The installed English model exactly as spaCy loads it (no sitrep changes)."""
    for name in MODEL_MODULES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    pytest.skip("no English spaCy model installed")


def _attrs(doc: Any) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i)) for t in doc
    ]


def test_sitrep_pipeline_annotates_exactly_as_spacy() -> None:
    ours = load_pipeline()
    assert _attrs(ours(TEXT)) == _attrs(_plain()(TEXT))


def test_compiled_matches_equal_spacys_matcher() -> None:
    plain = _plain()
    ruler = plain.get_pipe("attribute_ruler")
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = plain(TEXT)
    expected = ruler.match(doc)
    assert expected  # the tag map alone matches every token
    ours = load_pipeline().get_pipe("attribute_ruler")
    assert ours.match is not ruler.match
    assert ours.match(doc) == expected
    # the two-token exceptions are among them ("ai" + "n't", "gon" + "na", "There" + "is")
    assert any(end - start == 2 for _, _, start, end in expected)


def test_lemmas_of_the_set_index_equal_spacys() -> None:
    words = "fleeing besieged cities offered talks rebels were killed better worse geese"
    ours = [t.lemma_ for t in load_pipeline()(words)]
    assert ours == [t.lemma_ for t in _plain()(words)]
    index = load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(index.get(pos), frozenset) for pos in ("noun", "verb", "adj"))


def test_a_rule_outside_the_compiled_shapes_keeps_spacys_matcher() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    original = ruler.match
    assert speed_up_attribute_ruler(nlp) is False
    assert ruler.match == original


def test_a_pipeline_without_a_ruler_is_left_alone() -> None:
    import spacy

    assert speed_up_attribute_ruler(spacy.blank("en")) is False


def test_compiled_ruler_sets_attributes_like_spacy_on_a_hand_made_ruler() -> None:
    import spacy

    def build() -> Any:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": {"IN": ["strikes", "struck"]}}]], {"LEMMA": "strike"})
        ruler.add([[{"LOWER": "air"}, {"LOWER": {"REGEX": "^strikes?$"}}]], {"POS": "NOUN"},
                  index=-1)
        ruler.add([[{"IS_SPACE": False, "LOWER": {"NOT_IN": ["air"]}}]], {"MORPH": "Foo=Bar"})
        return nlp

    text = "Air strikes struck  air strike towns"
    plain = build()
    fast = build()
    assert speed_up_attribute_ruler(fast) is True
    expected = [(t.lemma_, t.pos_, str(t.morph)) for t in plain(text)]
    assert [(t.lemma_, t.pos_, str(t.morph)) for t in fast(text)] == expected
    assert expected[1] == ("strike", "NOUN", "Foo=Bar")


def test_a_rule_index_outside_its_match_gives_spacys_error() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "strike"}]], {"LEMMA": "x"}, index=2)
    assert speed_up_attribute_ruler(nlp) is True
    with pytest.raises(ValueError, match="E1001"):
        nlp("an air strike")
