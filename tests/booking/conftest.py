"""Fixtures for the booking tests, on the shared real sandbox (tests/fixtures/sandbox.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from kiosk.flows.booking_ops import ROME, BookingService
from kiosk.services.client import ServicesClient

SAMPLE_CF = "RSSMRA85T10G388I"
OTHER_CF = "VRDGPP80A01G388O"


@pytest.fixture
def service(client: ServicesClient) -> BookingService:
    """The booking service over that client."""
    return BookingService(client)


@pytest.fixture
def clock() -> Callable[[], datetime]:
    """The real Europe/Rome clock (the sandbox runs on real time too)."""
    return lambda: datetime.now(ROME)
