"""Composition root: config → data dir → logging → backend (embedded sandbox or remote) → station.

``build_kiosk(config_path)`` is the in-process build that tests and embedders use (DESIGN.md):
with a ``QApplication`` already running it returns a :class:`Kiosk` whose ``.window`` is ready
to show. The Qt side (``ui``) is loaded by module name here, at the entry point only, so that the
static import graph keeps its one direction (``ui → kiosk``) and ``kiosk`` stays importable, and
testable, with no Qt widget module at all.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import Config, load_config
from kiosk.deferred_client import DeferredClient
from kiosk.logsetup import configure_logging, route_qt_messages
from kiosk.sandbox.embedded import EmbeddedSandbox

if TYPE_CHECKING:
    from kiosk.services.client import ServicesClient

log = logging.getLogger("kiosk.app")


class Kiosk:
    """A built station: its window, the parts it runs on, and one way to stop them all."""

    def __init__(self, config: Config, client: DeferredClient, station: Any,
                 sandbox: Any | None = None) -> None:
        self.config = config
        self.client = client
        self.station = station
        self.sandbox = sandbox
        self._closed = False

    @property
    def window(self) -> Any:
        """The station's ``QMainWindow``, ready to show."""
        return self.station.window

    def shutdown(self) -> None:
        """Stop pollers and workers, close the client, stop the embedded sandbox. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self.station.shutdown()
        finally:
            self.client.close()
            if self.sandbox is not None:
                self.sandbox.stop()
        log.info("kiosk stopped")


def start_backend(config: Config) -> tuple[Callable[[], str], EmbeddedSandbox | None]:
    """Where the backend is (a function giving its base URL), and the embedded sandbox when
    the config names no backend.

    The sandbox's listening socket is bound and its child process started by the caller
    (:meth:`EmbeddedSandbox.spawn`) after the station's first frame; the client, built on its
    first use, asks for the URL then, and its first requests wait in the socket's backlog
    until the child is ready.
    """
    url = config.backend.url
    if url is not None:
        return (lambda: url), None
    sandbox = EmbeddedSandbox(
        config.data_dir / "sandbox.db", config.backend.token,
        log_path=config.data_dir / "logs" / "sandbox.log")
    log.info("embedded sandbox backend (started once the home screen is painted)")
    return sandbox.url, sandbox


def make_client(config: Config, base_url: str) -> ServicesClient:
    """The one services client of the station, configured from ``[backend]``."""
    from kiosk.services.client import ServicesClient

    return ServicesClient(
        base_url,
        config.backend.token,
        kiosk_id=config.station.kiosk_id,
        ca_bundle=str(config.backend.ca_bundle) if config.backend.ca_bundle else None,
        connect_timeout=config.backend.connect_timeout_s,
        read_timeout=config.backend.read_timeout_s,
    )


def build_kiosk(
    config_path: str | Path | None = None,
    *,
    config: Config | None = None,
    complete: bool = True,
    **station_options: Any,
) -> Kiosk:
    """Build the whole station in-process (a ``QApplication`` must already exist).

    Args:
        config_path: site TOML file; ``None`` for the bundled defaults (embedded sandbox).
        config: an already loaded config (takes precedence over ``config_path``).
        complete: build every screen and part now, so that every control can be found by its
            ``objectName`` at once (tests, embedders). The ``kiosk`` command passes False: its
            station builds screens on first use and the rest after the first frame.
        station_options: passed to ``ui.station.build_station`` (e.g. ``idle_clock``).

    Raises:
        ConfigError: the config is invalid (raised before anything is started).
    """
    if config is None:
        config = load_config(Path(config_path) if config_path is not None else None)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    configure_logging(config.data_dir)
    route_qt_messages()
    log.info("starting station %s (site %s)", config.station.kiosk_id, config.station.site)
    backend_url, sandbox = start_backend(config)
    # Built on first use (a worker thread's health check): see kiosk.deferred_client.
    client = DeferredClient(lambda: make_client(config, backend_url()))
    try:
        station_module = importlib.import_module("ui.station")
        station = station_module.build_station(config, client, **station_options)
    except BaseException:
        client.close()
        if sandbox is not None:
            sandbox.stop()
        raise
    if sandbox is not None:
        # Started after the station's first frame: booting it (it imports its web framework)
        # would otherwise compete for the CPU with the code painting that frame.
        station.after_first_frame(sandbox.spawn)
    if complete:
        station.build_all()
    return Kiosk(config=config, client=client, station=station, sandbox=sandbox)
