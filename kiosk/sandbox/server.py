"""Run the sandbox backend with uvicorn (blocking).

Used by ``kiosk sandbox`` / ``python -m kiosk.sandbox`` and by :mod:`kiosk.sandbox.embedded`,
which hands over an already-listening socket (``fd``) and its own pid (``parent_pid``).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

log = logging.getLogger("kiosk.sandbox")

_PR_SET_PDEATHSIG = 1

DEFAULT_TOKEN = "sandbox-token"
"""Token of the bundled default config (``[backend] token``)."""


def _parent_alive(parent_pid: int, original_ppid: int) -> bool:
    if original_ppid == parent_pid and os.getppid() != parent_pid:
        return False  # we were re-parented: our parent is gone, even if its pid got reused
    try:
        os.kill(parent_pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start_parent_watchdog(parent_pid: int, interval_s: float = 0.5) -> threading.Thread:
    """Exit this process soon after ``parent_pid`` dies (covers SIGKILL of the parent).

    First asks for a graceful stop with SIGTERM (uvicorn shuts down), then, if the process is
    still alive 3 seconds later, leaves with ``os._exit``.
    """
    original_ppid = os.getppid()

    def watch() -> None:
        while _parent_alive(parent_pid, original_ppid):
            time.sleep(interval_s)
        log.warning("parent process %d is gone: stopping the sandbox", parent_pid)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(3.0)
        os._exit(0)

    thread = threading.Thread(target=watch, name="sandbox-parent-watchdog", daemon=True)
    thread.start()
    return thread


def set_parent_death_signal(parent_pid: int) -> bool:
    """Linux: ask the kernel to send us SIGTERM when our parent (its forking thread) exits.

    Done in the child rather than in a ``preexec_fn``: running Python between fork and exec in
    a multi-threaded parent (the Qt kiosk) can deadlock. If the parent already died before the
    call, exits at once.

    Returns:
        True if the death signal is armed.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes  # here: the kiosk's own CLI imports this module for its options

        libc = ctypes.CDLL(None, use_errno=True)
        armed = bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent_pid:
        log.warning("parent process %d died before the sandbox started", parent_pid)
        os._exit(0)
    return armed


def run(
    host: str,
    port: int,
    db_path: Path,
    token: str = DEFAULT_TOKEN,
    control: bool = False,
    fd: int | None = None,
    parent_pid: int | None = None,
    *,
    pdeathsig: bool = False,
) -> None:
    """Serve the sandbox until SIGTERM/SIGINT (blocking).

    Args:
        host: Interface to bind (ignored when ``fd`` is given).
        port: TCP port to bind; 0 picks a free one (ignored when ``fd`` is given).
        db_path: SQLite file, created and seeded with sample data if new.
        token: Bearer token required on ``/v1``.
        control: Enable the control API under ``/sandbox``.
        fd: An already bound and listening socket inherited from the parent.
        parent_pid: Exit when this process dies (embedded mode).
        pdeathsig: Also arm Linux's parent-death signal (only when ``parent_pid`` is our
            direct parent and it started us from its main thread).
    """
    import uvicorn  # imported here so that importing this module stays cheap

    from kiosk.sandbox.app import create_app

    if parent_pid is not None:
        if pdeathsig:
            set_parent_death_signal(parent_pid)
        start_parent_watchdog(parent_pid)
    app = create_app(Path(db_path), token, control=control)
    config = uvicorn.Config(
        app, host=host, port=port, access_log=False, log_level="info", lifespan="off",
        timeout_graceful_shutdown=3,
    )
    server = uvicorn.Server(config)
    import socket

    sockets = [socket.socket(fileno=fd)] if fd is not None else None
    log.info("sandbox serving (control API %s)", "on" if control else "off")
    server.run(sockets=sockets)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the sandbox options (``--host --port --db --token --control --fd --parent-pid``)."""
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    parser.add_argument("--db", type=Path, default=Path("sandbox.sqlite3"),
                        help="SQLite file, created with sample data if missing")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="bearer token for /v1")
    parser.add_argument("--control", action="store_true",
                        help="enable the control API under /sandbox (tests, classes)")
    parser.add_argument("--fd", type=int, default=None,
                        help="serve on this inherited listening socket (embedded mode)")
    parser.add_argument("--parent-pid", type=int, default=None,
                        help="exit when this process dies (embedded mode)")
    parser.add_argument("--pdeathsig", action="store_true",
                        help="Linux: also get SIGTERM from the kernel when the parent exits")


def main(args: argparse.Namespace) -> int:
    """Run the sandbox with parsed ``args`` (from :func:`add_arguments`); returns 0."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(name)s %(levelname)s %(message)s")
    run(args.host, args.port, Path(args.db), args.token, args.control, args.fd,
        args.parent_pid, pdeathsig=bool(getattr(args, "pdeathsig", False)))
    return 0
