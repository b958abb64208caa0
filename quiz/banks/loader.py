"""Load banks: one file with full validation, or folders of them for a game.

No exception escapes for a bad file: whatever goes wrong becomes a Problem of that file,
and the other banks load regardless.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from quiz.banks import format as bank_format
from quiz.banks.findings import Finding, FindingError, error
from quiz.banks.index import (
    BankIndex,
    Clash,
    Content,
    FileState,
    IndexDamaged,
    content_digest,
)
from quiz.banks.model import Bank, BankSummary, LoadReport, Problem, ProblemsByKind, Severity
from quiz.collector import collector_paused

if TYPE_CHECKING:
    from quiz.banks.validation import CheckedBank

_T = TypeVar("_T")


def load_bank_file(path: Path) -> tuple[Bank | None, list[Problem]]:
    """Validate one file fully (not through the index); the Bank is None when it has errors."""
    path = Path(path)
    checked = _check_file(path)
    return checked.bank, _problems(checked.findings, str(path))


def load_banks(dirs: Iterable[Path], *, only: Collection[str] | None = None) -> LoadReport:
    """Every bank in the folders (a missing folder is empty), or just the banks named in
    ``only``; sorted by name, through the bank index."""
    files, problems = find_bank_files(dirs)
    if only is not None:
        files = [path for path in files if path.stem in only]
    report = load_bank_files(files)
    report.problems[:0] = problems
    return report


def find_bank_files(dirs: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The ``*.yaml``/``*.yml`` files of the folders (hidden ones skipped), folder by folder;
    a folder that cannot be listed is a problem, a missing one is simply empty."""
    files: list[Path] = []
    problems: list[Problem] = []
    for folder in map(Path, dirs):
        try:
            if not folder.is_dir():
                continue
            entries = sorted(folder.iterdir())
        except OSError as failure:
            problems.append(
                error("banks.dir.unreadable", reason=failure.strerror or str(failure)).to_problem(
                    str(folder)
                )
            )
            continue
        files.extend(
            entry
            for entry in entries
            if not entry.name.startswith(".")
            and entry.suffix.lower() in bank_format.BANK_SUFFIXES
            and entry.is_file()
        )
    return files, problems


def load_bank_files(files: Iterable[Path]) -> LoadReport:
    """Load the files as one collection with every question of every bank, for callers that
    need them all at hand (the checks are those of ``index_bank_files``)."""
    paths = _in_load_order(files)

    def every_question(index: BankIndex) -> LoadReport:
        catalogue = _catalogue(index, paths)
        banks = [index.bank(catalogue.contents[bank.name])[0] for bank in catalogue.banks]
        index.close()
        return LoadReport(banks, catalogue.problems, catalogue.notices)

    return _using_index(every_question)


@dataclass(slots=True)
class Catalogue(ProblemsByKind):
    """The banks of a collection as the index knows them: summaries and problems, and where
    in the index their questions are, without reading one of them."""

    index: BankIndex
    banks: list[BankSummary] = field(default_factory=list)
    contents: dict[str, Content] = field(default_factory=dict)  # by bank name
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.index.close()

    def reopened(self) -> tuple[BankIndex, dict[str, Content], list[str]]:
        """The same banks in a fresh index, for a game whose index was damaged under it:
        the files are indexed again (the damaged index rebuilt); and the notices of that."""
        self.index.close()
        fresh = index_bank_files(Path(bank.path) for bank in self.banks)
        self.index, self.contents = fresh.index, fresh.contents
        return self.index, self.contents, fresh.notices


def index_banks(dirs: Iterable[Path], *, only: Collection[str] | None = None) -> Catalogue:
    """Every bank in the folders, or just those named in ``only``, brought up to date in the
    bank index; the caller closes the catalogue."""
    files, problems = find_bank_files(dirs)
    if only is not None:
        files = [path for path in files if path.stem in only]
    catalogue = index_bank_files(files)
    catalogue.problems[:0] = problems
    return catalogue


def index_bank_files(files: Iterable[Path]) -> Catalogue:
    """The files as one collection, each parsed only when its bytes are new to the index.

    Bank names and question ids must be unique in the collection: the later of two clashing
    banks is refused, naming both places. A damaged index is rebuilt (with a notice); one
    that cannot be used gives way to an index in memory.
    """
    paths = _in_load_order(files)
    return _using_index(lambda index: _catalogue(index, paths))


def _in_load_order(files: Iterable[Path]) -> list[Path]:
    return sorted(_distinct(map(Path, files)), key=lambda p: p.stem)


def _using_index(work: Callable[[BankIndex], _T]) -> _T:
    """``work`` on the bank index; again on a new one when the index turns out damaged, or
    on one in memory when it cannot be used (locked for too long, disk full, read-only)."""
    index = BankIndex.open()
    try:
        return work(index)
    except IndexDamaged:
        index = index.rebuilt()
    except sqlite3.OperationalError:
        index.close()
        index = BankIndex.in_memory()
    return work(index)


def _catalogue(index: BankIndex, paths: list[Path]) -> Catalogue:
    catalogue = Catalogue(index)
    read: list[tuple[Path, Content | Finding]] = []
    candidates: list[tuple[Path, Content]] = []
    names: dict[str, str] = {}
    refused: dict[Path, list[Finding]] = {}  # loadable alone, but not beside the others
    for path in paths:
        found = _indexed_file(index, path)
        read.append((path, found))
        if isinstance(found, Finding) or not found.loadable:
            continue
        if path.stem in names:
            refused[path] = [
                error("banks.bank.duplicate_name", 1, 1, name=path.stem, other=names[path.stem])
            ]
            continue
        names[path.stem] = str(path)
        candidates.append((path, found))
    clashes = index.clashes([content.key for _, content in candidates])
    for place, (path, _) in enumerate(candidates):
        if place in clashes:
            first = clashes[place][0]
            other = f"{candidates[first.other][1].summary.path}:{first.other_line}"
            refused[path] = [_ids_used_elsewhere(first, other, len(clashes[place]))]
    for path, found in read:
        if isinstance(found, Finding):
            catalogue.problems.append(found.to_problem(str(path)))
            continue
        findings = [*found.findings, *refused.get(path, ())]
        if found.loadable and path not in refused:
            catalogue.banks.append(found.summary)
            catalogue.contents[found.summary.name] = found
        catalogue.problems.extend(_problems(findings, str(path)))
    catalogue.notices = index.notices
    return catalogue


def _ids_used_elsewhere(first: Clash, other: str, count: int) -> Finding:
    """One finding for the bank, however many ids clash: a bank copied under another name
    would otherwise give one line per question. It names the first clash and the count."""
    if count == 1:
        return error(
            "banks.question.duplicate_id_elsewhere",
            first.line,
            None,
            question_id=first.question_id,
            other=other,
        )
    return error(
        "banks.question.duplicate_id_elsewhere_many",
        first.line,
        None,
        question_id=first.question_id,
        other=other,
        count=count,
    )


def _indexed_file(index: BankIndex, path: Path) -> Content | Finding:
    """The file's content in the index, parsed and stored first when its bytes are new."""
    shown = str(path)
    try:
        key = str(path.resolve())
        state = FileState.of(path)
        content = index.known_content(key, state)
        if content is None:
            read_ns = time.time_ns()  # before reading: an edit from now on is a new ctime
            data = _reader().read_bank_bytes(path)
            digest = content_digest(data)
            content = index.content_of(digest)
            if content is None:
                content = index.store(digest, _check_bytes(data, path.stem, shown))
            index.remember_file(key, state, read_ns, content)
        return index.content(content, path.stem, shown)
    except FindingError as failure:
        return failure.finding
    except OSError as failure:
        return error("banks.file.unreadable", reason=failure.strerror or str(failure))
    except _Unexpected as failure:
        return failure.finding


class _Unexpected(Exception):
    """A bug met while parsing a file: told as a problem of that file, never stored."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.key)
        self.finding = finding


def _distinct(paths: Iterable[Path]) -> list[Path]:
    """Each file once, even when named twice (``quiz validate questions questions/a.yaml``)."""
    seen: set[Path] = set()
    distinct = []
    for path in paths:
        try:
            key = path.resolve()
        except OSError:
            key = path
        if key not in seen:
            seen.add(key)
            distinct.append(path)
    return distinct


def _check_file(path: Path) -> CheckedBank:
    from quiz.banks.validation import CheckedBank

    try:
        return _check_bytes(_reader().read_bank_bytes(path), path.stem, str(path))
    except (FindingError, _Unexpected) as failure:
        return CheckedBank(None, [failure.finding])


def _reader() -> ModuleType:
    """The YAML reader, imported when bytes must be read: a warm start, served from the
    index, imports no YAML and no validator (a third of its time on a busy machine)."""
    from quiz.banks import yamlread

    return yamlread


@collector_paused()  # a large bank is a burst of small objects and no cycles
def _check_bytes(data: bytes, name: str, shown: str) -> CheckedBank:
    """Parse and validate; what the bytes themselves get wrong is a finding to keep."""
    from quiz.banks.validation import CheckedBank

    try:
        return _parse_and_check(data, name, shown)
    except FindingError as failure:
        return CheckedBank(None, [failure.finding])
    except Exception as failure:  # a bad file must never end the program
        raise _Unexpected(
            error("banks.file.unexpected", detail=f"{type(failure).__name__}: {failure}")
        ) from failure


def _parse_and_check(data: bytes, name: str, shown: str) -> CheckedBank:
    from quiz.banks import validation

    reader = _reader()
    root, reading_findings = reader.parse_marked(reader.decode_bank_bytes(data))
    checked = validation.check_bank(root, name, shown)
    checked.findings = sorted(
        [*reading_findings, *checked.findings], key=lambda f: (f.line or 0, f.column or 0)
    )
    if any(f.severity is Severity.ERROR for f in reading_findings):
        checked.bank = None
    return checked


def _problems(findings: list[Finding], shown: str) -> list[Problem]:
    return [finding.to_problem(shown) for finding in findings]
