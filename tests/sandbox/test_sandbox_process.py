"""The sandbox as a process: CLI, embedded child, no control API by default, no orphans."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest
import requests

from kiosk.sandbox.embedded import EmbeddedSandbox
from kiosk.services.client import ServicesClient

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_embedded_returns_before_ready_and_first_call_works(tmp_path: Path) -> None:
    sandbox = EmbeddedSandbox(tmp_path / "db.sqlite3", "tok")
    started = time.monotonic()
    url = sandbox.start()
    start_ms = (time.monotonic() - started) * 1000
    try:
        assert start_ms < 500, start_ms
        # No wait_ready: the connection waits in the listening socket's backlog.
        with ServicesClient(url, "tok", kiosk_id="T", read_timeout=20.0) as client:
            assert client.health().status == "ok"
            ready_ms = (time.monotonic() - started) * 1000
            print(f"embedded sandbox: start() {start_ms:.0f} ms, first answer {ready_ms:.0f} ms")
        # Control API is off unless asked for: those paths do not exist.
        r = requests.post(f"{url}/sandbox/reset", timeout=5)
        assert r.status_code == 404
        assert r.json()["error"]["code"] == "NOT_FOUND"
        assert (tmp_path / "sandbox.log").exists()
    finally:
        assert sandbox.stop() is not None
    assert not sandbox.is_running()


def test_bound_before_spawned_then_served(tmp_path: Path) -> None:
    """``bind()`` gives the URL with no child yet (the kiosk spawns it after its first
    frame); a connection made meanwhile waits in the backlog and is answered once spawned."""
    sandbox = EmbeddedSandbox(tmp_path / "db.sqlite3", "tok")
    url = sandbox.bind()
    try:
        assert sandbox.pid is None
        port = int(url.rsplit(":", 1)[1])
        early = socket.create_connection(("127.0.0.1", port), timeout=5)  # in the backlog
        early.close()
        sandbox.spawn()
        assert sandbox.is_running()
        with ServicesClient(url, "tok", kiosk_id="T", read_timeout=20.0) as client:
            assert client.health().status == "ok"
    finally:
        assert sandbox.stop() is not None


def test_url_binds_once_whoever_asks_first(tmp_path: Path) -> None:
    """The station's client asks for the URL when it is first built, and the station spawns
    the child after its first frame, in either order: one socket, one URL."""
    sandbox = EmbeddedSandbox(tmp_path / "db.sqlite3", "tok")
    try:
        asked: list[str] = []
        threads = [threading.Thread(target=lambda: asked.append(sandbox.url())) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(asked)) == 1
        sandbox.spawn()
        assert sandbox.url() == asked[0]
        with ServicesClient(asked[0], "tok", kiosk_id="T", read_timeout=20.0) as client:
            assert client.health().status == "ok"
    finally:
        assert sandbox.stop() is not None


def test_bound_but_never_spawned_releases_its_port(tmp_path: Path) -> None:
    sandbox = EmbeddedSandbox(tmp_path / "db.sqlite3", "tok")
    port = int(sandbox.bind().rsplit(":", 1)[1])
    assert sandbox.stop() is None
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))  # free again


def test_cli_sandbox_command(tmp_path: Path) -> None:
    """`python -m kiosk sandbox --host --port --db` as CI runs it (default token)."""
    port = _free_port()
    db = tmp_path / "cli.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sandbox", "--host", "127.0.0.1", "--port", str(port),
         "--db", str(db)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with ServicesClient(f"http://127.0.0.1:{port}", "sandbox-token", kiosk_id="CI",
                            retries=0) as client:
            deadline = time.monotonic() + 20
            while True:
                try:
                    assert client.health().status == "ok"
                    break
                except Exception:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise
                    time.sleep(0.1)  # the server is starting: poll its readiness
        assert db.exists()
    finally:
        proc.terminate()
        # uvicorn shuts down gracefully, then re-raises the SIGTERM it captured
        assert proc.wait(10) in (0, -signal.SIGTERM)


_PARENT = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from kiosk.sandbox.embedded import EmbeddedSandbox

    sandbox = EmbeddedSandbox(Path(sys.argv[1]), "tok")
    if sys.argv[2] == "thread":  # no PDEATHSIG: only the child's watchdog can save us
        t = threading.Thread(target=sandbox.start)
        t.start()
        t.join()
    else:
        sandbox.start()
    sandbox.wait_ready(20)
    print(sandbox.pid, flush=True)
    time.sleep(120)
""")


@pytest.mark.parametrize("started_from", ["main", "thread"])
def test_child_dies_with_killed_parent(tmp_path: Path, started_from: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, str(tmp_path / "db.sqlite3"), started_from], cwd=ROOT,
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert parent.stdout is not None
        child_pid = int(parent.stdout.readline())
        child = psutil.Process(child_pid)
        assert child.is_running()
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(5)
        started = time.monotonic()
        child.wait(timeout=8)  # raises psutil.TimeoutExpired if it is orphaned
        print(f"orphan ({started_from}) gone after {time.monotonic() - started:.2f} s")
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(5)
        if parent.stdout is not None:
            parent.stdout.close()
        with contextlib.suppress(psutil.NoSuchProcess, UnboundLocalError):
            psutil.Process(child_pid).kill()
