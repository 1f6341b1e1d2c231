"""A private PostgreSQL server for the test session: initdb into a temporary folder, pg_ctl
start on a free port, stopped at the end. NEWSCAT_TEST_POSTGRES=URL uses a running server
instead (its user must be allowed CREATE DATABASE)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

from .browser import free_port

HOW = (
    "install PostgreSQL's server binaries (Debian: apt-get install postgresql; .ci/run "
    "uses the machine's), or set NEWSCAT_TEST_POSTGRES=postgresql://user@host/db"
)
USER = "newscat"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's versioned folders."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2]))
    return Path(folders[-1]) if folders else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: CI containers run as root, so the server runs as the
    packaged 'postgres' user there."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def private_server(durable: bool = False) -> Iterator[str]:
    """A new server for this session; its URL (without a database name). Tests run it with
    durability off; benchmarks (durable=True) with the server's defaults."""
    folder = binaries()
    if folder is None:
        raise FileNotFoundError(HOW)
    work = Path(tempfile.mkdtemp(prefix="newscat-pg-"))
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
    data, port = work / "data", free_port()
    run = _as_server_user
    subprocess.run(
        run(
            [
                str(folder / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {work} -c listen_addresses=127.0.0.1"
    if not durable:  # a test server loses nothing that matters if the machine stops
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        run(
            [
                str(folder / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(work / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://{USER}@127.0.0.1:{port}"
    finally:
        subprocess.run(
            run([str(folder / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(work, ignore_errors=True)


class Databases:
    """A new, empty database on the server for each test that asks."""

    def __init__(self, server: str) -> None:
        import psycopg

        self.server = server
        self.admin = psycopg.connect(f"{server}/postgres", autocommit=True)
        self.numbers = count(1)
        self.prefix = f"newscat_test_{os.getpid()}_"

    def new(self) -> str:
        name = f"{self.prefix}{next(self.numbers)}"
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        self.admin.execute(f'CREATE DATABASE "{name}"')
        return f"{self.server}/{name}"

    def close(self) -> None:
        self.admin.close()
