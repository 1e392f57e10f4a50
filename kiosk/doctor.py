"""``kiosk doctor``: check a station's config, data dir, backend, printer, fonts and languages.

Prints one line per check, ``OK`` or ``PROBLEM``, in words a technician can act on, and exits
1 when anything is wrong (2 for a config that does not load). It never prints a traceback.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import resources
from kiosk.config import Config, ConfigError, load_config

log = logging.getLogger("kiosk.doctor")

# Fontconfig language tags whose glyphs each UI language needs.
FONT_LANGS = {"it": "it", "en": "en", "fr": "fr", "de": "de", "es": "es", "ro": "ro",
              "uk": "uk", "ar": "ar", "zh": "zh-cn"}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str

    def line(self) -> str:
        return f"{'OK     ' if self.ok else 'PROBLEM'} {self.name}: {self.message}"


def check_data_dir(config: Config) -> Check:
    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=config.data_dir, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check("data dir", False, f"cannot write to {config.data_dir}: {exc.strerror}; "
                     "set [station] data_dir or KIOSK_DATA_DIR to a writable folder")
    return Check("data dir", True, f"{config.data_dir} is writable")


def check_backend(config: Config) -> Check:
    from kiosk.app import make_client, start_backend
    from kiosk.services.errors import AuthFailed, ServiceError

    sandbox: Any = None
    try:
        backend_url, sandbox = start_backend(config)
        if sandbox is not None:
            sandbox.spawn()
        url = backend_url()
    except OSError as exc:
        return Check("backend", False, f"cannot start the embedded sandbox: {exc}")
    client = make_client(config, url)
    where = "embedded sandbox" if sandbox is not None else url
    try:
        if sandbox is not None:
            sandbox.wait_ready(30)
        health = client.health()
    except AuthFailed as exc:
        return Check("backend", False, f"{where} refused this kiosk's token ({exc.detail}); "
                     "check [backend] token")
    except ServiceError as exc:
        return Check("backend", False, f"{where} does not answer properly: {exc.detail}; "
                     "check [backend] url, the network and the server")
    except TimeoutError:
        return Check("backend", False, "the embedded sandbox did not start within 30 s; "
                     "see logs/sandbox.log in the data dir")
    finally:
        client.close()
        if sandbox is not None:
            sandbox.stop()
    return Check("backend", True, f"{where} answers (status {health.status}, "
                 f"version {health.version})")


def check_printer(config: Config) -> Check:
    if config.printer.backend == "none":
        return Check("printer", True, "no printer configured: receipts are shown on screen "
                     "and kept for reprint at the desk")
    printing = importlib.import_module("printing.backends")
    printer = printing.make_printer(
        config.printer.backend, queue=config.printer.queue, media=config.printer.media,
        folder=config.printer_folder, job_timeout_s=config.printer.job_timeout_s)
    status = printer.status()
    name = (f"CUPS queue '{config.printer.queue}'" if config.printer.backend == "cups"
            else f"PDF folder {config.printer_folder}")
    message = status.reason + (f" ({status.detail})" if status.detail else "")
    return Check("printer", bool(status.ready), f"{name}: {message}")


def _font_families(lang: str) -> list[str]:
    if shutil.which("fc-list") is None:
        return []
    out = subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True,
                         text=True, timeout=30, check=False)
    return sorted({line.split(",")[0].strip() for line in out.stdout.splitlines() if line})


def check_fonts(config: Config) -> Check:
    if shutil.which("fc-list") is None:
        return Check("fonts", False, "fontconfig (fc-list) is not installed; "
                     "run scripts/setup.sh or apt-get install fontconfig")
    missing = [lang for lang in config.ui.languages if not _font_families(FONT_LANGS[lang])]
    if missing:
        return Check("fonts", False, "no installed font covers " + ", ".join(missing)
                     + "; install fonts-dejavu-core fonts-noto-core fonts-noto-cjk")
    # Receipts embed TrueType files of their own (reportlab cannot embed the screen's CJK
    # face); looked up by the printing layer, loaded by name like the printer back-ends.
    fonts = importlib.import_module("printing.fonts")
    receipt_problems = fonts.missing_receipt_fonts(config.ui.languages)
    if receipt_problems:
        return Check("fonts", False, "; ".join(receipt_problems))
    return Check("fonts", True, "fonts cover " + ", ".join(config.ui.languages)
                 + " on screen and on receipts")


def check_translations(config: Config) -> Check:
    folder = resources.path("translations")
    missing = [lang for lang in config.ui.languages
               if lang != "it" and not folder.joinpath(f"kiosk_{lang}.qm").is_file()]
    if missing:
        return Check("languages", False, "no translation built for " + ", ".join(missing)
                     + "; run scripts/update_translations.py or remove them from [ui] languages")
    return Check("languages", True, "translations present for " + ", ".join(config.ui.languages))


def check_audit_log(config: Config) -> Check:
    from kiosk.audit import check_audit

    return check_audit(config)


CHECKS: tuple[Callable[[Config], Check], ...] = (
    check_data_dir, check_audit_log, check_backend, check_printer, check_fonts,
    check_translations)


def run_checks(config: Config) -> list[Check]:
    """Run every check; a check that crashes is itself reported as a problem."""
    results = []
    for check in CHECKS:
        try:
            results.append(check(config))
        except Exception as exc:  # the doctor must report, never crash
            log.exception("doctor check %s failed", check.__name__)
            name = check.__name__.removeprefix("check_").replace("_", " ")
            results.append(Check(name, False, f"the check itself failed: {exc}"))
    return results


def run_doctor(config_path: Path | None) -> int:
    """``kiosk doctor``: print the checks; 0 all good, 1 a problem, 2 a bad config."""
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        print(f"PROBLEM config: {exc}")
        return 2
    print(f"OK      config: {config.source or 'bundled defaults'} "
          f"(station {config.station.kiosk_id}, site {config.station.site})")
    results = run_checks(config)
    for result in results:
        print(result.line(), flush=True)
    problems = sum(not r.ok for r in results)
    print(f"{problems} problem(s) found" if problems else "all checks passed")
    return 1 if problems else 0
