"""One spelling per name in what a player reads: the series' usual one.

A synopsis that writes "O’Conner" once and "O’Connor" everywhere else has a typo in that one
line; a prompt copied from it showed the typo (blind reading, round 8). The person finder
already takes both for one person; here a word of a mention one letter off the person's
usual name is written as the usual name, and the typo stays accepted as an answer.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from quiz.generator.persons import WhoIsWho
from quiz.generator.text import Sentence
from quiz.text.normalize import fold

_SHORTEST = 4  # "Tom" and "Tim" are two names, not one typo


def usual_spellings(who: WhoIsWho, sentences: list[Sentence]) -> dict[str, str]:
    """Each name word as some mention writes it -> as the person's usual name writes it,
    where the two are one letter apart (no word that is another person's name)."""
    own_words = {word for person in who.persons for word in person.name}
    found: dict[str, str] = {}
    for sentence in sentences:
        for mention in who.mentions_in(sentence):
            person = mention.person
            if person is None or mention.genitive:
                continue
            nicknames = {word for alias in person.aliases for word in alias}
            for word in mention.written.split():
                if word in own_words or word in nicknames or len(word) < _SHORTEST:
                    continue  # a nickname one letter off ("Toni" for Tony) is no typo
                usual = [name for name in person.name if _one_letter_off(word, name)]
                if len(usual) == 1:
                    found[word] = usual[0]
    return found


def respelled(text: str, spellings: dict[str, str]) -> str:
    """``text`` with every word of ``spellings`` written the usual way (a genitive s kept)."""
    for written, usual in spellings.items():
        text = re.sub(rf"(?<!\w){re.escape(written)}(?=s?(?!\w))", usual, text)
    return text


def _one_letter_off(word: str, name: str) -> bool:
    """One letter apart, and not by an ending: "Mershahs", "Raben", "Yılmaz’" are the name
    inflected, "O’Conner" and "O’Neil" are typos."""
    word, name = fold(word), fold(name)
    if len(name) < _SHORTEST or Levenshtein.distance(word, name) != 1:
        return False
    return len(word) == len(name) or word[-1] == name[-1]
