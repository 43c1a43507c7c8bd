from __future__ import annotations

import pytest

from sitrep.errors import ModelError
from sitrep.extract.lexicon import inflections, load_lexicon, parse_lexicon


def test_shipped_lexicon_parses_and_covers_every_type() -> None:
    lexicon = load_lexicon()
    types = {e.event_type for entries in lexicon.single.values() for e in entries}
    types |= {e.event_type for entries in lexicon.multi.values() for e in entries}
    assert len(types) == 16


def test_inflections_include_irregular_and_doubled_forms() -> None:
    assert {"fought", "fights", "fighting"} <= inflections("fight")
    assert {"shelled", "shelling"} <= inflections("shell")
    assert {"clashed", "clashes"} <= inflections("clash")
    assert "abducted" in inflections("abduct")


def test_may_trigger_is_a_cheap_surface_test() -> None:
    lexicon = load_lexicon()
    assert lexicon.may_trigger(["rebels", "shelled", "the", "town"])
    assert not lexicon.may_trigger(["the", "cat", "sat", "on", "the", "mat"])


@pytest.mark.parametrize(
    "line",
    ["attack\tV\tASSAULT\t-", "attack\tQ\tASSAULT\t-\tweak", "attack\tV\tFIGHTING\t-\tweak",
     "attack\tV\tASSAULT\t-\tmaybe"],
)
def test_bad_lines_name_the_line(line: str) -> None:
    with pytest.raises(ModelError, match="line 2"):
        parse_lexicon("# header\n" + line + "\n")
