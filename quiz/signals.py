"""The signals that end a program from outside, as an exception a front end can handle.

SIGTERM (``kill PID``, a shutdown) and SIGHUP (the terminal closed, a logout) end Python
at once by default: no ``finally`` runs, the session in progress is lost and a full-screen
UI leaves the terminal in its alternate screen with the cursor hidden. Inside
``ending_signals_raise`` they raise ``EndedBySignal`` instead, so that the front end saves
what was answered (as not finished) and restores the terminal on its way out.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

ENDING_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class EndedBySignal(BaseException):
    """Like KeyboardInterrupt, a BaseException: ``except Exception`` must not swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """What a shell reports for a program ended by this signal."""
        return 128 + self.signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise EndedBySignal(signum)


@contextmanager
def ending_signals_raise() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise ``EndedBySignal`` (main thread only;
    elsewhere, and for signals set to be ignored, nothing changes)."""
    with _handled_by(_raise, ENDING_SIGNALS):
        yield


@contextmanager
def ending_signals_held() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP are ignored: a save on the way out is not cut
    short by the same signal sent twice. (It takes milliseconds.)"""
    with _handled_by(signal.SIG_IGN, ENDING_SIGNALS):
        yield


@contextmanager
def ending_signals_noted(
    note: Callable[[int], None], signums: tuple[int, ...] = ENDING_SIGNALS
) -> Iterator[None]:
    """Within the block, the ``signums`` call ``note(signum)`` and return: nothing is raised.

    For a block that runs another library's threads and locks, such as a full-screen UI:
    an exception raised at an arbitrary point of its code could leave a lock or a half-done
    shutdown behind. The block's owner checks what was noted at its own safe points."""

    def noted(signum: int, frame: FrameType | None) -> None:
        note(signum)

    with _handled_by(noted, signums):
        yield


_Handler = Callable[[int, FrameType | None], object] | int


@contextmanager
def _handled_by(handler: _Handler, signums: tuple[int, ...]) -> Iterator[None]:
    """Within the block ``handler`` takes the ``signums`` (main thread only); a signal set
    to be ignored stays ignored (`nohup quiz play` keeps ignoring the hangup), and the
    handlers before come back after the block."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in signums}
    for signum, before in previous.items():
        if before is not signal.SIG_IGN or handler is signal.SIG_IGN:
            signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, before)
