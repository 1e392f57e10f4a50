"""The ``kiosk`` command: run the station, the sandbox alone, checks, benchmarks, PIN hashes.

    kiosk [--config PATH] [--windowed]     run the station (embedded sandbox unless configured)
    kiosk --smoke                          paint the home screen, print one JSON line, exit 0
    kiosk sandbox --host --port --db       run the sandbox backend alone
    kiosk doctor [--config PATH]           check config, backend, printer, fonts; exit 1 on trouble
    kiosk bench [--quick]                  speed and memory benchmarks, JSON out
    kiosk hash-pin                         argon2id hash of a tutor/staff PIN for the config

A bad config stops the kiosk before any window with a message that names the key, the bad value
and what is allowed (exit code 2).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.config import ConfigError, load_config
from kiosk.procstat import memory_mib, process_age_ms

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_CONFIG = 2

log = logging.getLogger("kiosk.cli")


def _parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands``, only the station's own options."""
    parser = argparse.ArgumentParser(prog="kiosk", description="SMACY kiosk station")
    parser.add_argument("--version", action="version", version=f"smacy-kiosk {__version__}")
    parser.add_argument("--config", type=Path, help="site TOML file (default: bundled defaults)")
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.add_argument("--smoke", action="store_true",
                        help="paint the home screen, print one JSON line and exit")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")
    sandbox = sub.add_parser("sandbox", help="run the sandbox services backend alone")
    from kiosk.sandbox.server import add_arguments

    add_arguments(sandbox)
    doctor = sub.add_parser("doctor", help="check config, backend, printer and fonts")
    doctor.add_argument("--config", type=Path, dest="doctor_config")
    bench = sub.add_parser("bench", help="speed and memory benchmarks (JSON)")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions")
    bench.add_argument("--output", type=Path, help="also write the JSON to this file")
    hash_pin = sub.add_parser("hash-pin", help="print the argon2id hash of a PIN (or badge code)")
    hash_pin.add_argument("--badge", action="store_true",
                          help="hash a tutor badge code instead of a PIN")
    return parser


def _station_only(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only runs the station (``--config PATH``, ``--windowed``, ``--smoke``):
    then the sub-commands' parsers, a few milliseconds of every start, are not built."""
    rest = iter(argv)
    for arg in rest:
        if arg in ("--windowed", "--smoke") or arg.startswith("--config="):
            continue
        if arg == "--config" and next(rest, None) is not None:
            continue
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script and ``python -m kiosk``."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parser(commands=not _station_only(argv)).parse_args(argv)
    if args.command == "sandbox":
        from kiosk.sandbox.server import main as sandbox_main

        return int(sandbox_main(args) or 0)
    if args.command == "doctor":
        from kiosk.doctor import run_doctor

        return run_doctor(args.doctor_config or args.config)
    if args.command == "bench":
        bench = importlib.import_module("ui.bench")
        return int(bench.main(quick=args.quick, output=args.output))
    if args.command == "hash-pin":
        from kiosk.pins import hash_pin_interactive

        return hash_pin_interactive(badge=args.badge)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return run_station(config, windowed=args.windowed or config.ui.windowed, smoke=args.smoke)


_TERMINATING = threading.Event()
"""Set by SIGTERM/SIGINT: ``app.exit()`` ends ``exec()``, but a nested loop started after it
would return at once, so waits of the smoke run check this as well."""


def _install_sigterm(app: Any) -> Any:
    """End cleanly through the event loop on SIGTERM/SIGINT (systemd stop, Ctrl+C).

    Returns what must stay alive while the station runs; call its ``close()`` afterwards.
    """
    from PySide6.QtCore import QSocketNotifier

    reader, writer = os.pipe()  # the signal's wake-up byte arrives on ``reader``
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    previous = signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            os.read(reader, 64)
        log.info("termination signal: closing")
        _TERMINATING.set()
        # exit(), not quit(): in Qt 6 quit() asks every window to close, and the lockdown
        # refuses close requests. A stop from systemd must always end the kiosk.
        app.exit(0)

    notifier.activated.connect(on_signal)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)  # Python-level no-op; the wakeup fd wakes Qt
    return _Wakeup(notifier, reader, writer, previous)


class _Wakeup:
    """The signal wake-up pipe and its notifier, closed once the station has stopped."""

    def __init__(self, notifier: Any, reader: int, writer: int, previous: int) -> None:
        self.notifier = notifier
        self.fds = (reader, writer)
        self.previous = previous

    def close(self) -> None:
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self.previous)
        for fd in self.fds:
            with contextlib.suppress(OSError):
                os.close(fd)


def run_station(config: Any, *, windowed: bool, smoke: bool) -> int:
    """Run the station until it is closed (or, with ``smoke``, until home is painted)."""
    # Start-up allocates a great deal and frees little: no garbage collection until the first
    # frame (collections took a few per cent of it), then the start-up's objects are frozen
    # out of every later full collection (shorter pauses for the life of the station).
    gc.disable()
    # The non-Qt side first: PySide6 reads the source of every module imported after it
    # (looking for its ``__feature__`` switches), which the kiosk's own modules never use.
    from kiosk.app import build_kiosk

    ui_app = importlib.import_module("ui.app")
    app = ui_app.create_application(sys.argv[:1])
    kiosk = build_kiosk(config=config, complete=False)  # the rest after the first frame
    kiosk.station.after_first_frame(_collect_garbage_again)
    wakeup = _install_sigterm(app)
    try:
        if smoke:
            return _smoke(app, kiosk, ui_app, windowed=windowed)
        ui_app.show_station(kiosk.window, windowed=windowed)
        return int(app.exec())
    finally:
        kiosk.shutdown()
        wakeup.close()


def _collect_garbage_again() -> None:
    gc.freeze()  # what start-up made lives as long as the station
    gc.enable()


def _smoke(app: Any, kiosk: Any, ui_app: Any, *, windowed: bool) -> int:
    """Show the station, wait for the home screen's first paint, report, exit 0.

    Besides the first-paint figures, the line carries ``backend`` (``up``/``down``: whether the
    first health check answered within 30 s) and ``settled_pss_mib``: the memory at home once
    that check is done, when the HTTP client, the models and the journal have loaded.
    """
    kiosk.station.navigator.start()  # the smoke run paints home, not the attract loop
    firstpaint = importlib.import_module("ui.firstpaint")
    # Shown as the station shows it, by the watcher (a paint inside show() is not missed).
    painted = firstpaint.wait_first_paint(
        app, kiosk.window, show=lambda window: ui_app.show_station(window, windowed=windowed))
    import json  # (after the paint: nothing else before it needs JSON)

    startup_ms = firstpaint.last_paint_ms or process_age_ms()
    if not painted:
        print(json.dumps({"error": "home screen not painted within 30 s"}))
        return EXIT_PROBLEM
    at_paint = firstpaint.last_paint_figures or memory_mib()
    health = kiosk.station.health
    from PySide6.QtCore import QEventLoop, QTimer

    # Woken at least every 100 ms (the timer), so the deadline and a termination signal are
    # seen even when nothing else happens.
    tick = QTimer()
    tick.start(100)
    deadline = time.monotonic() + 30.0
    while (health.is_up is None and time.monotonic() < deadline
           and not _TERMINATING.is_set()):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tick.stop()
    app.processEvents()
    line = {"startup_ms": round(startup_ms, 1), **at_paint, "version": __version__,
            "backend": "up" if health.is_up else "down",
            "settled_pss_mib": memory_mib()["pss_mib"]}
    print(json.dumps(line), flush=True)
    return EXIT_OK
