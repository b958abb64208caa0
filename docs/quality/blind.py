"""Blind reading of generated questions, mixed with hand-written ones.

    python docs/quality/blind.py sheet --round 1 --out DIR   # sheets for the reader, keys apart
    python docs/quality/blind.py score --round 1             # count the reader's verdicts

`sheet` generates banks from the seeds and from the unseen series in tests/fixtures/synopses/
with the installed `quiz generate`, draws a seeded sample of generated questions (as many per
series as there are hand-written ones in docs/quality/reference-questions.yaml), mixes both
groups, and writes per group (seeds, unseen) a sheet that shows every item the same way. The
keys (which item is which) go to docs/quality/round-N/ and the sheets to DIR, so that the
reader can be given DIR alone. `score` reads the reader's verdicts-GROUP.yaml from the round's
folder and reports both groups' rates side by side.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference-questions.yaml"
SEEDS = ROOT / "seeds"
UNSEEN = ROOT / "tests" / "fixtures" / "synopses"


# "Oz, Staffel 1, Folge 2: " at the start of a hand-written prompt: the sheet shows every
# item's bank and episode in its own field, as the game does, so no group carries it twice.
_OPENER = re.compile(r"^[^:?.!]{1,60}, Staffel \d+, Folge \d+: ")


def _generated(
    folder: Path, out: Path, titles: dict[str, str]
) -> dict[str, list[dict[str, object]]]:
    """Questions per series (file stem) that `quiz generate` writes for the .txt files; the
    bank titles go to ``titles``."""
    quiz = Path(sys.executable).with_name("quiz")
    subprocess.run(
        [str(quiz), "generate", str(folder), "-o", str(out), "--force"],
        check=True,
        capture_output=True,
    )
    banks: dict[str, list[dict[str, object]]] = {}
    for path in sorted(out.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        banks[path.stem] = list(data["questions"])
        titles[path.stem] = str(data.get("title") or path.stem)
    return banks


def _item(
    series: str,
    title: str,
    line: int,
    prompt: str,
    answer: str,
    choices: list[str] | None,
    rng: random.Random,
) -> dict[str, object]:
    shown = list(choices) if choices else None
    if shown:
        rng.shuffle(shown)  # both groups alike: the order of choices tells nothing
    return {
        "series": series,
        "line": line,
        "context": f"{title} · Folge {line}",  # what the game shows above a question
        "prompt": _OPENER.sub("", prompt, count=1),
        "answer": answer,
        "choices": shown,
    }


def make_sheets(round_number: int, out: Path, seed: int, held_out: Sequence[Path] = ()) -> None:
    """``held_out``: folders with synopses/ and reference-questions.yaml of series nobody who
    works on the generator has seen; they make a third group, "held-out", with its own sheet
    (and reader), so that the series the generator was never tuned on are counted apart."""
    rng = random.Random(seed)
    references = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    folders: dict[str, list[Path]] = {"seeds": [SEEDS], "unseen": [UNSEEN]}
    for folder in held_out:
        references += yaml.safe_load((folder / "reference-questions.yaml").read_text("utf-8"))
        folders.setdefault("held-out", []).append(folder / "synopses")
    keys_dir = HERE / f"round-{round_number}"
    keys_dir.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    titles: dict[str, str] = {}
    generated: dict[str, dict[str, list[dict[str, object]]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for group, sources in folders.items():
            generated[group] = {}
            for number, folder in enumerate(sources):
                found = _generated(folder, Path(scratch) / f"{group}-{number}", titles)
                generated[group].update(found)
    for group, banks in generated.items():
        items: list[tuple[dict[str, object], dict[str, object]]] = []
        for series in sorted(banks):
            wanted = [ref for ref in references if ref["series"] == series]
            if not wanted:
                continue
            for ref in wanted:
                items.append(
                    (
                        _item(
                            series,
                            titles[series],
                            int(ref["line"]),
                            ref["prompt"],
                            str(ref["answer"]),
                            ref.get("choices"),
                            rng,
                        ),
                        {"group": "hand-written", "series": series, "line": int(ref["line"])},
                    )
                )
            for question in rng.sample(banks[series], min(len(wanted), len(banks[series]))):
                source = question.get("source") or {}
                items.append(
                    (
                        _item(
                            series,
                            titles[series],
                            int(source.get("line", 0)),
                            str(question["prompt"]),
                            str(question["answer"]),
                            question.get("choices"),
                            rng,
                        ),
                        {"group": "generated", "series": series, "id": question["id"]},
                    )
                )
        rng.shuffle(items)
        prefix = group[0].upper()
        sheet, key = [], {}
        for number, (item, origin) in enumerate(items, start=1):
            label = f"{prefix}{number:03d}"
            sheet.append({"item": label, **item})
            key[label] = origin
        (out / f"sheet-{group}.yaml").write_text(
            yaml.safe_dump(sheet, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )
        (keys_dir / f"sheet-{group}.yaml").write_text(
            yaml.safe_dump(sheet, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )
        (keys_dir / f"key-{group}.yaml").write_text(
            yaml.safe_dump(key, allow_unicode=True, sort_keys=True), encoding="utf-8"
        )
        print(f"{group}: {len(items)} items -> {out / f'sheet-{group}.yaml'}")
    for group, sources in folders.items():
        target = out / "synopses" / group
        target.mkdir(parents=True, exist_ok=True)
        for folder in sources:
            for path in folder.glob("*.txt"):
                shutil.copy(path, target / path.name)


def score(round_number: int) -> None:
    folder = HERE / f"round-{round_number}"
    lines = [
        "| group | items | acceptable | rate | mean grade |",
        "| --- | --- | --- | --- | --- |",
    ]
    for group in ("seeds", "unseen", "held-out"):
        key_path, verdict_path = folder / f"key-{group}.yaml", folder / f"verdicts-{group}.yaml"
        if not verdict_path.exists():
            continue
        key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
        verdicts = {v["item"]: v for v in yaml.safe_load(verdict_path.read_text(encoding="utf-8"))}
        missing = sorted(set(key) - set(verdicts))
        if missing:
            print(f"{group}: no verdict for {', '.join(missing)}", file=sys.stderr)
        for origin in ("generated", "hand-written"):
            judged = [verdicts[i] for i, k in key.items() if k["group"] == origin and i in verdicts]
            good = sum(1 for v in judged if v["acceptable"] in (True, "yes", "ja"))
            grade = sum(float(v["grade"]) for v in judged) / len(judged) if judged else 0.0
            lines.append(
                f"| {group}, {origin} | {len(judged)} | {good} | "
                f"{100 * good / max(len(judged), 1):.0f} % | {grade:.2f} |"
            )
    table = "\n".join(lines)
    (folder / "result.md").write_text(table + "\n", encoding="utf-8")
    print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sheet = sub.add_parser("sheet")
    sheet.add_argument("--round", type=int, required=True)
    sheet.add_argument("--out", type=Path, required=True)
    sheet.add_argument("--seed", type=int, default=2026)
    sheet.add_argument(
        "--held-out",
        type=Path,
        action="append",
        default=[],
        help="folder of held-out series (synopses/, reference-questions.yaml); may repeat",
    )
    scoring = sub.add_parser("score")
    scoring.add_argument("--round", type=int, required=True)
    options = parser.parse_args()
    if options.command == "sheet":
        make_sheets(options.round, options.out, options.seed, options.held_out)
    else:
        score(options.round)


if __name__ == "__main__":
    main()
