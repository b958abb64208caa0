"""Key nouns of an event ("Spritze", "Lösegeld") with their grammatical gender and number.

A noun's gender is read from the articles and possessives the series puts before it
("eine Spritze": feminine), narrowed by common German suffix rules ("-ung" is feminine). Only
nouns whose gender is certain get distractors, so the article before a gap never gives the
answer away; abstract nouns that idioms give away are not asked at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quiz.generator import pos
from quiz.generator.corpus import WordFacts
from quiz.generator.lexicon import ABSTRACT_ENDINGS, ACTIVITY_HEADS, EMPTY_NOUNS, VEHICLE_HEADS
from quiz.generator.roles import is_place_noun, role_circle
from quiz.generator.tagging import could_be_name, noun_parts
from quiz.generator.text import Sentence, Token
from quiz.text.normalize import fold

MASCULINE, FEMININE, NEUTER, PLURAL = "m", "f", "n", "pl"
_ALL = frozenset({MASCULINE, FEMININE, NEUTER, PLURAL})

# Contracted prepositions carry the article.
_CONTRACTIONS = {
    "im": {MASCULINE, NEUTER},
    "am": {MASCULINE, NEUTER},
    "vom": {MASCULINE, NEUTER},
    "zum": {MASCULINE, NEUTER},
    "beim": {MASCULINE, NEUTER},
    "zur": {FEMININE},
}
_DEFINITE = {
    "der": {MASCULINE, FEMININE, PLURAL},
    "die": {FEMININE, PLURAL},
    "das": {NEUTER},
    "den": {MASCULINE, PLURAL},
    "dem": {MASCULINE, NEUTER},
    "des": {MASCULINE, NEUTER},
}
# Endings of ein-words (ein, kein, sein, ihr, mein, unser ...).
_EIN_ENDINGS = {
    "": {MASCULINE, NEUTER},
    "e": {FEMININE, PLURAL},
    "er": {FEMININE, PLURAL},
    "en": {MASCULINE, PLURAL},
    "em": {MASCULINE, NEUTER},
    "es": {MASCULINE, NEUTER},
}
_EIN_STEMS = ("ein", "kein", "sein", "ihr", "mein", "dein", "unser", "euer", "eur")
_SUFFIX_GENDERS = (
    (
        (
            "ung",
            "heit",
            "keit",
            "schaft",
            "ion",
            "tät",
            "ik",
            "ei",
            "ie",
            "ur",
            "enz",
            "anz",
            "ade",
        ),
        FEMININE,
    ),
    (("chen", "lein", "ment", "um", "ma", "nis"), NEUTER),
    (("ling", "ismus", "ist", "ant", "or", "eur", "ich", "ig"), MASCULINE),
)
_SHORTEST_KEY_NOUN = 4


@dataclass(frozen=True, slots=True)
class NounInfo:
    lemma: str
    singular: bool
    gender: str | None  # MASCULINE / FEMININE / NEUTER, None when unsure; plural nouns: None
    parts: tuple[str, ...] = ()  # the nouns of a compound ("Giftanschlag": gift, anschlag)


class NounBook:
    """Gender evidence and frequency of every noun lemma in one series."""

    def __init__(self, sentences: list[Sentence], facts: WordFacts) -> None:
        self._facts = facts
        self._genders: dict[str, set[str]] = {}
        # A compound has the gender of its last part: "einen Brandanschlag" tells of "Giftanschlag".
        self._head_genders: dict[str, set[str]] = {}
        self.frequency: Counter[str] = Counter()
        for sentence in sentences:
            for index, token in enumerate(sentence.tokens):
                if not pos.is_plain_noun(token):
                    continue
                lemma = _lemma(token)
                self.frequency[lemma] += 1
                evidence = _determiner_genders(sentence.tokens, index)
                if evidence is not None and _is_singular(token):
                    evidence = evidence - {PLURAL}
                    self._genders[lemma] = self._genders.get(lemma, set(_ALL)) & evidence
                    head = _head(lemma)
                    self._head_genders[head] = self._head_genders.get(head, set(_ALL)) & evidence

    def info(self, token: Token, *, with_parts: bool = True) -> NounInfo:
        """Lemma, number and gender; the compound's parts too unless ``with_parts`` is False
        (they cost the tagger a morphological analysis per new word)."""
        lemma = _lemma(token)
        parts = noun_parts(lemma) if with_parts else ()
        if fold(token.text) in (fold(lemma) + "s", fold(lemma) + "es", fold(lemma) + "ses"):
            return NounInfo(
                lemma, True, None, parts
            )  # a genitive ("wegen Mordes"): no form to match
        if not _is_singular(token):
            return NounInfo(lemma, False, None, parts)
        seen = self._genders.get(lemma, set(_ALL)) - {PLURAL}
        by_head = seen & self._head_genders.get(_head(lemma), set(_ALL))
        if by_head:
            seen = by_head
        by_suffix = _suffix_gender(lemma)
        if by_suffix is not None and by_suffix in seen:
            seen = {by_suffix}
        return NounInfo(lemma, True, next(iter(seen)) if len(seen) == 1 else None, parts)

    def is_key_noun(self, token: Token) -> bool:
        """A common noun worth a gap: not a role, place word, empty noun or part of a name."""
        text = token.text
        if len(text) < _SHORTEST_KEY_NOUN or not text[:1].isupper():
            return False
        if not pos.is_plain_noun(token):
            return self._is_tagged_name_but_common(token)
        lemma = _lemma(token)
        if role_circle(text) is not None or is_place_noun(text) or fold(lemma) in EMPTY_NOUNS:
            return False
        if not self.is_compound(token) and lemma.lower().endswith(ABSTRACT_ENDINGS):
            return False
        if fold(text) in EMPTY_NOUNS or not self._facts.is_common_noun(token):
            return False
        # Compounds with a name in them ("X-Gefängnis") belong to the name, not to the event.
        return not any(
            self._facts.looks_like_name(Token(part, 0, 0)) for part in text.split("-")[:-1]
        )

    def _is_tagged_name_but_common(self, token: Token) -> bool:
        """ "dem HI-Virus": a hyphenated word the tagger takes for a name, though an article
        stands before it and its last part is a common noun."""
        head = token.text.rsplit("-", 1)[-1]
        return (
            pos.is_tagged_name(token)
            and "-" in token.text.strip("-")
            and token.text in self._facts.after_determiner
            and len(head) >= _SHORTEST_KEY_NOUN
            and head[:1].isupper()
            and not could_be_name(head)
            and fold(head) not in EMPTY_NOUNS
            and role_circle(head) is None
            and not is_place_noun(head)
        )

    @staticmethod
    def is_compound(token: Token) -> bool:
        """A simple noun is mostly given away by the words around it ("graben einen ____",
        "seine ____ verbüßen"); a compound ("Giftanschlag", "Box-Programm", "FBI-Männer") is specific."""
        text = token.text.strip("-")
        hyphenated = "-" in text and text.rsplit("-", 1)[-1][:1].isupper()
        return hyphenated or len(noun_parts(_lemma(token))) >= 2


def _head(lemma: str) -> str:
    parts = noun_parts(lemma)
    return parts[-1] if parts else lemma.lower()


def _lemma(token: Token) -> str:
    lemma = token.lemma or token.text
    return lemma[:1].upper() + lemma[1:]


def _is_singular(token: Token) -> bool:
    """HanTa gives the singular as lemma: a noun equal to its lemma is singular."""
    return fold(token.text) == fold(_lemma(token))


def _determiner_genders(tokens: list[Token], index: int) -> set[str] | None:
    """What the article or possessive before the noun says about its gender (skipping adjectives)."""
    position = index - 1
    while position >= 0 and (pos.is_adjective(tokens[position]) or pos.is_adverb(tokens[position])):
        position -= 1
    if position < 0:
        return None
    word = tokens[position].text.lower()
    if word in _CONTRACTIONS:
        return set(_CONTRACTIONS[word])
    if word in _DEFINITE:
        return set(_DEFINITE[word])
    for stem in _EIN_STEMS:
        if word.startswith(stem) and word[len(stem) :] in _EIN_ENDINGS:
            return set(_EIN_ENDINGS[word[len(stem) :]])
    return None


def _suffix_gender(lemma: str) -> str | None:
    lowered = lemma.lower()
    for suffixes, gender in _SUFFIX_GENDERS:
        if lowered.endswith(suffixes):
            return gender
    return None


def is_vehicle(word: str) -> bool:
    """ "Fischerboot", "Kutsche", "Streifenwagen": something one rides in, never a place."""
    head = fold(word).rsplit("-", 1)[-1]
    return head.endswith(tuple(fold(vehicle) for vehicle in VEHICLE_HEADS))


def is_activity(word: str) -> bool:
    """ "Erdkundeunterricht", "Kartenstudium", "Verhör": something one does, never a place."""
    head = fold(word).rsplit("-", 1)[-1]
    return head.endswith(tuple(fold(activity) for activity in ACTIVITY_HEADS))


def subject_possessive_disagrees(tokens: list[Token], start: int, info: NounInfo | None) -> bool:
    """ "Die Erzfeindschaft ... erreicht seinen Höhepunkt": the source's possessive after the
    verb does not agree with the feminine subject it stands for. Bad grammar in the source is
    no question to ask (blind reading, round 5)."""
    if info is None or not info.singular or info.gender != FEMININE:
        return False
    if start != 1 or tokens[0].text.lower() not in ("die", "eine"):
        return False
    verb = next((i for i in range(start + 1, len(tokens)) if pos.is_finite_verb(tokens[i])), None)
    if verb is None or verb + 1 >= len(tokens):
        return False
    return tokens[verb + 1].text.lower() in _MASCULINE_POSSESSIVES


_MASCULINE_POSSESSIVES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines"})
