"""Fixtures for the tutor/staff tests that need real services. The sandbox backend
(``sandbox``, ``client``) and the private cupsd (``cups_server``, ``cups_queue``) come from the
``tests.fixtures`` plugins loaded by ``tests/conftest.py``; this adds only a clean-up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures.cups import CupsServer


@pytest.fixture
def clean_cups_outputs(cups_server: CupsServer) -> Iterator[None]:
    """Delete what cups-pdf wrote for this test's jobs once it ends (a shared output folder)."""
    before = set(cups_server.out_dir.glob("*-job_*.pdf"))
    seen = len(cups_server.outputs)
    yield
    produced = set(cups_server.out_dir.glob("*-job_*.pdf")) - before
    for path in produced | set(cups_server.outputs[seen:]):
        path.unlink(missing_ok=True)
