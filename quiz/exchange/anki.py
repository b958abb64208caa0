"""Anki packages (``.apkg``) made with genanki: one note per question.

A note's id (its guid) comes from the question id, and the note types and the deck have
fixed ids, so importing a second export of the same bank updates the notes instead of adding
new ones, and the learner keeps their review history. Fill-in questions are type-in-the-
answer cards; multiple choice and true/false show their choices on the front. Every field is
HTML-escaped: question text is data, never markup.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import genanki

from quiz.banks.model import Bank, Question
from quiz.banks.types import kind_of
from quiz.exchange.model import Exported


def _stable_id(name: str) -> int:
    """Anki ids are 64-bit; genanki asks for ids in [2^30, 2^31) for note types and decks."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


# Note type and field names are part of the package (Anki shows and matches them), the same
# in every language: they do not go through the catalogue.
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: center; }"

TYPE_IN = genanki.Model(
    _stable_id("quiz: type the answer"),
    "quiz: type the answer",
    fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Accepted"}, {"name": "Explanation"}],
    templates=[
        {
            "name": "Type the answer",
            "qfmt": "{{Prompt}}<br><br>{{type:Answer}}",
            "afmt": "{{Prompt}}<hr id=answer>{{type:Answer}}"
            "{{#Accepted}}<br><small>{{Accepted}}</small>{{/Accepted}}"
            "{{#Explanation}}<br><br><i>{{Explanation}}</i>{{/Explanation}}",
        }
    ],
    css=_CSS,
)

CHOICE = genanki.Model(
    _stable_id("quiz: choose the answer"),
    "quiz: choose the answer",
    fields=[{"name": "Prompt"}, {"name": "Choices"}, {"name": "Answer"}, {"name": "Explanation"}],
    templates=[
        {
            "name": "Choose the answer",
            "qfmt": "{{Prompt}}<br><br>{{Choices}}",
            "afmt": "{{FrontSide}}<hr id=answer><b>{{Answer}}</b>"
            "{{#Explanation}}<br><br><i>{{Explanation}}</i>{{/Explanation}}",
        }
    ],
    css=_CSS,
)


class AnkiPackage:
    name = "anki"
    suffix = ".apkg"

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        # Anki updates a note on import when the package's copy is newer (by the second):
        # the time written into the notes comes from here.
        self._clock = clock

    def write(self, banks: list[Bank]) -> Exported:
        package = genanki.Package([self._deck(bank) for bank in banks])
        data = _packed(package, self._clock())
        return Exported(data, [], sum(len(bank.questions) for bank in banks))

    def _deck(self, bank: Bank) -> genanki.Deck:
        deck = genanki.Deck(_stable_id(f"quiz deck {bank.name}"), bank.title or bank.name)
        for question in bank.questions:
            deck.add_note(note_for(question, bank.language))
        return deck


def _packed(package: genanki.Package, timestamp: float) -> bytes:
    """The .apkg as bytes. ``Package.write_to_file`` of genanki 0.13 leaves its temporary
    database behind in the system's temp folder on every export; this does the same steps
    (the collection through genanki's ``write_to_db``, zipped with an empty media list) in a
    folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="quiz-anki-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            ids = itertools.count(int(timestamp * 1000))
            package.write_to_db(connection.cursor(), timestamp, ids)
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", json.dumps({}))
        return out.getvalue()


def note_for(question: Question, language: str) -> genanki.Note:
    kind = kind_of(question)
    explanation = html.escape(question.explanation or "")
    tags = ["_".join(tag.split()) for tag in question.tags if tag.strip()]  # Anki: no spaces
    guid = genanki.guid_for("quiz", question.id)
    if not kind.shows_choices:
        accepted = ", ".join(html.escape(text) for text in question.accept)
        fields = [html.escape(question.prompt), html.escape(question.answer), accepted, explanation]
        return genanki.Note(model=TYPE_IN, fields=fields, tags=tags, guid=guid)
    labels = [kind.label(choice, language) for choice in kind.choices(question)]
    choices = "<ol>" + "".join(f"<li>{html.escape(label)}</li>" for label in labels) + "</ol>"
    answer = html.escape(kind.label(question.answer, language))
    fields = [html.escape(question.prompt), choices, answer, explanation]
    return genanki.Note(model=CHOICE, fields=fields, tags=tags, guid=guid)


EXPORTER = AnkiPackage()
