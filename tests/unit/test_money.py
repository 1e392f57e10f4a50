"""Euro amounts for display, in every kiosk language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.money import NBSP, SUPPORTED_LANGUAGES, format_cents


@pytest.mark.parametrize(
    ("lang", "small", "large"),
    [
        ("it", "22,21 €", "1.234,50 €"),
        ("de", "22,21 €", "1.234,50 €"),
        ("ro", "22,21 €", "1.234,50 €"),
        ("es", "22,21 €", "1234,50 €"),
        ("fr", "22,21 €", "1 234,50 €"),
        ("uk", "22,21 €", "1 234,50 €"),
        ("en", "€22.21", "€1,234.50"),
        ("zh", "€22.21", "€1,234.50"),
        ("ar", "22.21 €", "1,234.50 €"),
    ],
)
def test_conventions(lang: str, small: str, large: str) -> None:
    assert format_cents(2221, lang) == small
    assert format_cents(123450, lang) == large


def test_house_examples() -> None:
    assert format_cents(2221, "it") == "22,21 €"
    assert format_cents(2221, "en") == "€22.21"
    assert format_cents(1600, "it") == "16,00 €"  # stamp duty
    assert format_cents(52, "it") == "0,52 €"
    assert format_cents(26, "en") == "€0.26"


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "0,00 €"),
        (1, "0,01 €"),
        (10, "0,10 €"),
        (100, "1,00 €"),
        (99999, "999,99 €"),
        (100000, "1.000,00 €"),
        (123456789, "1.234.567,89 €"),
        (10**13, "100.000.000.000,00 €"),
    ],
)
def test_italian_edges(cents: int, text: str) -> None:
    assert format_cents(cents, "it") == text


def test_spanish_groups_from_five_digits() -> None:
    assert format_cents(999999, "es") == "9999,99 €"
    assert format_cents(1234550, "es") == "12.345,50 €"


@pytest.mark.parametrize("lang", ["it_IT", "it-CH", "IT", "en_GB", "fr-CA", "zh_Hans_CN"])
def test_region_suffix_is_ignored(lang: str) -> None:
    primary = lang.replace("-", "_").split("_")[0].lower()
    assert format_cents(123450, lang) == format_cents(123450, primary)


@pytest.mark.parametrize("lang", ["", "xx", "klingon", "pt"])
def test_unknown_language_falls_back_to_italian(lang: str) -> None:
    assert format_cents(123450, lang) == "1.234,50 €"


def test_non_breaking_spaces() -> None:
    assert format_cents(123450, "fr", non_breaking=True) == f"1{NBSP}234,50{NBSP}€"
    assert format_cents(2221, "it", non_breaking=True) == f"22,21{NBSP}€"
    assert format_cents(2221, "en", non_breaking=True) == "€22.21"
    assert " " not in format_cents(10**9, "uk", non_breaking=True)


@pytest.mark.parametrize("bad", [-1, -2221])
def test_negative_amounts_are_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="negative"):
        format_cents(bad, "it")


@pytest.mark.parametrize("bad", [22.21, "2221", True, None])
def test_non_int_amounts_are_refused(bad: object) -> None:
    with pytest.raises(TypeError):
        format_cents(bad, "it")  # type: ignore[arg-type]


def parse_back(text: str, lang: str) -> int:
    """Recover the cents from the formatted text using only the digits."""
    digits = "".join(c for c in text if c.isdigit())
    assert text.count(",") + text.count(".") >= 1
    return int(digits)


@settings(max_examples=500, database=None)
@given(st.integers(0, 10**15), st.sampled_from(SUPPORTED_LANGUAGES))
def test_every_amount_keeps_its_digits_and_two_decimals(cents: int, lang: str) -> None:
    text = format_cents(cents, lang)
    assert parse_back(text, lang) == cents
    assert text.count("€") == 1
    decimal = "." if lang in ("en", "zh", "ar") else ","
    number = text.replace("€", "").strip()
    assert number.rsplit(decimal, 1)[1] == f"{cents % 100:02d}"
    assert NBSP not in text
    assert format_cents(cents, lang, non_breaking=True).replace(NBSP, " ") == text
