"""Questions in and out: other quiz tools' formats, one module per format.

A format is one entry below: an importer (text in, questions and notices out) and/or an
exporter (banks in, bytes and notices out). Nothing here knows a screen, a network or the
command line; ``quiz.cli.importing`` and ``quiz.cli.exporting`` read and write the files.

- ``gift``       Moodle GIFT, both ways
- ``opentdb``    the Open Trivia Database's JSON, both ways
- ``delimited``  CSV and tab-separated text (Quizlet, spreadsheets), in
- ``anki``       Anki packages via genanki, out
- ``kahoot``     Kahoot's spreadsheet template via openpyxl, out
- ``bankfile``   imported questions as a validated YAML bank
- ``reading``    foreign files read safely (size, binary, encodings)
"""

from __future__ import annotations

import importlib
from pathlib import Path

from quiz.exchange.model import Exporter, Importer, InputError
from quiz.i18n import t

# format name -> module under quiz.exchange; modules load when used, so that `quiz --help`
# does not pay for genanki and openpyxl.
IMPORTERS = {"gift": "gift", "opentdb": "opentdb", "csv": "delimited"}
EXPORTERS = {"gift": "gift", "anki": "anki", "kahoot": "kahoot", "opentdb": "opentdb"}


def importer(name: str) -> Importer:
    module = importlib.import_module(f"quiz.exchange.{IMPORTERS[name]}")
    found: Importer = module.IMPORTER
    return found


def exporter(name: str) -> Exporter:
    module = importlib.import_module(f"quiz.exchange.{EXPORTERS[name]}")
    found: Exporter = module.EXPORTER
    return found


def importer_for(path: Path, name: str | None, text: str) -> Importer:
    """The importer asked for, else the one whose file ending ``path`` has; where two share
    the ending (a Quizlet export and a GIFT file are both .txt), the one the text looks like,
    else the first."""
    if name is not None:
        return importer(name)
    suffix = path.suffix.lower()
    candidates = [found for found in map(importer, IMPORTERS) if suffix in found.suffixes]
    if candidates:
        return next((found for found in candidates if found.looks_like(text)), candidates[0])
    raise InputError(
        t("exchange.import.unknown_suffix", path=str(path), formats=", ".join(IMPORTERS))
    )
