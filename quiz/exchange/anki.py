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
import time
from collections.abc import Callable

import genanki

from quiz.banks.model import Bank, Question
from quiz.banks.types import kind_of
from quiz.exchange.model import Exported


def _stable_id(name: str) -> int:
    """Anki ids are 64-bit; genanki asks for ids in [2^30, 2^31) for note types and decks."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


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
        decks = [self._deck(bank) for bank in banks]
        out = io.BytesIO()
        genanki.Package(decks).write_to_file(out, timestamp=self._clock())
        return Exported(out.getvalue(), [], sum(len(bank.questions) for bank in banks))

    def _deck(self, bank: Bank) -> genanki.Deck:
        deck = genanki.Deck(_stable_id(f"quiz deck {bank.name}"), bank.title or bank.name)
        for question in bank.questions:
            deck.add_note(note_for(question, bank.language))
        return deck


def note_for(question: Question, language: str) -> genanki.Note:
    kind = kind_of(question)
    explanation = html.escape(question.explanation or "")
    tags = [tag for tag in question.tags if tag and " " not in tag]
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
