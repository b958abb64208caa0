"""The one-line summary of a load report that ``quiz validate`` prints last."""

from __future__ import annotations

from quiz.banks.model import LoadReport, QuestionType
from quiz.banks.types import KINDS
from quiz.i18n import t


def counts_text(counts: dict[QuestionType, int]) -> str:
    """ "fill-in: 3, multiple choice: 2": the types a bank has, by their names."""
    return ", ".join(
        f"{t(KINDS[kind].name_key)}: {count}" for kind, count in counts.items() if count
    )


def summarise(report: LoadReport) -> str:
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
