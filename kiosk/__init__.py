"""SMACY kiosk core: configuration, flows, services client, domain rules and the CLI.

This package never imports Qt widget modules, so every flow can be driven by a test without a
screen (enforced by an import-linter contract in ``pyproject.toml``).
"""

__version__ = "0.1.0"
