"""What `quiz generate` does, apart from parsing its arguments: check everything, then write.

Every source is read and every target checked before the first file is written, so bad input
or a file edited by hand stops the run with nothing half written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quiz.banks.model import QuestionType
from quiz.errors import QuizError
from quiz.generator import writer
from quiz.generator.pipeline import LANGUAGE, GeneratedBank, generate
from quiz.generator.sources import Synopsis, collect, read_synopsis, shown_path
from quiz.i18n import t
from quiz.text.terminal import literal

BANK_SUFFIX = ".yaml"


def generate_banks(
    sources: list[Path], output: Path, *, force: bool = False, progress: bool = False
) -> str:
    """Generate one bank per source file into ``output``; returns the summary to print
    (safe for the terminal: file names are data, see ``quiz.text.terminal``)."""
    _refuse_output_that_is_no_folder(output)
    synopses = [read_synopsis(path) for path in collect(sources)]
    _refuse_clashing_names(synopses)
    targets = {synopsis.shown: output / f"{synopsis.stem}{BANK_SUFFIX}" for synopsis in synopses}
    if not force:
        for target in targets.values():
            reason = writer.refusal(target, shown_path(target))
            if reason is not None:
                raise QuizError(reason)
    total = len(synopses)

    def report(synopsis: Synopsis) -> None:
        if progress:
            position = synopses.index(synopsis) + 1
            print(
                literal(
                    t("generator.progress", current=position, total=total, path=synopsis.shown)
                ),
                file=sys.stderr,
            )

    banks = generate(synopses, report)
    texts = {
        bank.synopsis.shown: writer.render(
            bank.title, LANGUAGE, bank.synopsis.shown, bank.bank_questions()
        )
        for bank in banks
    }
    for bank in banks:
        target = targets[bank.synopsis.shown]
        writer.write(target, texts[bank.synopsis.shown], shown_path(target))
    return summary(banks, [targets[bank.synopsis.shown] for bank in banks])


def summary(banks: list[GeneratedBank], targets: list[Path]) -> str:
    lines = []
    for bank, target in zip(banks, targets):
        counts = dict.fromkeys(QuestionType, 0)
        for generated in bank.questions:
            counts[generated.question.type] += 1
        lines.append(
            t(
                "generator.summary.bank",
                path=shown_path(target),
                total=len(bank.questions),
                fill_in=counts[QuestionType.FILL_IN],
                multiple_choice=counts[QuestionType.MULTIPLE_CHOICE],
                sentences=bank.sentences,
            )
        )
        for reason, count in sorted(bank.skipped.items()):
            lines.append(t("generator.summary.skipped", count=count, reason=t(reason)))
    lines.append(
        t("generator.summary.total", banks=len(banks), total=sum(len(b.questions) for b in banks))
    )
    return "\n".join(literal(line, single_line=True) for line in lines)


def _refuse_output_that_is_no_folder(output: Path) -> None:
    """Say at once, before any work, that the output folder (or a folder above it) is a
    file: otherwise the run fails at the end, naming a bank path that cannot exist."""
    for place in (output, *output.parents):
        if place.is_dir():
            return
        if place.exists() or place.is_symlink():
            raise QuizError(t("generator.error.output_not_folder", path=shown_path(place)))


def _refuse_clashing_names(synopses: list[Synopsis]) -> None:
    seen: dict[str, Synopsis] = {}
    for synopsis in synopses:
        other = seen.setdefault(synopsis.stem, synopsis)
        if other is not synopsis:
            raise QuizError(
                t(
                    "generator.error.same_bank",
                    first=other.shown,
                    second=synopsis.shown,
                    name=synopsis.stem,
                )
            )
