"""Start game processes that save scores, and release them all at the same moment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


def start_saver(
    db: Path, player: str, count: int, *, uid: int | None = None, **options
) -> subprocess.Popen:
    """A process that opens the store and saves ``count`` scores once it reads a line."""
    as_user = [] if uid is None else [str(uid)]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.scores.save_worker", str(db), player, str(count), *as_user],
        cwd=REPOSITORY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,
    )


def release_together(workers: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    """Let every (already started) worker save at once; their exit codes and output."""
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    finished = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        finished.append((worker.returncode, out, err))
    return finished
