"""Fuzz targets of issue 13: hostile input through the real code, and what counts as a finding.

Shared by the bounded suite (``test_fuzz.py``, a few dozen cases per target) and the long
run (``bench/fuzz.py --cases 2000``). Each target takes one generated case, runs it through
the program in this process (fast, and a hang is cut by a timer) and returns its findings:

- ``traceback``: an exception escaped the program (anything but its one-line errors);
- ``hang``: the case ran past ``LIMIT_S`` (cut short by SIGALRM) ;
- ``exit``: an exit code other than 0, 1 or 2;
- ``not saved``: a session with answers left no record (or a saved record went missing);
- ``accepted``: invalid input went through without a word (a bank that validates although
  a field is out of range, a score file whose damage nobody reported).

The strategies (hypothesis) are here too, so that both runs try the same kinds of input.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import signal
import tempfile
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from hypothesis import strategies as st

from quiz.banks.loader import load_bank_file
from quiz.banks.model import Question, QuestionType
from quiz.cli import main
from quiz.errors import QuizError
from quiz.plain import run_plain
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.matching import AnswerChecker
from quiz.play.model import SessionSettings
from quiz.results import Verdict
from quiz.scores.store import ScoreStore
from quiz.ui.app import make_app
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen

LIMIT_S = 10.0
# One answer in the UI: judged, shown, the next question drawn (0.1-0.5 s on a busy
# machine; a hang is what takes many times that).
UI_ANSWER_LIMIT_S = LIMIT_S
GOOD_EXITS = frozenset({0, 1, 2})

SEED_BANK = """\
title: Fuzz
language: de
questions:
  - id: f-paris
    type: fill_in
    prompt: "Die Hauptstadt von Frankreich heißt ____."
    answer: Paris
    accept: ["Lutetia"]
    time_limit: 30
    difficulty: 2
    tags: [staffel-1, folge-1]
    source: {file: seeds/x.txt, line: 3}
  - id: f-planet
    prompt: "Welcher Planet hat die auffälligsten Ringe?"
    answer: Saturn
    choices: [Mars, Saturn, Venus, Merkur]
  - id: f-beine
    type: fill_in
    prompt: "Wie viele Beine hat eine Spinne?"
    answer: "8"
    accept: ["acht"]
  - id: f-person
    type: fill_in
    prompt: "Wer führt die Bruderschaft an?"
    answer: "Vernon Schillinger"
"""

SEED_SCORE_RECORD = {
    "player": "Ada",
    "banks": ["fuzz"],
    "score": 1500,
    "correct": 2,
    "total": 3,
    "mode": "classic",
    "duration_s": 12.5,
    "finished_at": "2026-11-24T03:31:23.123456+00:00",
    "longest_streak": 2,
    "ranked": True,
    "v": 1,
}

SEED_SYNOPSIS = (
    "Der Häftling Tobias Beecher kommt nach Oz. Wärter Tim McManus zeigt ihm 12 Zellen.\n"
    "Vern Schillinger bedroht Beecher. Er hat drei Söhne und lebt seit 1990 in Em City.\n"
)


@dataclass
class Finding:
    target: str
    kind: str
    detail: str
    case: str  # the start of the input, to reproduce it


@dataclass
class Tally:
    """Cases run and findings, per target (the long run prints it)."""

    cases: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def add(self, target: str, findings: list[Finding]) -> None:
        self.cases[target] = self.cases.get(target, 0) + 1
        self.findings.extend(findings)


class Hang(BaseException):
    """Raised by the timer in a case that ran past LIMIT_S (BaseException: nothing of the
    program may swallow it)."""


@contextlib.contextmanager
def time_limit(seconds: float = LIMIT_S) -> Iterator[None]:
    def expired(signum, frame):
        raise Hang

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _shown(case: object) -> str:
    text = repr(case)
    return text if len(text) <= 300 else text[:300] + "…"


def _run(target: str, case: object, action) -> list[Finding]:
    """Run ``action`` (which returns findings) under the time limit, quiet, with any
    escaping exception or hang as a finding of its own. QUIZ_DEBUG makes the command's
    catch-all for errors of ours re-raise, so that they arrive here with their details."""
    quiet = io.StringIO()
    debug = os.environ.get("QUIZ_DEBUG")
    os.environ["QUIZ_DEBUG"] = "1"
    try:
        with time_limit(), contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            return list(action())
    except Hang:
        return [Finding(target, "hang", f"over {LIMIT_S:.0f} s", _shown(case))]
    except Exception as error:  # noqa: BLE001 -- exactly what the fuzzing looks for
        detail = "".join(traceback.format_exception_only(error)).strip()
        return [Finding(target, "traceback", detail[:300], _shown(case))]
    finally:
        if debug is None:
            del os.environ["QUIZ_DEBUG"]
        else:
            os.environ["QUIZ_DEBUG"] = debug


def command(*argv: str) -> int:
    """The ``quiz`` command in this process; its exit code (argparse's too)."""
    try:
        return main(list(argv))
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 2


# -- strategies ------------------------------------------------------------------------------

HOSTILE_VALUES = st.sampled_from(
    [
        "9" * 401,
        "9" * 5000,
        "1e400",
        "-1e400",
        ".nan",
        ".inf",
        "-0",
        "0x" + "f" * 40,
        "1_000_000",
        "2026-02-30",
        "9999-12-31T23:59:59Z",
        "!!python/object/apply:os.system ['true']",
        "*nothing",
        "&a [*a, *a]",
        "[" * 60,
        "{" * 60,
        "'unclosed",
        '"\\x1b[31mred"',
        "\u202e\u2066evil",
        "\u1369\u136a",
        "٣",
        "~",
        "[]",
        "{}",
        "''",
        "true",
        "null",
    ]
)
# Every Unicode category, surrogates excepted (files hold UTF-8): letters, digits of other
# scripts, combining marks, controls, formatting characters, private use.
ANY_CHARACTER = st.characters(exclude_categories=["Cs"])
ANY_TEXT = st.text(ANY_CHARACTER, max_size=60)


@st.composite
def mutated_banks(draw) -> bytes:
    """The seed bank with values, lines and bytes changed (each case a few changes)."""
    lines = SEED_BANK.splitlines()
    for _ in range(draw(st.integers(1, 5))):
        index = draw(st.integers(0, len(lines) - 1))
        choice = draw(st.integers(0, 4))
        if choice == 0 and ":" in lines[index]:  # a field gets a hostile or random value
            key = lines[index].split(":", 1)[0]
            value = draw(
                st.one_of(HOSTILE_VALUES, ANY_TEXT.map(lambda text: orjson.dumps(text).decode()))
            )
            lines[index] = f"{key}: {value}"
        elif choice == 1:
            del lines[index]
            lines = lines or ["title: x"]
        elif choice == 2:
            lines.insert(index, lines[draw(st.integers(0, len(lines) - 1))])
        elif choice == 3:
            lines[index] = lines[index] + draw(HOSTILE_VALUES)
        else:
            lines[index] = draw(ANY_TEXT)
    data = bytearray("\n".join(lines).encode("utf-8"))
    for _ in range(draw(st.integers(0, 2))):  # and a flipped byte now and then
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    return bytes(data)


LONG_ANSWER = st.one_of(
    st.integers(1, 100_000).map(lambda n: "9" * n),
    st.tuples(ANY_CHARACTER, st.integers(1, 100_000)).map(lambda pair: pair[0] * pair[1]),
    st.integers(1, 20_000).map(lambda n: "Schillinger " * n),
)
ANSWERS = st.one_of(
    ANY_TEXT,
    st.text(ANY_CHARACTER, max_size=2000),
    LONG_ANSWER,
    st.sampled_from(["1", "2", "b", "B", "\u1369", "٣", "0", "7", "G", "Saturn", "acht", "Paris"]),
    st.binary(max_size=200).map(lambda raw: raw.decode("utf-8", "replace")),
)
# What reaches plain mode: raw bytes, lines of them (not UTF-8, NUL, CR, lone escapes).
PLAIN_INPUT = st.lists(
    st.one_of(
        st.binary(max_size=300),
        ANSWERS.map(lambda text: text.encode("utf-8", "surrogatepass")),
    ),
    min_size=1,
    max_size=6,
).map(lambda lines: b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")


@st.composite
def mutated_score_files(draw) -> bytes:
    """A small, valid score file with fields, ids and bytes changed."""
    records: dict[str, object] = {
        str(number): dict(SEED_SCORE_RECORD, score=100 * number) for number in range(1, 6)
    }
    values = st.one_of(
        st.integers(-(2**63), 2**63 - 1),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(
            [
                "9999-12-31T23:59:59+00:00",
                "0001-01-01T00:00:00-12:00",
                "0001-01-01T00:00:00+14:00",
                "2026-13-45",
                "",
                None,
                True,
                [],
                {},
                ["x", 1, None],
            ]
        ),
        ANY_TEXT,
    )
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(sorted(records)))
        choice = draw(st.integers(0, 2))
        if choice == 0 and type(records[key]) is dict:
            field_name = draw(st.sampled_from(sorted(SEED_SCORE_RECORD)))
            records[key][field_name] = draw(values)
        elif choice == 1:
            new_key = draw(st.sampled_from(["9" * 5000, "9" * 19, "0", "007", "٣", "-1", ""]))
            records[new_key] = records.pop(key)
        else:
            records[key] = draw(values)
    data = bytearray(orjson.dumps({"sessions": records}))
    if draw(st.booleans()):
        for _ in range(draw(st.integers(1, 3))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
    return bytes(data)


HOSTILE_WORDS = st.one_of(
    st.integers(1, 4900).map(lambda n: "a" * n),
    st.integers(1, 4900).map(lambda n: "7" * n),
    st.sampled_from(
        [
            "\x1b[2J",
            "\u202e",
            "Dr.",
            "O’Reily",
            "fünfzehnjährige",
            "3-tägige",
            "\u1369",
            "٣",
            "Mc" + "x" * 300,
            "1.000.000",
            "Häftling",
            "Wärter",
            "Er",
            "Sie",
            "—",
            "«",
        ]
    ),
    ANY_TEXT,
)


@st.composite
def hostile_synopses(draw) -> str:
    lines = SEED_SYNOPSIS.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        words = lines[index].split(" ")
        words.insert(draw(st.integers(0, len(words))), draw(HOSTILE_WORDS))
        # Kept under the generator's line limit, which refuses longer lines with a message.
        lines[index] = " ".join(words)[:4990]
    return "\n".join(lines) + "\n"


# -- targets -----------------------------------------------------------------------------------


def bank_target(data: bytes, answers: list[str]) -> list[Finding]:
    """`quiz validate` on a mutated bank; if it passes, the questions hold what the format
    allows, and plain play of the bank with ``answers`` saves the session."""

    def action() -> Iterator[Finding]:
        with tempfile.TemporaryDirectory() as folder:
            questions = Path(folder) / "questions"
            questions.mkdir()
            path = questions / "fuzz.yaml"
            path.write_bytes(data)
            code = command("validate", str(path))
            if code not in GOOD_EXITS:
                yield Finding("banks", "exit", f"quiz validate exited {code}", _shown(data))
                return
            bank, _ = load_bank_file(path)
            if (bank is None) != (code == 1):
                yield Finding("banks", "accepted", f"validate {code}, bank {bank}", _shown(data))
            if bank is None:
                return
            for question in bank.questions:
                problem = _out_of_format(question)
                if problem:
                    yield Finding("banks", "accepted", problem, _shown(data))
            yield from _plain_findings("banks", questions, answers, data)

    return _run("banks", data, action)


def _out_of_format(question: Question) -> str | None:
    limit = question.time_limit
    if limit is not None and not (math.isfinite(limit) and 0 < limit <= 86_400):
        return f"time limit {limit!r} accepted"
    if question.type is QuestionType.MULTIPLE_CHOICE and question.answer not in question.choices:
        return "the answer is not among the choices"
    if not question.answer.strip():
        return "an empty answer accepted"
    return None


def _plain_findings(target: str, questions: Path, lines: list[str], case: object):
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "scores.json"
        store = ScoreStore(db)
        try:
            settings = SessionSettings(in_order=True, player="Fuzz", count=len(lines) + 1)
            try:
                session, _ = open_session([questions], [], settings, store, FakeClock())
            except QuizError:
                return
            stdin = io.TextIOWrapper(
                io.BytesIO(_as_input(lines)), encoding="utf-8", errors="replace"
            )
            code = run_plain(session, store, stdin=stdin, stdout=io.StringIO())
            if code not in GOOD_EXITS:
                yield Finding(target, "exit", f"plain mode exited {code}", _shown(case))
            answered = len(session.outcomes)
            if answered and code == 0 and not _sessions(db.read_bytes() if db.exists() else b""):
                yield Finding(target, "not saved", f"{answered} answers, no record", _shown(case))
        finally:
            store.close()


def _as_input(lines: list[str] | bytes) -> bytes:
    if isinstance(lines, bytes):
        return lines
    return b"".join(
        line.encode("utf-8", "surrogatepass").replace(b"\n", b" ") + b"\n" for line in lines
    )


def answer_target(answer: str, checker: AnswerChecker, questions: list[Question]) -> list[Finding]:
    """The checker judges ``answer`` to every question, with a verdict, in time."""

    def action() -> Iterator[Finding]:
        for question in questions:
            judgement = checker.check(question, answer, question.choices)
            if not isinstance(judgement.verdict, Verdict):
                yield Finding("answers", "accepted", f"verdict {judgement!r}", _shown(answer))

    return _run("answers", answer, action)


def plain_target(data: bytes, questions: Path) -> list[Finding]:
    """Raw bytes as the lines a player types in plain mode: it plays on and saves."""

    def action() -> Iterator[Finding]:
        yield from _plain_findings("plain", questions, data, data)  # type: ignore[arg-type]

    return _run("plain", data, action)


def scores_target(data: bytes) -> list[Finding]:
    """`quiz scores` on a mutated score file, then a save: one-line errors, exit 0/1/2, the
    new score kept, and the old records kept (in the file, or in the copy moved aside)."""

    def action() -> Iterator[Finding]:
        from tests.scores.results import result

        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "scores.json"
            db.write_bytes(data)
            code = command("scores", "--db", str(db))
            if code not in GOOD_EXITS:
                yield Finding("scores", "exit", f"quiz scores exited {code}", _shown(data))
            store = ScoreStore(db)
            try:
                saved = store.save(result(123_456, player="Neu"))
                if str(saved.id) not in orjson.loads(db.read_bytes())["sessions"]:
                    yield Finding("scores", "not saved", "the new session is missing", _shown(data))
            except QuizError:
                pass
            finally:
                store.close()
            kept = data in (
                path.read_bytes() for path in Path(folder).glob("scores.json.damaged-*")
            )
            if not kept:
                before = _sessions(data)
                after = _sessions(db.read_bytes())
                if before is not None and not set(before) <= set(after or {}):
                    yield Finding(
                        "scores", "not saved", "a stored record went missing", _shown(data)
                    )

    return _run("scores", data, action)


def _sessions(data: bytes) -> dict | None:
    try:
        tables = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    sessions = tables.get("sessions") if type(tables) is dict else None
    return sessions if type(sessions) is dict else None


def synopsis_target(text: str) -> list[Finding]:
    """`quiz generate` on a hostile synopsis: a bank or a one-line error, exit 0/1/2."""

    def action() -> Iterator[Finding]:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "fuzz-staffel-1.txt"
            source.write_text(text, encoding="utf-8")
            code = command("generate", str(source), "-o", os.path.join(folder, "out"))
            if code not in GOOD_EXITS:
                yield Finding("synopses", "exit", f"quiz generate exited {code}", _shown(text))

    return _run("synopses", text, action)


def ui_bank(questions: int) -> str:
    """A bank of fill-in questions for the UI target (the Input takes typed answers)."""
    items = "".join(
        f"  - id: u-{number}\n    type: fill_in\n    prompt: Frage {number}?\n"
        f"    answer: Antwort {number}\n"
        for number in range(questions)
    )
    return f"title: UI\nlanguage: de\nquestions:\n{items}"


async def ui_target(answers: list[str], questions: Path) -> list[Finding]:
    """The Textual app plays one session with ``answers`` typed into its input: it stays on
    its screens, reaches the results and saves the session."""
    from textual.widgets import Input

    findings: list[Finding] = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "scores.json"
        settings = SessionSettings(in_order=True, player="Fuzz", count=len(answers))
        app = make_app(
            question_dirs=[questions],
            db_path=db,
            clock=FakeClock(),
            settings=settings,
            banks=[],
            home=False,
            lang="de",
        )
        slowest = 0.0
        try:
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                for answer in answers:
                    started = time.perf_counter()
                    if not isinstance(app.screen, QuestionScreen):
                        findings.append(
                            Finding(
                                "ui",
                                "not saved",
                                f"left the questions on {app.screen!r}",
                                _shown(answers),
                            )
                        )
                        break
                    field = app.screen.query_one("#answer", Input)
                    field.value = answer
                    # What Enter does, without the key's round trip (the long run types
                    # thousands of answers): submit, then go on to the next question.
                    await field.action_submit()
                    await pilot.pause()
                    app.screen.action_next()
                    await pilot.pause()
                    slowest = max(slowest, time.perf_counter() - started)
                await pilot.pause()
                if not isinstance(app.screen, ResultsScreen):
                    findings.append(
                        Finding("ui", "not saved", "no results screen", _shown(answers))
                    )
        except Exception as error:  # noqa: BLE001 -- what the fuzzing looks for
            detail = "".join(traceback.format_exception_only(error)).strip()
            findings.append(Finding("ui", "traceback", detail[:300], _shown(answers)))
        if slowest > UI_ANSWER_LIMIT_S:
            findings.append(
                Finding("ui", "hang", f"one answer took {slowest:.1f} s", _shown(answers))
            )
        sessions = _sessions(db.read_bytes()) if db.exists() else None
        if not findings and not sessions:
            findings.append(
                Finding("ui", "not saved", "no record after the session", _shown(answers))
            )
    return findings
