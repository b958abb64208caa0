"""One-line summaries of a load report: the totals ``quiz validate`` prints last, and the
notice per refused bank that a game shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.banks.model import LoadReport, QuestionType
from quiz.banks.types import KINDS
from quiz.i18n import t

if TYPE_CHECKING:
    from quiz.banks.loader import Catalogue


def counts_text(counts: dict[QuestionType, int], *, short: bool = False) -> str:
    """ "fill-in: 3, multiple choice: 2" (short: "3 fill-in, 2 choice"): the types there are."""
    if short:
        parts = [
            f"{count} {t(KINDS[kind].short_name_key)}" for kind, count in counts.items() if count
        ]
    else:
        parts = [f"{t(KINDS[kind].name_key)}: {count}" for kind, count in counts.items() if count]
    return ", ".join(parts)


def summarise(report: LoadReport | Catalogue) -> str:
    counts = dict.fromkeys(QuestionType, 0)
    for bank in report.banks:
        for kind, count in bank.count_by_type().items():
            counts[kind] += count
    loaded = {bank.path for bank in report.banks}
    refused = {problem.file for problem in report.errors} - loaded
    return t(
        "banks.summary",
        banks=len(report.banks),
        files=len(report.banks) + len(refused),
        questions=sum(counts.values()),
        by_type=counts_text(counts),
        errors=len(report.errors),
        warnings=len(report.warnings),
    )


def failed_bank_notices(report: LoadReport | Catalogue) -> list[str]:
    """One line per bank file that did not load: its first error, and how many more.

    A game only needs to know which banks are missing and why; ``quiz validate`` is where
    an author sees every problem.
    """
    by_file: dict[str, list[str]] = {}
    for problem in report.errors:
        by_file.setdefault(problem.file, []).append(str(problem))
    notices = []
    for lines in by_file.values():
        more = len(lines) - 1
        notices.append(lines[0] + (t("banks.more_errors", count=more) if more else ""))
    return notices
