"""The coding pipeline: Articles in, ArticleResults (events or a reason) out.

Stages, in order, for a batch of articles:

1. **segment** – tokenise the whole text with the model's tokenizer and split sentences on
   end punctuation and line breaks (headlines and bylines become their own sentences);
2. **select** – keep for parsing only sentences holding a word that may be a trigger
   (``Lexicon.may_trigger``): the others cannot hold an event;
3. **parse** – run the full spaCy pipeline over the selected sentences of the whole batch with
   ``nlp.pipe`` and stitch them back with the unparsed ones into one Doc per article whose
   text is exactly the article text (so offsets need no mapping);
4. **extract + resolve** – ``sitrep.extract.coder.code_doc``.

With ``n_process > 1`` batches are coded in worker processes (fork: the model is loaded once
before forking). One broken article yields an ``ArticleResult`` with ``error`` set and the run
goes on.
"""

from __future__ import annotations

import multiprocessing
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice, pairwise
from multiprocessing.pool import AsyncResult
from typing import Any

from sitrep.errors import SitrepError
from sitrep.extract.coder import UNPARSED, Resolvers, code_doc, resolve_mentions
from sitrep.extract.lexicon import Lexicon, load_lexicon
from sitrep.headline import mark, restore, sentence_case
from sitrep.model import Actor, Article, ArticleResult, Event
from sitrep.nlp import load_pipeline

MAX_SENTENCE_CHARS = 3000
# The event pipeline runs without spaCy's NER: it costs half the parse time, and places are
# found by gazetteer matching (detection F1 on GeoVirus 0.878 without it, 0.900 with it; see
# docs/PERFORMANCE.md). ``sitrep places`` keeps it.
DISABLED = ("ner",)  # longer "sentences" are tables or junk: tokenised, never parsed
_END_PUNCT = frozenset({".", "!", "?", "…", ";"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@dataclass(frozen=True, slots=True)
class _Segmented:
    article: Article
    pieces: list[Any]  # sentence Docs (tokenised only until parsed)
    selected: list[int]  # indexes of pieces to parse
    # piece index → the tokenised original of a Title Case headline whose piece is its
    # sentence-case copy (parsed as such, then restored: sitrep.headline)
    originals: dict[int, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def default_resolvers() -> Resolvers:
    from sitrep.extract.verbs import load_verbs
    from sitrep.resolve.actors import load_actor_resolver

    return Resolvers(actors=load_actor_resolver(), verbs=load_verbs())


def warm_up() -> None:
    """Load the model and every shipped resource now (before forking workers)."""
    nlp = load_pipeline(disable=DISABLED)
    nlp.max_length = 50_000_000
    load_lexicon()
    default_resolvers()
    from sitrep.resolve.places import load_gazetteer

    load_gazetteer()


def sentence_starts(doc: Any) -> list[int]:
    """Token indexes where sentences start: after end punctuation (and closers) or line breaks."""
    starts = [0]
    tokens = list(doc)
    for i, token in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        line_break = "\n" in token.text_with_ws and not nxt.is_space
        sentence_end = token.text in _END_PUNCT and nxt.text not in _CLOSERS
        closed = token.text in _CLOSERS and i > 0 and tokens[i - 1].text in _END_PUNCT
        ended = (sentence_end or closed) and not nxt.is_punct
        separator = token.text == _NBSP_MOJIBAKE and _layout_separator(tokens, i)
        if line_break or ended or separator:
            starts.append(i + 1)
    return sorted(set(starts))


_NBSP_MOJIBAKE = "\u00c2"  # the UTF-8 no-break space read as Windows-1252


def _layout_separator(tokens: list[Any], i: int) -> bool:
    """A no-break space read as Windows-1252 ("Â", see ``sitrep.nlp``) standing between two
    words is a layout break of scraped pages, not a space inside a sentence: it joins the
    headlines of a "related stories" list ("vhpÂ one dead in bengal police-vhp clashÂ nda
    allies uneasy ..."), which parsed as one clause mix up their events. After a number or an
    abbreviation ("Rs.Â 500", "10Â km") it stays a space."""
    if not tokens[i].whitespace_ or i == 0:
        return False
    return bool(tokens[i - 1].is_alpha and tokens[i + 1].is_alpha)


def segment(
    article: Article, nlp: Any, lexicon: Lexicon, extra: frozenset[str] = frozenset()
) -> _Segmented:
    """Split an article into sentence pieces and select those that may hold a trigger.

    ``extra``: more lower-cased word forms that make a sentence worth parsing (the CAMEO
    verb dictionary's).
    """
    doc = nlp.make_doc(article.text)
    starts = [*sentence_starts(doc), len(doc)]
    text = article.text
    pieces: list[Any] = []
    selected: list[int] = []
    originals: dict[int, Any] = {}
    for begin, end in pairwise(starts):
        if begin >= end:
            continue
        char_start = doc[begin].idx
        char_end = doc[end].idx if end < len(doc) else len(text)
        chunk = text[char_start:char_end]
        piece = nlp.make_doc(chunk)
        words = _WORDS.findall(chunk.lower())  # cheaper than making a Token per word
        candidate = lexicon.may_trigger(words) or (
            not extra.isdisjoint(words) and _has_participant(chunk, words)
        )
        parse = len(chunk) <= MAX_SENTENCE_CHARS and candidate
        if parse:
            selected.append(len(pieces))
            recased = sentence_case(piece)
            if recased is not None:
                originals[len(pieces)] = piece
                piece = recased
        pieces.append(piece)
    return _Segmented(article, pieces, selected, originals)




_WORDS = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]")
_AGENT_WORDS = frozenset(
    {"government", "army", "police", "military", "forces", "troops", "rebels", "militants",
     "protesters", "officials", "ministry", "president", "minister", "court", "authorities",
     "soldiers", "fighters", "regime", "opposition", "leader", "leaders", "parliament",
     "militia", "insurgents", "demonstrators", "students", "workers", "union", "party",
     "policemen", "cops", "jawans"}
)


def _has_participant(chunk: str, words: list[str]) -> bool:
    """Whether a sentence names someone who could act: a capitalised word after the first,
    or a word for an institution or group. CAMEO verbs alone select only such sentences."""
    return bool(_CAPITALISED.search(chunk.strip(), 1)) or not _AGENT_WORDS.isdisjoint(words)


def _as_written(segmented: _Segmented, index: int, doc: Any) -> Any:
    """The parse of piece ``index`` on the article's own words (a Title Case headline was
    parsed as its sentence-case copy)."""
    original = segmented.originals.get(index)
    return doc if original is None else restore(doc, original)


def _assemble(segmented: _Segmented, parsed: dict[int, Any]) -> Any:
    """One Doc for the article: parsed sentences as parsed, each run of unparsed sentences
    as one Doc of flat trees (fewer pieces make Doc.from_docs cheaper)."""
    from spacy.tokens import Doc

    docs: list[Any] = []
    run: list[Any] = []
    for index, piece in enumerate(segmented.pieces):
        if index not in parsed:
            run.append(piece)
            continue
        if run:
            docs.append(_flat_trees(run))
            run = []
        docs.append(parsed[index])
    if run:
        docs.append(_flat_trees(run))
    if not docs:
        return load_pipeline(disable=DISABLED).make_doc("")
    exclude = ["tensor", "user_data"]  # parsed and unparsed pieces differ in these
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=exclude)  # type: ignore[call-arg]
    if segmented.originals:
        starts = list(accumulate((len(piece.text) for piece in segmented.pieces), initial=0))
        mark(doc, [(starts[j], segmented.pieces[j].text) for j in sorted(segmented.originals)])
    return doc


def _flat_trees(pieces: list[Any]) -> Any:
    """Unparsed sentences as flat trees (each sentence's tokens under its first), labelled
    UNPARSED: Doc.from_docs takes sentence boundaries from the trees."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    for piece in pieces:
        root = len(words)
        for token in piece:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            heads.append(root)
    return Doc(pieces[0].vocab, words=words, spaces=spaces, heads=heads,
               deps=[UNPARSED] * len(words))


def code_batch(articles: Sequence[Article]) -> list[ArticleResult]:
    """Code a batch of articles in this process; never raises for one bad article."""
    nlp = load_pipeline(disable=DISABLED)
    nlp.max_length = 50_000_000
    lexicon = load_lexicon()
    resolvers = default_resolvers()
    extra = resolvers.verbs.surface if resolvers.verbs else frozenset()
    started = time.perf_counter()
    segmented: list[_Segmented | ArticleResult] = []
    for article in articles:
        try:
            segmented.append(segment(article, nlp, lexicon, extra))
        except Exception as exc:  # one bad article never stops a batch
            segmented.append(ArticleResult(article, error=_describe(exc)))
    t_segment = time.perf_counter() - started
    jobs = [
        (i, j, s.pieces[j])
        for i, s in enumerate(segmented)
        if isinstance(s, _Segmented)
        for j in s.selected
    ]
    parsed: dict[int, dict[int, Any]] = {}
    t0 = time.perf_counter()
    for (i, j, _), doc in zip(jobs, nlp.pipe([job[2] for job in jobs], batch_size=256),
                              strict=True):
        parsed.setdefault(i, {})[j] = _as_written(segmented[i], j, doc)  # type: ignore[arg-type]
    t_parse = time.perf_counter() - t0
    share = 1.0 / max(len(articles), 1)
    results = []
    for i, item in enumerate(segmented):
        if isinstance(item, ArticleResult):
            results.append(item)
            continue
        results.append(_extract(item, parsed.get(i, {}), lexicon, resolvers,
                                {"segment": t_segment * share, "parse": t_parse * share}))
    return results


def _extract(
    segmented: _Segmented,
    parsed: dict[int, Any],
    lexicon: Lexicon,
    resolvers: Resolvers,
    timings: dict[str, float],
) -> ArticleResult:
    t0 = time.perf_counter()
    try:
        doc = _assemble(segmented, parsed)
        events = code_doc(segmented.article, doc, lexicon=lexicon, resolvers=resolvers)
    except Exception as exc:
        return ArticleResult(segmented.article, error=_describe(exc))
    timings = {**timings, "extract": time.perf_counter() - t0}
    return ArticleResult(segmented.article, events=tuple(events), timings=timings)


def _describe(exc: Exception) -> str:
    if isinstance(exc, SitrepError):
        return str(exc)
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error while coding ({type(exc).__name__}: {first[:200]})"


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def code_articles(
    articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 16
) -> Iterator[ArticleResult]:
    """Code articles; yields one ArticleResult per article, in input order."""
    batches = _batches(articles, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from code_batch(batch)
        return
    warm_up()
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=n_process) as pool:
        # Inputs are consumed here, in the caller's thread (a store lookup in the input
        # generator must not run in the pool's feeder thread); results come back in order.
        pending: deque[AsyncResult[list[ArticleResult]]] = deque()
        for batch in batches:
            pending.append(pool.apply_async(code_batch, (batch,)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def code_article(article: Article) -> list[Event]:
    """Code one article in this process; raises nothing, returns [] when it cannot be coded."""
    [result] = code_batch([article])
    return list(result.events)


def code_text(text: str, **metadata: Any) -> list[Event]:
    """Convenience: code a string (keyword metadata as in :class:`Article`)."""
    return code_article(Article(text=text, **metadata))


def resolve_actor_spans(
    text: str, spans: Sequence[tuple[int, int]], **metadata: Any
) -> list[list[Actor]]:
    """Resolve given actor mentions (character spans of ``text``) as the coder resolves a
    participant: parsed and placed as an article (keyword metadata as in :class:`Article`;
    ``date`` picks office holders), bare mentions take the article's focus country. One list
    of actors per span, in order ([] where it names none or lies outside the text)."""
    article = Article(text=text, **metadata)
    nlp = load_pipeline(disable=DISABLED)
    resolvers = default_resolvers()
    extra = resolvers.verbs.surface if resolvers.verbs else frozenset()
    segmented = segment(article, nlp, load_lexicon(), extra)
    pieces = [segmented.pieces[j] for j in segmented.selected]
    parsed = {
        j: _as_written(segmented, j, doc)
        for j, doc in zip(segmented.selected, nlp.pipe(pieces), strict=True)
    }
    return resolve_mentions(article, _assemble(segmented, parsed), spans, resolvers=resolvers)
