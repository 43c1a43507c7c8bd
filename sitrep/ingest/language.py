"""The English-only gate: py3langid on the first ~2,000 characters of an article.

Short texts are hard to identify (py3langid calls "Kyiv, Ukraine — Zelenskyy met Erdogan"
Crimean Tatar), so a text is refused only when it is long enough and the identifier is sure:

* under :data:`MIN_CHARS` characters: never checked, taken as English;
* under :data:`SHORT_CHARS`: refused only at probability ≥ :data:`SHORT_CONFIDENCE`;
* longer: refused at probability ≥ :data:`LONG_CONFIDENCE`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sitrep.errors import LanguageError

SAMPLE_CHARS = 2000
MIN_CHARS = 20
SHORT_CHARS = 200
SHORT_CONFIDENCE = 0.95
LONG_CONFIDENCE = 0.6
CODED_LANGUAGE = "en"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> tuple[str, float]:
    """The ISO 639-1 code py3langid gives the start of ``text``, and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language), float(probability)


def check_language(text: str, *, enforce: bool = True) -> str:
    """The language code to record for ``text``; raise LanguageError when it is surely not
    English and ``enforce`` is set. Texts too short to tell are recorded as English."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < MIN_CHARS:
        return CODED_LANGUAGE
    language, probability = identify_language(sample)
    if language == CODED_LANGUAGE:
        return language
    needed = SHORT_CONFIDENCE if len(sample) < SHORT_CHARS else LONG_CONFIDENCE
    if probability < needed:
        return CODED_LANGUAGE
    if enforce:
        raise LanguageError(
            f"text looks like {language_name(language)} ({language}, p={probability:.2f}), not"
            " English; sitrep codes English only — translate it first, or turn the language"
            " check off (--no-language-check, check_language=False) if the guess is wrong"
        )
    return language


def language_name(code: str) -> str:
    """'German' for 'de'; the code itself when pycountry does not know it."""
    import pycountry

    record = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return str(record.name) if record is not None else code
