"""The one-line summary of a load report that ``quiz validate`` prints last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.banks.model import LoadReport, QuestionType
from quiz.i18n import t

if TYPE_CHECKING:
    from quiz.banks.loader import Catalogue


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
        fill_in=counts[QuestionType.FILL_IN],
        multiple_choice=counts[QuestionType.MULTIPLE_CHOICE],
        errors=len(report.errors),
        warnings=len(report.warnings),
    )
