"""A game process that saves scores: ``python -m tests.scores.save_worker DB PLAYER COUNT [UID]``.

It opens the store, then waits for a line on stdin, so that a test can start several
workers and let them all save at the same moment. It prints the id of every session once
its save has returned (COUNT 0: save until killed). Each session has one (wrong) outcome,
so the outcomes file is written too. Errors end it the way the CLI ends: one line on
stderr, exit code 1.

UID (when started as root): become that user first, so that file permissions apply (the
interpreter itself may live where only root can read).

``DIE_AT`` in the environment makes the first save kill its own process with SIGKILL at
that point: ``rename`` (the new file is written and synced, not yet renamed into place) or
``main-file`` (the outcomes are appended, the main file not yet touched).
"""

from __future__ import annotations

import importlib
import itertools
import os
import signal
import sys
from pathlib import Path

import quiz.atomic
from quiz.errors import QuizError
from quiz.results import Verdict
from quiz.scores.storage import SessionTable
from quiz.scores.store import ScoreStore
from tests.scores.results import outcome, result

CRASH_POINTS = {"rename": (quiz.atomic.os, "replace"), "main-file": (SessionTable, "append_all")}


def die_at(point: str) -> None:
    owner, name = CRASH_POINTS[point]
    setattr(owner, name, lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL))


def main(db: str, player: str, count: int, uid: int | None = None) -> int:
    if uid is not None:
        # The store imports the file lock on its first write; that user may not read it.
        importlib.import_module("filelock")
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    store = ScoreStore(Path(db))
    sys.stdin.readline()
    if "DIE_AT" in os.environ:
        die_at(os.environ["DIE_AT"])
    numbers = itertools.count() if count == 0 else range(count)
    try:
        for number in numbers:
            missed = outcome(f"{player}-{number}", Verdict.WRONG)
            saved = store.save(result(1000 + number, player=player, outcomes=[missed]))
            print(saved.id, flush=True)
    except QuizError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3], *map(int, sys.argv[3:5])))
