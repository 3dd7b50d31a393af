"""Run the development server.

``python -m durable_workflow.devserver [--host H] [--port P] [--db PATH] [--generation G]``
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys

from .server import DevServer, ServerConfig


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m durable_workflow.devserver",
        description="Embedded Durable Workflow development server (SQLite storage).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to bind; 0 picks a free port")
    parser.add_argument(
        "--db", default="durable-workflow-dev.sqlite3", help="SQLite file, or :memory:"
    )
    parser.add_argument(
        "--token", default=None, help="legacy shared bearer token (auth off by default)"
    )
    parser.add_argument("--admin-token", default=None, help="admin role token")
    parser.add_argument("--operator-token", default=None, help="operator role token")
    parser.add_argument("--worker-token", default=None, help="worker role token")
    parser.add_argument(
        "--poll-timeout", type=float, default=30.0, help="long-poll window, seconds"
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    parser.add_argument(
        "--generation",
        default="current",
        choices=["current", "2026-04"],
        help="server generation to play: current (default) or 2026-04 (worker protocol 1.0, "
        "the older payload framing, the routes of the release of 2026-04-25)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point: bind the socket, print the base URL, serve until interrupted."""
    args = _parser().parse_args(argv)
    import uvicorn

    tokens = {
        role: token
        for role, token in (
            ("admin", args.admin_token),
            ("operator", args.operator_token),
            ("worker", args.worker_token),
        )
        if token
    }
    config = ServerConfig(
        host=args.host,
        port=args.port,
        db_path=args.db,
        poll_timeout=args.poll_timeout,
        auth_tokens=tokens,
        token=args.token,
        generation=args.generation,
    )
    server = DevServer(config)
    sock = socket.socket(
        socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM
    )
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((args.host, args.port))
    sock.listen(128)  # connections queue until uvicorn accepts them
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"http://{host}:{port}", flush=True)
    uv_config = uvicorn.Config(
        server.app, log_level=args.log_level, lifespan="on", timeout_graceful_shutdown=3
    )
    uv_server = uvicorn.Server(uv_config)
    try:
        asyncio.run(uv_server.serve(sockets=[sock]))
    except KeyboardInterrupt:  # pragma: no cover - interactive stop
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
