"""Issue 13, items 3 and 11, and the save on the way out: a session ended by a signal or by
an error of ours keeps its answers (saved as not finished, never ranked).

Here with the real session, store and app, and fake streams and clocks; the same with real
signals, a real terminal and the installed command is in ``tests/e2e/test_e2e_signals.py``.
"""

from __future__ import annotations

import inspect
import io
import signal

import orjson
import pytest
from textual.drivers import linux_driver
from textual.widgets import Input

from quiz.errors import INTERNAL_ERROR_EXIT
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.model import SessionSettings
from quiz.signals import EndedBySignal, ending_signals_raise
from quiz.ui.app import make_app
from quiz.ui.input_decoding import make_input_tolerant
from quiz.ui.screens.question import QuestionScreen


class EndedAfter(io.StringIO):
    """A player who answers ``lines`` and is then ended by ``ending`` while reading."""

    def __init__(self, lines, ending: BaseException) -> None:
        super().__init__("".join(f"{line}\n" for line in lines))
        self._left = len(lines)
        self._ending = ending

    def readline(self, *args):
        if self._left == 0:
            raise self._ending
        self._left -= 1
        return super().readline(*args)


def start(banks_dir, store):
    settings = SessionSettings(in_order=True, player="Ada", count=4)
    session, _ = open_session([banks_dir], ["hart"], settings, store, FakeClock())
    return session


def stored(db):
    return list(orjson.loads(db.read_bytes())["sessions"].values())


@pytest.mark.parametrize(
    ("ending", "code"),
    [
        (EndedBySignal(signal.SIGTERM), 128 + signal.SIGTERM),
        (EndedBySignal(signal.SIGHUP), 128 + signal.SIGHUP),
        (KeyboardInterrupt(), 128 + signal.SIGINT),
    ],
)
def test_plain_mode_ended_by_a_signal_saves_the_answers_as_not_finished(
    banks_dir, store, db, ending, code
):
    out = io.StringIO()
    session = start(banks_dir, store)
    assert run_plain(session, store, stdin=EndedAfter(["Paris", "2"], ending), stdout=out) == code
    [saved] = stored(db)
    assert saved["finished"] is False and saved["ranked"] is False
    assert (saved["correct"], saved["total"]) == (2, 2) and saved["score"] > 0
    assert store.top() == []  # not ranked
    assert [o["verdict"] for o in store.outcomes(1)] == ["correct", "correct"]
    assert "your answers so far are saved" in out.getvalue()


def test_plain_mode_keeps_the_answers_through_an_error_of_ours(banks_dir, store, db, monkeypatch):
    session = start(banks_dir, store)
    real_answer = session.answer

    def answer(text):
        if text == "boom":
            raise RuntimeError("a bug")
        return real_answer(text)

    monkeypatch.setattr(session, "answer", answer)
    out = io.StringIO()
    lines = io.StringIO("Paris\nboom\n")
    assert run_plain(session, store, stdin=lines, stdout=out) == INTERNAL_ERROR_EXIT
    text = out.getvalue()
    assert "internal error (RuntimeError: a bug)" in text and "Traceback" not in text
    [saved] = stored(db)
    assert saved["finished"] is False and saved["total"] == 1


def test_a_signal_before_the_first_answer_saves_nothing(banks_dir, store, db):
    session = start(banks_dir, store)
    ending = EndedBySignal(signal.SIGTERM)
    assert run_plain(session, store, stdin=EndedAfter([], ending), stdout=io.StringIO()) == 143
    assert not db.exists()


def test_signals_raise_only_inside_the_block_and_nohup_is_respected():
    before = signal.getsignal(signal.SIGTERM)
    with ending_signals_raise(), pytest.raises(EndedBySignal) as ended:
        signal.raise_signal(signal.SIGTERM)
    assert ended.value.exit_code == 143
    assert signal.getsignal(signal.SIGTERM) is before
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with ending_signals_raise():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)


# -- the Textual UI --------------------------------------------------------------------------


def ui(banks_dir, db, clock):
    settings = SessionSettings(in_order=True, player="Ada", count=4)
    return make_app(
        question_dirs=[banks_dir],
        db_path=db,
        clock=clock,
        settings=settings,
        banks=["hart"],
        home=False,
        lang="de",
    )


async def test_item11_sigterm_in_the_ui_exits_the_orderly_way_and_keeps_the_answers(banks_dir, db):
    clock = FakeClock()
    app = ui(banks_dir, db, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "Paris"
        await pilot.press("enter")
        await pilot.press("enter")  # the next question
        assert isinstance(app.screen, QuestionScreen)
        app.end_by_signal(signal.SIGTERM)  # what the loop's handler calls
        await pilot.pause()
    assert app.return_code == 143
    app.save_unfinished()
    [saved] = stored(db)
    assert saved["finished"] is False and saved["ranked"] is False and saved["correct"] == 1


async def test_an_error_of_ours_in_the_ui_still_keeps_the_answers(banks_dir, db, monkeypatch):
    app = ui(banks_dir, db, FakeClock())
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.screen.query_one("#answer", Input).value = "Paris"
            await pilot.press("enter")
            await pilot.press("enter")
            monkeypatch.setattr(app.screen.session, "answer", _broken)
            await pilot.press("2")
            await pilot.pause()
    assert app.return_code == 1
    app.save_unfinished()
    [saved] = stored(db)
    assert saved["finished"] is False and saved["correct"] == 1


def _broken(text):
    raise RuntimeError("a bug")


async def test_a_finished_session_is_saved_once_and_not_again_on_the_way_out(banks_dir, db):
    app = ui(banks_dir, db, FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for typed in ("Paris", None, "8", "1"):
            if typed is None:
                await pilot.press("2")
            else:
                app.screen.query_one("#answer", Input).value = typed
                await pilot.press("enter")
            await pilot.press("enter")
        await pilot.pause()
    assert app.save_unfinished() is None
    [saved] = stored(db)
    assert "finished" not in saved and saved["ranked"] is True


# -- item 3: bytes from the terminal that are not UTF-8 ------------------------------------------


def test_item3_textual_decodes_terminal_input_without_raising():
    make_input_tolerant()
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"\xff") == "\ufffd"
    assert decode(b"ab\xc3") + decode(b"\xa4", final=True) == "abä"  # split sequences still join


def test_item3_the_driver_still_takes_its_decoder_from_that_name():
    """If Textual changes how it decodes, this fails, and input_decoding must follow."""
    source = inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    assert 'getincrementaldecoder("utf-8")()' in source


# -- a signal outside the app's loop is noted, never raised into Textual's threads ----------
# Seen in the index benchmark: UI games hung forever after tmux closed their terminal, the
# main thread in Textual's WriterThread.stop (Queue.put) with the output thread idle in
# Queue.get. A SIGHUP raised as an exception in the middle of the queue's code, while the
# app was already leaving, had left it half-updated.


def test_a_noted_signal_calls_back_and_raises_nothing():
    from quiz.signals import ending_signals_noted

    noted = []
    with ending_signals_noted(noted.append):
        signal.raise_signal(signal.SIGHUP)
        signal.raise_signal(signal.SIGTERM)
    assert noted == [signal.SIGHUP, signal.SIGTERM]
    assert signal.getsignal(signal.SIGHUP) is signal.SIG_DFL


async def test_a_signal_while_the_ui_leaves_is_noted_not_raised(banks_dir, db):
    from quiz.signals import ENDING_SIGNALS, ending_signals_noted

    app = ui(banks_dir, db, FakeClock())
    app.handles_ending_signals = True
    with ending_signals_noted(app.note_ending_signal, (*ENDING_SIGNALS, signal.SIGINT)):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.screen.query_one("#answer", Input).value = "Paris"
            await pilot.press("enter")
            app.end_by_signal(signal.SIGHUP)  # the loop's handler: the app leaves
            await pilot.pause()
        # Unmounted: what Textual runs now (closing its output thread) must not be cut.
        signal.raise_signal(signal.SIGTERM)
    assert app.ended_by_signal == signal.SIGHUP  # the first one counts
    assert app.return_code == 128 + signal.SIGHUP
    app.save_unfinished()
    [saved] = stored(db)
    assert saved["finished"] is False and saved["correct"] == 1


async def test_a_signal_before_the_ui_mounts_ends_it_as_soon_as_it_does(banks_dir, db):
    app = ui(banks_dir, db, FakeClock())
    app.handles_ending_signals = True
    app.note_ending_signal(signal.SIGTERM)  # came while Textual was starting
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.return_code == 128 + signal.SIGTERM


async def test_sigcont_after_sighup_does_not_start_the_terminal_again(banks_dir, db):
    # A closed terminal sends SIGHUP, then SIGCONT; Textual's SIGCONT handler would start
    # application mode again: a second output thread on a dead terminal, whose full queue
    # then held the game forever on its way out (1 of 40 tmux hang-ups before this fix).
    resumed = []
    before = signal.signal(signal.SIGCONT, lambda signum, frame: resumed.append(signum))
    try:
        app = ui(banks_dir, db, FakeClock())
        app.handles_ending_signals = True
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            signal.raise_signal(signal.SIGCONT)  # `fg` after Ctrl+Z: the driver resumes
            assert resumed == [signal.SIGCONT]
            signal.raise_signal(signal.SIGHUP)
            signal.raise_signal(signal.SIGCONT)  # the hang-up's: nothing to resume
            await pilot.pause()
        assert resumed == [signal.SIGCONT]
        assert app.return_code == 128 + signal.SIGHUP
    finally:
        signal.signal(signal.SIGCONT, before)
