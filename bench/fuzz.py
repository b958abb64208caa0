"""The long fuzz run of issue 13: thousands of hostile cases per target, cases and findings.

    .venv/bin/python bench/fuzz.py [--cases 2000] [--only banks answers ...] [--seed 13]

Targets (``tests/hardening/fuzz_targets.py``, which the suite also runs, a few dozen cases
each): mutated banks through ``quiz validate`` and plain play; random answers (every
Unicode category, up to 100,000 characters, bytes that are not UTF-8) through the answer
checker, plain mode and the Textual UI; mutated score files through ``quiz scores`` and a
save; hostile synopses through ``quiz generate``. A finding is a traceback, a hang past the
limit, an exit code other than 0/1/2, a session not saved, or invalid input accepted
silently. Prints a Markdown table and every finding; exits 1 when there is any.

Not part of ``run_all.py``: a full run takes tens of minutes on a busy machine. The UI
target counts answers (typed into one app, 50 per session), since starting the app is the
slow part of it.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from quiz.banks.loader import load_banks
from quiz.play.matching import AnswerChecker
from tests.hardening import fuzz_targets as fuzz

TARGETS = ("banks", "answers", "plain", "ui", "scores", "synopses")
UI_ANSWERS_PER_SESSION = 50


def runner(cases: int, seed_value: int, test: Callable) -> None:
    """Run ``test`` on ``cases`` generated cases (generation only: no shrinking, no replay
    database), each recording its findings instead of failing."""
    configured = settings(
        max_examples=cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    seed(seed_value)(configured(test))()


def run(target: str, cases: int, seed_value: int, tally: fuzz.Tally, folder: Path) -> None:
    questions = folder / "questions"
    questions.mkdir(exist_ok=True)
    (questions / "fuzz.yaml").write_text(fuzz.SEED_BANK, encoding="utf-8")
    if target == "banks":

        @given(data=fuzz.mutated_banks(), answers=st.lists(fuzz.ANSWERS, max_size=4))
        def banks(data, answers):
            tally.add(target, fuzz.bank_target(data, answers))

        runner(cases, seed_value, banks)
    elif target == "answers":
        bank_questions = [q for b in load_banks([questions]).banks for q in b.questions]
        checker = AnswerChecker(bank_questions)

        @given(answer=fuzz.ANSWERS)
        def answers(answer):
            tally.add(target, fuzz.answer_target(answer, checker, bank_questions))

        runner(cases, seed_value, answers)
    elif target == "plain":

        @given(data=fuzz.PLAIN_INPUT)
        def plain(data):
            tally.add(target, fuzz.plain_target(data, questions))

        runner(cases, seed_value, plain)
    elif target == "ui":
        ui_questions = folder / "ui"
        ui_questions.mkdir(exist_ok=True)
        (ui_questions / "ui.yaml").write_text(fuzz.ui_bank(UI_ANSWERS_PER_SESSION), "utf-8")
        size = UI_ANSWERS_PER_SESSION

        @given(answers=st.lists(fuzz.ANSWERS, min_size=size, max_size=size))
        def ui(answers):
            findings = asyncio.run(fuzz.ui_target(answers, ui_questions))
            tally.findings.extend(findings)
            tally.cases[target] = tally.cases.get(target, 0) + len(answers)

        runner(max(1, cases // size), seed_value, ui)
    elif target == "scores":

        @given(data=fuzz.mutated_score_files())
        def scores(data):
            tally.add(target, fuzz.scores_target(data))

        runner(cases, seed_value, scores)
    elif target == "synopses":

        @given(text=fuzz.hostile_synopses())
        def synopses(text):
            tally.add(target, fuzz.synopsis_target(text))

        runner(cases, seed_value, synopses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="per target (default 2000)")
    parser.add_argument("--only", nargs="+", choices=TARGETS, help="some targets only")
    parser.add_argument("--seed", type=int, default=13, help="the same seed, the same cases")
    options = parser.parse_args()

    tally = fuzz.Tally()
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for target in options.only or TARGETS:
            started = time.perf_counter()
            run(target, options.cases, options.seed, tally, Path(folder))
            seconds[target] = time.perf_counter() - started
            print(
                f"{target}: {tally.cases.get(target, 0)} cases, {seconds[target]:.0f} s",
                file=sys.stderr,
                flush=True,
            )

    kinds = Counter((finding.target, finding.kind) for finding in tally.findings)
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, seed {options.seed}")
    print()
    print("| target | cases | findings | kinds | time |")
    print("| --- | --- | --- | --- | --- |")
    for target in seconds:
        found = {kind: count for (where, kind), count in kinds.items() if where == target}
        described = ", ".join(f"{kind}: {count}" for kind, count in sorted(found.items())) or "–"
        print(
            f"| {target} | {tally.cases.get(target, 0):,} | {sum(found.values())} | {described} "
            f"| {seconds[target]:.0f} s |"
        )
    for finding in tally.findings:
        print(f"\n- {finding.target} / {finding.kind}: {finding.detail}\n  case: {finding.case}")
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main())
