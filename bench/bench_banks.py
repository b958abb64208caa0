"""Bank loading + validation of 1,000 / 10,000 / 50,000 questions against PyYAML's C loader.

    .venv/bin/python bench/bench_banks.py [--sizes 1000 10000] [--repeat 5] [--profile 10000]

Subjects, measured alternately in one process on the same synthetic bank files (50,000
questions are five files of 10,000: one file would be over the loader's 20 MB limit):
- floor: ``yaml.load(file, CSafeLoader)`` alone (parsing, no validation, no marks);
- floor, gc paused: the same with the cyclic garbage collector off (a stricter floor);
- cold:  ``load_banks`` with an empty cache folder (parse + validate + write the cache);
- warm:  ``load_banks`` with the cache already built (what every later start pays).
Goal (issue 5): cold at most 1.5x the floor, linear growth. Peak memory comes from a fresh
child process per size and subject, so one measurement cannot inflate the next.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from bench import harness, synthetic
from quiz.banks.loader import load_banks
from quiz.locations import CACHE_DIR_ENV

SIZES = (1_000, 10_000, 50_000)
SUBJECTS = ("floor", "cold", "warm")


def parse_floor(folder: Path) -> list[object]:
    """PyYAML's C loader on every bank file of the folder: parsing alone."""
    parsed = []
    for path in sorted(folder.glob("*.yaml")):
        with path.open("rb") as handle:
            parsed.append(yaml.load(handle, Loader=yaml.CSafeLoader))
    return parsed


def parse_floor_without_gc(folder: Path) -> list[object]:
    """The floor with Python's cyclic collector paused: most of the C loader's time at 10,000
    questions is the collector walking the node tree it keeps alive (a stricter floor)."""
    gc.disable()
    try:
        return parse_floor(folder)
    finally:
        gc.enable()


def load_with_cache(folder: Path, cache: Path) -> int:
    """``load_banks`` of one folder with the given cache folder; returns the question count."""
    os.environ[CACHE_DIR_ENV] = str(cache)
    report = load_banks([folder])
    if report.errors:
        raise SystemExit(f"the synthetic bank does not load cleanly: {report.errors[0]}")
    return sum(len(bank.questions) for bank in report.banks)


def warm_cache_of(folder: Path) -> Path:
    return folder.with_name(folder.name + "-cache")


def subjects(folder: Path, work: Path) -> dict[str, Callable[[], object]]:
    load_with_cache(folder, warm_cache_of(folder))  # build the cache the warm subject hits
    return {
        "floor": lambda: parse_floor(folder),
        "floor gc paused": lambda: parse_floor_without_gc(folder),
        "cold": lambda: load_with_cache(folder, Path(tempfile.mkdtemp(dir=work))),
        "warm": lambda: load_with_cache(folder, warm_cache_of(folder)),
    }


def measure_memory(subject: str, folder: Path, cache: Path) -> None:
    """Child process: run one subject once and print the peak RSS before and after (MiB)."""
    before = harness.peak_rss_mib()
    if subject == "floor":
        parse_floor(folder)
    else:
        load_with_cache(folder, cache)
    print(f"{before:.1f} {harness.peak_rss_mib():.1f}")


def peak_memory(folder: Path, work: Path) -> dict[str, tuple[float, float]]:
    """Per subject: (peak RSS in MiB, growth over the process before loading).

    Run after ``subjects(folder, ...)`` built the warm cache.
    """
    caches = {
        "floor": work,
        "cold": Path(tempfile.mkdtemp(dir=work)),
        "warm": warm_cache_of(folder),
    }
    peaks: dict[str, tuple[float, float]] = {}
    for subject in SUBJECTS:
        output = harness.run_python(
            [__file__, "--memory", subject, str(folder), str(caches[subject])]
        )
        before, after = map(float, output.split())
        peaks[subject] = (after, after - before)
    return peaks


def profile_cold(folder: Path, lines: int = 25) -> None:
    """Where the cold load spends its time (cumulative and own time)."""
    with tempfile.TemporaryDirectory() as cache:
        profiler = cProfile.Profile()
        profiler.runcall(load_with_cache, folder, Path(cache))
    for order in ("cumulative", "tottime"):
        print(f"\n#### cold load_banks, sorted by {order}\n")
        pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats(order).print_stats(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile a cold load instead")
    parser.add_argument("--memory", nargs=3, help=argparse.SUPPRESS)  # SUBJECT FOLDER CACHE
    options = parser.parse_args()
    if options.memory:
        measure_memory(options.memory[0], Path(options.memory[1]), Path(options.memory[2]))
        return 0

    with tempfile.TemporaryDirectory(prefix="quiz-bench-banks-") as temporary:
        work = Path(temporary)
        if options.profile:
            synthetic.write_banks(work / "banks", options.profile)
            profile_cold(work / "banks")
            return 0
        timing_rows, memory_rows = [], []
        for size in options.sizes:
            folder = work / f"banks-{size}"
            synthetic.write_banks(folder, size)
            megabytes = sum(path.stat().st_size for path in folder.glob("*.yaml")) / 1e6
            # Big files take seconds per run: fewer repeats keep the whole run in minutes.
            repeat = options.repeat if size <= 10_000 else max(3, options.repeat // 2)
            timings = {t.label: t.median for t in harness.compare(subjects(folder, work), repeat)}
            floor, cold, warm = (timings[subject] for subject in SUBJECTS)
            strict = timings["floor gc paused"]
            files = len(list(folder.glob("*.yaml")))
            timing_rows.append(
                (
                    f"{size:,}",
                    f"{files} × {megabytes / files:.1f} MB",
                    harness.ms(floor),
                    harness.ms(strict),
                    harness.ms(cold),
                    harness.ratio(cold, floor),
                    harness.ratio(cold, strict),
                    harness.ms(warm),
                    harness.ratio(warm, floor),
                    f"{cold / size * 1e6:.0f} µs",
                    f"{warm / size * 1e6:.1f} µs",
                    repeat,
                )
            )
            peaks = peak_memory(folder, work)
            memory_rows.append(
                (f"{size:,}", *(f"{peaks[s][0]:.0f} MiB (+{peaks[s][1]:.0f})" for s in SUBJECTS))
            )
        harness.print_table(
            "Bank loading + validation (medians)",
            (
                "questions",
                "files",
                "floor: CSafeLoader",
                "floor, gc paused",
                "cold load_banks",
                "cold/floor",
                "cold/floor gc paused",
                "warm load_banks",
                "warm/floor",
                "cold per question",
                "warm per question",
                "runs",
            ),
            timing_rows,
        )
        harness.print_table(
            "Bank loading: peak memory (RSS of a fresh process; + growth while loading)",
            ("questions", "floor: CSafeLoader", "cold load_banks", "warm load_banks"),
            memory_rows,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
