"""The bank format in one place: field names, limits and the editor schema comment.

The field names are fixed by the format (other tools read them); ``schema.json`` beside
this module describes the same format for editors.
"""

from __future__ import annotations

from pathlib import Path

SCHEMA_PATH = Path(__file__).resolve().parent / "schema.json"

# First line of every bank in ``questions/``: editors with the YAML language server then
# complete and check fields while authors type. The path is relative to the bank's folder.
SCHEMA_COMMENT = "# yaml-language-server: $schema=../quiz/banks/schema.json"

BANK_SUFFIXES = (".yaml", ".yml")
LANGUAGES = ("de", "en")

BANK_FIELDS = ("title", "language", "questions", "description")
REQUIRED_BANK_FIELDS = ("title", "language", "questions")
QUESTION_FIELDS = (
    "id",
    "type",
    "prompt",
    "answer",
    "accept",
    "choices",
    "tags",
    "difficulty",
    "time_limit",
    "tolerance",
    "explanation",
    "source",
)
SOURCE_FIELDS = ("file", "line")

MIN_CHOICES = 2
MAX_CHOICES = 6
# A day: longer is a typo, and seconds beyond a float's range would end the game.
MAX_TIME_LIMIT_S = 86_400
DIFFICULTIES = (1, 2, 3)

# Hostile input: refuse before the work grows out of hand.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 50  # a bank needs 5 levels; deeper is a mistake or an attack
ALIAS_EXPANSION_FACTOR = 10  # aliases may repeat at most this many times what is written
ALIAS_EXPANSION_ALLOWANCE = 10_000
