"""Facts about the words of one series, gathered from all its sentences before asking anything.

German capitalises every noun, so one sentence rarely proves that a word is a name. Across a
whole series it often does: a word the tagger calls a proper noun somewhere, or reads as one
when it sees the word alone, is name-like; a word seen after "die"/"eine" is a common noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quiz.generator import pos
from quiz.generator.firms import firm_name_tokens
from quiz.generator.text import Sentence, Token

_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})  # not "im"/"am": a noun follows those


def _relative_pronoun(tokens: list[Token], index: int) -> bool:
    """ "die Pistole, die Kroll gekauft hat": "die" after a noun and a comma opens a relative
    clause (the tagger often reads it as an article); the word after it is no common noun."""
    return (
        index >= 2
        and tokens[index].text.lower() in _RELATIVE_PRONOUNS
        and tokens[index - 1].text == ","
        and pos.is_noun(tokens[index - 2])
    )


_RELATIVE_PRONOUNS = frozenset({"der", "die", "das"})


@dataclass(slots=True)
class WordFacts:
    """Corpus-wide evidence about capitalised words (keys are the words as written)."""

    tagged_as_name: set[str] = field(default_factory=set)
    name_readings: set[str] = field(default_factory=set)
    after_determiner: set[str] = field(default_factory=set)
    # Words right after "in", "nach" or "aus": "in Cuxhaven" makes "Brandes von Cuxhaven" a
    # man from a place, not a noble name.
    after_place_preposition: set[str] = field(default_factory=set)
    # The names each word stands right after ("Jana Kroll", "Matthias Kroll"): a word after
    # two of them, and never after an article, is a surname even where the tagger reads it
    # as a noun ("Ottos Frau", "Webers Frau": "die Frau" elsewhere).
    names_before: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def gather(cls, sentences: list[Sentence], could_be_name: Callable[[str], bool]) -> WordFacts:
        facts = cls()
        for sentence in sentences:
            previous: Token | None = None
            # "eine Tochterfirma der Wendt Hochbau GmbH": the word before a firm's name, after
            # its article, is the founder's name, no proof of a common noun
            firm = firm_name_tokens(sentence.tokens)
            for index, token in enumerate(sentence.tokens):
                if pos.is_proper_noun(token):
                    facts.tagged_as_name.add(token.text)
                if token.is_capitalised and token.is_word and could_be_name(token.text):
                    facts.name_readings.add(token.text)
                if (
                    previous is not None
                    and index + 1 not in firm
                    and not _relative_pronoun(sentence.tokens, index - 1)
                    and (
                        pos.opens_noun_phrase(previous)
                        or (pos.is_adjective(previous) and pos.is_noun(token))
                    )
                ):
                    facts.after_determiner.add(token.text)
                if previous is not None and previous.text in _PLACE_PREPOSITIONS:
                    facts.after_place_preposition.add(token.text)
                if previous is not None and pos.is_proper_noun(previous) and token.is_capitalised:
                    facts.names_before.setdefault(token.text, set()).add(previous.text)
                previous = token
        return facts

    def is_surname(self, word: str, besides: str = "") -> bool:
        """Written after a name somewhere ("Bruno Falk") other than ``besides``."""
        return bool(self.names_before.get(word, set()) - {besides})

    def is_surname_of_several(self, token: Token) -> bool:
        """Written right after two names or more, never after an article; a word before it
        that follows an article is no first name ("den Circus Falkenberg": a firm's word)."""
        first_names = self.names_before.get(token.text, set()) - self.after_determiner
        return len(first_names) >= 2 and token.text not in self.after_determiner

    def looks_like_name(self, token: Token) -> bool:
        """Tagged a proper noun here or elsewhere, or a proper noun is one of its readings,
        and the series never uses it as a common noun (after an article)."""
        if not token.is_capitalised or not token.is_word:
            return False
        if pos.is_proper_noun(token):
            return True
        named = token.text in self.tagged_as_name or token.text in self.name_readings
        return named and token.text not in self.after_determiner

    def is_common_noun(self, token: Token) -> bool:
        """A noun never tagged a name in the series, and with no name reading unless the series
        puts an article before it ("im Weiterbildungskurs")."""
        return (
            pos.is_noun(token)
            and token.text not in self.tagged_as_name
            and (token.text not in self.name_readings or token.text in self.after_determiner)
        )
