"""Every citizen-visible text of the sample catalogue is really translated into every language.

``seed.tr`` silently falls back to English for a language it is not given, so a forgotten
translation shows up as an English label among German or Arabic ones. These tests catch that,
both on the seed data and on what ``GET /v1/catalogue`` actually serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from kiosk.sandbox import seed
from kiosk.services.client import ServicesClient
from kiosk.services.models import LANGUAGES, Catalogue, Translated

TRANSLATED_LANGUAGES = ("fr", "de", "es", "ro", "uk", "ar", "zh")
"""Languages whose texts must differ from the English (and the Italian) source."""

SAME_AS_SOURCE_ALLOWED: dict[str, frozenset[str]] = {
    # language -> texts that are genuinely spelled the same as the English or Italian one in
    # that language (e.g. a bare acronym or proper noun). Empty today: every catalogue text
    # has a real word in it. Add an entry only with a comment saying why it is correct.
}

_SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06FF]"),  # Arabic letters
    "zh": re.compile(r"[\u4E00-\u9FFF]"),  # CJK unified ideographs
    "uk": re.compile(r"[\u0400-\u04FF]"),  # Cyrillic
}


def _translated(value: object, where: str) -> Iterator[tuple[str, Translated]]:
    """Yield every ``Translated`` inside ``value`` (models, lists), with a readable path."""
    if isinstance(value, Translated):
        yield where, value
    elif isinstance(value, BaseModel):
        if item_id := getattr(value, "id", None):
            where = f"{where}[{item_id}]"
        for name in type(value).model_fields:
            yield from _translated(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            named = isinstance(item, BaseModel) and getattr(item, "id", None)
            yield from _translated(item, where if named else f"{where}[{index}]")


def _problems(catalogue: Catalogue) -> list[str]:
    """Describe every missing, untranslated or wrong-script text of ``catalogue``."""
    problems: list[str] = []
    texts = list(_translated(catalogue, "catalogue"))
    assert len(texts) > 20, "the walk found too few texts: the catalogue shape changed?"
    for where, text in texts:
        for lang in LANGUAGES:
            value = getattr(text, lang)
            if not value.strip():
                problems.append(f"{where}: {lang} is empty")
        for lang in TRANSLATED_LANGUAGES:
            value = getattr(text, lang)
            allowed = SAME_AS_SOURCE_ALLOWED.get(lang, frozenset())
            if value in (text.en, text.it) and value not in allowed:
                problems.append(f"{where}: {lang} {value!r} is not translated")
            script = _SCRIPTS.get(lang)
            if script is not None and value.strip() and not script.search(value):
                problems.append(f"{where}: {lang} {value!r} has no letters of its script")
    return problems


def test_seed_catalogue_is_translated_into_every_language() -> None:
    problems = _problems(seed.CATALOGUE)
    assert not problems, "\n".join(problems)


def test_served_catalogue_is_translated_into_every_language(client: ServicesClient) -> None:
    served = client.catalogue()
    assert served == seed.CATALOGUE
    problems = _problems(served)
    assert not problems, "\n".join(problems)


def test_check_catches_an_english_fallback() -> None:
    """The check itself works: a text built without translations is reported for each one."""
    untranslated = seed.tr("Prova", "Test", fr="Essai")
    broken = seed.CATALOGUE.model_copy(update={"categories": [
        seed.CATALOGUE.categories[0].model_copy(update={"name": untranslated}),
        *seed.CATALOGUE.categories[1:],
    ]})
    problems = _problems(broken)
    assert [p.split(":")[0] for p in problems] == ["catalogue.categories[anagrafe].name"] * 9
    assert not any(" fr " in p for p in problems)
    assert sum("has no letters of its script" in p for p in problems) == 3
