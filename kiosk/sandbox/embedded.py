"""Run the sandbox as a child process of the kiosk (the embedded default backend).

The parent binds a listening socket on ``127.0.0.1:0`` itself and hands its file descriptor to
the child, so the port is known at once, no other process can grab it (no race between
"find a free port" and "bind it"), and :meth:`EmbeddedSandbox.start` returns the URL without
waiting: connections made before the child is ready wait in the socket's backlog.

The child is never orphaned:

* on Linux, the child calls ``prctl(PR_SET_PDEATHSIG, SIGTERM)`` (``--pdeathsig``) so the
  kernel sends it SIGTERM when the parent dies; armed only when starting from the main thread,
  because the signal fires when the *thread* that forked exits. It is done in the child, not
  in a ``preexec_fn``, because Python code between fork and exec can deadlock in a
  multi-threaded parent;
* the child also runs a watchdog thread on ``--parent-pid`` (covers SIGKILL of the parent,
  other platforms and starts from worker threads).

This module does not import FastAPI or uvicorn: only the child does.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import socket
    import subprocess

log = logging.getLogger("kiosk.sandbox")

LOG_ROTATE_BYTES = 5 * 1024 * 1024


def _rotate(path: Path) -> None:
    """Keep one previous log: a station runs for months and restarts the child daily."""
    with contextlib.suppress(OSError):
        if path.stat().st_size > LOG_ROTATE_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))


def sandbox_command() -> list[str]:
    """The command that runs the ``sandbox`` subcommand of this kiosk installation.

    ``[python, "-m", "kiosk", "sandbox"]`` normally, ``[exe, "sandbox"]`` in a PyInstaller
    build; falls back to ``-m kiosk.sandbox`` if the main CLI module is not there.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, "sandbox"]
    if importlib.util.find_spec("kiosk.__main__") is not None:
        return [sys.executable, "-m", "kiosk", "sandbox"]
    return [sys.executable, "-m", "kiosk.sandbox"]


class EmbeddedSandbox:
    """The sandbox backend as a child process on a private loopback port.

    Args:
        db_path: SQLite file of the sandbox (in the kiosk's data dir).
        token: Bearer token the kiosk will send.
        control: Enable the control API (tests and classes only).
        log_path: File the child's output is appended to (default: ``sandbox.log`` next to
            ``db_path``).
    """

    def __init__(
        self, db_path: Path, token: str, control: bool = False, log_path: Path | None = None
    ) -> None:
        self.db_path = Path(db_path)
        self.token = token
        self.control = control
        self.log_path = log_path or self.db_path.parent / "sandbox.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.base_url: str | None = None
        self._log_file: IO[bytes] | None = None
        self._socket: socket.socket | None = None  # bound, child not started yet
        self._lock = threading.Lock()

    def start(self) -> str:
        """Start the child and return its base URL at once (no waiting for readiness)."""
        url = self.bind()
        self.spawn()
        return url

    def bind(self) -> str:
        """Bind the listening socket and return the base URL; the child starts with
        :meth:`spawn` (until then, connections wait in the socket's backlog)."""
        with self._lock:
            if self.process is not None or self._socket is not None:
                raise RuntimeError("embedded sandbox already started")
            return self._bind()

    def url(self) -> str:
        """The base URL: the one already bound, or a new binding's (from any thread)."""
        with self._lock:
            return self.base_url if self.base_url is not None else self._bind()

    def _bind(self) -> str:
        import socket  # here: the station binds once its first frame is painted

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", 0))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        self._socket = sock
        self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self.base_url

    def spawn(self) -> None:
        """Start the child process on the bound socket (binding it first if need be)."""
        with self._lock:
            if self.process is not None:
                raise RuntimeError("embedded sandbox already started")
            if self._socket is None:
                self._bind()
            self._spawn()

    def _spawn(self) -> None:
        sock = self._socket
        assert sock is not None
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            port = sock.getsockname()[1]
            fd = sock.fileno()
            command = [
                *sandbox_command(), "--host", "127.0.0.1", "--port", str(port),
                "--db", str(self.db_path), "--token", self.token, "--fd", str(fd),
                "--parent-pid", str(os.getpid()),
            ]
            if self.control:
                command.append("--control")
            # The kernel's parent-death signal fires when the *thread* that forked exits, so
            # only arm it when starting from the main thread; the watchdog covers the rest.
            if threading.current_thread() is threading.main_thread():
                command.append("--pdeathsig")
            _rotate(self.log_path)
            self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
            env = dict(os.environ)
            env.setdefault("PYTHONUNBUFFERED", "1")
            import subprocess  # here: started after the station's first frame

            self.process = subprocess.Popen(
                command, pass_fds=(fd,), stdin=subprocess.DEVNULL, stdout=self._log_file,
                stderr=subprocess.STDOUT, env=env,
            )
        finally:
            # The child holds its own copy; closing ours means a dead child refuses
            # connections instead of leaving them hanging in the backlog.
            sock.close()
            self._socket = None
        log.info("embedded sandbox pid %d on %s (log %s)", self.process.pid, self.base_url,
                 self.log_path)

    @property
    def pid(self) -> int | None:
        """Pid of the child, if started."""
        return None if self.process is None else self.process.pid

    def is_running(self) -> bool:
        """True while the child process is alive."""
        return self.process is not None and self.process.poll() is None

    def wait_ready(self, timeout: float = 15.0) -> None:
        """Block until ``/v1/health`` answers (tests and diagnostics; the kiosk needn't).

        Raises:
            TimeoutError: not ready in time.
            RuntimeError: the child exited.
        """
        import requests  # local: keep module import light

        if self.base_url is None:
            raise RuntimeError("embedded sandbox not started")
        deadline = time.monotonic() + timeout
        headers = {"Authorization": f"Bearer {self.token}"}
        with requests.Session() as session:
            session.trust_env = False
            while time.monotonic() < deadline:
                if not self.is_running():
                    raise RuntimeError(f"embedded sandbox exited; see {self.log_path}")
                try:
                    answer = session.get(f"{self.base_url}/v1/health", headers=headers,
                                         timeout=(1.0, max(0.1, deadline - time.monotonic())))
                    if answer.status_code == 200:
                        return
                except requests.RequestException:
                    pass
                time.sleep(0.05)
        raise TimeoutError(f"embedded sandbox not ready after {timeout} s")

    def stop(self, timeout: float = 5.0) -> int | None:
        """Terminate the child (SIGTERM), then kill it after ``timeout`` seconds.

        Returns:
            The child's exit status, or None if it was never started.
        """
        if self._socket is not None:  # bound but never spawned
            self._socket.close()
            self._socket = None
        process = self.process
        if process is None:
            return None
        if process.poll() is None:
            import subprocess

            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("embedded sandbox did not stop in %.1f s: killing it", timeout)
                process.kill()
                process.wait(timeout)
        if self._log_file is not None:
            with contextlib.suppress(OSError):
                self._log_file.close()
            self._log_file = None
        self.process = None
        return process.returncode

    def __enter__(self) -> EmbeddedSandbox:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
