"""A client that stops sending half-way through a body does not hold a connection for long."""

from __future__ import annotations

import socket
import time

from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import run_dev_server


def _read_answer(sock: socket.socket) -> bytes:
    """The whole HTTP answer: the head and as many body bytes as its Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


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
            answer = _read_answer(sock)
            waited = time.monotonic() - started
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"request_timeout" in answer
        assert waited < 5
