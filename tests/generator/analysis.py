"""Invented synopsis lines tagged and read for who is who, as the pipeline does per series."""

from __future__ import annotations

from quiz.generator import tagging
from quiz.generator.corpus import WordFacts
from quiz.generator.persons import WhoIsWho
from quiz.generator.pipeline import _Series, _tagged
from quiz.generator.places import find_places
from quiz.generator.text import Sentence, split_sentences


def analyse(*lines: str) -> tuple[WhoIsWho, list[Sentence], WordFacts]:
    sentences = []
    for number, line in enumerate(lines, 1):
        for sentence in split_sentences(line, number):
            tagging.tag(sentence)
            sentences.append(sentence)
    facts = WordFacts.gather(sentences, tagging.could_be_name)
    return WhoIsWho(sentences, facts, find_places(sentences, facts)), sentences, facts


def mentions(*lines: str) -> list[tuple[str, str | None]]:
    """Each mention as written, with the canonical name of the person it stands for."""
    who, sentences, _facts = analyse(*lines)
    return [
        (m.written, m.person.canonical if m.person else None)
        for sentence in sentences
        for m in who.mentions_in(sentence)
    ]


def series(name: str, *lines: str) -> tuple[list[Sentence], _Series]:
    """The lines tagged as the pipeline tags them, and the series it builds of them."""
    sentences = [s for number, line in enumerate(lines, 1) for s in _tagged(line, number)]
    return sentences, _Series(name, sentences)
