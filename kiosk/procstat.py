"""How old and how big this process is (Linux ``/proc``): the start-up and memory figures of
``kiosk --smoke`` and of the bare window ``kiosk bench`` compares it with.

Nothing but the standard library, so that importing it costs the bare window nothing.
"""

from __future__ import annotations

import os
import time


def process_age_ms() -> float:
    """Milliseconds since this process was created (Linux ``/proc``; else since import)."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000.0


_IMPORTED_AT = time.perf_counter()


def memory_mib() -> dict[str, float]:
    """Resident and proportional set size of this process in MiB (Linux ``/proc``)."""
    result: dict[str, float] = {}
    for path, keys in (("/proc/self/status", ("VmRSS",)), ("/proc/self/smaps_rollup", ("Pss",))):
        try:
            with open(path, encoding="ascii") as handle:
                for line in handle:
                    name, _, value = line.partition(":")
                    if name in keys:
                        result[name] = int(value.split()[0]) / 1024.0
        except OSError:
            continue
    return {"rss_mib": round(result.get("VmRSS", 0.0), 1),
            "pss_mib": round(result.get("Pss", 0.0), 1)}


__all__ = ["memory_mib", "process_age_ms"]
