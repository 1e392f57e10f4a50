"""Plain-Python state machines for the station and its flows (no Qt)."""
