"""Regenerate every tuning series and compare two regenerations, before a generator commit.

    python docs/quality/regen.py make OUT [--skip held-out-20 ...]  # banks of all tuning folders
    python docs/quality/regen.py diff OLD NEW                        # prompts gone and come

A rule that mends one series may break another (stop 20: a surname rule turned "Circus Aurora"
into "Circus Falkenberg Aurora" on an older held-out series). `make` runs the installed
`quiz generate` on the seeds, the fixtures and every folder of docs/quality/ with synopses;
`--skip` leaves out held-out sets not yet read, which no one on the generator may generate on.
`diff` prints each question that is only in one of the two, by bank, line and prompt.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _folders(skip: set[str]) -> dict[str, Path]:
    folders = {"seeds": ROOT / "seeds", "fixtures": ROOT / "tests" / "fixtures" / "synopses"}
    for folder in sorted(HERE.iterdir()):
        # a reading's own copy (round-N/synopses/seeds, ...) holds folders, not synopses
        has_synopses = any((folder / "synopses").glob("*.txt"))
        if has_synopses and folder.name not in skip:
            folders[folder.name] = folder / "synopses"
    return folders


def make(out: Path, skip: set[str]) -> None:
    quiz = Path(sys.executable).with_name("quiz")
    for name, folder in _folders(skip).items():
        target = out / name
        command = [str(quiz), "generate", str(folder), "-o", str(target), "--force"]
        subprocess.run(command, check=True, capture_output=True)
    print(f"{len(list(out.rglob('*.yaml')))} banks -> {out}")


def _questions(root: Path) -> dict[tuple[str, int, str], str]:
    found = {}
    for path in sorted(root.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in data.get("questions", []):
            line = int(question.get("source", {}).get("line", 0))
            key = (str(path.relative_to(root)), line, str(question["prompt"]))
            found[key] = str(question["answer"])
    return found


def diff(old: Path, new: Path) -> None:
    before, after = _questions(old), _questions(new)
    print(f"old {len(before)} new {len(after)}")
    for sign, ours, theirs in (("-", before, after), ("+", after, before)):
        for bank, line, prompt in sorted(set(ours) - set(theirs)):
            print(f"{sign} {bank} {line} {prompt} -> {ours[(bank, line, prompt)]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    making = sub.add_parser("make")
    making.add_argument("out", type=Path)
    making.add_argument(
        "--skip", nargs="*", default=[], help="folders of docs/quality/ to leave out"
    )
    comparing = sub.add_parser("diff")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    options = parser.parse_args()
    if options.command == "make":
        make(options.out, set(options.skip))
    else:
        diff(options.old, options.new)


if __name__ == "__main__":
    main()
