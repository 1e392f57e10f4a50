"""Benchmarks: render time per receipt kind, and CUPS submit-to-completed time.

Run ``python -m printing.bench`` for the render numbers; the CUPS one needs a queue.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from kiosk.receipts import new_receipt_code
from printing.backends.cups import CupsPrinter
from printing.labels import identity_translate
from printing.render import Layout, render_receipt
from printing.samples import all_samples


def _stats(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2)}


def render_bench(n: int = 50, layout: Layout = "roll80") -> dict[str, dict[str, float]]:
    """Median and 95th percentile render time in ms for each receipt kind.

    Fonts are registered (and QR codes cached) by a warm-up render first, as on a running
    station. Each kind gets fresh receipt codes so the lookup QR is computed every time.
    """
    results: dict[str, dict[str, float]] = {}
    for sample in all_samples():
        render_receipt(sample, layout, identity_translate)  # warm-up
        times: list[float] = []
        for _ in range(n):
            receipt = replace(sample, receipt_code=new_receipt_code())
            started = time.perf_counter()
            render_receipt(receipt, layout, identity_translate)
            times.append((time.perf_counter() - started) * 1000)
        results[sample.kind.value] = _stats(times)
    return results


def print_bench(printer: CupsPrinter, n: int = 5) -> dict[str, float]:
    """Median / p95 seconds from ``lp`` to CUPS reporting *completed*, on a real queue.

    Raises:
        RuntimeError: A job did not complete.
    """
    pdf = render_receipt(all_samples()[0], "roll80", identity_translate)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pdf"
        path.write_bytes(pdf.pdf)
        for _ in range(n):
            result = printer.print_pdf(path, media=pdf.media)
            if not result.ok:
                raise RuntimeError(f"bench job failed: {result}")
            times.append(result.elapsed_s)
    ordered = sorted(times)
    return {
        "median_s": round(statistics.median(ordered), 3),
        "p95_s": round(ordered[min(n - 1, round(0.95 * (n - 1)))], 3),
    }


if __name__ == "__main__":
    print(json.dumps({"roll80": render_bench(), "a4": render_bench(layout="a4")}, indent=2))
