"""Run the development server.

``python -m durable_workflow.devserver [--host H] [--port P] [--db PATH] [--generation G]``

Authentication is off unless a token is given, and then anyone who can reach the port is an
admin: the start-up line says so, and binding to an interface other than loopback without a
token is refused unless ``--insecure`` is given. Role tokens (``--admin-token``, ...) act in
every namespace; ``--namespace-token ROLE=TOKEN@NAMESPACE`` gives a token that acts in one
namespace only. Local external payload storage stays inside ``--storage-root``.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import socket
import sys

from .server import DevServer, ServerConfig

DEFAULTS_EPILOG = """\
what the defaults mean:
  No token means no authentication: every caller that reaches the port is an admin (it may
  create and delete namespaces, read every workflow and set payload storage policies). That is
  why the server binds 127.0.0.1 and refuses another interface without a token unless
  --insecure is given; an empty token is an error, never "off". Role tokens act in every
  namespace; --namespace-token ROLE=TOKEN@NAMESPACE acts in one (403 elsewhere). The local
  payload driver writes only inside --storage-root (default: external-payloads next to --db).
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m durable_workflow.devserver",
        description="Embedded Durable Workflow development server (SQLite storage).",
        epilog=DEFAULTS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        "--namespace-token",
        action="append",
        default=[],
        metavar="ROLE=TOKEN@NAMESPACE",
        help="a token scoped to one namespace (repeatable); ROLE is admin, operator or worker",
    )
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="allow binding a non-loopback interface without authentication",
    )
    parser.add_argument(
        "--storage-root",
        default=None,
        help="folder that local external payload storage is confined to (default: next to --db)",
    )
    parser.add_argument(
        "--workflow-task-lease", type=int, default=300, help="workflow-task lease, seconds"
    )
    parser.add_argument("--activity-lease", type=int, default=300, help="activity lease, seconds")
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


def _namespace_tokens(
    parser: argparse.ArgumentParser, specs: list[str]
) -> dict[str, tuple[str, str]]:
    tokens: dict[str, tuple[str, str]] = {}
    for spec in specs:
        role, _, rest = spec.partition("=")
        token, _, namespace = rest.rpartition("@")
        if role not in ("admin", "operator", "worker") or not token or not namespace:
            parser.error(f"--namespace-token {spec!r}: expected ROLE=TOKEN@NAMESPACE")
        tokens[token] = (role, namespace.strip().lower())
    return tokens


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def auth_summary(config: ServerConfig) -> str:
    """The start-up line about authentication."""
    roles = sorted(role for role, token in config.auth_tokens.items() if token)
    if config.token:
        roles.append("shared token")
    scoped = sorted({ns for _, ns in config.namespace_tokens.values()})
    if not roles and not scoped:
        return "authentication: off (anyone on this host is admin)"
    parts = [f"role tokens: {', '.join(roles)}"] if roles else []
    if scoped:
        parts.append(f"namespace tokens for: {', '.join(scoped)}")
    return "authentication: on (" + "; ".join(parts) + ")"


def main(argv: list[str] | None = None) -> int:
    """Entry point: bind the socket, print the base URL, serve until interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    import uvicorn

    for flag in ("token", "admin_token", "operator_token", "worker_token"):
        value = getattr(args, flag)
        if value is not None and not value.strip():
            parser.error(
                f"--{flag.replace('_', '-')} is empty; omit it to run without authentication"
            )

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
        namespace_tokens=_namespace_tokens(parser, args.namespace_token),
        external_storage_root=args.storage_root,
        workflow_task_lease_seconds=args.workflow_task_lease,
        activity_task_lease_seconds=args.activity_lease,
    )
    summary = auth_summary(config)
    off = summary.startswith("authentication: off")
    if off and not _is_loopback(args.host) and not args.insecure:
        parser.error(
            f"refusing to bind {args.host} without authentication: give a token, or"
            " --insecure to accept that anyone who can reach the port is admin"
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
    print(summary, file=sys.stderr, flush=True)
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
