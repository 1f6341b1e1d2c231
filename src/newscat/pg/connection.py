"""A PostgreSQL connection that reads like the sqlite3 one the catalogue code is written for:
`?` placeholders, rows that answer to both index and column name, explicit transactions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newscat.errors import NewscatError
from newscat.pg.address import host_of, masked

EXTRA = "pip install 'newscat[postgres]'"


class Row(tuple[Any, ...]):
    """A result row like sqlite3.Row: row[0], row["title"], dict(row)."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_maker(cursor: Any) -> Any:
    names = {column.name: n for n, column in enumerate(cursor.description or [])}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row._names = names
        return row

    return make


_PLACEHOLDER = re.compile(r"%|\?")
# "VALUES (?, ?, ?)": the one row of placeholders of a plain INSERT
_VALUES = re.compile(r"\bVALUES\s*(\(\s*\?(?:\s*,\s*\?)*\s*\))", re.IGNORECASE)
ROWS_A_STATEMENT = 500


def translate(sql: str) -> str:
    """sqlite3's `?` placeholders as psycopg's `%s`, a literal `%` (in LIKE '% ' …) doubled.
    Our statements hold no `?` inside string literals; values are always bound."""
    return _PLACEHOLDER.sub(lambda m: "%s" if m.group() == "?" else "%%", sql)


class Cursor:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall()) if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor) if self._cursor.description else iter(())

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


class PgConnection:
    """Autocommit unless the catalogue opens a transaction (BEGIN … COMMIT in atomic())."""

    def __init__(self, address: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise NewscatError(f"a PostgreSQL catalogue needs psycopg: {EXTRA}") from None
        self.address = address
        try:
            self.raw = psycopg.connect(
                address, autocommit=True, row_factory=_row_maker, connect_timeout=10
            )
        except psycopg.OperationalError as error:
            raise NewscatError(connection_problem(address, error)) from None
        # psycopg prepares a statement run five times, and the server may then plan it once
        # for any value: one plan for a rare and a common word, seconds for one of them
        self.raw.execute("SET plan_cache_mode = force_custom_plan")

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Cursor:
        cursor = self.raw.cursor()
        cursor.execute(translate(sql), list(params or ()))
        return Cursor(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """An INSERT … VALUES (?, …) of many rows as one statement of many VALUES rows: one
        round trip to the server rather than one a row."""
        rows = [list(row) for row in rows]
        values = _VALUES.search(sql)
        if values is None:
            if rows:
                self.raw.cursor().executemany(translate(sql), rows)
            return
        for start in range(0, len(rows), ROWS_A_STATEMENT):
            batch = rows[start : start + ROWS_A_STATEMENT]
            many = ", ".join([values.group(1)] * len(batch))
            statement = sql[: values.start(1)] + many + sql[values.end(1) :]
            self.raw.cursor().execute(translate(statement), [v for row in batch for v in row])

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def close(self) -> None:
        self.raw.close()


def connection_problem(address: str, error: Exception) -> str:
    """One line for a server that cannot be reached or refuses the login, naming the host
    (never the password)."""
    text = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
    text = text.replace(address, masked(address))
    where = f"PostgreSQL server {host_of(address)}"
    if (
        "password" in text
        or "authentication" in text
        or ("role" in text and "does not exist" in text)
    ):
        return f"{where} refused the login: {text}"
    if "does not exist" in text:
        return f"{where}: {text} (createdb makes it)"
    return f"cannot reach the {where}: {text}"
