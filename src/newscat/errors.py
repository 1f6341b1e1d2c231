"""The one exception type a user's mistake becomes: shown as one line, never a traceback."""


class NewscatError(Exception):
    """A problem the user can act on. The message is shown as it is."""

    exit_code = 1


class UsageProblem(NewscatError):
    """A malformed option value or query: exit code 2, like other usage errors."""

    exit_code = 2
