"""Import and export of 1,000 / 10,000 questions against loading the same bank.

    .venv/bin/python bench/bench_exchange.py [--sizes 1000 10000] [--repeat 5]

Subjects, measured alternately in one process on one synthetic bank per size:
- baseline: ``load_bank_file`` (read, parse and validate the YAML bank, no cache);
- export gift / anki / kahoot / opentdb: the bank, already loaded, to the format's bytes;
- import gift: the GIFT export read back, rendered as YAML and validated (what
  ``quiz import`` does apart from writing the file).
Goal: every subject stays within a small multiple of loading the bank, and grows linearly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness, synthetic
from quiz.banks.loader import load_bank_file
from quiz.exchange import bankfile, exporter, importer

SIZES = (1_000, 10_000)
EXPORTS = ("gift", "anki", "kahoot", "opentdb")


def measure(folder: Path, size: int, repeat: int) -> list[str]:
    path = synthetic.write_bank(folder, size, name=f"bank-{size}")
    bank, _ = load_bank_file(path)
    assert bank is not None
    gift_text = exporter("gift").write([bank]).data.decode("utf-8")
    target = folder / "imported.yaml"

    def import_gift() -> None:
        imported = importer("gift").read(gift_text, "imported")
        text = bankfile.render(imported, "de")
        bankfile.check_rendered(text, target, str(target))

    subjects: dict[str, Callable[[], object]] = {"baseline": lambda: load_bank_file(path)}
    for name in EXPORTS:
        subjects[f"export {name}"] = lambda name=name: exporter(name).write([bank])
    subjects["import gift"] = import_gift
    timings = harness.compare(subjects, repeat=repeat)
    base = timings[0].median
    return [
        f"{size:,}",
        harness.ms(base),
        *(f"{harness.ms(t.median)} ({harness.ratio(t.median, base)})" for t in timings[1:]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = [measure(Path(folder), size, options.repeat) for size in options.sizes]
    header = [
        "questions",
        "load_bank_file (baseline)",
        *(f"export {name}" for name in EXPORTS),
        "import gift",
    ]
    harness.print_table("Import and export, wall-clock (ratio to loading the bank)", header, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
