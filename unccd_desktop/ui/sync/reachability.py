"""Whether a team server answers at all, asked before a background sync holds the database
worker (a server that does not answer makes a connection wait many seconds)."""

from __future__ import annotations

import contextlib
import socket

import sqlalchemy as sa

PROBE_SECONDS = 3.0


def server_answers(address: str, timeout: float = PROBE_SECONDS) -> bool:
    """True when the server's host accepts a connection on its port (or is a local socket)."""
    try:
        url = sa.make_url(address)
    except sa.exc.ArgumentError:
        return False
    host = url.host
    if not host or host.startswith("/"):
        return True  # a Unix socket: the connection itself says
    with contextlib.suppress(OSError):
        socket.create_connection((host, url.port or 5432), timeout=timeout).close()
        return True
    return False
