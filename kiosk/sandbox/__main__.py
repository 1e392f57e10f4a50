"""``python -m kiosk.sandbox``: run the sandbox services backend alone.

The main CLI (``kiosk sandbox ...``) uses the same :func:`kiosk.sandbox.server.add_arguments`
and :func:`kiosk.sandbox.server.main`.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.sandbox.server import add_arguments, main


def _entry(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.sandbox",
                                     description="SMACY sandbox services backend")
    add_arguments(parser)
    return main(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(_entry())
