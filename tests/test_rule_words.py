"""Every context rule of triggers.py can see its sentence: some word it needs is listed.

The pipeline parses only sentences that may hold a trigger (``Lexicon.may_trigger``); the
context rules of ``sitrep/extract/triggers.py`` type words that are not lexicon entries of
their own ("gave aid", "hurled stones", "sent to prison"), so their forms are listed by hand
in ``lexicon._RULE_WORDS``. A rule is seen when its verb or one of the words it requires is
listed; this test names the rules no listed word would let through.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.extract import triggers
from sitrep.extract.lexicon import inflections, load_lexicon
from sitrep.extract.verbs import load_verbs


def listed(words: Iterable[str]) -> bool:
    lexicon = load_lexicon()
    extra = load_verbs().surface
    return any(
        lexicon.may_trigger([form]) or form in extra
        for word in words
        for form in inflections(word) | {word}
    )


def test_object_rules_can_see_their_sentences() -> None:
    unseen = [
        sorted(verbs)[:3]
        for verbs, wanted, _, _ in triggers._OBJECT_RULES
        if not listed(verbs) and not listed(wanted)
    ]
    assert not unseen
    assert all(listed({verb}) for verbs, wanted, _, _ in triggers._OBJECT_RULES if not wanted
               for verb in verbs if verb != "handover"), "a rule with no required object"


def test_confinement_words_are_listed() -> None:
    missing = sorted(w for w in triggers._CONFINEMENT if not listed({w}))
    assert not missing, f"add to lexicon._RULE_WORDS: {missing}"
