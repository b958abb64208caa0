"""Whether the sentences shown before a question have anything to do with it.

A question that leans back is shown with the sentence before (at most two). The context
explains only when it shares something with the sentence it stands before: a person (named,
by a name word, or the one a pronoun or an opening "Der Verbrecher" stands for), a noun ("eine
Leiter ... Als die Leiter bricht"), the event a noun sums up ("operiert ihn ... Die
Operation") or the amount ("verlangt 5.000 Euro ... zahlt die Summe"); or, when that sentence leans on a moment ("nun"), an event ("legt dazu ... vor"),
on what was told ("die drei", "zögert") or on someone it describes ("kennt den Täter", "die
neue Chefin"), and sums up nothing untold ("zahlt die Summe"), any sentence before tells them. A
second sentence before must in turn explain the first. Else the context is padding ("Ida Roth
lobt ihn. Der Dieb von Kloster ____ wird verurteilt"; blind reading,
round 9), and the question, which leans on something it still does not show, is not asked.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from quiz.generator import pos
from quiz.generator.context import (
    act_stems,
    describes_someone_told_of,
    leans_on_a_moment,
    leans_on_what_was_told,
    noun_keys,
    sums_up_what_was_told,
)
from quiz.generator.forms import word_set
from quiz.generator.lexicon import DEFINITE_ARTICLES
from quiz.generator.persons import WhoIsWho
from quiz.generator.references import References
from quiz.generator.roles import role_circle
from quiz.generator.text import Sentence, Token
from quiz.text.normalize import fold

_STEM = 4  # letters a noun and a verb share when one names what the other tells ("oper")


def context_explains(
    context: list[Sentence],
    sentence: Sentence,
    who: WhoIsWho,
    references: References,
    asked: str | None = None,
) -> bool:
    """Whether the ``context`` shown before ``sentence`` (in order) explains it: one of its
    sentences shares something with what the question shows of ``sentence`` (``asked``: its
    words, when the question is written fresh and keeps only part of it), and each sentence
    but the last explains the next."""
    if not context:
        return True
    whole = _Shown.of(sentence, who, None)
    chained = all(
        _explains(told, _Shown.of(going_on, who, None), who, references)
        for told, going_on in itertools.pairwise(context)
    )
    shown = whole if asked is None else _Shown.of(sentence, who, word_set(asked))
    return chained and any(_explains(told, shown, who, references) for told in context)


@dataclass(frozen=True, slots=True)
class _Shown:
    """What a question shows of a sentence: its tokens, and the persons named among them."""

    sentence: Sentence
    tokens: list[Token]
    persons: frozenset[int]
    opens: bool  # it shows the sentence's first word (where a reference opens it)

    @classmethod
    def of(cls, sentence: Sentence, who: WhoIsWho, words: set[str] | None) -> _Shown:
        kept = [
            index
            for index, token in enumerate(sentence.tokens)
            if words is None or not token.is_word or fold(token.text) in words
        ]
        persons = frozenset(
            id(m.person) for m in who.mentions_in(sentence) if m.person and m.start in kept
        )
        tokens = [sentence.tokens[index] for index in kept]
        return cls(sentence, tokens, persons, bool(kept) and kept[0] == 0)


def _explains(told: Sentence, going_on: _Shown, who: WhoIsWho, references: References) -> bool:
    if _same_person(told, going_on, who, references) or _same_thing(told, going_on.tokens):
        return True
    tokens = going_on.tokens
    leaning = (
        leans_on_a_moment(tokens)
        or leans_on_what_was_told(tokens, ())
        or describes_someone_told_of(tokens)
        or _describes_by_role(tokens)
        or _opens_with_a_doing(tokens)
    )
    return leaning and not sums_up_what_was_told(tokens)


def _same_person(told: Sentence, going_on: _Shown, who: WhoIsWho, references: References) -> bool:
    named = who.mentions_in(told)
    names = {fold(t.text) for t in told.tokens if pos.is_tagged_name(t) and len(t.text) > 2}
    if not named and not names and not any(_pronoun(token) for token in told.tokens):
        return False  # no one a pronoun could stand for
    persons = {id(m.person) for m in named if m.person is not None}
    opening = references.opening(going_on.sentence, told) if going_on.opens else None
    if opening is not None and id(opening.person) in persons:
        return True
    if persons & going_on.persons:
        return True
    if names & {fold(t.text) for t in going_on.tokens if pos.is_tagged_name(t)}:
        return True  # "Lena Fischer ... Paul Fischer", or a name the persons' list lacks
    return any(_pronoun(token) for token in going_on.tokens)


def _pronoun(token: Token) -> bool:
    """A pronoun or possessive for someone ("ihn", "sie", "ihren Armen", "Bevor der ...")."""
    if token.text.lower() == "es":
        return False
    return (
        pos.is_personal_pronoun(token)
        or pos.is_possessive(token)
        or pos.is_demonstrative_pronoun(token)
    )


def _same_thing(told: Sentence, going_on: list[Token]) -> bool:
    nouns = _nouns(going_on)
    if nouns & _nouns(told.tokens):
        return True
    # "Oberarzt Brandt operiert ihn. Die Operation dauert ...": the noun of what was told
    verbs = {
        fold(t.text)[:_STEM] for t in told.tokens if pos.is_full_verb(t) and len(t.text) > _STEM
    }
    if any(noun[:_STEM] in verbs for noun in nouns if len(noun) > _STEM):
        return True
    # "Kai trifft sich mit Olaf. Ida beobachtet das Treffen": a strong verb turns its e
    told_verbs = [fold(t.text) for t in told.tokens if pos.is_full_verb(t)]
    if any(
        verb.startswith(stem)
        for noun in nouns
        for stem in act_stems(noun, neuter=True)
        if len(stem) >= _STEM
        for verb in told_verbs
    ):
        return True
    # "verlangt 5.000 Euro. X zahlt die Summe": an amount told, and the noun that sums it up
    return bool(nouns & _AMOUNT_NOUNS) and any(pos.is_number(t) for t in told.tokens)


_AMOUNT_NOUNS = frozenset(fold(noun) for noun in ("Summe", "Betrag", "Geld"))


def _describes_by_role(tokens: list[Token]) -> bool:
    """ "Wer hält die neue Chefin für überfordert?": a role with its article and no name."""
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() not in DEFINITE_ARTICLES:
            continue
        position = index + 1
        while position < len(tokens) - 1 and pos.is_adjective(tokens[position]):
            position += 1
        noun, following = tokens[position], tokens[position + 1]
        named = pos.is_proper_noun(following) or following.text.lower() in ("von", "des", "der")
        if pos.is_noun(noun) and role_circle(noun.text) is not None and not named:
            return True
    return False


def _opens_with_a_doing(tokens: list[Token]) -> bool:
    """ "Die Ermittlungen führt ...", "Die Untersuchung ergibt ...": a definite noun of doing
    opening the sentence stands for what the sentence before told being done."""
    if len(tokens) < 2 or tokens[0].text.lower() not in DEFINITE_ARTICLES:
        return False
    noun = tokens[1]
    return pos.is_noun(noun) and fold(noun.text).endswith(("ung", "ungen"))


def _nouns(tokens: list[Token]) -> set[str]:
    return {key for token in tokens if pos.is_noun(token) for key in noun_keys(token)}
