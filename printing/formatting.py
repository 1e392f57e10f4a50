"""Display formatting for receipts: amounts, notice numbers, dates, Qt-style placeholders."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, datetime
from typing import cast

from kiosk.receipts import ROME
from printing import labels
from printing.labels import Translate

# Languages that write the euro sign before the amount with a decimal point.
_SYMBOL_FIRST = frozenset({"en", "zh"})


def _fallback_format_cents(cents: int, lang: str) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if lang in _SYMBOL_FIRST:
        return f"{sign}€{euros:,}.{rest:02d}"
    # it, de, fr, es, ro, uk...: "1.234,56 €" (thin grouping with dots, comma decimals).
    grouped = f"{euros:,}".replace(",", ".")
    return f"{sign}{grouped},{rest:02d} €"


def _load_format_cents() -> Callable[[int, str], str]:
    # kiosk.money is written by another part of the team; use it when present so the screen and
    # the paper agree, and fall back to the local formatter until then.
    try:
        module = importlib.import_module("kiosk.money")
    except ImportError:
        return _fallback_format_cents
    func = getattr(module, "format_cents", None)
    return cast(Callable[[int, str], str], func) if callable(func) else _fallback_format_cents


_format_cents = _load_format_cents()


def format_amount(cents: int, lang: str) -> str:
    """``2221`` -> ``22,21 €`` (it) or ``€22.21`` (en)."""
    return _format_cents(cents, lang)


def group_notice(notice: str) -> str:
    """``301000000000000144`` -> ``3010 0000 0000 0001 44``."""
    digits = "".join(notice.split())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def arg(template: str, *values: str) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders (translators may reorder them)."""
    # Replace from the highest index so %1 does not eat the prefix of %10.
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", values[index - 1])
    return template


def local(moment: datetime) -> datetime:
    """The moment in Europe/Rome time (receipts always show the office's wall clock)."""
    return moment.astimezone(ROME)


def format_datetime(moment: datetime) -> str:
    """Short numeric form, the same in every language: ``23/11/2026 11:15``."""
    return local(moment).strftime("%d/%m/%Y %H:%M")


def format_time(moment: datetime) -> str:
    """``09:30`` in Europe/Rome."""
    return local(moment).strftime("%H:%M")


def format_long_date(day: date | datetime, translate: Translate, lang: str = "it") -> str:
    """``lunedì 30 novembre 2026``: weekday and month spelled out, easy to read at a glance.

    Chinese writes the date largest unit first, with the month already carrying its sign
    (``11月``): ``2026年11月30日 星期一``.
    """
    if isinstance(day, datetime):
        day = local(day).date()
    weekday = translate(labels.CONTEXT, labels.WEEKDAYS[day.weekday()])
    month = translate(labels.CONTEXT, labels.MONTHS[day.month - 1])
    if lang == "zh":
        return f"{day.year}年{month}{day.day}日 {weekday}"
    return f"{weekday} {day.day} {month} {day.year}"


def format_long_datetime(moment: datetime, translate: Translate, lang: str = "it") -> str:
    """``venerdì 27 novembre 2026, ore 12:00``."""
    template = translate(labels.CONTEXT, labels.AT_TIME)
    return arg(template, format_long_date(moment, translate, lang), format_time(moment))
