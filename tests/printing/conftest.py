"""Fixtures for printing tests: sample receipts, PDF helpers and a private, real cupsd.

The cupsd fixture never touches the system's print service: it starts its own ``cupsd -f``
with a throwaway ServerRoot, spool and a domain socket under a temp dir, talks to it through
``CUPS_SERVER``, and stops it (by PID) at the end. That also lets a test stop and restart it to
check the "print server unreachable" path without disturbing anything else on the machine.

cups-pdf writes its output where ``/etc/cups/cups-pdf.conf`` says (``Out``, default
``${HOME}/PDF`` of the job's user); every file a test produces there is deleted afterwards.
"""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

CUPSD = shutil.which("cupsd") or "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Poll ``predicate`` until true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what or predicate}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.2)


def pdf_text(data: bytes | Path) -> str:
    """All text of a PDF, whitespace collapsed to single spaces."""
    reader = PdfReader(data if isinstance(data, Path) else io.BytesIO(data))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def decode_qr_codes(pdf: Path, workdir: Path) -> list[str]:
    """Rasterise every page at 300 dpi with pdftoppm and decode every QR code with zxing-cpp."""
    prefix = workdir / f"{pdf.stem}-raster"
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    texts: list[str] = []
    for image_path in sorted(workdir.glob(f"{prefix.name}*.png")):
        with Image.open(image_path) as image:
            texts += [r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode"]
    return texts


# --- private cupsd -----------------------------------------------------------------------


def _cups_pdf_out_dir() -> Path:
    out = "${HOME}/PDF"
    try:
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8").splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[0] == "Out":
                out = parts[1].strip()
    except OSError:
        pass
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name))


@dataclass
class CupsServer:
    """A private cupsd and the cups-pdf queues a test session made on it."""

    root: Path
    socket: Path
    ppd: str = ""
    proc: subprocess.Popen[bytes] | None = None
    queues: set[str] = field(default_factory=set)
    outputs: list[Path] = field(default_factory=list)
    preexisting: set[Path] = field(default_factory=set)
    out_dir: Path = field(default_factory=_cups_pdf_out_dir)

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C", "LANG": "C"}

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a CUPS command-line tool against this server."""
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=30, check=check
        )

    def start(self) -> None:
        assert self.proc is None
        self.proc = subprocess.Popen(
            [
                CUPSD,
                "-f",
                "-c",
                str(self.root / "cupsd.conf"),
                "-s",
                str(self.root / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.running, 15, "cupsd to answer")

    def running(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            pytest.fail(f"cupsd exited with {self.proc.returncode}; see {self.root}/log")
        return self.run("lpstat", "-r", check=False).stdout.startswith("scheduler is running")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None

    def add_queue(self, name: str) -> str:
        # pdftocairo keeps the text extractable through CUPS's PDF -> PostScript -> PDF trip
        # (the default poppler pdftops loses the Unicode map of embedded TrueType subsets).
        self.run(
            "lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-m", self.ppd,
            "-o", "pdftops-renderer-default=pdftocairo",
        )  # fmt: skip
        self.queues.add(name)
        return name

    def remove_queue(self, name: str) -> None:
        self.run("cancel", "-a", name, check=False)
        self.run("lpadmin", "-x", name, check=False)
        self.queues.discard(name)

    def output_of(self, job_id: str) -> Path:
        """The PDF cups-pdf wrote for ``job_id`` (``queue-12``); waits briefly for it."""
        number = job_id.rsplit("-", 1)[1]
        found: list[Path] = []

        def exists() -> bool:
            found[:] = [
                p
                for p in self.out_dir.glob(f"*-job_{number}.pdf")
                if p not in self.outputs and p not in self.preexisting
            ]
            return bool(found)

        wait_for(exists, 10, f"cups-pdf output of {job_id} in {self.out_dir}")
        newest = max(found, key=lambda p: p.stat().st_mtime)
        self.outputs.append(newest)
        return newest


_CUPSD_CONF = """\
LogLevel warn
Listen {socket}
Browsing Off
DefaultAuthType None
WebInterface No
PreserveJobHistory Yes
JobRetryInterval 1
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

_CUPS_FILES_CONF = """\
SystemGroup root
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
"""


def _skip_reason() -> str | None:
    if not Path(CUPSD).exists():
        return "cupsd not installed (apt: cups-daemon)"
    if shutil.which("lp") is None or shutil.which("lpadmin") is None:
        return "CUPS client tools not installed (apt: cups-client)"
    if not CUPS_PDF_BACKEND.exists():
        return "cups-pdf not installed (apt: printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        # cups-pdf is a 0700 root back-end: cupsd runs it as root only when cupsd is root.
        return "the cups-pdf back-end needs cupsd running as root"
    return None


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """A private cupsd for the whole session, stopped at the end."""
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    # Short path: a domain socket path must stay under ~100 bytes.
    base = Path(tempfile.mkdtemp(prefix="smacy-cups-"))
    base.chmod(0o755)  # filters run as user lp and must reach the spool
    etc = base / "etc"
    for sub in ("etc", "spool", "spool/tmp", "cache", "state", "log"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    (base / "spool" / "tmp").chmod(0o1777)
    sock = base / "cups.sock"
    (etc / "cupsd.conf").write_text(_CUPSD_CONF.format(socket=sock))
    (etc / "cups-files.conf").write_text(_CUPS_FILES_CONF.format(root=base))
    server = CupsServer(root=etc, socket=sock)
    server.preexisting = set(server.out_dir.glob("*-job_*.pdf"))
    server.start()
    try:
        models = server.run("lpinfo", "-m").stdout.splitlines()
        ppds = [m.split()[0] for m in models if "CUPS-PDF_opt.ppd" in m]
        if not ppds:
            pytest.skip("cups-pdf PPD not found by lpinfo -m")
        server.ppd = ppds[0]
        yield server
    finally:
        if server.proc is None:  # a test stopped it and failed before restarting
            server.start()
        for queue in list(server.queues):
            server.remove_queue(queue)
        server.stop()
        # Everything cups-pdf wrote for this session's jobs, looked at or not.
        for output in set(server.out_dir.glob("*-job_*.pdf")) - server.preexisting:
            output.unlink(missing_ok=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def cups_queue(cups_server: CupsServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh cups-pdf queue for one test, deleted afterwards."""
    name = "smacy_" + re.sub(r"\W", "_", request.node.name)[:40]
    cups_server.add_queue(name)
    yield name
    cups_server.remove_queue(name)
