"""Typed station configuration: bundled defaults, a site TOML file on top, strict validation.

The bundled ``resources/config/defaults.toml`` holds every key with its default; a site file
(``--config PATH``) overrides any of them. Every problem is reported as a :class:`ConfigError`
that names the key, the bad value and what is allowed, so a technician can fix it without
reading code. Unknown keys are errors too: a typo must not silently fall back to a default.

The config's records are named tuples: as immutable as frozen dataclasses, and a quarter of
their cost to define, which every start of the station pays before its first frame.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast
from urllib.parse import urlparse

import resources

if TYPE_CHECKING:
    from kiosk.accounts import Account

SCHEMA_VERSION = 1
SUPPORTED_LANGUAGES = ("it", "en", "fr", "de", "es", "ro", "uk", "ar", "zh")
SITES = ("comune", "asst", "both")
PRINTER_BACKENDS = ("pdf", "cups", "none")
LAYOUTS = ("roll80", "a4")
DATA_DIR_ENV = "KIOSK_DATA_DIR"

Site = Literal["comune", "asst", "both"]
PrinterBackend = Literal["pdf", "cups", "none"]
Layout = Literal["roll80", "a4"]


class ConfigError(Exception):
    """A configuration problem, phrased for the technician who installs the station."""

    def __init__(self, key: str, value: object, allowed: str, source: str = "") -> None:
        self.key = key
        self.value = value
        self.allowed = allowed
        self.source = source
        where = f" in {source}" if source else ""
        super().__init__(f"config{where}: key '{key}' has value {value!r}; allowed: {allowed}")


class StationConfig(NamedTuple):
    kiosk_id: str
    name: str
    site: Site
    data_dir: Path | None


class BackendConfig(NamedTuple):
    url: str | None
    """Services backend base URL; ``None`` means: start the embedded sandbox."""
    token: str
    ca_bundle: Path | None
    connect_timeout_s: float
    read_timeout_s: float
    health_interval_s: float
    health_max_interval_s: float

    @property
    def embedded(self) -> bool:
        return self.url is None


class UiConfig(NamedTuple):
    languages: tuple[str, ...]
    default_language: str
    windowed: bool
    speech_engine: str | None
    """Qt text-to-speech engine for read-aloud (``speechd`` on a station); None: Qt's default."""


class IdleConfig(NamedTuple):
    timeout_s: int
    warning_s: int
    assisted_factor: float
    max_extensions: int
    assisted_end_s: int
    """Assisted mode ends by itself after this long without a touch."""


class PrinterConfig(NamedTuple):
    backend: PrinterBackend
    queue: str
    media: str
    folder: Path | None
    layout: Layout
    job_timeout_s: float


class ReceiptsConfig(NamedTuple):
    retention_days: int


class Config(NamedTuple):
    schema_version: int
    station: StationConfig
    backend: BackendConfig
    ui: UiConfig
    idle: IdleConfig
    printer: PrinterConfig
    receipts: ReceiptsConfig
    accounts: tuple[Account, ...]
    """Tutors and staff who may unlock the station (PIN/badge hashes only)."""
    data_dir: Path
    """Resolved data dir: the config's, else ``$KIOSK_DATA_DIR``, else the platform's."""
    source: Path | None = None

    @property
    def printer_folder(self) -> Path:
        """Where the ``pdf`` printer back-end drops its output."""
        return self.printer.folder or self.data_dir / "printed"


def _defaults() -> dict[str, Any]:
    text = resources.path("config", "defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], top: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Lay ``top`` over ``base``, refusing keys that the defaults do not know."""
    merged = dict(base)
    for key, value in top.items():
        if key not in base:
            raise ConfigError(key, value, "one of " + ", ".join(sorted(base)), source)
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(key, value, "a [" + key + "] table", source)
            sub = {}
            for sub_key, sub_value in value.items():
                if sub_key not in base[key]:
                    allowed = ", ".join(sorted(base[key]))
                    raise ConfigError(f"{key}.{sub_key}", sub_value, "one of " + allowed, source)
                sub[sub_key] = sub_value
            merged[key] = {**base[key], **sub}
        else:
            merged[key] = value
    return merged


class _Reader:
    """Reads typed values out of the merged tables, raising ConfigError with the full key."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def _raw(self, key: str) -> Any:
        table, _, name = key.partition(".")
        return self.data[table][name] if name else self.data[table]

    def fail(self, key: str, allowed: str) -> ConfigError:
        return ConfigError(key, self._raw(key), allowed, self.source)

    def text(self, key: str, *, non_empty: bool = False) -> str:
        value = self._raw(key)
        if not isinstance(value, str) or (non_empty and not value.strip()):
            raise self.fail(key, "a non-empty string" if non_empty else "a string")
        return value.strip()

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self._raw(key)
        if value not in allowed:
            raise self.fail(key, "one of " + ", ".join(allowed))
        return cast(str, value)

    def number(self, key: str, low: float, high: float, *, integer: bool = False) -> float:
        value = self._raw(key)
        kind = "a whole number" if integer else "a number"
        ok_type = isinstance(value, int) if integer else isinstance(value, int | float)
        if isinstance(value, bool) or not ok_type or not math.isfinite(value):
            raise self.fail(key, f"{kind} from {low:g} to {high:g}")
        if not low <= value <= high:
            raise self.fail(key, f"{kind} from {low:g} to {high:g}")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self._raw(key)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def path(self, key: str, *, must_exist: bool = False) -> Path | None:
        value = self.text(key)
        if not value:
            return None
        path = Path(value).expanduser()
        if must_exist and not path.is_file():
            raise self.fail(key, "an existing file (or empty)")
        return path


def _backend_url(reader: _Reader) -> str | None:
    url = reader.text("backend.url")
    if not url:
        return None
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise reader.fail("backend.url", "empty (embedded sandbox) or an http(s):// URL")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        # Citizens' data must not cross a network in clear.
        raise reader.fail("backend.url", "https:// for a remote backend (http only on loopback)")
    return url.rstrip("/")


def _languages(reader: _Reader) -> tuple[str, ...]:
    value = reader._raw("ui.languages")
    allowed = "a list of language codes from " + ", ".join(SUPPORTED_LANGUAGES)
    if not isinstance(value, list) or not value:
        raise reader.fail("ui.languages", allowed)
    if any(code not in SUPPORTED_LANGUAGES for code in value) or len(set(value)) != len(value):
        raise reader.fail("ui.languages", allowed + ", each once")
    if "it" not in value:
        raise reader.fail("ui.languages", "a list that includes 'it' (the source language)")
    return tuple(value)


def resolve_data_dir(configured: Path | None, env: Mapping[str, str]) -> Path:
    """The data dir: the config's, else ``$KIOSK_DATA_DIR``, else the platform's user data dir."""
    if configured is not None:
        return configured
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    import platformdirs  # (only without a configured data dir)

    return Path(platformdirs.user_data_dir("smacy-kiosk", "SMACY"))


def parse_config(
    site: Mapping[str, Any],
    *,
    source: str = "",
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Config:
    """Validate a site config mapping laid over the bundled defaults.

    Raises:
        ConfigError: naming the key, the bad value and what is allowed.
    """
    env = os.environ if env is None else env
    data = _merge(_defaults(), site, source)
    r = _Reader(data, source)
    version = r.number("schema_version", 1, SCHEMA_VERSION, integer=True)
    station_dir = r.path("station.data_dir")
    station = StationConfig(
        kiosk_id=_kiosk_id(r),
        name=r.text("station.name", non_empty=True),
        site=cast(Site, r.choice("station.site", SITES)),
        data_dir=station_dir,
    )
    backend = BackendConfig(
        url=_backend_url(r),
        token=r.text("backend.token", non_empty=True),
        ca_bundle=r.path("backend.ca_bundle", must_exist=True),
        connect_timeout_s=r.number("backend.connect_timeout_s", 0.1, 60),
        read_timeout_s=r.number("backend.read_timeout_s", 0.1, 300),
        health_interval_s=r.number("backend.health_interval_s", 1, 3600),
        health_max_interval_s=r.number("backend.health_max_interval_s", 1, 3600),
    )
    if backend.health_max_interval_s < backend.health_interval_s:
        raise r.fail("backend.health_max_interval_s", "at least backend.health_interval_s")
    languages = _languages(r)
    default_language = r.choice("ui.default_language", languages)
    ui = UiConfig(languages=languages, default_language=default_language,
                  windowed=r.flag("ui.windowed"),
                  speech_engine=r.text("ui.speech_engine") or None)
    idle = IdleConfig(
        timeout_s=int(r.number("idle.timeout_s", 15, 3600, integer=True)),
        # WCAG 2.2.1: at least 20 s to answer "do you need more time?".
        warning_s=int(r.number("idle.warning_s", 20, 600, integer=True)),
        assisted_factor=r.number("idle.assisted_factor", 1, 10),
        # WCAG 2.2.1: extendable at least ten times.
        max_extensions=int(r.number("idle.max_extensions", 10, 1000, integer=True)),
        assisted_end_s=int(r.number("idle.assisted_end_s", 60, 14400, integer=True)),
    )
    printer = PrinterConfig(
        backend=cast(PrinterBackend, r.choice("printer.backend", PRINTER_BACKENDS)),
        queue=r.text("printer.queue", non_empty=True),
        media=r.text("printer.media", non_empty=True),
        folder=r.path("printer.folder"),
        layout=cast(Layout, r.choice("printer.layout", LAYOUTS)),
        job_timeout_s=r.number("printer.job_timeout_s", 1, 600),
    )
    receipts = ReceiptsConfig(
        retention_days=int(r.number("receipts.retention_days", 1, 3650, integer=True)))
    return Config(
        schema_version=int(version),
        station=station,
        backend=backend,
        ui=ui,
        idle=idle,
        printer=printer,
        receipts=receipts,
        accounts=_accounts(data, source),
        data_dir=resolve_data_dir(station_dir, env),
        source=path,
    )


def _accounts(data: Mapping[str, Any], source: str) -> tuple[Account, ...]:
    # Imported here: kiosk.accounts uses ConfigError from this module.
    from kiosk.accounts import parse_accounts

    return parse_accounts(data["accounts"], source)


def _kiosk_id(r: _Reader) -> str:
    value = r.text("station.kiosk_id", non_empty=True)
    if len(value) > 40 or not all(c.isascii() and (c.isalnum() or c in "-_.") for c in value):
        raise r.fail("station.kiosk_id", "up to 40 letters, digits, '-', '_' or '.'")
    return value


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Load the bundled defaults and, if given, the site TOML file at ``path``.

    Raises:
        ConfigError: the file is missing, is not valid TOML, or holds a bad value.
    """
    if path is None:
        return parse_config({}, env=env)
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise ConfigError("--config", source, f"a readable TOML file ({exc.strerror})") from exc
    try:
        site = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(file)", source, f"valid TOML: {exc}") from exc
    return parse_config(site, source=source, env=env, path=Path(path))

