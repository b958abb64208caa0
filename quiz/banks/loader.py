"""Load banks: one file with full validation, or folders of them for a game.

No exception escapes for a bad file: whatever goes wrong becomes a Problem of that file,
and the other banks load regardless.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from pathlib import Path

from quiz.banks import cache
from quiz.banks import format as bank_format
from quiz.banks.findings import Finding, FindingError, error
from quiz.banks.model import Bank, LoadReport, Problem, Severity
from quiz.banks.validation import CheckedBank, check_bank
from quiz.banks.yamlread import decode_bank_bytes, parse_marked, read_bank_bytes
from quiz.collector import collector_paused


def load_bank_file(path: Path) -> tuple[Bank | None, list[Problem]]:
    """Validate one file fully (no cache); the Bank is None when it has errors."""
    path = Path(path)
    checked = _check_file(path, use_cache=False)
    return checked.bank, _problems(checked.findings, str(path))


def load_banks(dirs: Iterable[Path], *, only: Collection[str] | None = None) -> LoadReport:
    """Every bank in the folders (a missing folder is empty), or just the banks named in
    ``only``; sorted by name, using the parsed-bank cache."""
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
    """Load the files as one collection: bank names and question ids must be unique in it
    (the later of two clashing banks is refused, naming both places)."""
    report = LoadReport()
    bank_paths: dict[str, str] = {}
    id_places: dict[str, str] = {}
    for path in sorted(_distinct(map(Path, files)), key=lambda p: p.stem):
        shown = str(path)
        checked = _check_file(path, use_cache=True)
        findings = list(checked.findings)
        bank = checked.bank
        if bank is not None and bank.name in bank_paths:
            findings.append(
                error(
                    "banks.bank.duplicate_name", 1, 1, name=bank.name, other=bank_paths[bank.name]
                )
            )
            bank = None
        if bank is not None:
            clashes = [q.id for q in bank.questions if q.id in id_places]
            if clashes:
                findings.append(_ids_used_elsewhere(clashes, checked, id_places))
                bank = None
        if bank is not None:
            bank_paths[bank.name] = shown
            id_places.update(
                (q.id, f"{shown}:{checked.question_lines[q.id]}") for q in bank.questions
            )
            report.banks.append(bank)
        report.problems.extend(_problems(findings, shown))
    return report


def _ids_used_elsewhere(
    clashes: list[str], checked: CheckedBank, id_places: dict[str, str]
) -> Finding:
    """One finding for the bank, however many ids clash: a bank copied under another name
    would otherwise give one line per question. It names the first clash and the count."""
    first = clashes[0]
    line, other = checked.question_lines[first], id_places[first]
    if len(clashes) == 1:
        return error(
            "banks.question.duplicate_id_elsewhere", line, None, question_id=first, other=other
        )
    return error(
        "banks.question.duplicate_id_elsewhere_many",
        line,
        None,
        question_id=first,
        other=other,
        count=len(clashes),
    )


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


@collector_paused()  # a large bank is a burst of small objects and no cycles
def _check_file(path: Path, *, use_cache: bool) -> CheckedBank:
    shown = str(path)
    try:
        data = read_bank_bytes(path)
        if not use_cache:
            return _parse_and_check(data, path.stem, shown)
        resolved = path.resolve()
        digest = cache.content_digest(data)
        hit = cache.cached_bank(resolved, digest, path.stem)
        if hit is not None and hit.bank is not None:  # a cache entry always holds a bank
            hit.bank = replace(hit.bank, path=shown)
            return hit
        checked = _parse_and_check(data, path.stem, shown)
        cache.store_bank(resolved, digest, checked)
        return checked
    except FindingError as failure:
        return CheckedBank(None, [failure.finding])
    except Exception as failure:  # noqa: BLE001 - a bad file must never end the program
        return CheckedBank(
            None, [error("banks.file.unexpected", detail=f"{type(failure).__name__}: {failure}")]
        )


def _parse_and_check(data: bytes, name: str, shown: str) -> CheckedBank:
    root, reading_findings = parse_marked(decode_bank_bytes(data))
    checked = check_bank(root, name, shown)
    checked.findings = sorted(
        [*reading_findings, *checked.findings], key=lambda f: (f.line or 0, f.column or 0)
    )
    if any(f.severity is Severity.ERROR for f in reading_findings):
        checked.bank = None
    return checked


def _problems(findings: list[Finding], shown: str) -> list[Problem]:
    return [finding.to_problem(shown) for finding in findings]
