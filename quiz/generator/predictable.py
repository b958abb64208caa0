"""Answers anyone guesses without the synopsis: "die Todesstrafe" (wieder eingeführt), "mit
einer Gebirgstrage" (Verletzte ins Tal tragen), "Bodensee" (the "Klinik am See"), "durch
perfide Gewaltspielchen" in a prison series (blind reading, round 4).

Three signs, each from what the reader sees or knows anyway:
- the answer echoes a word of the question ("tragen" ... "Gebirgstrage") or of the series'
  name ("Klinik am See" ... "Bodensee");
- a part of the answer is the series' theme, a noun part named in several of its episodes
  ("Gewalt" in "Gewaltausbruch", "Gewaltattacken", "die Gewalt des Gefangenen");
- the answer is a common word of German (word frequency, ``wordfreq``): "Todesstrafe",
  "Anklage", "blaue Flecken", "ein Date" come to mind first, "Niere" or "Nadel" less so.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from quiz.generator import pos
from quiz.generator.expectations import expected_answer
from quiz.generator.naming import series_of
from quiz.generator.tagging import noun_parts
from quiz.generator.text import Sentence
from quiz.text.normalize import fold

# Zipf frequency (log10 per billion words) from which a noun is among the first a reader
# would guess: measured on the nouns of the seeds and fixtures (bench/README.md).
COMMON_ZIPF = 3.85
_THEME_EPISODES = 3  # a noun part named in at least this many episodes is the series' theme
_SHORTEST_ECHO = 4
_SHORTEST_NAME_WORD = 3  # of the series' name: "See" counts, "am" does not  # "Tal", "See" are too short to echo by their first letters alone


# Titles of another language: beside a place gap they point to their country or its capital.
_FOREIGN_TITLES = frozenset(
    fold(title)
    for title in ("Monsieur", "Madame", "Mademoiselle", "Señor", "Señora", "Signor", "Signora")
)


class Predictability:
    """What one series makes predictable."""

    def __init__(self, series_name: str, sentences: list[Sentence]) -> None:
        episodes: dict[str, set[int]] = {}
        for sentence in sentences:
            for token in sentence.tokens:
                if pos.is_noun(token) and token.text[:1].isupper():
                    for part in _parts(token.lemma or token.text):
                        episodes.setdefault(part, set()).add(sentence.line)
        self._episodes = Counter({part: len(lines) for part, lines in episodes.items()})
        self._name_words = {fold(word) for word in series_name.replace("-", " ").split()}
        self._title_words = {fold(word) for word in series_of(series_name).split("-")}

    def is_the_title(self, answer: str) -> bool:
        """ "Am Abend präsentiert ____ die Kollektion" => Casa Morandi in "Casa Morandi": an
        answer of any kind made of the words of the series' name, which the bank's title shows,
        or holding them all ("die MS ____" in "Bella Aurora", "die Bezahlversion ____" of the
        app "Kiezly": diagnosis 16)."""
        words = {fold(word) for word in answer.replace("-", " ").split()}
        holds_all = bool(self._title_words) and self._title_words <= words
        return bool(words) and (words <= self._name_words or holds_all)

    def guessable(self, answer: str, prompt: str, *, by_frequency: bool = True) -> bool:
        """Whether the answer (a noun phrase or a place) is guessed without the synopsis;
        ``by_frequency`` False for a named place, whose frequency says it is famous, not that
        it is the first guess where it stands."""
        head = answer.split()[-1] if answer.split() else answer
        parts = _parts(head)
        if not parts:
            return False
        prompt_words = {fold(word.strip(".,;:!?„“\"'()")) for word in prompt.split()}
        if not by_frequency and prompt_words & _FOREIGN_TITLES:
            return True  # "mit Monsieur Delacroix nach ____": the title points to the country
        if any(_echoes(part, word) for part in parts for word in prompt_words):
            return True
        folded = fold(head)
        if any(
            word in parts or folded.endswith(word) or folded.startswith(word)
            for word in self._name_words
            if len(word) >= _SHORTEST_NAME_WORD
        ):
            return True  # "Bodensee" in "Klinik am See"
        if expected_answer(prompt_words, head, parts):
            return True  # "Was teilen sich die drei?" ... "eine Altbauwohnung"
        if any(self._episodes[part] >= _THEME_EPISODES for part in parts[:-1]):
            return True  # the theme as a modifier ("Gewaltspielchen"), not as a head
        return by_frequency and common_zipf(head) >= COMMON_ZIPF


def _echoes(part: str, word: str) -> bool:
    """ "trage" and "tragen": one begins with the other's stem (final "e"/"en"/"n" off)."""
    if len(part) < _SHORTEST_ECHO or len(word) < _SHORTEST_ECHO or part == word:
        return part == word and len(part) >= _SHORTEST_ECHO
    stem = part.removesuffix("en").removesuffix("e").removesuffix("n")
    other = word.removesuffix("en").removesuffix("e").removesuffix("n")
    return len(stem) >= _SHORTEST_ECHO and (word.startswith(stem) or part.startswith(other))


def _parts(word: str) -> tuple[str, ...]:
    found = tuple(fold(part) for piece in word.split("-") if piece for part in noun_parts(piece))
    return found or (fold(word),)


@cache
def common_zipf(word: str) -> float:
    """How common the word is in German (0 when rarer than Zipf 3, the small list's floor)."""
    from wordfreq import zipf_frequency  # loaded on first use: its lists take a moment

    return float(zipf_frequency(word, "de", wordlist="small"))  # 0.2 MB: loads in 0.01 s
