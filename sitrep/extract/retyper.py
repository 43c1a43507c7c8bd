"""A learned second opinion on the PLOVER type of a coded event.

The rules (lexicon, CAMEO verb patterns, context rules) decide *whether* a sentence holds an
event and where; the retyper may then change *which type* it is. It is a multinomial
logistic regression over symbolic features of the trigger in its parse (its lemma, the rule's
type, its objects and prepositions, the sectors of its actors and recipients, …), trained on
labelled sentences by ``scripts/train_retyper.py`` and shipped as ``data/retyper.json.gz``.
It changes a type only when it is confident (``threshold``), and only for events whose
trigger came from the generic CAMEO verb dictionary: the hand-written lexicon and context
rules are authoritative. (Measured when this was decided: letting it retype every trigger
gained 4.9 points of cross-validated type accuracy on plover_pairs but lost 7 points of quad
accuracy on the held-out cameo_quad test — it had learned plover_pairs' habit of coding
appeals such as "called on X to …" as ACCUSE. Restricted, it gains 2.1 points and costs 0.5.)

Because the shipped model learned from a development set, scoring it on that set must be
cross-validated: :func:`sitrep.evaluate.crossval.cross_validated_coder` does that, and the
harness uses it for every set named in the model's ``trained_on`` list.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import numpy as np

from sitrep.errors import ModelError
from sitrep.model import PLOVER_TYPES, Actor, PloverType

Token = Any

_OBJECT_EDGES = frozenset(
    {"dobj", "nsubjpass", "attr", "oprd", "xcomp", "ccomp", "dative", "agent", "prt", "acomp"}
)
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def event_features(
    token: Token,
    event_type: str,
    source: str,
    mode: str | None,
    modality: str,
    absorbed: Sequence[Token],
    actors: Sequence[Actor],
    recipients: Sequence[Actor],
) -> list[str]:
    """The symbolic features of one coded event (the same at training and coding time)."""
    lemma = token.lemma_.lower()
    found = [
        f"t={event_type}", f"l={lemma}", f"lt={lemma}|{event_type}", f"src={source}",
        f"pos={token.pos_}", f"mo={mode}", f"m={modality}", f"dep={token.dep_}",
        f"hd={token.dep_}|{token.head.lemma_.lower()}",
        f"na={bool(actors)}", f"nr={bool(recipients)}",
    ]
    for child in token.children:
        if child.dep_ in _OBJECT_EDGES:
            found.append(f"{child.dep_}={child.lemma_.lower()}")
            found.extend(
                f"ow={g.lemma_.lower()}"
                for g in child.subtree
                if g.pos_ in _CONTENT and g is not child
            )
        elif child.dep_ == "prep":
            found.append(f"prep={child.lower_}")
            found.extend(
                f"p={child.lower_}|{g.lemma_.lower()}" for g in child.children if g.dep_ == "pobj"
            )
    found.extend(f"subj={c.lemma_.lower()}" for c in token.children if c.dep_ == "nsubj")
    found.append(f"anc={token.head.lemma_.lower()}")
    found.append(f"anc={token.head.head.lemma_.lower()}")
    found.extend(f"ab={a.lemma_.lower()}" for a in absorbed)
    found.extend(f"as={a.sector}" for a in actors)
    found.extend(f"rs={r.sector}" for r in recipients)
    return found


@dataclass(frozen=True, slots=True)
class Retyper:
    """Weights of a multinomial logistic regression over :func:`event_features`."""

    labels: tuple[str, ...]
    weights: dict[str, np.ndarray]  # feature -> one weight per label
    bias: np.ndarray
    threshold: float
    trained_on: tuple[dict[str, str], ...] = ()

    def probabilities(self, features: Sequence[str]) -> np.ndarray:
        z = self.bias.copy()
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                z += row
        z -= z.max()
        p: np.ndarray = np.exp(z)
        total = float(p.sum())
        return p / total

    def retype(self, features: Sequence[str], current: PloverType) -> PloverType:
        """The type to code: the model's choice when it is confident, else ``current``."""
        p = self.probabilities(features)
        best = int(p.argmax())
        label = self.labels[best]
        if label != current and p[best] >= self.threshold and label in PLOVER_TYPES:
            return label
        return current

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "sitrep-retyper-1",
            "labels": list(self.labels),
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
            "bias": [round(float(x), 4) for x in self.bias],
            "weights": {
                f: [round(float(x), 4) for x in row] for f, row in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Retyper:
        if data.get("format") != "sitrep-retyper-1":
            raise ModelError("retyper: unknown model format")
        labels = tuple(str(x) for x in data["labels"])
        weights = {str(f): np.asarray(row, dtype=np.float64) for f, row in data["weights"].items()}
        if any(len(row) != len(labels) for row in weights.values()):
            raise ModelError("retyper: a weight row does not match the labels")
        return cls(
            labels=labels,
            weights=weights,
            bias=np.asarray(data["bias"], dtype=np.float64),
            threshold=float(data["threshold"]),
            trained_on=tuple(dict(x) for x in data.get("trained_on", ())),
        )

    @classmethod
    def load(cls, raw: IO[bytes], *, name: str = "retyper.json.gz") -> Retyper:
        """Read a model written by :meth:`save`; a damaged file is a ModelError naming it."""
        try:
            with gzip.open(raw, "rt", encoding="utf-8") as handle:
                return cls.from_dict(json.load(handle))
        except ModelError:
            raise
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ModelError(f"{name}: not a readable sitrep retyper model ({exc})") from exc

    def save(self, path: Path) -> None:
        """Write the model; the same model gives the same bytes (no gzip timestamp)."""
        payload = json.dumps(self.to_dict(), separators=(",", ":")).encode("utf-8")
        path.write_bytes(gzip.compress(payload, mtime=0))


def examples_digest(examples: Sequence[tuple[Sequence[str], str]]) -> str:
    """SHA-256 of training examples (features and label, in order): a model records the
    digest of what it learned from, so a later rules-only pass that yields different
    features shows the model is stale (the rules changed and it was not retrained)."""
    payload = json.dumps([[list(features), label] for features, label in examples])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def train(
    examples: Sequence[tuple[Sequence[str], str]],
    *,
    threshold: float = 0.4,
    l2: float = 1.0,
    iterations: int = 300,
    min_count: int = 2,
    trained_on: Sequence[dict[str, str]] = (),
) -> Retyper:
    """Fit the model on (features, gold type) pairs; deterministic (full-batch Adam)."""
    if not examples:
        raise ModelError("retyper: nothing to train on")
    labels = tuple(sorted({label for _, label in examples}))
    index = {label: i for i, label in enumerate(labels)}
    counts = Counter(f for features, _ in examples for f in set(features))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    x = np.zeros((len(examples), len(vocab)), dtype=np.float64)
    for row, (features, _) in enumerate(examples):
        for feature in features:
            column = vocab.get(feature)
            if column is not None:
                x[row, column] = 1.0
    y = np.eye(len(labels))[[index[label] for _, label in examples]]
    w = np.zeros((len(vocab), len(labels)))
    b = np.zeros(len(labels))
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    n = len(examples)
    rate, beta1, beta2 = 0.1, 0.9, 0.999
    for step in range(1, iterations + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad_w = x.T @ (p - y) / n + l2 * w / n
        grad_b = (p - y).mean(axis=0)
        for param, grad, m, v in ((w, grad_w, moments[0], moments[1]),
                                  (b, grad_b, moments[2], moments[3])):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    weights = {f: w[i].copy() for f, i in vocab.items() if np.abs(w[i]).max() >= 1e-3}
    return Retyper(labels, weights, b.copy(), threshold, tuple(dict(t) for t in trained_on))


# --------------------------------------------------------------------------- the active model

_DEFAULT = object()
_active: Any = _DEFAULT
_sink: dict[tuple[str | None, int], list[str]] | None = None


@lru_cache(maxsize=1)
def load_retyper() -> Retyper | None:
    """The shipped model, or None when the package carries none."""
    resource = resources.files("sitrep.data").joinpath("retyper.json.gz")
    if not resource.is_file():
        return None
    with resource.open("rb") as raw:
        return Retyper.load(raw)


def active_retyper() -> Retyper | None:
    """The model the coder uses now: the shipped one unless :func:`using` says otherwise."""
    if _active is _DEFAULT:
        return load_retyper()
    model: Retyper | None = _active
    return model


def feature_sink() -> dict[tuple[str | None, int], list[str]] | None:
    """Where the coder records each event's features, keyed (article id, trigger start)."""
    return _sink


@contextmanager
def using(
    model: Retyper | None, *, sink: dict[tuple[str | None, int], list[str]] | None = None
) -> Iterator[None]:
    """Code with ``model`` (None: rules only) and record features into ``sink``.

    Worker processes forked inside the block inherit the choice; a sink is only filled by
    coding in this process (``n_process=1``).
    """
    global _active, _sink
    saved = (_active, _sink)
    _active, _sink = model, sink
    try:
        yield
    finally:
        _active, _sink = saved
