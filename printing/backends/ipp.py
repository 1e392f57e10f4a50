"""A minimal IPP/1.1 client (RFC 8010/8011) for reading printer and job state from CUPS.

``lpstat`` cannot tell a completed job from a cancelled or aborted one (it prints only the
job-state-reasons, which cups-pdf and other back-ends leave stale), so the final state is read
from the ``job-state`` attribute with Get-Job-Attributes. Only the two read operations the
kiosk needs are implemented; jobs are still submitted with ``lp``.
"""

from __future__ import annotations

import http.client
import itertools
import os
import socket
import struct
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

GET_JOB_ATTRIBUTES = 0x0009
GET_PRINTER_ATTRIBUTES = 0x000B

STATUS_NOT_FOUND = 0x0406

_TAG_OPERATION = 0x01
_TAG_END = 0x03
_INTEGER = 0x21
_BOOLEAN = 0x22
_ENUM = 0x23
_URI = 0x45
_CHARSET = 0x47
_LANGUAGE = 0x48
_KEYWORD = 0x44
_NAME = 0x42
_TEXT_TAGS = frozenset({0x41, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49})

_request_ids = itertools.count(1)

Value = int | bool | str | bytes


class IppError(Exception):
    """The server could not be reached or sent something that is not IPP."""


@dataclass(slots=True)
class IppResponse:
    """Status code and the attributes of every group, flattened (first group wins)."""

    status: int
    attributes: dict[str, list[Value]] = field(default_factory=dict)

    def first(self, name: str) -> Value | None:
        """First value of an attribute, or ``None``."""
        values = self.attributes.get(name)
        return values[0] if values else None


def default_server() -> str:
    """The CUPS server the command-line tools would use.

    ``CUPS_SERVER`` wins; else ``ServerName`` from ``~/.cups/client.conf`` or
    ``/etc/cups/client.conf``; else the local domain socket, else ``localhost:631``.
    """
    env = os.environ.get("CUPS_SERVER")
    if env:
        return env
    for conf in (Path.home() / ".cups" / "client.conf", Path("/etc/cups/client.conf")):
        try:
            for line in conf.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) == 2 and parts[0].lower() == "servername":
                    return parts[1]
        except OSError:
            continue
    for sock in ("/run/cups/cups.sock", "/var/run/cups/cups.sock"):
        if Path(sock).exists():
            return sock
    return "localhost:631"


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self._path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def _connection(server: str, timeout: float) -> http.client.HTTPConnection:
    if server.startswith("/"):
        return _UnixHTTPConnection(server, timeout)
    host, _, port = server.rpartition(":") if ":" in server else (server, "", "631")
    if not host:  # "hostname" with no port
        host, port = server, "631"
    return http.client.HTTPConnection(host.strip("[]"), int(port or 631), timeout=timeout)


def _attr(tag: int, name: str, values: list[bytes]) -> bytes:
    out = b""
    for index, value in enumerate(values):
        key = name.encode() if index == 0 else b""
        out += struct.pack(">BH", tag, len(key)) + key + struct.pack(">H", len(value)) + value
    return out


def _encode(operation: int, attrs: list[tuple[int, str, list[bytes]]]) -> bytes:
    body = struct.pack(">BBHI", 2, 0, operation, next(_request_ids))
    body += bytes([_TAG_OPERATION])
    base = [
        (_CHARSET, "attributes-charset", [b"utf-8"]),
        (_LANGUAGE, "attributes-natural-language", [b"en"]),
    ]
    for tag, name, values in base + attrs:
        body += _attr(tag, name, values)
    return body + bytes([_TAG_END])


def _decode(data: bytes) -> IppResponse:
    if len(data) < 9:
        raise IppError("short IPP response")
    _major, _minor, status, _rid = struct.unpack(">BBHI", data[:8])
    response = IppResponse(status)
    pos = 8
    current: list[Value] | None = None
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == _TAG_END:
            break
        if tag < 0x10:  # delimiter: a new attribute group starts
            continue
        (name_len,) = struct.unpack(">H", data[pos : pos + 2])
        pos += 2
        name = data[pos : pos + name_len].decode("utf-8", "replace")
        pos += name_len
        (value_len,) = struct.unpack(">H", data[pos : pos + 2])
        pos += 2
        raw = data[pos : pos + value_len]
        pos += value_len
        value: Value
        if tag in (_INTEGER, _ENUM) and value_len == 4:
            (value,) = struct.unpack(">i", raw)
        elif tag == _BOOLEAN and value_len == 1:
            value = raw != b"\x00"
        elif tag in _TEXT_TAGS:
            value = raw.decode("utf-8", "replace")
        else:
            value = raw
        if name_len:
            # A name repeated in a later group is ignored: the first group is the one asked for.
            current = None if name in response.attributes else []
            if current is not None:
                response.attributes[name] = current
        if current is not None:
            current.append(value)
    return response


def _post(server: str, resource: str, body: bytes, timeout: float) -> IppResponse:
    conn = _connection(server, timeout)
    try:
        conn.request("POST", resource, body, {"Content-Type": "application/ipp"})
        reply = conn.getresponse()
        data = reply.read()
        if reply.status != 200:
            raise IppError(f"HTTP {reply.status} {reply.reason}")
        return _decode(data)
    except (OSError, http.client.HTTPException) as exc:
        raise IppError(f"{server}: {exc}") from exc
    finally:
        conn.close()


def printer_uri(queue: str) -> str:
    """The ``printer-uri`` CUPS expects for a local queue name."""
    return f"ipp://localhost/printers/{quote(queue, safe='')}"


def get_printer_attributes(
    server: str, queue: str, names: list[str], timeout: float = 5.0
) -> IppResponse:
    """Get-Printer-Attributes for ``queue``."""
    body = _encode(
        GET_PRINTER_ATTRIBUTES,
        [
            (_URI, "printer-uri", [printer_uri(queue).encode()]),
            (_NAME, "requesting-user-name", [_user().encode()]),
            (_KEYWORD, "requested-attributes", [n.encode() for n in names]),
        ],
    )
    return _post(server, f"/printers/{quote(queue, safe='')}", body, timeout)


def get_job_attributes(
    server: str, queue: str, job_id: int, names: list[str], timeout: float = 5.0
) -> IppResponse:
    """Get-Job-Attributes for job ``job_id`` of ``queue``."""
    body = _encode(
        GET_JOB_ATTRIBUTES,
        [
            (_URI, "printer-uri", [printer_uri(queue).encode()]),
            (_INTEGER, "job-id", [struct.pack(">i", job_id)]),
            (_NAME, "requesting-user-name", [_user().encode()]),
            (_KEYWORD, "requested-attributes", [n.encode() for n in names]),
        ],
    )
    return _post(server, "/jobs", body, timeout)


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return os.environ.get("USER", "kiosk")
