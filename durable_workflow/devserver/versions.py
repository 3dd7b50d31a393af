"""Protocol and server versions the development server announces."""

from __future__ import annotations

WORKER_PROTOCOL_VERSION = "1.20"
CONTROL_PLANE_VERSION = "2"
SERVER_VERSION = "2.0.0"
