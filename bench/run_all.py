"""Run every benchmark, one after the other, each in its own process; print all their tables.

    .venv/bin/python bench/run_all.py [--only banks matching ...] [-- extra arguments for each]

A fresh process per benchmark keeps one benchmark's memory and imports from skewing the next.
The exit code is non-zero when any benchmark failed; the others still run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def benchmarks(only: list[str] | None) -> list[Path]:
    found = sorted(BENCH_DIR.glob("bench_*.py"))
    if only:
        found = [path for path in found if path.stem.removeprefix("bench_") in only]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="e.g. banks startup (bench_<NAME>.py)"
    )
    parser.add_argument("extra", nargs="*", help="passed to every benchmark (after --)")
    options = parser.parse_args()

    failed: list[str] = []
    for script in benchmarks(options.only):
        print(f"\n## {script.name}\n", flush=True)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(script), *options.extra], cwd=BENCH_DIR.parent, check=False
        )
        print(
            f"\n({script.name}: {time.perf_counter() - start:.0f} s, exit code {done.returncode})",
            flush=True,
        )
        if done.returncode:
            failed.append(script.name)
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
