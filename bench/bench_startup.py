"""Time from ``quiz play`` to the first question on screen, plain mode and the Textual UI.

    .venv/bin/python bench/bench_startup.py [--repeat 5] [--size 10000]

Each run starts the installed ``quiz`` command in a fresh process and stops the clock when the
first question's prompt appears: plain mode through a pipe (read stdout until the prompt),
the UI in a real terminal (a private tmux server, 80x24, polling ``capture-pane``). Banks:
the bundled ones, and one synthetic bank of ``--size`` questions. Cold: an empty parsed-bank
cache (a first start, or a bank just edited); warm: the cache already built (every later
start). Baselines in the same run, measured the same way and interleaved with the games: a
Python that prints one line, one that imports Textual first, and (UI) a one-label Textual
app; "above the bare floor" is what the game adds to the first or the last. Goal (issue 5):
the first question within 1 s with 10,000 questions, warm.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from bench import first_prompt, harness, synthetic
from quiz.locations import CACHE_DIR_ENV, DATA_DIR_ENV, DB_ENV, bundled_banks_dir

GOAL_S = 1.0
TIMEOUT = 120.0  # seconds: a start that never shows a question is a failure, not a hang
POLL = 0.01
TMUX_SOCKET = f"quiz-bench-{os.getpid()}"
READY = "READY-FOR-BENCH"
# Prompts are matched by their beginning: the UI may wrap the rest.
MARKER_LENGTH = 20
# What Textual alone costs to put a line on a real terminal: the UI's floor.
MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static({ready!r})
Minimal().run()
"""
BARE_PYTHON = "python -c print"
PYTHON_PLACES = ("PYTHONPATH", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE")
BARE_TEXTUAL = "a one-label Textual app"
PLAIN, UI = "plain", "UI (tmux)"
# What quiz itself adds is measured over these: plain mode over a bare Python, the UI over a
# bare Textual app.
FLOOR_OF = {PLAIN: f"baseline: {BARE_PYTHON}", UI: f"baseline: {BARE_TEXTUAL}"}


@dataclass(frozen=True)
class Scenario:
    """One way of starting a game: which banks, and what on screen means it is up."""

    label: str
    arguments: tuple[str, ...]  # after `quiz play`
    markers: tuple[str, ...]  # any of these on screen: the first question is shown


def quiz_command() -> list[str]:
    """The installed console script (what a player runs), else ``python -m quiz``."""
    script = Path(sys.executable).with_name("quiz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "quiz"]


def prompts_of(folder: Path, *, first_only: bool = False) -> tuple[str, ...]:
    """Beginnings of the prompts in a folder's banks (the first of each bank, or all)."""
    markers: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        with path.open("rb") as handle:
            questions = yaml.load(handle, Loader=yaml.CSafeLoader).get("questions", [])
        for question in questions[:1] if first_only else questions:
            markers.append(" ".join(str(question["prompt"]).split())[:MARKER_LENGTH])
    return tuple(markers)


def environment(home: Path, cache: Path) -> dict[str, str]:
    return os.environ | {
        DATA_DIR_ENV: str(home / "data"),
        DB_ENV: str(home / "scores.json"),
        CACHE_DIR_ENV: str(cache),
        "PYTHONUNBUFFERED": "1",  # a pipe would otherwise hold the prompt back
    }


def until_marker(
    argv: Sequence[str], env: dict[str, str], cwd: Path, markers: Sequence[str]
) -> float:
    """Start a process on a pipe; seconds until its output shows one of ``markers``."""
    seconds, _ = first_prompt.until_marker(argv, env, cwd, markers, timeout=TIMEOUT)
    return seconds


class Terminal:
    """A private tmux server in which each run opens a fresh 80x24 window."""

    def __init__(self) -> None:
        # A first session starts the server once, so no run pays for starting it.
        self._tmux("new-session", "-d", "-s", "keeper", "-x", "80", "-y", "24", "sleep 100000")
        self._runs = 0

    def _tmux(self, *arguments: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", TMUX_SOCKET, *arguments], check=True, capture_output=True, text=True
        )
        return done.stdout

    def until_marker(
        self, argv: Sequence[str], env: dict[str, str], cwd: Path, markers: Sequence[str]
    ) -> float:
        self._runs += 1
        name = f"run{self._runs}"
        # Only the game's own settings and where Python finds its code: the terminal needs no
        # help to show output at once.
        settings = " ".join(
            f"{key}={shlex.quote(value)}"
            for key, value in env.items()
            if key.startswith("QUIZ_") or key in PYTHON_PLACES
        )
        # The shell stays after the command: the output of a process that exits at once (the
        # baselines) could otherwise go with its pane, and a crash stays on screen.
        command = f"cd {shlex.quote(str(cwd))} && env {settings} {shlex.join(argv)}; sleep 100000"
        start = time.perf_counter()
        self._tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command)
        try:
            while time.perf_counter() - start < TIMEOUT:
                screen = self._tmux("capture-pane", "-p", "-t", name)
                if any(marker in screen for marker in markers):
                    return time.perf_counter() - start
                time.sleep(POLL)
            raise RuntimeError(f"no question on screen from {shlex.join(argv)}:\n{screen}")
        finally:
            self._tmux("kill-session", "-t", name)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", TMUX_SOCKET, "kill-server"], capture_output=True, check=False)


Runner = Callable[[Sequence[str], dict[str, str], Path, Sequence[str]], float]


@dataclass(frozen=True)
class Subject:
    """One row of the table: a command started the same way again and again."""

    front: str
    label: str
    cache: str  # "cold", "warm", or "" for a baseline (which has no cache)
    run: Runner
    argv: tuple[str, ...]
    markers: tuple[str, ...]


def measure(subjects: Sequence[Subject], work: Path, repeat: int) -> list[harness.Timing]:
    """``repeat`` rounds of one start of every subject, so that drift hits them all alike.

    Cold starts get a new empty cache every time; warm ones share one, built before.
    """
    warm: dict[int, Path] = {}
    for index, subject in enumerate(subjects):
        warm[index] = Path(tempfile.mkdtemp(dir=work))
        if subject.cache == "warm":
            subject.run(subject.argv, environment(work, warm[index]), work, subject.markers)
    samples: list[list[float]] = [[] for _ in subjects]
    for _ in range(repeat):
        for index, subject in enumerate(subjects):
            cache = Path(tempfile.mkdtemp(dir=work)) if subject.cache == "cold" else warm[index]
            samples[index].append(
                subject.run(subject.argv, environment(work, cache), work, subject.markers)
            )
    return [harness.Timing(subject.label, seconds) for subject, seconds in zip(subjects, samples)]


def subjects_for(
    front: str,
    run: Runner,
    options: tuple[str, ...],
    scenarios: Sequence[Scenario],
    baselines: Sequence[tuple[str, tuple[str, ...]]],
) -> list[Subject]:
    game = (*quiz_command(), "play", "--count", "1", "--in-order", "--player", "Bench", *options)
    made = [
        Subject(front, f"baseline: {label}", "", run, argv, (READY,)) for label, argv in baselines
    ]
    for scenario in scenarios:
        for cache in ("cold", "warm"):
            made.append(
                Subject(
                    front,
                    scenario.label,
                    cache,
                    run,
                    (*game, *scenario.arguments),
                    scenario.markers,
                )
            )
    return made


def spread(timing: harness.Timing) -> tuple[str, str]:
    """The median, and the range: start-up times on a shared machine scatter widely."""
    return harness.ms(
        timing.median
    ), f"{harness.ms(min(timing.seconds))} – {harness.ms(max(timing.seconds))}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", type=int, default=10_000)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="quiz-bench-startup-") as temporary:
        work = Path(temporary)
        big = synthetic.write_bank(work / "big", options.size)
        scenarios = [
            Scenario("bundled banks", (), prompts_of(bundled_banks_dir())),
            Scenario(
                f"{options.size:,} questions",
                ("--questions", str(big.parent), "--bank", big.stem),
                prompts_of(big.parent, first_only=True),
            ),
        ]
        python = sys.executable
        baselines = [
            (BARE_PYTHON, (python, "-c", f"print({READY!r})")),
            (
                "python -c 'import textual.app'",
                (python, "-c", f"import textual.app; print({READY!r})"),
            ),
        ]
        subjects = subjects_for(PLAIN, until_marker, ("--plain",), scenarios, baselines)
        terminal = Terminal() if shutil.which("tmux") else None
        if terminal is None:
            print("tmux is missing: the UI rows are left out", file=sys.stderr)
        else:
            minimal_app = (BARE_TEXTUAL, (python, "-c", MINIMAL_APP.format(ready=READY)))
            subjects += subjects_for(
                UI, terminal.until_marker, (), scenarios, [*baselines, minimal_app]
            )
        try:
            timings = measure(subjects, work, options.repeat)
        finally:
            if terminal:
                terminal.close()
    floors = {s.front: t.median for s, t in zip(subjects, timings) if s.label == FLOOR_OF[s.front]}
    rows = []
    for subject, timing in zip(subjects, timings):
        goal = "" if subject.cache != "warm" else ("met" if timing.median <= GOAL_S else "NOT met")
        added = (
            ""
            if subject.label.startswith("baseline")
            else f"+{harness.ms(timing.median - floors[subject.front])}"
        )
        rows.append((subject.front, subject.label, subject.cache, *spread(timing), added, goal))
    harness.print_table(
        f"Start-up: `quiz play` to the first question (medians of {options.repeat})",
        (
            "front end",
            "banks",
            "cache",
            "first question after (median)",
            "fastest – slowest",
            "above the bare floor",
            "goal ≤ 1 s (warm)",
        ),
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
