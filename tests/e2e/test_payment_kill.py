"""Kill test: a payment process SIGKILLed at every step, then the start-up reconciliation.

For each kill point the kiosk side (``tests/e2e/payment_driver.py``: real flow, journal,
HTTP client, receipt store) runs as its own process against a real sandbox and dies with
SIGKILL at that point; where the card terminal would still approve, the test waits until the
sandbox has charged the card (the citizen paid while the kiosk was dead). Then a fresh
process reconciles the journal, as the kiosk does at start, and the citizen tries again.

Asserted for every row: the sandbox's control API shows at most one charge after the
reconciliation and exactly one after the second attempt (never two), the journal has nothing
unfinished, and every charge has its receipt stored (PDF in the receipt store) and on the
backend. The matrix is printed (``-s``) and written to ``$KIOSK_KILL_MATRIX_OUT`` if set.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.journal import IntentState, Journal
from kiosk.sandbox.control_client import SandboxControl
from kiosk.sandbox.embedded import EmbeddedSandbox
from kiosk.sandbox.seed import COMUNE_CF, notice_number
from kiosk.services.client import ServicesClient
from printing.store import ReceiptStore
from tests.e2e.helpers import REPO, wait_for

pytestmark = pytest.mark.slow

TOKEN = "kill-test-token"


@dataclass(frozen=True)
class Case:
    kill_at: str | None
    terminal: str  # approve | delay | never
    delay_s: float
    charged_while_dead: bool  # the terminal approves after the kiosk died


CASES = [
    Case(None, "approve", 0.0, False),
    Case("after_intent", "approve", 0.0, False),
    Case("after_activation", "delay", 1.0, True),
    Case("after_activation", "never", 0.0, False),
    Case("while_terminal_waits", "delay", 1.0, True),
    Case("while_terminal_waits", "never", 0.0, False),
    Case("after_approval", "approve", 0.0, False),
    Case("before_receipt", "approve", 0.0, False),
]

_ROWS: list[dict[str, str]] = []


@dataclass
class Backend:
    url: str
    control: SandboxControl


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    folder = tmp_path_factory.mktemp("kill-sandbox")
    sandbox = EmbeddedSandbox(folder / "sandbox.sqlite3", TOKEN, control=True)
    url = sandbox.start()
    try:
        sandbox.wait_ready(30)
        with SandboxControl(url) as control:
            control.reset()
            yield Backend(url, control)
    finally:
        sandbox.stop()
    _write_matrix()


def _driver(
    command: str, backend: Backend, data_dir: Path, kill_at: str | None = None, *extra: str
) -> tuple[int, dict[str, object]]:
    env = dict(os.environ)
    env.pop("KIOSK_KILL_AT", None)
    if kill_at:
        env["KIOSK_KILL_AT"] = kill_at
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.e2e.payment_driver", command, "--url", backend.url,
         "--token", TOKEN, "--data-dir", str(data_dir), *extra],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode not in (0, -signal.SIGKILL) or not lines:
        pytest.fail(f"driver {command} rc={proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc.returncode, json.loads(lines[-1])


def _receipts_ok(data_dir: Path, backend: Backend) -> tuple[int, bool]:
    """(approved intents, every one with a stored PDF and a backend receipt)."""
    journal = Journal(data_dir / "journal.db")
    store = ReceiptStore(data_dir)
    approved = [i for i in journal.all() if i.state is IntentState.APPROVED]
    ok = True
    with ServicesClient(backend.url, TOKEN, kiosk_id="PV-CHECK") as client:
        for intent in approved:
            stored = store.find(intent.local_receipt_code or "")
            ok &= intent.receipt_stored_at is not None
            ok &= stored is not None and stored.path.is_file()
            ok &= intent.receipt_code is not None
            if intent.receipt_code:
                receipt = client.receipt(intent.receipt_code)
                ok &= receipt.notice_number == intent.notice_number
    return len(approved), ok


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c.kill_at or 'no_kill'}-{c.terminal}" for c in CASES]
)
def test_kill_then_reconcile(case: Case, backend: Backend, tmp_path: Path) -> None:
    notice = notice_number("301", 700 + CASES.index(case))
    backend.control.seed_notice(notice, COMUNE_CF, 2221, "Carta d'identità elettronica")
    backend.control.card_terminal(case.terminal, delay_s=case.delay_s)  # type: ignore[arg-type]
    data_dir = tmp_path / "kiosk"

    rc, first = _driver("pay", backend, data_dir, case.kill_at, "--notice", notice,
                        "--creditor", COMUNE_CF, "--card-timeout", "20")
    if case.kill_at:
        assert rc == -signal.SIGKILL, first
        assert first == {"killed_at": case.kill_at}
    journal = Journal(data_dir / "journal.db")
    left = journal.all()
    state_after_kill = left[-1].state.value if left else "-"
    if case.charged_while_dead:
        assert wait_for(lambda: backend.control.charges(notice) == 1, 15)

    _, report = _driver("reconcile", backend, data_dir)
    charges_after = backend.control.charges(notice)
    assert charges_after <= 1
    assert journal.unfinished() == []
    approved, receipts_ok = _receipts_ok(data_dir, backend)
    assert approved == charges_after
    assert receipts_ok
    outcome = ("approved" if report["approved"] else "released" if report["released"]
               else "nothing to do")
    if report["approved"] or report["released"]:
        outcome += f" (journal: {journal.all()[-1].state.value})"

    # The citizen (or the next one) pays the same notice again on the restarted kiosk.
    backend.control.card_terminal("approve")
    _, again = _driver("pay", backend, data_dir, None, "--notice", notice,
                       "--creditor", COMUNE_CF, "--card-timeout", "20")
    if charges_after == 1:
        assert again["state"] == "verify_failed"
        assert again["error"] == "NOTICE_ALREADY_PAID"
    else:
        assert again["state"] == "receipt"
    final = backend.control.charges(notice)
    assert final == 1
    approved, receipts_ok = _receipts_ok(data_dir, backend)
    assert approved == 1
    assert receipts_ok
    assert journal.unfinished() == []

    _ROWS.append({
        "kill point": case.kill_at or "(no kill)",
        "card terminal": case.terminal + (" (approves while kiosk is down)"
                                          if case.charged_while_dead else ""),
        "journal after kill": state_after_kill,
        "reconciliation": outcome,
        "charges after restart": str(charges_after),
        "receipt available": "yes (PDF + backend)" if charges_after else "n/a",
        "second attempt": (
            "refused: already paid" if again["state"] == "verify_failed" else "paid, receipt"
        ),
        "charges in the end": str(final),
    })


def _table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    lines += ["| " + " | ".join(row[h] for h in heads) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _write_matrix() -> None:
    table = _table(_ROWS)
    if not table:
        return
    print("\nKill matrix (0 double charges, 0 lost payments):\n" + table)
    out = os.environ.get("KIOSK_KILL_MATRIX_OUT")
    if out:
        Path(out).write_text(table, encoding="utf-8")
