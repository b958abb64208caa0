"""The Textual app: a thin layer that moves the player from screen to screen.

Home -> questions -> results (-> high scores), or straight into the questions for
``quiz play``. The session, the loader and the store do the work; this module only
decides which screen comes next and hands each the data it shows.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from types import FrameType

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quiz.banks.loader import index_banks
from quiz.banks.model import BankSummary
from quiz.banks.summary import failed_bank_notices
from quiz.errors import QuizError
from quiz.i18n import set_language, t
from quiz.play import game
from quiz.play.choices import interface_language, question_count
from quiz.play.clock import Clock, MonotonicClock
from quiz.play.model import DEFAULT_COUNT, SessionSettings
from quiz.play.session import QuizSession
from quiz.preferences import Preferences
from quiz.results import QuizResult
from quiz.scores.model import SavedScore
from quiz.scores.store import ScoreStore
from quiz.signals import ENDING_SIGNALS
from quiz.ui.bindings import translate_bindings
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.highscores import HighScoresScreen
from quiz.ui.screens.home import GameChoice, HomeScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import AfterResults, ResultsScreen


class QuizApp(App[None]):
    CSS_PATH = "quiz.tcss"
    TITLE = "quiz"
    BINDINGS = [
        Binding("f1", "help", "ui.key.help"),
        # Shown in the footer by the screens that offer it (Home, Results).
        Binding("f2", "high_scores", "ui.key.high_scores", show=False),
    ]

    def __init__(
        self,
        *,
        question_dirs: Sequence[Path],
        store: ScoreStore,
        clock: Clock,
        lang: str | None,
        settings: SessionSettings,
        banks: Sequence[str],
        home: bool,
    ) -> None:
        super().__init__()
        self.question_dirs = tuple(question_dirs)
        self.store = store
        self.clock = clock
        self.settings = settings
        self.home = home
        self._lang = lang
        self._start_banks = tuple(banks)
        self._known_banks: set[str] = set()
        self._last_banks: tuple[str, ...] = ()
        self._notices_told = 0
        # A problem that stops `quiz play` before its first question; `launch` reports it.
        self.startup_error: str | None = None
        # The session on screen, until its result is handed over (see save_unfinished).
        self.session_in_play: QuizSession | None = None
        # Set by `launch`: SIGTERM and SIGHUP then end the app the orderly way.
        self.handles_ending_signals = False
        self.ended_by_signal: int | None = None
        self._signal_handlers_before: dict[int, signal._HANDLER] = {}

    def on_mount(self) -> None:
        if self.handles_ending_signals:
            self._take_ending_signals()
            if self.ended_by_signal is not None:  # it came while Textual was starting
                self.exit(return_code=128 + self.ended_by_signal)
                return
        if self.home:
            self.show_home()
        else:
            self.start_game(self._start_banks, self.settings)

    def _take_ending_signals(self) -> None:
        """SIGTERM, SIGHUP and SIGINT (``kill -INT``: Ctrl+C in the terminal is a key here) end
        the app through the loop; SIGCONT resumes the terminal only while nothing ends it.

        Why not asyncio's ``add_signal_handler``: it runs its callback when the loop next
        polls, later than Python-level handlers. A closed terminal sends SIGHUP and then
        SIGCONT, and Textual's SIGCONT handler starts application mode again at once: a
        second output thread on a dead terminal, whose queue fills while the app leaves, so
        the game waited forever (seen in tmux). Python runs pending handlers in signal
        order, so the SIGHUP is noted before the SIGCONT is looked at."""
        loop = asyncio.get_running_loop()

        def ending(signum: int, frame: FrameType | None) -> None:
            if self.ended_by_signal is None:
                self.ended_by_signal = signum
                loop.call_soon_threadsafe(self.end_by_signal, signum)

        for signum in (*ENDING_SIGNALS, signal.SIGINT):
            self._signal_handlers_before[signum] = signal.signal(signum, ending)
        if hasattr(signal, "SIGCONT"):
            resume = signal.getsignal(signal.SIGCONT)  # the terminal driver's, if any

            def continued(signum: int, frame: FrameType | None) -> None:
                if self.ended_by_signal is None and callable(resume):
                    resume(signum, frame)

            # Kept after unmount: Textual closes its output thread after that (``launch``
            # puts back what was there before the app ran).
            signal.signal(signal.SIGCONT, continued)

    def on_unmount(self) -> None:
        for signum, handler in self._signal_handlers_before.items():
            # Back to the ones `launch` set, which note a signal while Textual leaves.
            signal.signal(signum, handler)
        self._signal_handlers_before.clear()
        self.store.close()

    def end_by_signal(self, signum: int) -> None:
        """SIGTERM, SIGHUP or SIGINT: leave through ``exit``, so that Textual restores the terminal
        (main screen, cursor, mouse off); ``launch`` then saves the session in play."""
        self.ended_by_signal = signum
        self.exit(return_code=128 + signum)

    def note_ending_signal(self, signum: int) -> None:
        """A signal outside the app's loop (starting or leaving): the first one counts."""
        if self.ended_by_signal is None:
            self.ended_by_signal = signum

    def save_unfinished(self) -> SavedScore | None:
        """Save the session still in play as not finished (after a signal or an error of
        ours); None when there is none or it has no answer. Raises QuizError."""
        session, self.session_in_play = self.session_in_play, None
        if session is None:
            return None
        return game.save_interrupted(session, self.store)

    # --- language ---------------------------------------------------------------------

    def _use_language(self, banks: Sequence[BankSummary]) -> None:
        """``--lang``, else the (first) bank's language, else the environment."""
        set_language(interface_language(self._lang, banks))
        translate_bindings(self)
        self.refresh_bindings()

    # --- the flow -----------------------------------------------------------------------

    def show_home(self) -> None:
        # The list and its counts come from the bank index: no question is read for them.
        report = index_banks(self.question_dirs)
        report.close()
        for notice in report.notices:
            self.notify(notice, severity="warning", timeout=20, markup=False)
        self._known_banks.update(bank.name for bank in report.banks)
        preferences = Preferences.load()
        chosen = [name for name in preferences.banks if name in self._known_banks] or [
            bank.name for bank in game.default_banks(report.banks, self._lang)
        ]
        self._use_language([bank for bank in report.banks if bank.name in chosen])
        home = HomeScreen(
            report.banks,
            failed_bank_notices(report),
            chosen_banks=chosen,
            player=self.settings.player or preferences.player,
            count=self.settings.count or DEFAULT_COUNT,
            mode=self.settings.mode,
        )
        self.push_screen(home, self._home_chosen)
        # Once Home is on screen: with many stored games reading takes a moment.
        self.call_after_refresh(self.check_store)

    def check_store(self) -> None:
        """Read the score file, so that damage to it is told before a game rather than after.

        Not in a thread: the store is not shared between threads, and Home is already drawn.
        """
        try:
            self.store.top(limit=1)
        except QuizError as error:
            self.notify(str(error), severity="error", markup=False)
        self.tell_store_notices()

    def tell_store_notices(self) -> None:
        """Each of the store's notices once (e.g. a damaged file moved aside)."""
        for notice in self.store.notices[self._notices_told :]:
            self.notify(notice, severity="warning", timeout=20, markup=False)
        self._notices_told = len(self.store.notices)

    def _home_chosen(self, choice: GameChoice | None) -> None:
        if choice is None:
            return
        try:
            Preferences(player=choice.player, banks=choice.banks).save()
        except QuizError as error:
            # Not remembering the name is no reason to refuse the game.
            self.notify(str(error), severity="warning", markup=False)
        # Kept, so that the next visit to Home offers the same choices again.
        self.settings = replace(
            self.settings,
            mode=choice.mode,
            count=question_count(choice.mode, choice.count),
            player=choice.player,
        )
        self.start_game(choice.banks, self.settings)

    def start_game(self, bank_names: Sequence[str], settings: SessionSettings) -> None:
        try:
            session, report = game.open_session(
                self.question_dirs,
                bank_names,
                settings,
                self.store,
                self.clock,
                language=self._lang,
            )
        except QuizError as error:
            if self.home:
                self.notify(str(error), severity="error", markup=False)
                self.show_home()
            else:
                self.startup_error = str(error)
                self.exit(return_code=1)
            return
        for notice in report.notices:
            self.notify(notice, severity="warning", timeout=20, markup=False)
        self._known_banks.update(bank.name for bank in report.banks)
        self._last_banks = tuple(bank.name for bank in report.banks)
        if not self.home:
            self._use_language(report.banks)
        screen = QuestionScreen(session, self.clock, timed=settings.timed)
        self.session_in_play = session
        self.push_screen(screen, self._session_over)

    def _session_over(self, result: QuizResult | None) -> None:
        self.session_in_play = None
        if result is None:
            return
        try:
            saved = game.finish(result, self.store)
        except QuizError as error:
            # The game is over either way; say why the score could not be kept.
            saved = None
            self.notify(str(error), severity="error", timeout=15, markup=False)
        self.tell_store_notices()
        self.push_screen(ResultsScreen(result, saved), self._after_results)

    def _after_results(self, choice: AfterResults | None) -> None:
        if choice is AfterResults.QUIT:
            self.exit()
        else:
            self.show_home()

    # --- screens reachable from anywhere --------------------------------------------------

    async def action_quit(self) -> None:
        if isinstance(self.screen, QuestionScreen):
            self.screen.confirm_quit()
        else:
            await super().action_quit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(t("ui.key.help"), t("ui.command.help"), self.action_help)
        if self.check_action("high_scores", ()):
            yield SystemCommand(
                t("ui.key.high_scores"), t("ui.command.high_scores"), self.action_high_scores
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "high_scores":
            # Not in the middle of a game, and not on top of itself.
            return not isinstance(self.screen, (HighScoresScreen, QuestionScreen))
        return True

    def action_high_scores(self) -> None:
        only = self._last_banks[0] if len(self._last_banks) == 1 else None
        self.push_screen(HighScoresScreen(self.store, sorted(self._known_banks), only))


def make_app(
    *,
    question_dirs: Sequence[Path],
    db_path: Path,
    clock: Clock | None = None,
    lang: str | None = None,
    settings: SessionSettings | None = None,
    banks: Sequence[str] = (),
    home: bool = True,
) -> QuizApp:
    """Build the app the same way for the CLI, the tests and the benchmarks."""
    return QuizApp(
        question_dirs=question_dirs,
        store=ScoreStore(Path(db_path)),
        clock=clock or MonotonicClock(),
        lang=lang,
        settings=settings or SessionSettings(),
        banks=banks,
        home=home,
    )
