"""The catalogue on a PostgreSQL server (`--db postgresql://…`): the same commands as on the
SQLite file, for teams that share one catalogue. Needs pip install 'newscat[postgres]'."""
