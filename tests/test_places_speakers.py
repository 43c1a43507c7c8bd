"""Names that look like towns but are not: the speaker after a verb of saying, the tail of
a name after a particle ('de', 'bin'), a common word opening a sentence that an old city name
matches ('Drug'). Parsed without NER, as sitrep's pipeline does."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.resolve.places import find_places


@pytest.fixture(scope="module")
def nlp_no_ner() -> Any:
    from sitrep.nlp import load_pipeline

    return load_pipeline(disable=("ner",))


def _found(nlp: Any, text: str) -> list[str]:
    return [p.text for p in find_places(nlp(text))]


def test_the_speaker_after_said_is_no_town(nlp_no_ner: Any) -> None:
    text = "“There should be proper research in that regard,” said Nawa. Botswana has elephants."
    assert _found(nlp_no_ner, text) == ["Botswana"]


def test_a_capital_or_province_may_speak_for_its_government(nlp_no_ner: Any) -> None:
    assert _found(nlp_no_ner, "The talks failed, said Moscow.") == ["Moscow"]
    assert _found(nlp_no_ner, "Rebels attacked, said Hama.") == ["Hama"]


def test_the_tail_of_a_name_after_a_particle_is_no_town(nlp_no_ner: Any) -> None:
    text = "Lawyer Lionel Bethune de Moro, representing the victims, spoke in Abidjan."
    assert _found(nlp_no_ner, text) == ["Abidjan"]
    text = "Rio de Janeiro and Sao Paulo saw protests."
    assert _found(nlp_no_ner, text) == ["Rio de Janeiro", "Sao Paulo"]


def test_a_common_word_opening_a_sentence_is_no_old_city_name(nlp_no_ner: Any) -> None:
    # Durg, India, was once 'Drug'; the alternate name must not make the noun a city
    text = "Drug traffickers shot down two police helicopters near Culiacan."
    assert _found(nlp_no_ner, text) == ["Culiacan"]
