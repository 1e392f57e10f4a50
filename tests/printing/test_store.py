"""ReceiptStore: stored before printing, found again, purged after the retention period."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.receipts import ROME, ReceiptKind
from printing.backends import JobState, PdfFolderPrinter, PrinterState
from printing.delivery import issue_receipt, reprint
from printing.labels import identity_translate
from printing.render import render_receipt
from printing.samples import sample_booking, sample_payment, sample_summary
from printing.store import PrintStatus, ReceiptStore
from tests.fixtures.cups import pdf_text


def _save(store: ReceiptStore, receipt: object, now: datetime | None = None) -> None:
    rendered = render_receipt(receipt, "roll80", identity_translate)  # type: ignore[arg-type]
    store.save(receipt, rendered.pdf, now=now)  # type: ignore[arg-type]


def test_save_writes_pdf_and_row(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    _save(store, sample_payment())

    found = store.find("k7q2 m9xd 3f")
    assert found is not None
    assert found.kind is ReceiptKind.PAYMENT
    assert found.status is PrintStatus.PENDING
    assert found.attempts == 0
    assert found.path == tmp_path / "receipts" / "K7Q2-M9XD-3F.pdf"
    assert "22,21 €" in pdf_text(found.path)
    assert not list((tmp_path / "receipts").glob("*.part"))


def test_duplicate_code_is_refused(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    _save(store, sample_payment())
    with pytest.raises(ValueError, match="already stored"):
        _save(store, sample_payment())


def test_search_by_booking_code_notice_and_receipt_code(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    _save(store, sample_payment())
    _save(store, sample_booking())

    assert [r.code for r in store.search("PV-2026-0048213")] == ["B3NV-7RTW-Q1"]
    assert [r.code for r in store.search("3010 0000 0000 0001 44")] == ["K7Q2-M9XD-3F"]
    assert [r.code for r in store.search("SMACY:R:B3NV-7RTW-Q1")] == ["B3NV-7RTW-Q1"]
    assert store.search("nothing-like-this") == []
    assert store.search("%") == []


def test_clear_fiscal_code_never_reaches_the_database(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    _save(store, sample_booking())
    with sqlite3.connect(tmp_path / "receipts.db") as db:
        dump = "\n".join(db.iterdump())
    assert "RSSMRA85T10G388I" not in dump
    assert "RSSMRA*******88I" in dump


def test_list_for_day_uses_the_rome_calendar(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    # 23:30 UTC on the 22nd is already the 23rd in Rome (UTC+1 in November).
    _save(store, sample_payment(), now=datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    _save(store, sample_booking(), now=datetime(2026, 11, 23, 22, 59, tzinfo=UTC))
    _save(store, sample_summary(), now=datetime(2026, 11, 23, 23, 0, tzinfo=UTC))

    assert [r.code for r in store.list_for_day(date(2026, 11, 23))] == [
        "K7Q2-M9XD-3F",
        "B3NV-7RTW-Q1",
    ]
    assert [r.code for r in store.list_for_day(date(2026, 11, 24))] == ["D2XF-9GQA-7M"]


def test_mark_printed_and_failed_count_attempts(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    _save(store, sample_payment())
    store.mark_failed("K7Q2-M9XD-3F", "disabled: paper out")
    failed = store.find("K7Q2-M9XD-3F")
    assert failed is not None
    assert failed.status is PrintStatus.FAILED
    assert failed.last_error == "disabled: paper out"
    moment = datetime(2026, 11, 23, 12, 0, tzinfo=ROME)
    store.mark_printed("K7Q2-M9XD-3F", now=moment)
    printed = store.find("K7Q2-M9XD-3F")
    assert printed is not None
    assert printed.status is PrintStatus.PRINTED
    assert printed.attempts == 2
    assert printed.printed_at == moment


def test_purge_removes_old_receipts_and_their_pdfs(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    _save(store, sample_payment(), now=now - timedelta(days=31))
    _save(store, sample_booking(), now=now - timedelta(days=29))

    assert store.purge(retention_days=30, now=now) == 1
    assert store.find("K7Q2-M9XD-3F") is None
    assert not (tmp_path / "receipts" / "K7Q2-M9XD-3F.pdf").exists()
    assert store.find("B3NV-7RTW-Q1") is not None


def test_issue_to_pdf_folder_then_reprint(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path / "data")
    printer = PdfFolderPrinter(tmp_path / "printed")

    outcome = issue_receipt(
        sample_payment(), store=store, printer=printer, translate=identity_translate
    )
    again = reprint(store, "K7Q2-M9XD-3F", printer)

    assert outcome.result.ok
    assert outcome.stored.status is PrintStatus.PRINTED
    assert (
        tmp_path / "printed" / "K7Q2-M9XD-3F.pdf"
    ).read_bytes() == outcome.stored.path.read_bytes()
    assert again is not None
    assert again.ok
    stored = store.find("K7Q2-M9XD-3F")
    assert stored is not None
    assert stored.attempts == 2
    assert reprint(store, "0000-0000-00", printer) is None


def test_missing_folder_printer_refuses_but_receipt_is_kept(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path / "data")
    printer = PdfFolderPrinter(tmp_path / "no" / "such" / "folder")
    assert printer.status().state is PrinterState.MISSING

    outcome = issue_receipt(
        sample_payment(), store=store, printer=printer, translate=identity_translate
    )

    assert outcome.result.state is JobState.REFUSED
    assert not outcome.result.ok
    assert outcome.stored.status is PrintStatus.FAILED
    assert outcome.stored.path.is_file()


def test_no_printer_still_stores(tmp_path: Path) -> None:
    store = ReceiptStore(tmp_path)
    outcome = issue_receipt(sample_payment(), store=store, printer=None)
    assert not outcome.result.ok
    assert outcome.stored.path.is_file()
