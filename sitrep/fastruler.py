"""A faster matcher for spaCy's attribute ruler, with the same matches.

The English pipeline's ``attribute_ruler`` maps every token's fine tag to its part of speech
and morphology, plus some word exceptions: 179 rules, all one or two tokens long, testing
only TAG, LOWER, DEP and IS_SPACE for equality or (NOT_)IN. spaCy runs them through its
general-purpose ``Matcher``, which on the 2-vCPU reference machine cost about as much as the
dependency parser itself (about 12 ms of a 75 ms news article). This module finds the same
``(rule, start, end)`` matches with dictionary lookups on the token attribute arrays and writes
them with spaCy's own ``set_token_attrs`` in spaCy's order, so the attributes are spaCy's.

Only rules of that shape are compiled; a model whose ruler uses anything else (operators,
other attributes, regular expressions) keeps spaCy's matcher untouched
(``speed_up_attribute_ruler`` returns False).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Token attributes a compiled rule may test, in the column order of ``Doc.to_array``.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")

# One token test: (column, allowed values or None, refused values or None, a pattern the
# attribute's text must contain (spaCy's REGEX, with ``re.search``) or None).
_Test = tuple[int, frozenset[Any] | None, frozenset[Any] | None, re.Pattern[str] | None]


# A rule: its number, its match key, and the tests of each token position.
_Entry = tuple[int, int, tuple[tuple[_Test, ...], ...]]


class _Unsupported(Exception):
    """A rule this matcher cannot compile exactly."""


def _value(vocab: Any, column: str, value: Any) -> Any:
    if column == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(value)
        return int(value)
    if not isinstance(value, str):
        raise _Unsupported(value)
    return vocab.strings.add(value)


def _token_tests(vocab: Any, spec: dict[str, Any]) -> tuple[_Test, ...]:
    tests: list[_Test] = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            raise _Unsupported(key)
        column = _COLUMNS.index(key)
        if isinstance(value, dict):
            if set(value) - {"IN", "NOT_IN", "REGEX"} or len(value) != 1:
                raise _Unsupported(value)
            if "REGEX" in value:
                if key == "IS_SPACE" or not isinstance(value["REGEX"], str):
                    raise _Unsupported(value)
                tests.append((column, None, None, re.compile(value["REGEX"])))
                continue
            allowed = (
                frozenset(_value(vocab, key, v) for v in value["IN"]) if "IN" in value else None
            )
            refused = (
                frozenset(_value(vocab, key, v) for v in value["NOT_IN"])
                if "NOT_IN" in value
                else None
            )
            tests.append((column, allowed, refused, None))
        else:
            tests.append((column, frozenset({_value(vocab, key, value)}), None, None))
    return tuple(tests)


def _passes(tests: tuple[_Test, ...], row: tuple[int, ...], strings: Any) -> bool:
    for column, allowed, refused, regex in tests:
        value = row[column]
        if allowed is not None and value not in allowed:
            return False
        if refused is not None and value in refused:
            return False
        if regex is not None and not regex.search(strings[value]):
            return False
    return True


class _Compiled:
    """The ruler's rules as tests on token rows.

    One-token rules are indexed by a value one of their tests requires, and the rules a row
    matches are cached (a text has few distinct rows). Longer rules are indexed by a value
    required at some position, and tried where a row has it.
    """

    def __init__(self, vocab: Any, rules: Iterable[tuple[int, int, list[list[dict[str, Any]]]]]):
        self.strings = vocab.strings
        self.by_value: list[dict[Any, list[_Entry]]] = [{} for _ in _COLUMNS]
        self.anywhere: list[_Entry] = []
        self.single_cache: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        # longer rules: (position, rule) by a value required at that position; or tried
        # at every token when no position requires a value
        self.longer_by_value: list[dict[Any, list[tuple[int, _Entry]]]] = [{} for _ in _COLUMNS]
        self.longer_anywhere: list[_Entry] = []
        for number, key, patterns in rules:
            for pattern in patterns:
                if not pattern or not all(isinstance(t, dict) for t in pattern):
                    raise _Unsupported(pattern)
                compiled = tuple(_token_tests(vocab, spec) for spec in pattern)
                entry = (number, key, compiled)
                required = [
                    (position, column, allowed)
                    for position, tests in enumerate(compiled)
                    for column, allowed, _, _ in tests
                    if allowed
                ]
                if len(compiled) == 1:
                    if not required:
                        self.anywhere.append(entry)
                        continue
                    _, column, allowed = required[0]
                    for value in allowed:
                        self.by_value[column].setdefault(value, []).append(entry)
                elif not required:
                    self.longer_anywhere.append(entry)
                else:
                    position, column, allowed = required[0]
                    for value in allowed:
                        self.longer_by_value[column].setdefault(value, []).append(
                            (position, entry)
                        )

    def _single(self, row: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        hit = self.single_cache.get(row)
        if hit is None:
            candidates = list(self.anywhere)
            for column, table in enumerate(self.by_value):
                candidates += table.get(row[column], ())
            hit = tuple(
                (number, key)
                for number, key, pattern in candidates
                if _passes(pattern[0], row, self.strings)
            )
            if len(self.single_cache) < 200_000:
                self.single_cache[row] = hit
        return hit

    def matches(self, rows: list[tuple[int, ...]]) -> list[tuple[int, int, int, int]]:
        found: set[tuple[int, int, int, int]] = set()
        n = len(rows)
        longer: list[tuple[int, _Entry]] = []  # (start, rule) to try
        for i, row in enumerate(rows):
            for number, key in self._single(row):
                found.add((number, key, i, i + 1))
            longer += [(i, entry) for entry in self.longer_anywhere]
            for column, table in enumerate(self.longer_by_value):
                for position, entry in table.get(row[column], ()):
                    longer.append((i - position, entry))
        for start, (number, key, pattern) in longer:
            end = start + len(pattern)
            if start < 0 or end > n:
                continue
            if all(
                _passes(tests, rows[start + k], self.strings) for k, tests in enumerate(pattern)
            ):
                found.add((number, key, start, end))
        return sorted(found)


def speed_up_attribute_ruler(nlp: Any) -> bool:
    """Give the pipeline's attribute ruler the compiled matcher; False where it cannot be
    compiled exactly (the ruler then keeps spaCy's matcher)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    vocab = nlp.vocab
    try:
        rules = []
        for number in range(len(ruler.attrs)):
            key = vocab.strings.add(str(number))
            patterns = ruler.matcher.get(key)
            if patterns is None:
                raise _Unsupported(number)
            on_match, pattern_list = patterns
            if on_match is not None:
                raise _Unsupported(on_match)
            rules.append((number, key, pattern_list))
        compiled = _Compiled(vocab, rules)
    except _Unsupported:
        return False
    from spacy.attrs import IDS

    attrs = [IDS[name] for name in _COLUMNS]

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        rows = [tuple(row) for row in doc.to_array(attrs).tolist()]
        return compiled.matches(rows)

    from spacy.tokens._retokenize import set_token_attrs

    original_set = ruler.set_annotations

    def set_annotations(doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        """spaCy's own writing of the attributes, without a Span per match."""
        for attr_id, _, start, end in matches:
            index = ruler.indices[attr_id]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                original_set(doc, matches)  # spaCy's message for a bad index
                return
            set_token_attrs(doc[at], ruler.attrs[attr_id])

    ruler.match = match
    ruler.set_annotations = set_annotations
    return True

