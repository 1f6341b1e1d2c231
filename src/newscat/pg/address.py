"""A catalogue address: a SQLite file, or a PostgreSQL server's URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server(address: str) -> bool:
    return address.lower().startswith(SCHEMES)


def masked(address: str) -> str:
    """The address with any password replaced by ***, fit for messages and `newscat path`."""
    return re.sub(r"^([a-z]+://[^:/@]*:)[^@]*@", r"\1***@", address, flags=re.IGNORECASE)


def host_of(address: str) -> str:
    """Where the server is, as a person would name it: host:port (or the socket folder)."""
    parts = urlsplit(address)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port}" if parts.port else host
