"""Persons a sentence names only by a pronoun or a description at its start ("Er sitzt ...",
"Der Angler fängt ..."), resolved when the sentence before names exactly one person.

What is told of a person right after naming them is worth a "Wer ...?" question, although
the name is not in the sentence: the answer is the person of the sentence before.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from quiz.generator import pos
from quiz.generator.gender import FEMALE, MALE, role_gender
from quiz.generator.persons import Mention, Person, WhoIsWho, gender_of
from quiz.generator.pos import is_finite_verb
from quiz.generator.roles import role_circle
from quiz.generator.text import Sentence, Token
from quiz.text.normalize import fold

_ANY_CIRCLE = "people"  # "Der Fremde": says nothing about what a person does
_MASCULINE_PRONOUNS = frozenset({"er", "der"})
_FEMININE_PRONOUNS = frozenset({"sie", "die"})


class References:
    """Who an opening pronoun or description points at, learnt from a whole series."""

    def __init__(self, who: WhoIsWho, sentences: list[Sentence]) -> None:
        self._who = who
        self._roles: dict[int, set[str]] = defaultdict(set)
        for sentence in sentences:
            for mention in who.mentions_in(sentence):
                if mention.person is None:
                    continue
                self._roles[id(mention.person)].update(fold(role) for role in mention.roles)
                # Any noun right before the name is a role in this series ("Angler Max Roth").
                if mention.start > 0 and pos.is_noun(sentence.tokens[mention.start - 1]):
                    self._roles[id(mention.person)].add(
                        fold(sentence.tokens[mention.start - 1].text)
                    )
        # "Anna Roth ... Er ...": a person an "Er" points at is a man (distractors use it).
        # Handed on as a result (``pronoun_genders``); the registry that owns the persons
        # takes it in (``WhoIsWho.learn_genders``), this stage writes into no Person.
        self._males: Counter[int] = Counter()
        self.pronoun_genders: list[tuple[Person, str]] = []
        for before, sentence in itertools.pairwise(sentences):
            if sentence.line != before.line or sentence.index != before.index + 1:
                continue
            reference = self.opening(sentence, before)
            if (
                reference is not None
                and reference.person
                and reference.written.lower() in _MASCULINE_PRONOUNS
            ):
                self._males[id(reference.person)] += 1
                self.pronoun_genders.append((reference.person, MALE))

    def opening(self, sentence: Sentence, before: Sentence | None) -> Mention | None:
        """The opening reference as a mention of its person (tokens it takes: 1 or 2)."""
        tokens = sentence.tokens
        if before is None or len(tokens) < 3:
            return None
        first = tokens[0].text.lower()
        if (
            pos.is_personal_pronoun(tokens[0]) or pos.is_demonstrative_pronoun(tokens[0])
        ) and is_finite_verb(tokens[1]):
            width = 1
        elif pos.is_article(tokens[0]) and pos.is_noun(tokens[1]) and is_finite_verb(tokens[2]):
            width = 2
        else:
            return None
        mentions = self._who.mentions_in(before)
        named = [m.person for m in mentions]
        if width == 1 and pos.is_demonstrative_pronoun(tokens[0]):
            # "Der übt lieber Tuba" after "..., der Abwasch sei Bommels Aufgabe": a
            # demonstrative points at the one named last, a genitive too, unless someone
            # unnamed is told of after that name ("tippt auf den Herrn aus Kabine 7", "Der
            # stellt sich ... vor": the gentleman, not the one who guessed; diagnosis 16).
            last_end = mentions[-1].end if mentions else len(before.tokens)
            later = before.tokens[last_end:]
            person = named[-1] if named and not _someone_unnamed(later, first) else None
        else:  # "Er" after "Tareks Bruder Kemal ...": the one not in the genitive
            person = self.only_person(before)
        if person is None or not self._fits(person, first, tokens[1].text if width == 2 else None):
            return None
        # "Sie sind ...": a plural pronoun points at more than one person.
        if width == 1 and first in _FEMININE_PRONOUNS and tokens[1].text.endswith("n"):
            return None
        return Mention(sentence, 0, width, person, sentence.span_text(0, width))

    def only_person(self, sentence: Sentence) -> Person | None:
        persons = {
            id(m.person): m.person
            for m in self._who.mentions_in(sentence)
            if m.person is not None and not m.genitive
        }
        return next(iter(persons.values())) if len(persons) == 1 else None

    def _gender(self, person: Person) -> str | None:
        """The person's gender with the "Er" evidence found so far."""
        evidence = Counter(person.genders)
        evidence[MALE] += self._males[id(person)]
        return gender_of(evidence)

    def _fits(self, person: Person, word: str, noun: str | None) -> bool:
        roles = self._roles[id(person)]
        feminine = self._gender(person) == FEMALE
        if word in _MASCULINE_PRONOUNS:
            gender_fits = not feminine
        else:
            gender_fits = word in _FEMININE_PRONOUNS and feminine and noun is None
        if not gender_fits or noun is None:
            return gender_fits
        # "Der Kannibale": a role the person was named with, or one of the same circle.
        circle = role_circle(noun)
        return fold(noun) in roles or (
            circle is not None and circle in (person.circle, _ANY_CIRCLE)
        )


def _someone_unnamed(tokens: list[Token], pronoun: str) -> bool:
    """A word for a person of the demonstrative's gender among ``tokens`` ("den eleganten
    Herrn" for "Der"), whom no name follows: the nearest one the demonstrative may stand for."""
    wanted = MALE if pronoun in _MASCULINE_PRONOUNS else FEMALE
    return any(
        pos.is_noun(token)
        and token.is_capitalised
        and role_gender(token.text) in (wanted, None)
        and role_circle(token.text) is not None
        for token in tokens
    )
