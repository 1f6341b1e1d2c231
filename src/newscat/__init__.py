"""newscat: a command-line catalogue for plain-text news articles."""

__version__ = "0.1.0"
