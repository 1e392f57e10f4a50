"""Services backend: the shared contract (``models``), the typed errors and the HTTP client.

Importing this package (or ``kiosk.services.client``) never imports FastAPI or uvicorn.
"""

# PySide6's import hook (shibokensupport's feature check) inspects modules while they are being
# imported; inspecting a half-imported pydantic (BaseModel loaded, validators not yet) ends in a
# circular ImportError. Loading pydantic's types and validators here, before ``errors`` imports
# PySide6.QtCore, keeps the import order safe for every module of this package.
import pydantic.types  # noqa: F401
