"""Answer checking: ``AnswerChecker.check`` per second over right, typo and wrong answers.

    .venv/bin/python bench/bench_matching.py [--questions 2000] [--checks 20000] [--repeat 5]

The questions come from the seeded synthetic bank (persons, numbers, nouns, multiple
choice); each typed answer is right (case and space changed, or a choice number), has one typo,
or is wrong (another person, another number, another noun, another choice). The baseline is
one plain ``rapidfuzz.fuzz.ratio`` call on the same (typed, answer) pairs: the least any fuzzy
check must pay. Also measured: building the checker for the whole bank, which a game pays
once before its first question.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz

from bench import harness, synthetic
from quiz.banks.model import Question, QuestionType
from quiz.play.matching import AnswerChecker

KINDS = ("right", "typo", "wrong")


@dataclass(frozen=True)
class Case:
    question: Question
    typed: str
    kind: str  # what the typed answer is meant to be: right, typo or wrong


def bank_questions(count: int, seed: int) -> list[Question]:
    return [
        Question(
            id=str(item["id"]),
            type=QuestionType(item["type"]),
            prompt=str(item["prompt"]),
            answer=str(item["answer"]),
            accept=tuple(item.get("accept", ())),
            choices=tuple(item.get("choices", ())),
            bank="synthetic",
        )
        for item in synthetic.questions(count, seed=seed)
    ]


def with_typo(text: str, rng: random.Random) -> str:
    """One substituted letter inside the longest word (numbers have no typos: see wrong)."""
    word = max(text.split(), key=len)
    position = rng.randrange(1, len(word) - 1)
    replacement = "e" if word[position] != "e" else "a"
    return text.replace(word, word[:position] + replacement + word[position + 1 :], 1)


def wrong_for(question: Question, others: list[Question], rng: random.Random) -> str:
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return rng.choice([choice for choice in question.choices if choice != question.answer])
    if question.answer.isdigit():
        return str(int(question.answer) + rng.choice((-1, 1)))
    return rng.choice([other.answer for other in others if other.answer != question.answer])


def cases(questions: list[Question], count: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    made: list[Case] = []
    for index in range(count):
        question = questions[index % len(questions)]
        kind = KINDS[index % len(KINDS)]
        if kind == "right":
            if question.type is QuestionType.MULTIPLE_CHOICE and index % 2:
                typed = str(question.choices.index(question.answer) + 1)
            else:
                typed = f"  {question.answer.lower()} "
        elif kind == "typo" and not question.answer.isdigit():
            typed = with_typo(question.answer, rng)
        else:
            kind, typed = "wrong", wrong_for(question, questions, rng)
        made.append(Case(question, typed, kind))
    return made


def first_check(questions: list[Question]) -> None:
    """Build a checker and judge one answer: the checker may defer its set-up to then."""
    AnswerChecker(questions).check(questions[0], "x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2_000)
    parser.add_argument("--checks", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=5)
    options = parser.parse_args()

    questions = bank_questions(options.questions, options.seed)
    checker = AnswerChecker(questions)
    work = cases(questions, options.checks, options.seed)

    def check_all() -> None:
        for case in work:
            checker.check(case.question, case.typed, case.question.choices or None)

    def ratio_all() -> None:
        for case in work:
            fuzz.ratio(case.typed, case.question.answer)

    # In a game every question is answered once: the checker's per-question preparation is
    # paid on that one answer. Fresh checkers (persons already learnt) measure that case.
    first_answers = work[: len(questions)]
    fresh_checkers = [AnswerChecker(questions) for _ in range(options.repeat)]
    for fresh in fresh_checkers:
        fresh.check(questions[0], "x")

    def check_first_answers() -> None:
        fresh = fresh_checkers.pop()
        for case in first_answers:
            fresh.check(case.question, case.typed, case.question.choices or None)

    subjects = {"check": check_all, "first": check_first_answers, "ratio": ratio_all}
    timings = {t.label: t.median for t in harness.compare(subjects, options.repeat)}
    big_bank = bank_questions(10_000, options.seed)
    set_up = {
        t.label: t.median
        for t in harness.compare(
            {
                f"{len(bank):,}": lambda bank=bank: first_check(bank)
                for bank in (questions, big_bank)
            },
            options.repeat,
        )
    }

    baseline_per_check = timings["ratio"] / len(work)

    def row(label: str, seconds: float, count: int) -> tuple[str, ...]:
        per_check = seconds / count
        return (
            label,
            f"{count:,}",
            harness.ms(seconds),
            f"{1 / per_check:,.0f}",
            f"{per_check * 1e6:.1f}",
            harness.ratio(per_check, baseline_per_check),
        )

    harness.print_table(
        f"Answer checking (over {len(questions):,} questions, medians of {options.repeat})",
        ("subject", "checks", "time", "checks per second", "µs per check", "vs baseline"),
        [
            row("AnswerChecker.check, repeated answers", timings["check"], len(work)),
            row(
                "AnswerChecker.check, first answer to each question",
                timings["first"],
                len(first_answers),
            ),
            row("baseline: fuzz.ratio on the same pairs", timings["ratio"], len(work)),
        ],
    )
    harness.print_table(
        "Answer checker set-up (once per game: the checker learns the bank's persons)",
        ("questions", "AnswerChecker(questions) + first check"),
        [(size, harness.ms(seconds)) for size, seconds in set_up.items()],
    )
    verdicts = Counter(
        (
            case.kind,
            checker.check(case.question, case.typed, case.question.choices or None).verdict.value,
        )
        for case in work
    )
    harness.print_table(
        "Verdicts by kind of typed answer (a sanity check of the data set, not a speed figure)",
        ("typed answer", "verdicts"),
        [
            (
                kind,
                ", ".join(
                    f"{verdict} {n:,}" for (k, verdict), n in sorted(verdicts.items()) if k == kind
                ),
            )
            for kind in KINDS
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
