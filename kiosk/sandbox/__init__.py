"""Sandbox services backend: FastAPI app, SQLite store, sample data, control API.

Import the submodules you need (``kiosk.sandbox.server``, ``kiosk.sandbox.embedded``,
``kiosk.sandbox.control_client``); this package module imports nothing heavy, so the kiosk can
reach ``embedded`` without loading FastAPI in its own process.

Run it alone: ``kiosk sandbox --host 127.0.0.1 --port 8765 --db sandbox.sqlite3
[--token T] [--control]`` (default token ``sandbox-token``, as in the bundled config).

Sample data (``seed.py``; reloaded by ``POST /sandbox/reset``):

* citizen ``RSSMRA85T10G388I`` (another one: ``VRDGPP80A01G388O``);
* notices of Comune di Pavia (``00296180185``): ``301000000000000144`` 22,21 € CIE,
  ``301000000000000245`` and ``301000000000000346`` payable; ``...447`` expired, ``...548``
  revoked, ``...649`` already paid, ``...750`` payment in progress, ``...851`` wrong data,
  ``...952`` creditor problems, ``...1053`` glitch, ``...1154`` unexpected error;
  any other number (e.g. ``301000000000009949``) is unknown. ASST Pavia (sample creditor
  ``09999990188``): ``302000000000000184`` payable ticket;
* NREs for ``RSSMRA85T10G388I``: ``030A00000000001`` cardiology D, ``...002`` ECG U (fresh),
  ``...003`` U older than 48 h, ``...004`` expired, ``...005`` already booked, ``...006`` other
  patient, ``...007``-``...009`` valid B/P/D; ``030A00000000099`` unknown;
* slots: 60 days from today (or the control API's anchor), working days and opening hours,
  about a third pre-taken by a seeded hash.

Control API (only with ``--control``; unauthenticated, loopback only): ``POST /sandbox/reset``,
``POST /sandbox/notices``, ``POST /sandbox/slots``, ``POST /sandbox/slots/block``,
``GET|PUT /sandbox/card-terminal`` (approve / decline / never / delay), ``GET|PUT|DELETE
/sandbox/faults`` (latency, error status for the next N calls, dropped connections, garbage
bodies), ``POST /sandbox/help-requests/{id}/acknowledge``, ``GET /sandbox/charges``,
``GET /sandbox/heartbeats``, ``PUT /sandbox/clock``. ``SandboxControl`` wraps them.
"""
