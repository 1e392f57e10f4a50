"""Sample receipts with Comune di Pavia / ASST Pavia data: for the benchmark, docs and tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kiosk.receipts import (
    ROME,
    BookingReceipt,
    CancellationReceipt,
    CreditorTotal,
    DailySummary,
    PaymentReceipt,
    Place,
    Receipt,
    ServiceCount,
)

ISSUED = datetime(2026, 11, 23, 11, 15, tzinfo=ROME)


def sample_payment(code: str = "K7Q2-M9XD-3F", assisted_by: str | None = None) -> PaymentReceipt:
    """A CIE fee paid to Comune di Pavia (22,21 € + 1,00 € fee)."""
    return PaymentReceipt(
        receipt_code=code,
        issued_at=ISSUED,
        station_id="PV-MEZZABARBA-01",
        office="Comune di Pavia - Anagrafe, Palazzo Mezzabarba",
        assisted_by=assisted_by,
        paid_at=datetime(2026, 11, 23, 11, 14, 32, tzinfo=ROME),
        creditor_fiscal_code="00296180185",
        creditor_name="Comune di Pavia",
        notice_number="301000000000000144",
        iuv="01000000000000144",
        psp_name="Banca Esempio S.p.A.",
        psp_fiscal_code="01234567890",
        payment_token="c3a1f0e2b7d94c6e8a5b1d2f3e4a5b6c",
        iur="IUR20261123PV0001",
        amount_cents=2221,
        fee_cents=100,
        reason="Carta d'Identità Elettronica - rilascio",
    )


def sample_booking(
    code: str = "B3NV-7RTW-Q1", assisted_by: str | None = "Giulia Bianchi"
) -> BookingReceipt:
    """A cardiology visit at ASST Pavia with a ticket to pay through pagoPA."""
    return BookingReceipt(
        receipt_code=code,
        issued_at=ISSUED,
        station_id="PV-SANMATTEO-02",
        office="ASST Pavia - CUP Ospedale Civile di Voghera",
        assisted_by=assisted_by,
        booking_code="PV-2026-0048213",
        patient_fiscal_code="RSSMRA85T10G388I",
        service="Visita cardiologica",
        start=datetime(2026, 11, 30, 9, 30, tzinfo=ROME),
        end=datetime(2026, 11, 30, 9, 50, tzinfo=ROME),
        place=Place(
            office_name="Poliambulatorio di Pavia",
            address="Viale Repubblica 34, 27100 Pavia",
            floor_room="Piano 1, ambulatorio 12",
        ),
        what_to_bring=(
            "Tessera sanitaria (CRS)",
            "Impegnativa del medico (ricetta elettronica)",
            "Esami e referti precedenti",
            "Eventuale esenzione dal ticket",
        ),
        ticket_cents=3615,
        notice_number="399000000012345626",
        cancel_by=datetime(2026, 11, 26, 12, 0, tzinfo=ROME),
        cancel_how=(
            "Alla postazione, al numero verde 800 638 638 o su prenotasalute.regione.lombardia.it"
        ),
    )


def sample_cancellation(code: str = "C8HM-4KZP-2V") -> CancellationReceipt:
    """The cancellation of the booking above."""
    return CancellationReceipt(
        receipt_code=code,
        issued_at=ISSUED,
        station_id="PV-SANMATTEO-02",
        office="ASST Pavia - CUP Ospedale Civile di Voghera",
        booking_code="PV-2026-0048213",
        patient_fiscal_code="RSSMRA85T10G388I",
        service="Visita cardiologica",
        start=datetime(2026, 11, 30, 9, 30, tzinfo=ROME),
        place_name="Poliambulatorio di Pavia, Viale Repubblica 34",
        cancelled_at=datetime(2026, 11, 23, 11, 14, tzinfo=ROME),
        refund_note="Il ticket non era stato pagato: nulla da rimborsare.",
    )


def sample_summary(code: str = "D2XF-9GQA-7M") -> DailySummary:
    """A day at the Mezzabarba station."""
    return DailySummary(
        receipt_code=code,
        issued_at=datetime(2026, 11, 23, 18, 5, tzinfo=ROME),
        station_id="PV-MEZZABARBA-01",
        office="Comune di Pavia - Anagrafe, Palazzo Mezzabarba",
        day=date(2026, 11, 23),
        services=(
            ServiceCount(service="Carta d'Identità Elettronica", count=14),
            ServiceCount(service="Certificati anagrafici", count=9),
            ServiceCount(service="Pagamento avviso pagoPA", count=21),
            ServiceCount(service="Prenotazione appuntamento", count=6),
        ),
        creditors=(
            CreditorTotal(
                creditor_fiscal_code="00296180185",
                creditor_name="Comune di Pavia",
                payments=30,
                amount_cents=58744,
                fee_cents=3000,
            ),
            CreditorTotal(
                creditor_fiscal_code="80215430580",
                creditor_name="Ministero dell'Interno",
                payments=5,
                amount_cents=8395,
            ),
        ),
        sessions=52,
        assisted_sessions=13,
        failed_prints=1,
        abandoned_flows=4,
    )


def all_samples() -> list[Receipt]:
    """One receipt of every kind."""
    return [sample_payment(), sample_booking(), sample_cancellation(), sample_summary()]


def write_sample_pdfs(folder: Path) -> list[Path]:
    """Render every sample (roll, and A4 for the payment) into ``folder``; returns the paths.

    Used to refresh ``docs/receipts/`` (``pdftoppm -r 150 -png`` turns them into images).
    """
    from printing.labels import identity_translate
    from printing.render import render_receipt

    folder.mkdir(parents=True, exist_ok=True)
    names = {
        "payment": "payment",
        "booking": "booking",
        "cancellation": "cancellation",
        "daily_summary": "daily-summary",
    }
    written: list[Path] = []
    for receipt in all_samples():
        path = folder / f"roll-{names[receipt.kind.value]}.pdf"
        path.write_bytes(render_receipt(receipt, "roll80", identity_translate).pdf)
        written.append(path)
    a4 = folder / "a4-payment.pdf"
    a4.write_bytes(render_receipt(sample_payment(), "a4", identity_translate).pdf)
    return [*written, a4]


if __name__ == "__main__":
    import sys

    for written_path in write_sample_pdfs(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(written_path)
