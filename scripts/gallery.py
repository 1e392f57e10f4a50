"""Screenshots of every screen and step, default and high-contrast, in Italian, English and
Arabic, taken on a real X server (Xvfb) — the accessibility gallery.

Usage::

    python scripts/gallery.py                    # docs/screenshots/gallery/
    python scripts/gallery.py --out DIR --languages it ar --themes default

The script starts ``Xvfb`` on a free display (``-displayfd``), then runs itself again as a
child with ``DISPLAY`` set and ``QT_QPA_PLATFORM=xcb``: the child builds the whole station with
``kiosk.app.build_kiosk`` against its own sandbox (control API on, sample data reset for
every picture set; throwaway data dir), and for
each theme and language shows every screen the main window maps and every page of the stacks
inside it (a flow screen's steps), plus the pay flow driven with the sandbox's sample notice up
to the verified step and the receipt. Each view is grabbed with ``QWidget.grab()`` of the full
screen window, halved to 960x540 to keep the repository small, and listed in ``index.md``.
Xvfb and the sandbox are stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots" / "gallery"
LANGUAGES = ("it", "en", "ar")
THEMES = ("default", "high_contrast")
SCALE = 0.5
_CHILD = "KIOSK_GALLERY_CHILD"
PAYABLE = "301000000000000144"  # sandbox sample notice: CIE, 22,21 €, Comune di Pavia


# --- parent: the X server ---------------------------------------------------------------------

def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a free display; returns the process and ``:N``."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt install xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def run_parent(argv: list[str]) -> int:
    xvfb, display = start_xvfb()
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **{_CHILD: "1"})
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.run([sys.executable, __file__, *argv], env=env, check=False).returncode
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()


# --- child: the station -----------------------------------------------------------------------

def settle(app: Any, rounds: int = 4) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        app.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(60, loop.quit)  # let the X server catch up with the last paint
    loop.exec()


def wait_until(app: Any, condition: Any, timeout_s: float = 15.0) -> bool:
    import time

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        settle(app, 1)
    return False


def steps(app: Any, screen: Any) -> Iterator[str]:
    """Show every page of every stack inside ``screen`` (inner stacks revealed first)."""
    from PySide6.QtWidgets import QStackedWidget

    stacks = [s for s in screen.findChildren(QStackedWidget) if screen.isAncestorOf(s)]
    original = {id(s): s.currentIndex() for s in stacks}
    yield "entered"
    for stack in stacks:
        child, parent = stack, stack.parentWidget()
        while parent is not None and parent is not screen:
            if isinstance(parent, QStackedWidget):
                parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            settle(app)
            yield stack.widget(index).objectName() or f"{stack.objectName()}-{index}"
        for other in stacks:
            other.setCurrentIndex(original[id(other)])
    settle(app)


def save(window: Any, path: Path) -> None:
    from PySide6.QtCore import Qt

    path.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    small = image.scaled(round(image.width() * SCALE), round(image.height() * SCALE),
                         Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    small.save(str(path), "PNG")


def drive_pay(app: Any, station: Any, shoot: Any) -> None:
    """The pay flow with real sample data: verified notice, then the receipt."""
    from PySide6.QtWidgets import QWidget

    from kiosk.flows.navigation import Screen
    from kiosk.sandbox.seed import COMUNE_CF

    nav = station.navigator
    nav.go(Screen.PAY)
    settle(app)
    pay = station.window.screens[Screen.PAY]
    field = getattr(pay, "notice_field", None)
    if field is None:
        return
    if not wait_until(app, lambda: pay.findChild(QWidget, f"pay.creditor.{COMUNE_CF}")):
        return
    field.setValue(PAYABLE)
    pay.findChild(QWidget, f"pay.creditor.{COMUNE_CF}").click()
    settle(app)
    shoot("pay", "flow-1-entry")
    pay.findChild(QWidget, "pay.verify").click()
    if wait_until(app, lambda: pay.findChild(QWidget, "pay.confirm").isVisible()):
        settle(app)
        shoot("pay", "flow-2-verified")
        pay.findChild(QWidget, "pay.confirm").click()
        if wait_until(app, lambda: getattr(pay.controller.context, "receipt", None)):
            settle(app)
            shoot("pay", "flow-3-receipt")
            with contextlib.suppress(Exception):
                pay.findChild(QWidget, "done.finish").click()
    nav.go(Screen.HOME)
    settle(app)


def run_child(args: argparse.Namespace) -> int:
    from kiosk.app import build_kiosk
    from kiosk.flows.navigation import Screen
    from kiosk.sandbox.control_client import SandboxControl
    from kiosk.sandbox.embedded import EmbeddedSandbox
    from ui.app import create_application, show_station

    out: Path = args.out
    app = create_application([])
    shots: list[tuple[str, str, str, str, Path]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-gallery-") as tmp:
        config = Path(tmp) / "gallery.toml"
        langs = ", ".join(f'"{c}"' for c in ("it", "en", "fr", "de", "es", "ro", "uk", "ar",
                                              "zh"))
        config.write_text(
            "[station]\nkiosk_id = \"PV-GALLERY\"\nname = \"Anagrafe – Palazzo Mezzabarba\"\n"
            f"data_dir = \"{Path(tmp) / 'data'}\"\n[ui]\nlanguages = [{langs}]\n"
            "[printer]\nbackend = \"pdf\"\n", encoding="utf-8")
        # Our own sandbox with its control API: the sample data is reset for every picture
        # set, so the sample notice is payable each time.
        sandbox = EmbeddedSandbox(Path(tmp) / "sandbox.db", "gallery-token", control=True)
        url = sandbox.start()
        sandbox.wait_ready(30)
        control = SandboxControl(url)
        with config.open("a", encoding="utf-8") as extra:
            extra.write(f'[backend]\nurl = "{url}"\ntoken = "gallery-token"\n')
        try:
            kiosk = build_kiosk(config)
        except BaseException:
            control.close()
            sandbox.stop()
            raise
        try:
            station = kiosk.station
            window = station.window
            read_aloud = getattr(station, "read_aloud", None)
            if read_aloud is None:  # until the station wires read-aloud itself
                from ui.speech import attach_read_aloud

                read_aloud = attach_read_aloud(window, station.appearance, station.languages,
                                               station.navigator, engine="mock")
            show_station(window, windowed=False)
            wait_until(app, window.isVisible)
            settle(app)
            for theme in args.themes:
                for code in args.languages:
                    # Each picture set is one citizen's session: the end of the previous one
                    # put language and theme back to the defaults.
                    control.reset()
                    control.card_terminal("approve")
                    station.navigator.start()
                    station.languages.set_language(code)
                    window.retranslate()
                    station.appearance.set_high_contrast(theme == "high_contrast")
                    settle(app)

                    def shoot(screen: str, step: str, theme: str = theme,
                              code: str = code) -> None:
                        path = out / code / theme / f"{screen}--{step}.png"
                        save(window, path)
                        shots.append((code, theme, screen, step, path))

                    for state, widget in list(window.screens.items()):
                        window._show(state)  # the window's own state → widget mapping
                        settle(app)
                        for step in steps(app, widget):
                            shoot(state.value, step)
                    window._show(station.navigator.state)
                    station.navigator.go(Screen.HOME)
                    station.appearance.set_read_aloud(True)  # the speech bar
                    settle(app)
                    shoot("home", "read-aloud")
                    station.appearance.set_read_aloud(False)
                    drive_pay(app, station, shoot)
                    station.navigator.session_end()
                    settle(app)
        finally:
            if getattr(station, "read_aloud", None) is None:
                read_aloud.shutdown()
            kiosk.shutdown()
            control.close()
            sandbox.stop()
    write_index(out, shots)
    print(f"{len(shots)} screenshots in {out}")
    return 0


def write_index(out: Path, shots: list[tuple[str, str, str, str, Path]]) -> None:
    lines = [
        "# Screenshot gallery",
        "",
        "Every screen and step of the station, in the default and high-contrast themes, in",
        "Italian, English and Arabic (right to left), taken on Xvfb at 1920x1080 and halved.",
        "Regenerate with `python scripts/gallery.py`. Steps shown directly (not reached through",
        "their flow) may show empty values; the `flow-*` pictures use the sandbox's sample data.",
        "",
    ]
    current = None
    for code, theme, screen, step, path in shots:
        if (code, theme) != current:
            current = (code, theme)
            lines += ["", f"## {code} – {theme.replace('_', ' ')}", ""]
        rel = path.relative_to(out).as_posix()
        lines.append(f"- [{screen} / {step}]({rel})")
    (out / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--themes", nargs="+", default=list(THEMES), choices=THEMES)
    args = parser.parse_args(argv)
    if os.environ.get(_CHILD) != "1":
        if args.out.exists():
            shutil.rmtree(args.out)
        return run_parent(argv)
    return run_child(args)


if __name__ == "__main__":
    raise SystemExit(main())
