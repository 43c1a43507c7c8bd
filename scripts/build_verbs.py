"""Build ``sitrep/data/cameo_verbs.json.gz`` from the PETRARCH2 CAMEO verb dictionary (MIT).

    python scripts/build_verbs.py [--source ../shared/data/dictionaries/petrarch2/CAMEO.2.0.txt]

The source is the Open Event Data Alliance's CAMEO.2.0.txt (MIT licence, credited in NOTICE).
It holds ~400 verb blocks: synonyms (with irregular forms and phrasal verbs such as ASK_FOR)
sharing a default CAMEO code, and patterns that refine the code from the words around the verb
("- * AID [070]": the verb followed by AID). The output keeps, for every verb lemma:

* ``default``: the block's code (None when the block has none, "---");
* ``patterns``: ``[code, left_slots, right_slots]`` where each slot is a list of alternative
  lower-case words (synonym sets such as &MILITARY expanded);
* ``forms``: irregular inflected forms, for the sentence pre-filter.

Phrasal synonyms become entries keyed by the verb with the particle in ``particles``. The
file is generated: do not edit it by hand, rerun this script.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
TARGET = ROOT / "sitrep" / "data" / "cameo_verbs.json.gz"

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")


def _word(raw: str) -> str:
    return raw.strip("_+$%^").replace("_", " ").lower()


def _code(raw: str) -> str | None:
    code = raw.split(":")[0].strip()
    return code if code and code != "---" and code.isdigit() else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = text[1:].strip()
            synsets[current] = []
        elif text.startswith("+") and current is not None:
            word = _word(text.split("{")[0].split("[")[0])
            if word:
                synsets[current].append(word)
        elif text.startswith("---"):
            current = None
    return synsets


def _slots(words: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    slots: list[list[str]] = []
    for token in re.split(r"\s+", words.replace("(", " ").replace(")", " ")):
        token = token.strip("{}")
        if not token or token in ("$", "+", "%", "^", "|"):
            continue
        if token.startswith("&"):
            members = synsets.get(token[1:].strip("_"), []) or synsets.get(token[1:], [])
            if members:
                slots.append(sorted({m.split()[-1] for m in members}))
            continue
        word = _word(token)
        if word and word.isascii():
            slots.extend([[part] for part in word.split()])
    return slots


def read_verbs(lines: list[str], synsets: dict[str, list[str]]) -> dict[str, Any]:
    verbs: dict[str, Any] = {}
    block: list[str] = []
    default: str | None = None
    patterns: list[list[Any]] = []

    def flush() -> None:
        for synonym in block:
            _add_synonym(verbs, synonym, default, patterns)

    started = False
    for line in lines:
        if "VERB PATTERNS" in line:
            started = True
            continue
        if not started:
            continue
        text = line.split("#")[0].rstrip()
        header = _HEADER.match(text)
        if header:
            flush()
            block, default, patterns = [], _code(header.group(2)), []
            continue
        pattern = _PATTERN.match(text)
        if pattern:
            body, code = pattern.group(1), _code(pattern.group(2))
            if code and "*" in body:
                left, right = body.split("*", 1)
                patterns.append([code, _slots(left, synsets), _slots(right, synsets)])
            continue
        if text.strip() and not text.startswith("-"):
            block.append(text.strip())
    flush()
    return verbs


def _add_synonym(
    verbs: dict[str, Any], synonym: str, default: str | None, patterns: list[list[Any]]
) -> None:
    code_match = _CODE.search(synonym)
    code = _code(code_match.group(1)) if code_match else default
    head = synonym.split("{")[0].split("[")[0].strip()
    forms = re.findall(r"\{([^}]*)\}", synonym)
    words = _word(head).split()
    if not words or not words[0].isalpha():
        return
    lemma, particles = words[0], words[1:]
    key = " ".join([lemma, *particles])
    entry = verbs.setdefault(key, {"default": code, "patterns": [], "forms": []})
    entry["patterns"].extend(patterns if not particles else [])
    if forms:
        entry["forms"].extend(_word(f).split()[0] for f in forms[0].split() if _word(f))
    if code and not entry["default"]:
        entry["default"] = code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args()
    lines = args.source.read_text("utf-8", errors="replace").splitlines()
    verbs = read_verbs(lines, read_synsets(lines))
    payload = {"source": "PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)",
               "verbs": dict(sorted(verbs.items()))}
    data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(args.target, "wb", mtime=0) as out:
        out.write(data)
    coded = sum(1 for v in verbs.values() if v["default"] or v["patterns"])
    print(f"wrote {args.target}: {len(verbs)} verbs ({coded} with a code or pattern)")


if __name__ == "__main__":
    main()
