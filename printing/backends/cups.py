"""CUPS back-end: submit with ``lp``, then follow the job over IPP until CUPS reports its end.

Success means CUPS set ``job-state`` to *completed*; anything else (cancelled, aborted, a
stopped printer, no answer in time) is reported as such. A job that cannot finish is cancelled
so it does not come out later in front of the next citizen.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from printing.backends import base, ipp
from printing.backends.base import JobState, PrinterState, PrinterStatus, PrintResult

log = logging.getLogger("kiosk.print")

# IPP enums (RFC 8011 5.3.7 and 5.4.12).
JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED = 3, 4, 5, 6
JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9
PRINTER_STOPPED = 5

_REQUEST_ID = re.compile(r"request id is (?P<dest>\S+)-(?P<id>\d+)")
_PRINTER_ATTRS = [
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
]
_JOB_ATTRS = ["job-state", "job-state-reasons", "job-printer-state-message"]

# printer-state-reasons worth telling staff about, most specific first.
_REASONS = (
    ("media-empty", base.REASON_PAPER_OUT),
    ("media-needed", base.REASON_PAPER_OUT),
    ("media-jam", base.REASON_PAPER_JAM),
    ("door-open", base.REASON_COVER_OPEN),
    ("cover-open", base.REASON_COVER_OPEN),
    ("offline", base.REASON_OFFLINE),
    ("connecting-to-device", base.REASON_OFFLINE),
)


def _plain_reason(reasons: list[str], default: str) -> str:
    for keyword, text in _REASONS:
        if any(r.startswith(keyword) for r in reasons):
            return text
    return default


class CupsPrinter:
    """A CUPS queue.

    Args:
        queue: Queue name.
        media: Default ``media`` option (``Custom.80x200mm`` for an 80 mm roll).
        server: CUPS server (host[:port] or a socket path); ``None`` uses ``CUPS_SERVER`` or
            the client configuration, like ``lp`` does.
        job_timeout_s: Longest wait for a job's final state.
        options: Extra ``-o name=value`` options for every job.
        command_timeout_s: Timeout for each ``lp``/``cancel`` run and each IPP request.
    """

    def __init__(
        self,
        queue: str,
        media: str = "Custom.80x200mm",
        server: str | None = None,
        job_timeout_s: float = 30.0,
        options: Mapping[str, str] | None = None,
        command_timeout_s: float = 10.0,
    ) -> None:
        self.queue = queue
        self.media = media
        self.server = server
        self.job_timeout_s = job_timeout_s
        self.options = dict(options or {})
        self.command_timeout_s = command_timeout_s

    # --- helpers -------------------------------------------------------------------------

    def _server(self) -> str:
        return self.server or ipp.default_server()

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        # Parse untranslated messages.
        env["LC_ALL"] = "C"
        env["LANG"] = "C"
        env["CUPS_SERVER"] = self._server()
        return env

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args,
            capture_output=True,
            text=True,
            env=self._env(),
            timeout=self.command_timeout_s,
            check=False,
        )

    # --- status --------------------------------------------------------------------------

    def status(self) -> PrinterStatus:
        """The queue's state, read over IPP (same source ``lpstat -p -l`` / ``-a`` show)."""
        server = self._server()
        try:
            resp = ipp.get_printer_attributes(
                server, self.queue, _PRINTER_ATTRS, timeout=self.command_timeout_s
            )
        except ipp.IppError as exc:
            return PrinterStatus(PrinterState.UNREACHABLE, base.REASON_UNREACHABLE, str(exc))
        if resp.status == ipp.STATUS_NOT_FOUND:
            return PrinterStatus(
                PrinterState.MISSING, base.REASON_MISSING, f"no queue {self.queue!r} on {server}"
            )
        if resp.status >= 0x0400:
            return PrinterStatus(
                PrinterState.UNREACHABLE, base.REASON_UNREACHABLE, f"IPP status {resp.status:#06x}"
            )
        state = resp.first("printer-state")
        reasons = [str(r) for r in resp.attributes.get("printer-state-reasons", [])]
        reasons = [r for r in reasons if r != "none"]
        message = str(resp.first("printer-state-message") or "")
        detail = "; ".join(filter(None, [", ".join(reasons), message]))
        if state == PRINTER_STOPPED:
            return PrinterStatus(
                PrinterState.DISABLED, _plain_reason(reasons, base.REASON_DISABLED), detail
            )
        if resp.first("printer-is-accepting-jobs") is False:
            return PrinterStatus(PrinterState.NOT_ACCEPTING, base.REASON_NOT_ACCEPTING, detail)
        if "hold-new-jobs" in reasons:
            return PrinterStatus(PrinterState.PAUSED, base.REASON_PAUSED, detail)
        errors = [r for r in reasons if r.endswith("-error") or r.startswith("offline")]
        if errors:
            # The device reports a fault but CUPS has not stopped the queue (yet): a job sent
            # now would wait behind a jammed or empty printer, so do not call it ready.
            return PrinterStatus(
                PrinterState.DISABLED, _plain_reason(errors, base.REASON_DISABLED), detail
            )
        return PrinterStatus(PrinterState.READY, base.REASON_READY, detail)

    # --- printing ------------------------------------------------------------------------

    def print_pdf(self, path: Path, copies: int = 1, media: str | None = None) -> PrintResult:
        """Submit ``path`` and block until CUPS reports the job's final state.

        Args:
            path: PDF to print.
            copies: Number of copies.
            media: ``media`` for this job; ``None`` uses the printer's default.

        Returns:
            ``COMPLETED`` only when CUPS says so; ``REFUSED`` when the queue is not ready or
            ``lp`` fails; otherwise the job's failure state.
        """
        source = Path(path)
        if not source.is_file():
            return PrintResult(JobState.REFUSED, base.REASON_NO_FILE, detail=str(source))
        status = self.status()
        if not status.ready:
            return PrintResult(
                JobState.REFUSED, status.reason, detail=f"{status.state}: {status.detail}"
            )
        args = ["lp", "-d", self.queue, "-n", str(max(1, copies)), "-t", source.stem]
        args += ["-o", f"media={media or self.media}"]
        for name, value in self.options.items():
            args += ["-o", f"{name}={value}"]
        args += ["--", str(source)]
        started = time.monotonic()
        try:
            done = self._run(args)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return PrintResult(JobState.REFUSED, base.REASON_SUBMIT_FAILED, detail=str(exc))
        match = _REQUEST_ID.search(done.stdout)
        if done.returncode != 0 or match is None:
            detail = (done.stderr or done.stdout).strip()
            return PrintResult(JobState.REFUSED, base.REASON_SUBMIT_FAILED, detail=detail)
        job_id = int(match["id"])
        log.info("job %s-%d submitted (%s)", self.queue, job_id, source.name)
        result = self._follow(job_id, started)
        log.info("job %s-%d: %s %s", self.queue, job_id, result.state, result.detail)
        return result

    def _follow(self, job_id: int, started: float) -> PrintResult:
        server = self._server()
        deadline = started + self.job_timeout_s
        job_name = f"{self.queue}-{job_id}"
        delay = 0.02
        last_detail = ""
        next_printer_check = 0.0

        def finish(state: JobState, reason: str, detail: str) -> PrintResult:
            return PrintResult(state, reason, job_name, detail, time.monotonic() - started)

        while True:
            try:
                resp = ipp.get_job_attributes(
                    server, self.queue, job_id, _JOB_ATTRS, timeout=self.command_timeout_s
                )
            except ipp.IppError as exc:
                last_detail = f"print server unreachable: {exc}"
            else:
                state = resp.first("job-state")
                reasons = ", ".join(str(r) for r in resp.attributes.get("job-state-reasons", []))
                last_detail = f"job-state={state!r} ({reasons})"
                if state == JOB_COMPLETED:
                    return finish(JobState.COMPLETED, base.REASON_COMPLETED, last_detail)
                if state == JOB_CANCELED:
                    return finish(JobState.CANCELLED, base.REASON_CANCELLED, last_detail)
                if state == JOB_ABORTED:
                    return finish(JobState.ABORTED, base.REASON_ABORTED, last_detail)
                if resp.status == ipp.STATUS_NOT_FOUND:
                    # Job history purged before we saw the end: we cannot claim success.
                    return finish(JobState.ABORTED, base.REASON_ABORTED, "job vanished")
                now = time.monotonic()
                if state == JOB_STOPPED or (state != JOB_PROCESSING and now >= next_printer_check):
                    next_printer_check = now + 0.5
                    printer = self.status()
                    if state == JOB_STOPPED or printer.state is PrinterState.DISABLED:
                        self._cancel(job_id)
                        return finish(
                            JobState.STOPPED,
                            base.REASON_STOPPED,
                            f"{last_detail}; printer {printer.state}: {printer.detail}",
                        )
            if time.monotonic() >= deadline:
                self._cancel(job_id)
                return finish(JobState.TIMEOUT, base.REASON_TIMEOUT, last_detail)
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 1.5, 0.1)

    def _cancel(self, job_id: int) -> None:
        try:
            done = self._run(["cancel", f"{self.queue}-{job_id}"])
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("could not cancel job %s-%d: %s", self.queue, job_id, exc)
            return
        if done.returncode != 0:
            log.warning("cancel %s-%d: %s", self.queue, job_id, done.stderr.strip())
