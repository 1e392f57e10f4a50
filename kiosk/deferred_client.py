"""A services client that is created the first time it is used.

Creating :class:`~kiosk.services.client.ServicesClient` imports ``requests`` and the
``pydantic`` models, a large share of the kiosk's start-up. The station's first calls (the
health poll, reconciliation) run on worker threads after the home screen has painted, so the
import happens there, not before the first frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.services.client import ServicesClient


class DeferredClient:
    """Stands in for a :class:`ServicesClient`; builds it (thread-safely) on first use.

    Args:
        factory: builds the real client.

    Every attribute is the real client's; :meth:`close` closes it only if it was built.
    """

    def __init__(self, factory: Callable[[], ServicesClient]) -> None:
        self._factory = factory
        self._client: ServicesClient | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        """Whether the real client exists yet."""
        return self._client is not None

    def get(self) -> ServicesClient:
        """The real client, built now if need be."""
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._factory()
                client = self._client
        return client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)

    def close(self) -> None:
        """Close the real client if it was ever built."""
        with self._lock:
            if self._client is not None:
                self._client.close()

    def __repr__(self) -> str:
        return f"DeferredClient(built={self.built})"
