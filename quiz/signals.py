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
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in ENDING_SIGNALS}
    for signum, handler in previous.items():
        if handler is not signal.SIG_IGN:  # `nohup quiz play`: keep ignoring the hangup
            signal.signal(signum, _raise)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def ending_signals_held() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP are ignored: a save on the way out is not cut
    short by the same signal sent twice. (It takes milliseconds.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, signal.SIG_IGN) for signum in ENDING_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def ending_signals_noted(
    note: Callable[[int], None], signums: tuple[int, ...] = ENDING_SIGNALS
) -> Iterator[None]:
    """Within the block, the ``signums`` call ``note(signum)`` and return: nothing is raised.

    For a block that runs another library's threads, such as a full-screen UI: an exception
    raised at an arbitrary point of its code (inside ``queue.Queue.put`` on Textual's output
    thread, as seen) can leave a lock or a condition half-updated, and the program then
    waits forever on its way out instead of ending. The block's owner checks what was
    noted at its own safe points. Signals set to be ignored stay ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in signums}

    def noted(signum: int, frame: FrameType | None) -> None:
        note(signum)

    for signum, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(signum, noted)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
