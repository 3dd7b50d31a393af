"""A client that stops sending half-way through a body does not hold a connection for long."""

from __future__ import annotations

import socket
import time

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server


def test_a_half_sent_body_is_answered_408_after_the_read_timeout() -> None:
    with run_dev_server(config=ServerConfig(body_read_timeout=0.5)) as dev:
        with socket.create_connection((dev.host, dev.port), timeout=10) as sock:
            sock.sendall(
                b"POST /api/workflows HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\n"
                b"X-Durable-Workflow-Control-Plane-Version: 2\r\n"
                b"Content-Length: 100\r\n\r\n"
                b'{"workflow'
            )
            started = time.monotonic()
            answer = sock.recv(65536)
            waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"request_timeout" in answer
        assert waited < 5
