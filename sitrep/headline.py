"""Title-case headlines are parsed as if written in sentence case.

spaCy's small English model reads a line in Title Case as a run of proper nouns: "Russia
Accuses Ukraine of Attacking Oil Refinery" comes out with no verb at all, and "Police Arrest 20
Protesters in Nairobi" with "Arrest" as a name. News headlines are often written so, and a
headline states the story's main event. :func:`sentence_case` gives the words of such a line
with every capitalised common word lower-cased ("Russia accuses Ukraine of attacking oil
refinery"), keeping the capitals of words that name a sizeable place, a nationality or a named
actor; the pipeline parses those words and :func:`restore` copies the parse back onto the
original tokens, so the article text and every offset stay as given.

A word is common when its lower-case form, or the stem an English inflection leaves
("accuses" → "accuse", "attacking" → "attack", "fled" by the lemmatizer's exceptions), is in
the word lists of spaCy's own lemmatizer. Those lists also hold some place names ("Syria"),
which is why names are checked first, as one, two and three words against the gazetteer (a
country, a first-level division or a place of 100,000 people or more), the actor dictionary's
named actors and the nationality words.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Any

# Words a title may leave in lower case; they say nothing about the case style of a line.
_MINOR = frozenset(
    "a an the and or but nor of in on at to for by with from as into onto over under up "
    "off out via vs v after amid says say said is are was were be its it".split()
)
_MAX_NAME_WORDS = 3


def is_title_case(tokens: Iterable[Any]) -> bool:
    """Whether one sentence's tokens are a line in Title Case: at least three words after
    the first that are not short function words, all capitalised, not all in capitals."""
    content = [
        t.text
        for t in islice(tokens, 1, None)
        if t.is_alpha and len(t.text) > 2 and t.lower_ not in _MINOR
    ]
    if len(content) < 3:
        return False
    if not all(word[0].isupper() for word in content):
        return False
    return not all(word.isupper() for word in content)


def sentence_case(doc: Any) -> Any | None:
    """A Doc of the same tokens in sentence case for parsing, or None when ``doc`` (one
    tokenised sentence) is not a Title Case line or nothing would change."""
    from spacy.tokens import Doc

    tokens = list(doc)
    words = cased_words(tokens)
    if words is None:
        return None
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])


def cased_words(tokens: list[Any]) -> list[str] | None:
    """The words of one sentence as :func:`sentence_case` parses them, or None when it is
    not a Title Case line or nothing would change."""
    if not is_title_case(tokens):
        return None
    keep = _named(tokens)
    words = [t.text for t in tokens]
    changed = False
    for n, token in enumerate(tokens):
        if n == 0 or n in keep or not token.is_alpha:
            continue
        if not token.text[0].isupper() or (token.text.isupper() and len(token.text) > 1):
            continue  # lower case already, or an acronym: "UN", "NATO"
        lower = token.text.lower()
        if len(lower) != len(token.text):
            continue  # offsets must not move
        if lower in _MINOR or token.is_stop or _is_common(lower):
            words[n] = lower
            changed = True
    return words if changed else None


def text_as_parsed(span: Any) -> str:
    """``span.text`` with the letter case its words were parsed in: the sentence-case words
    of the Title Case lines the pipeline recorded with :func:`mark`. Same length as the
    original; role and actor rules read names by their capitals, and a headline's capitals
    do not mark names."""
    text: str = span.text
    lines = span.doc.user_data.get(_KEY)
    if not lines:
        return text
    start, end = span.start_char, span.start_char + len(text)
    for first, last, cased in lines:
        if first < end and start < last:
            lo, hi = max(first, start), min(last, end)
            text = text[: lo - start] + cased[lo - first : hi - first] + text[hi - start :]
    return text


def capitalised(token: Any) -> bool:
    """Whether a token starts with a capital as parsed (a Title Case headline's common words
    do not)."""
    if not token.text[:1].isupper():
        return False
    lines = token.doc.user_data.get(_KEY)
    if not lines:
        return True
    at = token.idx
    for first, last, cased in lines:
        if first <= at < last:
            return bool(cased[at - first].isupper())
    return True


def mark(doc: Any, lines: list[tuple[int, str]]) -> None:
    """Record on ``doc`` the sentence-case text of its recased lines (start offset, text)."""
    if lines:
        doc.user_data[_KEY] = tuple((start, start + len(text), text) for start, text in lines)


_KEY = "sitrep.sentence_case"


def restore(parsed: Any, original: Any) -> Any:
    """``original`` (the tokenised sentence) with the annotations of ``parsed`` (the parse of
    its sentence-case copy: same tokens, other letter case)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    original.from_array(attrs, parsed.to_array(attrs))
    return original


def _named(tokens: list[Any]) -> set[int]:
    """Positions (in ``tokens``) of capitalised tokens inside a name of one to three words."""
    keep: set[int] = set()
    for size in range(_MAX_NAME_WORDS, 0, -1):
        for start in range(len(tokens) - size + 1):
            span = tokens[start : start + size]
            if keep.intersection(range(start, start + size)) or not all(
                t.is_alpha and t.text[0].isupper() for t in span
            ):
                continue
            if _is_name(" ".join(t.text for t in span)):
                keep.update(range(start, start + size))
    return keep


@lru_cache(maxsize=8192)
def _is_name(text: str) -> bool:
    from sitrep.resolve.actors import load_actor_resolver
    from sitrep.resolve.actors.store import NamedActor
    from sitrep.resolve.gazetteer import name_key
    from sitrep.resolve.places import BIG_POPULATION, load_gazetteer, nationality_country

    if " " not in text and nationality_country(text):
        return True
    if isinstance(load_actor_resolver().tables.lookup(text.lower()), NamedActor):
        return True
    places = load_gazetteer().lookup([name_key(text)]).get(name_key(text), [])
    return any(
        p.is_country or p.feature_code == "ADM1" or p.population >= BIG_POPULATION
        for p in places
    )


def _is_common(word: str) -> bool:
    known = _english_words()
    return word in known or _inflected(word, known)


def _inflected(word: str, known: frozenset[str]) -> bool:
    """Whether ``word`` is a regular inflection of a known word (-s, -es, -ies, -ed, -d,
    -ing, with a doubled final consonant)."""
    for ending, replacements in _SUFFIXES:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        for extra in replacements:
            if stem + extra in known:
                return True
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:  # "stopped"
            return True
    return False


_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("d", ("",)),
    ("ing", ("", "e")),
    ("er", ("", "e")),
    ("est", ("", "e")),
)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every word form in the English lemmatizer's tables (lemmas and irregular forms)."""
    from sitrep.nlp import load_pipeline

    nlp = load_pipeline(disable=("ner",))
    words: set[str] = set()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except KeyError:
        return frozenset()
    for name in ("lemma_index", "lemma_exc"):
        if not lookups.has_table(name):
            continue
        for forms in lookups.get_table(name).values():
            words.update(w for w in forms if w.isalpha())
    return frozenset(words)
