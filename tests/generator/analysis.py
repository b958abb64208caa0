"""Invented synopsis lines tagged and read for who is who, as the pipeline does per series."""

from __future__ import annotations

from quiz.generator import tagging
from quiz.generator.corpus import WordFacts
from quiz.generator.persons import WhoIsWho
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
