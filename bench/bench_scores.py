"""Score store: save one session and read the top 10, with 1,000 / 10,000 / 100,000 stored.

    .venv/bin/python bench/bench_scores.py [--sizes 1000 10000 100000] [--repeat 5]

Each size gets a seeded synthetic store written in the store's own format (lean session
records, table ``sessions``). Every measurement runs in a fresh Python process (imports
done before the clock starts, nothing read yet, memory and garbage collector alike for
every subject), the subjects interleaved; medians of the repeats, wall-clock and CPU time,
each as a ratio to the baseline:

- baseline: the standard library's ``json.load`` of the file (parsing alone, nothing done);
- plain TinyDB: default ``JSONStorage``, open, all documents, sort by score, top 10;
- ours, cold: a fresh ``ScoreStore``: open, save one session with ten outcomes (lock,
  re-read, insert, atomic write + fsync, append outcomes), then the top 10, as a game does
  when it ends;
- ours, table only: a fresh store, top 10 (what ``quiz scores`` does);
- ours, warm: a store that has read the file once saves one + top 10, as the next game of
  the same running app does.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import orjson
from tinydb import TinyDB

from bench import harness
from quiz.banks.model import Question, QuestionType
from quiz.results import Mode, Outcome, QuizResult, Verdict
from quiz.scores.store import TABLE, ScoreStore, session_record

BANKS = ("oz-staffel-1", "oz-staffel-2", "oz-staffel-3", "beispiel", "lost", "the-wire")
PLAYERS = tuple(f"Spieler {number}" for number in range(300))
START = datetime(2024, 1, 1, tzinfo=UTC)


def synthetic_result(rng: random.Random, outcomes: tuple[Outcome, ...] = ()) -> QuizResult:
    total = rng.randint(5, 20)
    correct = rng.randint(0, total)
    mode = rng.choices((Mode.CLASSIC, Mode.BLITZ, Mode.PRACTICE), weights=(7, 2, 1))[0]
    return QuizResult(
        player=rng.choice(PLAYERS),
        banks=tuple(rng.sample(BANKS, rng.choice((1, 1, 1, 2, 3)))),
        mode=mode,
        score=correct * rng.randint(500, 1400),
        correct=correct,
        total=total,
        longest_streak=rng.randint(0, correct),
        duration_s=rng.uniform(20, 600),
        outcomes=outcomes,
    )


def write_store(path: Path, sessions: int, seed: int) -> None:
    rng = random.Random(seed)
    records = {}
    for number in range(1, sessions + 1):
        finished_at = START + timedelta(seconds=rng.randrange(3 * 365 * 86400))
        records[str(number)] = session_record(synthetic_result(rng), finished_at)
    path.write_bytes(orjson.dumps({TABLE: records}))


def ten_outcomes(rng: random.Random) -> tuple[Outcome, ...]:
    verdicts = (Verdict.CORRECT, Verdict.TYPO, Verdict.WRONG, Verdict.TIMEOUT, Verdict.SKIPPED)
    return tuple(
        Outcome(
            question=Question(
                id=f"q-{rng.randrange(10_000)}",
                type=QuestionType.FILL_IN,
                prompt="?",
                answer="Beecher",
                bank=BANKS[0],
            ),
            verdict=rng.choice(verdicts),
            given="Becher",
            points=900,
            streak_bonus=0,
            seconds=rng.uniform(1, 20),
            streak=1,
        )
        for _ in range(10)
    )


def json_load(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        json.load(handle)


def plain_tinydb_top10(path: Path) -> None:
    database = TinyDB(path)
    try:
        documents = database.table(TABLE).all()
        ranked = [doc for doc in documents if doc["ranked"]]
        sorted(ranked, key=lambda doc: doc["score"], reverse=True)[:10]
    finally:
        database.close()


def ours_cold(path: Path) -> None:
    store = ScoreStore(path)
    store.save(game_result())
    store.top(limit=10)
    store.close()


def ours_table_only(path: Path) -> None:
    store = ScoreStore(path)
    store.top(limit=10)
    store.close()


def ours_warm(path: Path) -> tuple[float, float]:
    """The second game of a running app: its store has read the file before."""
    store = ScoreStore(path)
    store.top()
    result = game_result()
    times = timed(lambda: (store.save(result), store.top(limit=10)))
    store.close()
    return times


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (CPU time is less shaken by a busy machine;
    wall time includes waiting for fsync)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def game_result() -> QuizResult:
    rng = random.Random(2)
    return synthetic_result(rng, ten_outcomes(rng))


SUBJECTS = {
    "json.load": json_load,
    "tinydb": plain_tinydb_top10,
    "cold": ours_cold,
    "table": ours_table_only,
    "warm": ours_warm,
}


def child(subject: str, path: Path) -> None:
    """Time one subject in this fresh process (imports done, nothing read yet); print the
    wall-clock and CPU seconds."""
    action = SUBJECTS[subject]
    wall, cpu = action(path) if subject == "warm" else timed(lambda: action(path))
    print(wall, cpu)


def measure(size: int, folder: Path, repeat: int, seed: int) -> tuple[list[object], list[object]]:
    """A row of wall-clock medians and a row of CPU medians for one size."""
    path = folder / f"scores-{size}.json"
    write_store(path, size, seed)
    megabytes = path.stat().st_size / 1e6
    walls: dict[str, list[float]] = {subject: [] for subject in SUBJECTS}
    cpus: dict[str, list[float]] = {subject: [] for subject in SUBJECTS}
    for _ in range(repeat):  # interleaved, so that the machine's drift hits all alike
        for subject in SUBJECTS:
            wall, cpu = harness.run_python([__file__, "--child", subject, str(path)]).split()
            walls[subject].append(float(wall))
            cpus[subject].append(float(cpu))
    return [f"{size:,}", f"{megabytes:.1f} MB", *_cells(walls)], [f"{size:,}", *_cells(cpus)]


def _cells(samples: dict[str, list[float]]) -> list[str]:
    """The baseline's median, then every other subject's median and its ratio to it."""
    median = {subject: statistics.median(seconds) for subject, seconds in samples.items()}
    baseline = median.pop("json.load")
    cells = [
        f"{harness.ms(seconds)} ({harness.ratio(seconds, baseline)})" for seconds in median.values()
    ]
    cells[1] = f"**{cells[1]}**"  # the goal: ours, open + save + top 10
    return [harness.ms(baseline), *cells]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", nargs=2, metavar=("SUBJECT", "FILE"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child[0], Path(options.child[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="quiz-bench-scores-") as folder:
        rows = [measure(size, Path(folder), options.repeat, options.seed) for size in options.sizes]
    subjects = [
        "json.load (baseline)",
        "plain TinyDB open+sort+top 10",
        "ours: open+save+top 10",
        "ours: open+top 10",
        "ours, warm: save+top 10",
    ]
    how = f"medians of {options.repeat}, each in a fresh process; ratio to json.load"
    harness.print_table(
        f"Score store, wall-clock time ({how})",
        ["sessions", "file", *subjects],
        [wall for wall, _ in rows],
    )
    harness.print_table(
        f"Score store, CPU time ({how})", ["sessions", *subjects], [cpu for _, cpu in rows]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
