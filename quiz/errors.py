"""Errors that reach the user as one translated line and an exit code, never a traceback."""


class QuizError(Exception):
    """A problem the user can fix; ``str(error)`` is the whole, translated message."""

    exit_code = 1


# EX_SOFTWARE of sysexits.h: a bug of ours, neither the player's nor a file's fault.
INTERNAL_ERROR_EXIT = 70
