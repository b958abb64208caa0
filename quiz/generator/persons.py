"""Who is who across a series: the persons, every mention of them, and their circles.

A person is found by a role word before a name ("Pfleger Jan Roth", "Chefärztin Dr. Eva Lind"),
or by two or more name-like words in a row ("Anna Weber"). Once known in full, a person is
recognised again by surname or first name alone wherever that is unambiguous. A genitive s
("Webers") is not part of the name. Two spellings of one name are merged only by a careful
rule (same first name, surnames one edit apart); two persons sharing a surname stay two.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz.distance import Levenshtein

from quiz.generator import pos
from quiz.generator.aliases import (
    Naming,
    bare_naming,
    clause_naming,
    inner_nickname,
    naming_after,
    naming_by_verb,
    naming_inside,
    nickname_words,
)
from quiz.generator.animals import is_animal_word
from quiz.generator.corpus import WordFacts
from quiz.generator.firms import firm_name_tokens
from quiz.generator.gender import FEMALE, MALE, apposition_gender, named_gender
from quiz.generator.lexicon import (
    ABSTRACT_ENDINGS,
    BARE_PHRASE_NOUNS,
    CIRCLE_PRIORITY,
    COUNTING_NOUNS,
    TIME_NOUNS,
)
from quiz.generator.pos import is_finite_verb, is_function_word
from quiz.generator.real_names import same_person_pairs
from quiz.generator.roles import (
    ends_a_place_name,
    is_place_noun,
    role_circle,
    role_key,
    starts_a_place_name,
)
from quiz.generator.text import Sentence, Token, as_written
from quiz.text.names import PROSE_NAME_PARTICLES as NAME_PARTICLES
from quiz.text.normalize import fold

_LONGEST_NAME = 4
_CHILDREN = frozenset({"tochter", "sohn"})
_HOUSE_PARTICLES = frozenset({"von", "zu", "vom"})
_POSSESSIVE_GENDERS = {
    **dict.fromkeys(("ihre", "ihr", "ihren", "ihrem", "ihrer"), FEMALE),
    **dict.fromkeys(("seine", "sein", "seinen", "seinem", "seiner"), MALE),
}
_SHORTEST_FUZZY_SURNAME = 5


@dataclass(eq=False)
class Person:
    name: tuple[str, ...]  # canonical spelling, word by word
    spellings: Counter[tuple[str, ...]] = field(default_factory=Counter)
    circles: Counter[str] = field(default_factory=Counter)
    alone: set[str] = field(default_factory=set)  # single words the text calls them by
    genders: Counter[str] = field(
        default_factory=Counter
    )  # what the role words before the name say
    # The roles the series gives them, by role_key ("gouverneur", "prinz", "dr."): a choice
    # after a role word left before the gap must hold that same role.
    titles: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    # Nicknames the series gives them ("Fass-Toni", "Raben"): other names of the same person.
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    # Times the name stands right after a word for an animal ("ihren Mops Otto"): a pet or a
    # beast of the series, named like a person but asked only as a name (``animals``).
    as_animal: int = 0

    @property
    def is_animal(self) -> bool:
        return self.as_animal > 0

    @property
    def canonical(self) -> str:
        # spaced as written: "Josef „Sepp“ Wimmer", not "Josef „ Sepp “ Wimmer"
        return as_written(list(self.name))

    @property
    def first_name(self) -> str | None:
        return self.name[0] if len(self.name) > 1 else None

    @property
    def surname(self) -> str:
        return self.name[-1]

    # Circle and name words are asked for only once the registry is complete: worked out once.
    @cached_property
    def circle(self) -> str | None:
        for circle in CIRCLE_PRIORITY:
            if self.circles[circle]:
                return circle
        return None

    @property
    def gender(self) -> str | None:
        """The gender the evidence says more often (None when it never did or ties); not worked
        out once, since "Er ..." right after the name adds evidence later (``references``)."""
        return gender_of(self.genders)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every spelling, folded, particles left out, and the article of an
        epithet ("der Rabe": a prompt with "der" in it does not name him)."""
        words = {fold(word) for spelling in (*self.spellings, self.name) for word in spelling}
        for alias in self.aliases:
            words |= nickname_words(alias)
        return frozenset(words - NAME_PARTICLES - _EPITHET_ARTICLES)


def _learnt(naming: Naming, person: Person) -> Naming:
    """The owner learns a nickname as another name ("Rabe" for "den Raben" too)."""
    person.aliases.add(naming.words)
    if len(naming.words) == 1 and naming.lemma != naming.words[0]:
        person.aliases.add((naming.lemma,))
    person.__dict__.pop("name_words", None)  # worked out with the alias
    return naming


def _known_name_first(known_by: Person, real: Person) -> tuple[Person, Person]:
    """(the name to keep, the one that becomes an alias). A nickname gives way to a fuller real
    name ("Kobra" → Tim Roth); of two full names the series' own wins, the stage name it keeps
    calling her by over the civil name told once ("Lola Lenné, die eigentlich Hedwig Pietsch
    heißt … Lola singt"): a gap's answer is the name the players read (blind reading: "____
    singt" answered by the civil name)."""
    if min(len(known_by.name), len(real.name)) >= 2 and known_by.mentions > real.mentions:
        return known_by, real
    return (real, known_by) if len(real.name) >= len(known_by.name) else (known_by, real)


def _after_preposition(tokens: list[Token], first: int) -> bool:
    """ "bei Vogt", "mit dem Major Vogt": the name is the object of a preposition."""
    before = first - 1
    if before >= 0 and pos.is_article(tokens[before]):
        before -= 1
    return before >= 0 and pos.is_preposition(tokens[before])


def gender_of(evidence: Counter[str]) -> str | None:
    """The gender the evidence names more often (None when it never did or ties)."""
    ranked = evidence.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: Sentence
    start: int  # token index of the first name word
    end: int  # token index after the last one
    person: Person | None  # None when the name is shared by several persons
    written: str  # the words as they stand in the sentence
    genitive: bool = False
    roles: tuple[str, ...] = ()  # the role words right before the name ("Chefärztin", "Dr.")
    gender: str | None = None  # what those role words say ("Schwester": female)


@dataclass(frozen=True, slots=True)
class _Span:
    sentence: Sentence
    start: int
    end: int
    words: tuple[str, ...]
    roles: tuple[str, ...]
    genitive_shape: bool  # ends in s and a common noun follows ("Ottos Gruppe")


class WhoIsWho:
    """The persons of one series and their mentions, sentence by sentence."""

    def __init__(self, sentences: list[Sentence], facts: WordFacts, places: set[tuple[str, ...]]):
        self._facts = facts
        self._places = places
        # How often each word stands in the series, a genitive as its name ("Bommels": Bommel).
        self._written = Counter(
            _strip_genitive(token.text) for sentence in sentences for token in sentence.tokens
        )
        self._as_written = {token.text for sentence in sentences for token in sentence.tokens}
        spans = [span for sentence in sentences for span in self._spans(sentence)]
        spans = _full_name_then_surname(_first_name_then_full_name(_two_names_apart(spans)))
        spans = _without_a_word_after_a_known_name(spans, self._stray_word)
        plain_words = {word for span in spans if not span.genitive_shape for word in span.words}
        spans = _unglued(spans, plain_words, facts)
        plain_words = {word for span in spans if not span.genitive_shape for word in span.words}
        self.persons: list[Person] = []
        self._by_spelling: dict[tuple[str, ...], Person] = {}
        for span in sorted(spans, key=lambda s: -len(s.words)):
            words = self._without_genitive(span, plain_words)
            if len(words) > 1:
                self._add_full_name(words)
        self._folded_surnames = [(person, fold(person.surname)) for person in self.persons]
        self._single_words: dict[str, list[Person]] = {}
        for person in self.persons:
            for word in dict.fromkeys((person.surname, person.name[0])):
                self._single_words.setdefault(word, []).append(person)
        # Persons known by one name only ("Pfleger Otto") once every full name is known.
        for span in spans:
            words = self._without_genitive(span, plain_words)
            if len(words) == 1:
                self._resolve_single(words[0], create=True)
        # Keyed by identity: sentences of different files share line numbers.
        spans_by_sentence: dict[int, list[_Span]] = {}
        for span in spans:
            spans_by_sentence.setdefault(id(span.sentence), []).append(span)
        self._mentions_by_sentence: dict[int, list[Mention]] = {
            id(sentence): self._mentions(
                sentence, spans_by_sentence.get(id(sentence), []), plain_words
            )
            for sentence in sentences
        }
        self._resolve_by_title()
        self._canonicalise()
        namings = self._namings(sentences)
        self._add_epithets(sentences, namings)
        self._merge_nicknames(namings)
        self._merge_real_names(sentences, namings)
        self._inherit_house_names(sentences)
        # Nouns seen right before a person's name are roles in this series ("Bildhauer X").
        self.role_words = {
            fold(mention.sentence.tokens[mention.start - 1].text)
            for mentions in self._mentions_by_sentence.values()
            for mention in mentions
            if mention.person is not None
            and mention.start > 0
            and pos.is_noun(mention.sentence.tokens[mention.start - 1])
        }
        # "Maggie und ein Dutzend Schürfer": a group joined to a person is persons too, no thing
        # to ask (any word for people fits "ein Dutzend ____").
        self.role_words |= {
            word
            for mentions in self._mentions_by_sentence.values()
            for mention in mentions
            if mention.person is not None
            for word in _group_beside(mention.sentence.tokens, mention.start, mention.end)
        }
        # "in Yılmaz’ Spind" looked like a place before the persons were known.
        person_words = {fold(word) for person in self.persons for word in person.name_words}
        self.places = {
            place
            for place in places
            if not {fold(_strip_genitive(word)) for word in place} & person_words
        }

    def _stray_word(self, word: str) -> bool:
        """A word that is a place of the series, or stands nowhere else in it."""
        return (word,) in self._places or self._written[word] == 1

    def _resolve_by_title(self) -> None:
        """ "Kutscher Brenner" where Karl and Otto Brenner share the surname: the role before
        the name says which one, when exactly one bearer was named with that role in full
        ("Kutscher Karl Brenner"). Without it no question asks who drove through the night."""
        for key, mentions in self._mentions_by_sentence.items():
            for position, mention in enumerate(mentions):
                if mention.person is not None or mention.genitive or " " in mention.written:
                    continue
                titles = title_keys(mention.sentence.tokens, mention.start)
                bearers = self._single_words.get(mention.written, [])
                holders = [
                    person
                    for person in bearers
                    if person.surname == mention.written and any(person.titles[t] for t in titles)
                ]
                if len(holders) != 1:
                    continue
                person = holders[0]
                person.mentions += 1
                person.alone.add(mention.written)
                mentions[position] = replace(mention, person=person)
            self._mentions_by_sentence[key] = mentions

    def _inherit_house_names(self, sentences: list[Sentence]) -> None:
        """ "Ihre Tochter Elisabeth" right after the Baronin Charlotte von Aldenburg: a child
        the series calls by a first name alone bears the name of a parent's noble house
        (round 7: "Elisabeth" asked where "Elisabeth von Aldenburg" is meant). Only where the
        possessive points at exactly one person of its gender, by name or by a title only
        they hold, in the sentence or the one before."""
        previous: Sentence | None = None
        for sentence in sentences:
            before = previous if previous is not None and previous.line == sentence.line else None
            previous = sentence
            for mention in self.mentions_in(sentence):
                child = mention.person
                first = mention.start - len(mention.roles)
                if child is None or len(child.name) != 1 or not mention.roles or first == 0:
                    continue
                gender = _POSSESSIVE_GENDERS.get(sentence.tokens[first - 1].text.lower())
                if gender is None or fold(mention.roles[-1]) not in _CHILDREN:
                    continue
                parent = self._the_one_of(gender, sentence, first, before)
                if parent is None or not set(parent.name[1:-1]) & _HOUSE_PARTICLES:
                    continue
                child.name = (child.name[0], *parent.name[1:])
                child.__dict__.pop("name_words", None)  # worked out again with the new name

    def _the_one_of(
        self, gender: str, sentence: Sentence, end: int, before: Sentence | None
    ) -> Person | None:
        here = {
            id(m.person): m.person
            for m in self.mentions_in(sentence)
            if m.person is not None and m.end <= end and m.person.gender == gender
        }
        if here or before is None:
            return next(iter(here.values())) if len(here) == 1 else None
        there = {
            id(m.person): m.person
            for m in self.mentions_in(before)
            if m.person is not None and m.person.gender == gender
        }
        for token in before.tokens:  # "rettet die Baronin": a title only one of them holds
            key = role_key(token.text) if pos.is_noun(token) else None
            holders = [p for p in self.persons if key and p.titles[key] and p.gender == gender]
            if len(holders) == 1:
                there[id(holders[0])] = holders[0]
        return next(iter(there.values())) if len(there) == 1 else None

    def learn_genders(self, evidence: list[tuple[Person, str]]) -> None:
        """Take in gender evidence a later stage found ("Er ..." right after the name)."""
        mine = {id(person) for person in self.persons}
        for person, gender in evidence:
            if id(person) in mine:
                person.genders[gender] += 1

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        return self._mentions_by_sentence[id(sentence)]

    def _namings(self, sentences: list[Sentence]) -> list[Naming]:
        """The nicknames introduced right after a person's name ("Anton Reis, von allen nur
        „Fass-Toni“ genannt"), each once; the owner learns them as other names."""
        found: list[Naming] = []
        for sentence in sentences:
            for mention in self.mentions_in(sentence):
                naming = (
                    naming_after(sentence, mention.end)
                    or naming_inside(sentence, mention.start, mention.end)
                    or naming_by_verb(sentence, mention.start, mention.end)
                    if mention.person
                    else None
                )
                if naming is not None and mention.person is not None:
                    found.append(_learnt(naming, mention.person))
            for index in range(len(sentence.tokens)):
                naming = clause_naming(sentence, index)
                owner = self._clause_owner(sentence, index) if naming else None
                if naming is not None and owner is not None and owner.person is not None:
                    found.append(_learnt(replace(naming, owner_end=owner.end), owner.person))
        # Quoted words a naming verb follows, whoever they name ("ein Mädchen, das nur
        # „Mücke“ genannt werden will"): no gap, and the words a nickname-only person goes by.
        for sentence in sentences:
            taken = {i for n in found if n.sentence is sentence for i in range(n.start, n.end)}
            for index in range(len(sentence.tokens)):
                naming = bare_naming(sentence, index)
                if naming is not None and index not in taken:
                    found.append(naming)
        return found

    def _clause_owner(self, sentence: Sentence, at: int) -> Mention | None:
        """The one person a code name at ``at`` belongs to: named before it in its clause
        (back to a comma; else in the sentence), not after a preposition ("meldet sich bei
        Vogt") nor in the genitive. None when two could be meant."""
        tokens = sentence.tokens
        before = [
            m
            for m in self.mentions_in(sentence)
            if m.person is not None
            and m.end <= at
            and not m.genitive
            and not _after_preposition(tokens, m.start - len(m.roles))
        ]
        first = at
        while first > 0 and tokens[first - 1].text not in (",", ";", ":"):
            first -= 1
        in_clause = [m for m in before if m.start >= first] or before
        persons = {id(m.person) for m in in_clause}
        return in_clause[-1] if len(persons) == 1 else None

    def _merge_real_names(self, sentences: list[Sentence], namings: list[Naming]) -> None:
        """A nickname and the real name a sentence tells ("Kobra heißt in Wirklichkeit Tim
        Roth") are one person, known by the fuller name (or, of two full names, by the one the
        series uses); never two persons the series names side by side elsewhere."""
        nicknamed = {fold(word) for naming in namings for word in naming.words}
        for sentence in sentences:
            for known_by, real in same_person_pairs(
                sentence, self.mentions_in(sentence), nicknamed
            ):
                one, other = known_by.person, real.person
                if one is None or other is None or one is other:
                    continue
                if self._named_apart(one, other, sentence):
                    continue
                keep, stray = _known_name_first(one, other)
                if stray in self.persons:
                    self._merge(stray, keep)

    def _named_apart(self, one: Person, other: Person, telling: Sentence) -> bool:
        for key, mentions in self._mentions_by_sentence.items():
            persons = {id(m.person) for m in mentions}
            if key != id(telling) and id(one) in persons and id(other) in persons:
                return True
        return False

    def _owner(self, namings: list[Naming], words: tuple[str, ...]) -> Person | None:
        owners = {
            id(m.person): m.person
            for naming in namings
            # The nickname itself, never a full name that ends in it ("Kurt Lange" is not
            # "der Lange")
            if naming.words == words or (len(words) == 1 and fold(naming.lemma) == fold(words[0]))
            for m in self.mentions_in(naming.sentence)
            if m.end == naming.owner_end and m.person is not None
        }
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _merge_nicknames(self, namings: list[Naming]) -> None:
        """A nickname is no mention where it is introduced (a gap there asks nothing), and a
        person the finder took the nickname for ("Fass-Toni ruft an") is its owner."""
        for naming in namings:
            mentions = self._mentions_by_sentence[id(naming.sentence)]
            mentions[:] = [m for m in mentions if not naming.start <= m.start < naming.end]
        for stray in list(self.persons):
            owner = self._owner(namings, stray.name)
            if owner is not None and owner is not stray:
                self._merge(stray, owner)

    def _merge(self, stray: Person, owner: Person) -> None:
        """``stray`` was another name of ``owner``: its mentions are theirs, its name an alias."""
        self.persons.remove(stray)
        owner.mentions += stray.mentions
        owner.circles.update(stray.circles)
        owner.genders.update(stray.genders)
        owner.alone |= stray.alone
        owner.aliases |= {stray.name, *stray.aliases} - {owner.name}
        owner.__dict__.pop("name_words", None)  # worked out again with the alias
        for mentions in self._mentions_by_sentence.values():
            mentions[:] = [replace(m, person=owner) if m.person is stray else m for m in mentions]
        for persons in self._single_words.values():
            persons[:] = [owner if p is stray else p for p in persons]
        for spelling, person in list(self._by_spelling.items()):
            if person is stray:
                self._by_spelling[spelling] = owner

    def _add_epithets(self, sentences: list[Sentence], namings: list[Naming]) -> None:
        """Persons known by an epithet only: "ein Spion, den alle nur den Raben nennen" makes
        "der Rabe" a person, mentioned wherever an article stands before the word ("dem
        Raben", "Vom Raben"). An epithet given right after a name ("Halvard, den alle nur
        den Raben nennen") is that person's."""
        # A one-word nickname is mentioned with an article too ("„Rabe“ genannt" ... "der Rabe").
        lemmas = _epithets(sentences) + [
            n.lemma
            for n in namings
            if (n.article is not None or len(n.words) == 1) and n.owner_end >= 0
        ]
        for lemma in dict.fromkeys(lemmas):
            owner = self._owner(namings, (lemma,))
            nominative = _nominative_article(sentences, lemma)
            if owner is not None:
                person = owner
            elif nominative is None:
                continue
            else:
                person = Person((nominative, lemma))
                person.spellings[person.name] += 0
                person.genders[FEMALE if nominative == "die" else MALE] += 1
            for sentence in sentences:
                mentions = self._mentions_by_sentence[id(sentence)]
                taken = {i for m in mentions for i in range(m.start, m.end)}
                tokens = sentence.tokens
                for index in range(1, len(tokens)):
                    if not tokens[index].is_capitalised:
                        continue  # "die lange Nacht" is no mention of "der Lange"
                    if fold(tokens[index].lemma or tokens[index].text) != fold(lemma):
                        continue
                    article = tokens[index - 1]
                    if article.text.lower() not in _EPITHET_ARTICLES or {index - 1, index} & taken:
                        continue
                    following = tokens[index + 1].text.lower() if index + 1 < len(tokens) else ""
                    if following in _NAMING_VERBS:
                        continue  # "den alle nur den Raben nennen": the naming, not a mention
                    person.mentions += 1
                    mentions.append(
                        Mention(
                            sentence,
                            index - 1,
                            index + 1,
                            person,
                            sentence.span_text(index - 1, index + 1),
                        )
                    )
                mentions.sort(key=lambda m: m.start)
            if person.mentions and person is not owner:
                self.persons.append(person)

    # --- building the registry ---------------------------------------------------------
    def _add_full_name(self, words: tuple[str, ...]) -> None:
        if words in self._by_spelling:
            return
        person = next((p for p in self.persons if _same_person(p.name, words)), None)
        if person is None:
            person = self._the_one_it_opens(words)
        if person is None:
            person = Person(words)
            self.persons.append(person)
        person.spellings[words] += 0  # remembers the order spellings were first seen in
        self._by_spelling[words] = person

    def _the_one_it_opens(self, words: tuple[str, ...]) -> Person | None:
        """ "Jarl Ole" where "Jarl Ole Ragnarsson" is known and no other full name opens so:
        a shorter form of that one person (round 12: both offered as choices), never a second
        person. Longer names are known first: spans are added longest first."""
        opened = [
            p for p in self.persons if len(p.name) > len(words) and p.name[: len(words)] == words
        ]
        return opened[0] if len(opened) == 1 else None

    def _resolve_single(self, word: str, *, create: bool) -> Person | bool | None:
        """The person a lone name word stands for: None when several fit, False when none."""
        known = self._single_words.get(word, [])
        by_surname = [person for person in known if person.surname == word]
        by_first_name = [person for person in known if person.first_name == word]
        for group in (by_surname, by_first_name, self._one_letter_off(word)):
            if group:
                return group[0] if len(group) == 1 else None
        if not create:
            return False
        person = Person((word,))
        person.spellings[(word,)] += 0
        self.persons.append(person)
        self._by_spelling[(word,)] = person
        self._single_words[word] = [person]
        return person

    def _one_letter_off(self, word: str) -> list[Person]:
        """Persons known in full whose surname is one edit away from ``word``."""
        if len(word) < _SHORTEST_FUZZY_SURNAME:
            return []
        folded = fold(word)
        return [
            person
            for person, surname in self._folded_surnames
            if abs(len(surname) - len(folded)) <= 1 and Levenshtein.distance(surname, folded) == 1
        ]

    # --- finding spans -------------------------------------------------------------------
    def _spans(self, sentence: Sentence) -> list[_Span]:
        tokens = sentence.tokens
        spans: list[_Span] = []
        firm = firm_name_tokens(tokens)  # "die Kanzlei Vogt & Roth" names no one
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if index in firm:
                index += 1
                continue
            if self._is_role(tokens, index):
                end = _outside(firm, index + 1, self._name_run(tokens, index + 1, led=True))
                if end > index + 1 and _a_group_named(tokens, index, end):
                    index = end  # "gegen die Sportfreunde Heidekamp": a club, no one person
                    continue
                if end > index + 1 and not _a_date(tokens, index + 1, end):
                    # "Die Stations-KI HERA": a compound the tagger reads as a name, between
                    # an article and a name, is the role of the name that follows it.
                    compound = (token.text,) if "-" in token.text.strip("-") else ()
                    roles = _roles_before(tokens, index + 1) or compound
                    span = self._span(sentence, index + 1, end, roles)
                    spans.append(span)
                    index = span.end
                    continue
            if self._used_as_name(tokens, index):
                spans.append(self._span(sentence, index, index + 1, ()))
                index += 1
                continue
            # A quotation mark the tagger calls foreign opens no name: "mit dem Kutter „Möwe“
            # Urlauber fahren" names a boat, then its passengers, no one called that.
            if pos.is_proper_noun(token) and token.is_word and not is_function_word(token):
                if _a_noun_of_someone(tokens, index):
                    index += 1  # "der Trupp von Joachim von X": the name starts after "von"
                    continue
                end = _outside(firm, index, self._name_run(tokens, index, led=False))
                words = tuple(t.text for t in tokens[index:end])
                if _a_date(tokens, index, end):
                    index = end  # "Ende März 1955": a month, no one of that name
                    continue
                if (
                    end - index >= 2
                    or (end - index == 1 and _acts_as_person(tokens, index))
                    or naming_after(sentence, end) is not None  # "Halvard, den alle ... nennen"
                    or inner_nickname(tokens, end) is not None  # "Anton „Fass-Toni“ Reis"
                ) and words not in self._places:
                    span = self._span(sentence, index, end, ())
                    spans.append(span)
                    index = span.end
                    continue
                if end > index and words in self._places:
                    index = end
                    continue
            index += 1
        return spans

    def _used_as_name(self, tokens: list[Token], index: int) -> bool:
        """A word the tagger reads as a common noun that the series uses as a name: never
        after an article, and standing as persons do ("So zieht Bommel ein")."""
        token = tokens[index]
        return (
            pos.is_noun(token)
            and token.is_capitalised
            and token.text not in self._facts.after_determiner
            and role_circle(token.text) is None
            and not is_place_noun(token.text)
            and (token.text,) not in self._places
            # Once in the series and never tagged a name, it is a noun ("weil die Polizei nur
            # Strandgäste verwarnt"): a person is named again, or looks like a name.
            and (
                self._written[_strip_genitive(token.text)] > 1
                or token.text in self._facts.name_readings
            )
            and not (index + 1 < len(tokens) and self._facts.looks_like_name(tokens[index + 1]))
            and not _a_date(tokens, index, index + 1)
            and _acts_as_person(tokens, index)
        )

    def _is_role(self, tokens: list[Token], index: int) -> bool:
        token = tokens[index]
        if not token.is_capitalised or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if index > 0 and pos.is_number(tokens[index - 1]):
            return False  # "mit 300 Fass Hering": a unit, not a role
        if _english_possessive(following) and index + 2 < len(tokens):
            return False  # "die Riverina Farmers' Bank": one name, "Riverina" no role in it
        # "Die Hexe Morwen", "Der Fischer Ole Brink": a name takes no article, the word
        # between is a role; so is a word the series puts an article before elsewhere.
        if (
            following.is_capitalised
            and (self._facts.looks_like_name(following) or _a_name_in_capitals(tokens, index + 1))
            and not is_place_noun(token.text)
            and token.text not in NAME_PARTICLES
            # "ein Dutzend Schürfer", "die Schürfer": a count, and a word the series puts an
            # article before is no name
            and fold(token.text) not in COUNTING_NOUNS
            and not _names_a_thing(token, tokens[index + 1 :])
            and following.text not in self._facts.after_determiner
            and (
                (index > 0 and pos.is_article(tokens[index - 1]))
                or token.text in self._facts.after_determiner
            )
        ):
            return True
        # A nominalised adjective right before a proper noun works as a role ("Der Verurteilte
        # X"), after an article: without one it opens a club's name ("rutscht Rot-Weiß X ab").
        return role_circle(token.text) is not None or (
            pos.is_nominalised_adjective(token)
            and pos.is_proper_noun(tokens[index + 1])
            and index > 0
            and (pos.is_article(tokens[index - 1]) or pos.is_determiner(tokens[index - 1]))
        )

    def _name_run(self, tokens: list[Token], start: int, *, led: bool) -> int:
        """The end of the name that starts at ``start`` (== start when there is none)."""
        facts = self._facts
        end = start
        while end < len(tokens) and end - start < _LONGEST_NAME:
            token = tokens[end]
            following = tokens[end + 1] if end + 1 < len(tokens) else None
            after_particle = end > start and tokens[end - 1].text in NAME_PARTICLES
            if _double_particle(tokens, end, after_first_name=end == start + 1):
                end += 3  # "Joost van der Meulen": the article belongs to the name
                continue
            if (
                end > start
                and token.text in NAME_PARTICLES
                and following is not None
                and _could_be_surname(following, facts)
                and fold(following.text) not in BARE_PHRASE_NOUNS
                # "rührt Gisela Wolters zu Tränen": a noun the tagger knows is no house; nor,
                # after "von", a noun in an inflected form ("wird Thomas von Soldaten
                # gefasst"): a house name stands as it is ("von Falkenstein")
                and not (
                    facts.is_common_noun(following)
                    and following.text not in facts.name_readings
                    and (
                        token.text == "zu"
                        or (token.text in _HOUSE_PARTICLES and _inflected(following))
                    )
                )
                # "Karl Brandes von Cuxhaven" ("in Cuxhaven" elsewhere): a full name and where
                # he comes from; after a first name alone it is a house ("Maelis von Dornholt").
                and not (
                    end - start > 1
                    and (
                        (following.text,) in self._places
                        or following.text in facts.after_place_preposition
                    )
                )
            ):
                end += 1
                continue
            # "am Mulga Creek", "Mount Isa": the run is a place's name, no one's.
            if ends_a_place_name(token.text) or (end == start and starts_a_place_name(token.text)):
                return start
            # "im Gewächshaus C": a single letter labels a thing; no name is that short.
            if (
                not token.is_capitalised
                or not token.is_word
                or token.text[:1].isdigit()
                or len(token.text) == 1
            ):
                break
            # A role or place word opens the next name ("... Bruder Cyril") unless it closes
            # this one as a surname ("Paul Graf", "Tim Berg").
            introduces = end == start or (
                following is not None and following.is_capitalised and following.is_word
            )
            if introduces and (role_circle(token.text) is not None or is_place_noun(token.text)):
                break
            if end > start and _genitive_before(tokens[end - 1], token, facts):
                break
            if (
                end > start
                and following is not None
                and _genitive_before(token, following, facts)
                and _strip_genitive(token.text) in self._as_written
                and not facts.is_surname(_strip_genitive(token.text))
                and facts.is_surname(tokens[start].text, besides=token.text)
            ):
                # "wirbt Falk Enzos Fänger ab": a known surname ("Bruno Falk"), then
                # the genitive of someone named alone and never as a surname ("Enzo"): two
                # persons ("Ole Brinks Bruder" stays one: "Jan Brink" makes Brink a surname)
                break
            if end == start:
                # After a role word a name may be a word the tagger knows as a noun ("Rosa")
                # when a proper noun follows it, or a name in capitals ("Die Stations-KI HERA").
                fits = (
                    facts.looks_like_name(token)
                    or (led and _a_name_in_capitals(tokens, end))
                    or (
                        led
                        and not is_function_word(token)
                        and following is not None
                        and (pos.is_proper_noun(following) or _could_be_surname(following, facts))
                    )
                )
            else:
                # Right after a first name a capitalised word is a surname even when the tagger
                # reads it as a noun or adjective ("Jan Schilling", "Petra Lang").
                first_name = end == start + 1 and (led or pos.is_proper_noun(tokens[start]))
                fits = facts.looks_like_name(token) or (
                    (after_particle or first_name) and _could_be_surname(token, facts)
                )
            if not fits:
                break
            end += 1
        while end > start and tokens[end - 1].text in NAME_PARTICLES:
            end -= 1
        return end

    def _span(self, sentence: Sentence, start: int, end: int, roles: tuple[str, ...]) -> _Span:
        tokens = sentence.tokens
        words = tuple(t.text for t in tokens[start:end])
        surname = inner_nickname(tokens, end)
        if surname is not None:  # "Anton „Fass-Toni“ Reis" is Anton Reis, the nickname between
            words += (tokens[surname].text,)
            end = surname + 1
        following = tokens[end] if end < len(tokens) else None
        shape = following is not None and _genitive_before(tokens[end - 1], following, self._facts)
        # "mit dem Tod Cölestins", "eine alte Freundin Vittorios": a genitive after its noun,
        # the name known without its s; a role word before it is whose it is, not their role.
        bare = _strip_genitive(words[-1])
        after_noun = (
            end - start == 1
            and start > 0
            and bare != words[-1]
            and bare in self._as_written
            and self._facts.is_common_noun(tokens[start - 1])
        )
        return _Span(sentence, start, end, words, () if after_noun else roles, shape or after_noun)

    @staticmethod
    def _without_genitive(span: _Span, plain_words: set[str]) -> tuple[str, ...]:
        last = span.words[-1]
        if not span.genitive_shape or last in plain_words:
            return span.words
        return (*span.words[:-1], _strip_genitive(last))

    # --- mentions ----------------------------------------------------------------------------
    def _mentions(
        self, sentence: Sentence, spans: list[_Span], plain_words: set[str]
    ) -> list[Mention]:
        mentions: list[Mention] = []
        covered: set[int] = firm_name_tokens(sentence.tokens)
        for span in spans:
            words = self._without_genitive(span, plain_words)
            genitive = words != span.words
            if len(words) > 1:
                person: Person | None = self._by_spelling[words]
            else:
                resolved = self._resolve_single(words[0], create=True)
                person = resolved if isinstance(resolved, Person) else None
            start = _with_particles(sentence.tokens, span.start, person)
            self._record(mentions, span.sentence, start, span.end, person, genitive, span.roles)
            covered.update(range(start, span.end))
        for index, token in enumerate(sentence.tokens):
            if index in covered or not token.is_capitalised or role_circle(token.text) is not None:
                continue
            mention = self._lone_word(sentence, index, plain_words)
            if mention is not None:
                person, genitive = mention
                start, end = _with_particles(sentence.tokens, index, person), index + 1
                # A first name the tagger missed at the start of a sentence, with its surname after it.
                if person is not None and not genitive and person.name[0] == token.text:
                    rest = tuple(t.text for t in sentence.tokens[end : end + len(person.name) - 1])
                    if rest == person.name[1:]:
                        end += len(rest)
                covered.update(range(start, end))
                self._record(
                    mentions,
                    sentence,
                    start,
                    end,
                    person,
                    genitive,
                    _roles_before(sentence.tokens, start),
                )
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _lone_word(
        self, sentence: Sentence, index: int, plain_words: set[str]
    ) -> tuple[Person | None, bool] | None:
        """A surname or first name standing alone, once the person is known."""
        token = sentence.tokens[index]
        bare = _strip_genitive(token.text)
        # "in Mückes Rucksack" looked like a place before the persons were known: a known
        # person's genitive before a noun is no place.
        following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
        owned = (
            bare != token.text
            and bare in self._single_words
            and following is not None
            and self._facts.is_common_noun(following)
        )
        if (token.text,) in self._places and not owned:
            return None
        # "treibt an Land" where Tom Land is known: a set phrase, never a mention of him.
        if index > 0 and _in_a_set_phrase(sentence.tokens[index - 1], token):
            return None
        if not (pos.is_proper_noun(token) or pos.is_noun(token)):
            return None
        for word, genitive in ((token.text, False), (bare, True)):
            if genitive and (bare == token.text or bare not in plain_words):
                continue
            if word in self._single_words:
                resolved = self._resolve_single(word, create=False)
                return (resolved if isinstance(resolved, Person) else None), genitive
        # A surname spelled a little differently ("O’Conner" for "O’Connor"), where it stands
        # like a name: tagged as one, or right after a role word.
        after_role = index > 0 and role_circle(sentence.tokens[index - 1].text) is not None
        if self._facts.looks_like_name(token) or after_role:
            resolved = self._resolve_single(token.text, create=False)
            if isinstance(resolved, Person):
                return resolved, False
        return None

    @staticmethod
    def _record(
        mentions: list[Mention],
        sentence: Sentence,
        start: int,
        end: int,
        person: Person | None,
        genitive: bool,
        roles: tuple[str, ...],
    ) -> None:
        written = sentence.span_text(start, end)
        gender = named_gender(sentence.tokens, start, roles) or (
            None if genitive else apposition_gender(sentence.tokens, end)
        )
        if person is not None:
            if gender is not None:
                person.genders[gender] += 1
            person.mentions += 1
            words = tuple(t.text for t in sentence.tokens[start:end])
            if len(words) > 1 and not genitive:
                person.spellings[words] += 1
            elif len(words) == 1 and not genitive:
                person.alone.add(words[0])
            for role in roles:
                circle = _title_circle(sentence.tokens, start - len(roles), role)
                if circle is not None:
                    person.circles[circle] += 1
            person.titles.update(title_keys(sentence.tokens, start))
            if start > 0 and is_animal_word(sentence.tokens[start - 1].text):
                person.as_animal += 1
        mentions.append(Mention(sentence, start, end, person, written, genitive, roles, gender))

    def _canonicalise(self) -> None:
        """A person's canonical spelling is the full form seen most often (first seen on a tie)."""
        for person in self.persons:
            best = max(person.spellings.items(), key=lambda item: item[1])[0]
            if len(best) >= len(person.name):
                person.name = best


_JOINING = frozenset({"und", "sowie"})


def _group_beside(tokens: list[Token], start: int, end: int) -> set[str]:
    """The plural noun joined by "und" to the name at ``start``–``end`` ("Maggie und ein Dutzend
    Schürfer", "die Schürfer und Maggie"), as word and lemma, folded; empty when there is none."""
    if end < len(tokens) and tokens[end].text in _JOINING:
        index, counted = end + 1, False
        while index + 1 < len(tokens) and (
            pos.is_determiner(tokens[index])
            or pos.is_number(tokens[index])
            or pos.is_adjective(tokens[index])
            or (pos.is_noun(tokens[index]) and _a_noun(tokens[index + 1]))  # "ein Dutzend X"
        ):
            counted |= pos.is_number(tokens[index]) or pos.is_quantifier(tokens[index])
            counted |= pos.is_noun(tokens[index])
            index += 1
        noun = tokens[index] if index < len(tokens) and _a_noun(tokens[index]) else None
    elif start > 1 and tokens[start - 1].text in _JOINING and pos.is_noun(tokens[start - 2]):
        noun, counted = tokens[start - 2], False
    else:
        return set()
    if noun is None:
        return set()
    lemma = noun.lemma or noun.text
    # a plural by its form ("Männern") or by what counts it ("ein Dutzend", "zwei", "viele")
    if not counted and fold(lemma) == fold(noun.text):
        return set()
    return {fold(noun.text), fold(lemma)}


# Endings of nouns for things, bodies and services, never for a person ("die Staatsanwaltschaft
# Wiesbaden", "die Kennung TH-17", "der Lawinenwarndienst Tirol").
_THING_ENDINGS = (*ABSTRACT_ENDINGS, "ion", "dienst", "amt", "werk", "verband", "gruppe")
# Endings of nouns for persons and named animals ("Barpianist", "Doktorandin", "Elefantenkuh").
_PERSON_ENDINGS = (
    *("er", "in", "ist", "ant", "ent", "eur", "or", "e", "mann", "frau", "koch", "kuh", "ling"),
    *("maedchen", "junker", "clown"),
    *("sohn", "kind", "wirt", "chef", "boss", "graf", "held", "gast", "hund", "hengst", "bär"),
)


def _a_group_named(tokens: list[Token], role: int, end: int) -> bool:
    """ "die Sportfreunde Heidekamp", "die Brüder Grimm": "die" and a role word in the plural
    before one word that no other name joins ("die Kollegen Bauer und Lind" are two) name a
    club or a family, not a person (round 19 asked "gegen die Sportfreunde ____")."""
    word = tokens[role]
    # a role of the lexicon whose lemma is not its form; other words' lemmas are guesses
    # ("Garderobiere" read as a form of "Garderobier": "die Garderobiere Frieda" is one woman)
    plural = (
        role_key(word.text) is not None
        and bool(word.lemma)
        and word.lemma != word.text
        and not word.text.endswith("in")
    )
    joined = end < len(tokens) and tokens[end].text in ("und", ",", "&")
    return (
        role > 0
        and tokens[role - 1].text.lower() == "die"
        and plural
        and end - role == 2
        and not joined
    )


def _names_a_thing(noun: Token, rest: list[Token]) -> bool:
    """Whether the common noun between an article and a name names a thing, not the name's
    role: one of a thing's endings, or no person's ending before a one-word name ("meldet der
    Pegel Emmerich": a gauge and its town; round 18 offered "Emmerich" as a person)."""
    if not pos.is_noun(noun):
        return False  # "des Sertorius Niger": a name the tagger knows as one
    folded = _strip_genitive(fold(noun.text).rsplit("-", 1)[-1])
    if folded.endswith(_THING_ENDINGS):
        return True
    one_word = len(rest) < 2 or not (rest[1].is_capitalised and rest[1].is_word)
    return one_word and not folded.endswith(tuple(fold(e) for e in _PERSON_ENDINGS))


def _a_noun_of_someone(tokens: list[Token], index: int) -> bool:
    """An article, a word and "von": a thing or group of someone's ("Angeführt wird der Trupp
    von Joachim von Albrechtsheim"), even where the tagger reads the word as a name; a first
    name takes no article, and a role between article and name is found before this."""
    return (
        index > 0
        and pos.is_article(tokens[index - 1])
        and index + 2 < len(tokens)
        and tokens[index + 1].text in ("von", "vom")
        and tokens[index + 2].is_capitalised
    )


def _a_noun(token: Token) -> bool:
    """A capitalised noun, also one the tagger took for a name ("ein Dutzend Schürfer")."""
    return token.is_capitalised and (pos.is_noun(token) or pos.is_proper_noun(token))


def _outside(firm: set[int], start: int, end: int) -> int:
    """The end of a name run that stops before a firm's name ("verlässt Jan Roth Vogt & Roth")."""
    return next((index for index in range(start, end) if index in firm), end)


def _two_names_apart(spans: list[_Span]) -> list[_Span]:
    """A run of names written once that is another full name with a word before it: that word
    is a role ("Metzger Arne Kolk" beside "Metzgermeister Arne Kolk") or a name of its
    own ("Richter Brandt Tom Fiedler" beside "Tom Fiedler"), and a known surname
    followed by a known first name is two persons ("gesteht Mrs. Quinn Lena Vogt": Ada
    Quinn confesses to Lena Vogt). One glued name took the role word, or
    a first name took another's surname, into every question about them (blind reading,
    round 9: a first name with a client's surname, a baker's trade word as his first name)."""
    written: Counter[tuple[str, ...]] = Counter(s.words for s in spans if len(s.words) > 1)
    found: list[_Span] = []
    for span in spans:
        others = [words for words in written if words != span.words]
        found += _apart(span, others) if written[span.words] == 1 else [span]
    return found


def _without_a_word_after_a_known_name(
    spans: list[_Span], stray: Callable[[str], bool]
) -> list[_Span]:
    """ "kann die Stella Marina Bastia nicht anlaufen" after "die MS Stella Marina": a name the
    series wrote in full before, then words that are a place or stand nowhere else, are a
    name and what is said of it, not one longer name ("Marina Bastia" was asked as a person:
    "die Stella ____"). A role word may have taken the first words of the known name; the
    span then takes them back and stands for that name."""
    earlier: list[tuple[str, ...]] = []
    found: list[_Span] = []
    for span in spans:
        known = _known_name_before(span, earlier)
        if known is None or not all(stray(word) for word in span.words[known[2] - span.start :]):
            found.append(span)
        else:
            name, first, end = known
            roles = span.roles if first == span.start else ()
            found.append(_Span(span.sentence, first, end, name, roles, False))
        if len(span.words) > 1 and span.words not in earlier:
            earlier.append(span.words)
    return found


def _known_name_before(
    span: _Span, names: list[tuple[str, ...]]
) -> tuple[tuple[str, ...], int, int] | None:
    """The one known name of two words or more whose ending (two words or more) stands in the
    sentence up to a word inside the span before its last, starting at most two words before
    the span; with the token indices of that ending."""
    tokens = span.sentence.tokens
    for end in range(span.end - 1, span.start, -1):
        for first in range(max(0, span.start - 2), end - 1):
            written = tuple(t.text for t in tokens[first:end])
            fitting = [name for name in names if name[-len(written) :] == written]
            if len(fitting) == 1:
                return fitting[0], first, end
    return None


def _first_name_then_full_name(spans: list[_Span]) -> list[_Span]:
    """ "lernt Thomas Catherine Halloway kennen": three names in a row whose first is the first
    name of another full name ("Thomas Marlowe") and whose first two each stand alone elsewhere
    are a man and a woman, not one person with two first names."""
    alone, full = _alone_and_in_full(spans)
    found: list[_Span] = []
    for span in spans:
        words = span.words
        first, rest = words[:1], words[1:]
        if (
            len(words) >= 3
            and not set(words) & NAME_PARTICLES
            and first[0] in alone
            and rest[0] in alone
            and any(name[0] == first[0] and name[1:] != rest for name in full)
        ):
            found += _cut(span, span.start + 1)
        else:
            found.append(span)
    return found


def _full_name_then_surname(spans: list[_Span]) -> list[_Span]:
    """ "lässt die Contessa Beatrice Ferri Marchal wissen, dass ...": a full name written
    elsewhere, then the surname of another full name, each of the two last words standing
    alone elsewhere ("die Contessa Ferri", "und Marchal lädt sie"), are two persons, not one
    with two surnames (a glued name was written out for every bare "Marchal" of the episode)."""
    alone, full = _alone_and_in_full(spans)
    found: list[_Span] = []
    for span in spans:
        head, tail = span.words[:-1], span.words[-1]
        if (
            len(head) > 1
            and head in full
            and {head[-1], tail} <= alone
            and any(name[-1] == tail and name[:-1] != head for name in full)
        ):
            found += _cut(span, span.end - 1)
        else:
            found.append(span)
    return found


def _alone_and_in_full(spans: list[_Span]) -> tuple[set[str], set[tuple[str, ...]]]:
    """The words the series writes as a name on their own, and the names it writes in full."""
    alone = {span.words[0] for span in spans if len(span.words) == 1}
    return alone, {span.words for span in spans if len(span.words) > 1}


def _cut(span: _Span, middle: int) -> list[_Span]:
    """The span as two names, apart at token ``middle``: the first keeps its roles, the
    second its genitive shape."""
    at = middle - span.start
    return [
        _Span(span.sentence, span.start, middle, span.words[:at], span.roles, False),
        _Span(span.sentence, middle, span.end, span.words[at:], (), span.genitive_shape),
    ]


def _apart(span: _Span, others: list[tuple[str, ...]]) -> list[_Span]:
    """The span cut where a full name written elsewhere starts (see ``_two_names_apart``)."""
    surnames = {words[-1] for words in others}
    first_names = {words[0] for words in others}
    words = span.words
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        whole_tail = len(tail) > 1 and tail in others
        after_surname = head[-1] in surnames and tail[0] in first_names
        if not (whole_tail or after_surname or _two_first_names(head, tail, others)):
            continue
        first, rest = _cut(span, span.start + cut)
        if not whole_tail:
            rest = _completed(rest, others)
        if head[-1] in surnames or head[0] in first_names or len(head) > 1:
            return [first, rest]
        return [replace(rest, roles=(*span.roles, *head))]
    return [span]


def _two_first_names(
    head: tuple[str, ...], tail: tuple[str, ...], others: list[tuple[str, ...]]
) -> bool:
    """ "gesteht Cem Johanna, dass …": a lone word that opens one full name, then the first name
    of another, is one person speaking to the other (round 19 asked for "Cem Johanna")."""
    if len(head) != 1 or len(tail) != 1:
        return False
    opens = {words[0]: words for words in others}
    return head[0] in opens and tail[0] in opens and opens[head[0]] != opens[tail[0]]


def _completed(span: _Span, others: list[tuple[str, ...]]) -> _Span:
    """The first name of a split run with the surname the tagger left out after it
    ("Lena" + "Vogt")."""
    tokens = span.sentence.tokens
    for name in others:
        if name[: len(span.words)] != span.words or len(name) == len(span.words):
            continue
        following = tuple(t.text for t in tokens[span.end : span.end + len(name) - len(span.words)])
        if span.words + following == name:
            return replace(span, end=span.start + len(name), words=name, genitive_shape=False)
    return span


def _unglued(spans: list[_Span], plain_words: set[str], facts: WordFacts) -> list[_Span]:
    """Two words taken for one name that are a name and a noun: "Mias Geburtstagstorte" (a
    genitive of the known "Mia"), "macht Marek Vorwürfe" (a known surname, then a word the
    series never uses as a name)."""
    surnames = {span.words[-1] for span in spans if len(span.words) > 1}
    counts: Counter[str] = Counter(word for span in spans for word in span.words)
    found = []
    for span in spans:
        if len(span.words) == 2 and not span.roles:
            first, second = span.words
            bare = _strip_genitive(first)
            genitive = bare != first and bare in plain_words
            glued = (
                first in surnames
                and counts[second] == 1
                and second not in facts.tagged_as_name
                and second not in facts.name_readings
            )
            if genitive or glued:
                span = _Span(span.sentence, span.start, span.start + 1, (first,), (), genitive)
        found.append(span)
    return found


_NAMING_VERBS = frozenset({"nennen", "nennt", "nannte", "nannten", "genannt"})
# "Vom Raben fehlt jede Spur" is no subject: only a plain article makes a mention.
_EPITHET_ARTICLES = frozenset({"der", "die", "den", "dem"})


def _epithets(sentences: list[Sentence]) -> list[str]:
    """The nouns a sentence says someone is called ("den alle nur den Raben nennen")."""
    found: list[str] = []
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if token.text.lower() not in _NAMING_VERBS:
                continue
            for position in range(index - 1, max(0, index - 4), -1):
                noun = tokens[position]
                named = pos.is_noun(noun) or pos.is_proper_noun(noun)
                if named and pos.is_article(tokens[position - 1]):
                    lemma = noun.lemma or noun.text
                    if lemma not in found and role_circle(lemma) is None:
                        found.append(lemma)
                    break
    return found


def _nominative_article(sentences: list[Sentence], lemma: str) -> str | None:
    """ "der" or "die", as the series writes the epithet where it stands as the word itself
    ("tötet der Rabe"); None when it never does."""
    for sentence in sentences:
        for before, token in itertools.pairwise(sentence.tokens):
            if token.text == lemma and before.text.lower() in ("der", "die"):
                return before.text.lower()
    return None


def _same_person(known: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Same first name and surnames one edit apart (O’Neil / O’Neill): one person."""
    if len(known) != len(other) or known[:-1] != other[:-1]:
        return False
    return Levenshtein.distance(fold(known[-1]), fold(other[-1])) <= 1


# What may stand before a lone first name that acts as a person: nothing, a comma or "und"
# of a list, the finite verb it follows ("So zieht Bommel ein"), an adverb.
_LONE_NAME_BEFORE = frozenset({",", "und", "oder", "sowie", "dass", "weil", "als", "wie"})


_DATE_LEADS = frozenset({"ende", "anfang", "mitte", "im", "seit", "bis", "ab", "zum"})


def _a_date(tokens: list[Token], start: int, end: int) -> bool:
    """A word of time alone, after "Ende", "im" ... or before a year ("Ende März 1955",
    "im August"): a date, though "August" is a first name as well."""
    if end - start != 1 or fold(tokens[start].text) not in TIME_NOUNS:
        return False
    before = tokens[start - 1].text.lower() if start > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    return before in _DATE_LEADS or (len(after) == 4 and after.isdigit())


def _acts_as_person(tokens: list[Token], index: int) -> bool:
    """A single proper noun used as persons are, with no role word before it: the subject
    before a finite verb ("Mia hängt ..."), right after one ("zieht Bommel ein"), or one of a
    list of such names ("Jonas, Mia und Tarek teilen ...")."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or not tokens[index].text[:1].isupper():
        return False
    if before is not None and not (
        before.text in _LONE_NAME_BEFORE or is_finite_verb(before) or pos.is_adverb(before)
    ):
        return False  # "in Oz", "das Gefängnis Oz", "dem Hund Rex": not a person by itself
    if is_finite_verb(after):
        return before is None or before.text in _LONE_NAME_BEFORE or pos.is_adverb(before)
    if _described_as_person(tokens, index + 1):
        return True  # "Jana, eine Veganerin aus Nippes, hilft ihm"
    if before is not None and is_finite_verb(before):
        # "zieht Bommel ein", "kocht Mia heute": an object would rather end the sentence.
        return pos.is_verb_particle(after) or pos.is_adverb(after)
    # In a list that opens the sentence: "Jonas, Mia und Tarek teilen ..."
    if before is not None and before.text not in (",", "und"):
        return False
    for position in range(index + 1, min(len(tokens) - 1, index + 8)):
        token = tokens[position]
        if is_finite_verb(token):
            return position > index + 1
        if token.text not in (",", "und") and not pos.is_proper_noun(token):
            return False
    return False


# Endings of words for women who do something ("Veganerin", "Pianistin", "Studentin").
_WOMAN_WHO = ("erin", "istin", "antin", "entin")


def _described_as_person(tokens: list[Token], end: int) -> bool:
    """A role in apposition right after a lone name (", die Ärztin", ", eine Veganerin"): a
    known role in the article's gender, or a word for a woman who does something."""
    if apposition_gender(tokens, end) is not None:
        return True
    if (
        end + 2 >= len(tokens)
        or tokens[end].text != ","
        or tokens[end + 1].text not in ("eine", "die")
    ):
        return False
    word = tokens[end + 2]
    return word.is_capitalised and word.text.lower().endswith(_WOMAN_WHO)


def title_before(tokens: list[Token], start: int) -> str | None:
    """The key of the word right before a name when it names a role: a known role word, or
    any common noun there ("Prinz Edric", "Kutscher Brenner")."""
    if start == 0:
        return None
    before = tokens[start - 1]
    key = role_key(before.text)
    if key is None and before.is_capitalised and pos.is_noun(before):
        key = fold(before.text)
    return key


def title_keys(tokens: list[Token], start: int) -> set[str]:
    """Every role key of the words before a name ("Chefärztin Dr." gives two)."""
    keys = {role_key(role) for role in _roles_before(tokens, start)}
    keys.add(title_before(tokens, start))
    return {key for key in keys if key is not None}


def _with_particles(tokens: list[Token], index: int, person: Person | None) -> int:
    """Where a surname said alone starts with the particles its person's name has before it:
    "dass von Arnim unterschreibt" is a mention of Felix von Arnim from "von" on, so that a gap
    never leaves "von ____" to be filled with the whole name."""
    if person is None or tokens[index].text not in person.name:
        return index
    position = person.name.index(tokens[index].text)
    start = index
    while (
        position > 0
        and start > 0
        and person.name[position - 1] in NAME_PARTICLES
        and tokens[start - 1].text.lower() == person.name[position - 1]
    ):
        position -= 1
        start -= 1
    return start


def _in_a_set_phrase(preposition: Token, noun: Token) -> bool:
    """ "an Bord", "von Bord", "an Land": a preposition and a bare noun of a set phrase."""
    return pos.is_preposition(preposition) and fold(noun.text) in BARE_PHRASE_NOUNS


def _english_possessive(token: Token) -> bool:
    """ "Farmers'" of "Farmers' Bank": an English plural possessive, inside a name."""
    return token.is_capitalised and token.text.endswith(("'", "’")) and len(token.text) > 2


def _roles_before(tokens: list[Token], start: int) -> tuple[str, ...]:
    """The role words right before a name: "Chefärztin Dr." gives both."""
    roles: list[str] = []
    index = start - 1
    while (
        index >= 0 and tokens[index].is_capitalised and role_circle(tokens[index].text) is not None
    ):
        roles.insert(0, tokens[index].text)
        index -= 1
    return tuple(roles)


def _a_name_in_capitals(tokens: list[Token], index: int) -> bool:
    """ "HERA berechnet": a word all in capitals, as names of machines and ships are written,
    that is a whole name ("SV Glückauf", "FC Hansa" are clubs: a word follows)."""
    text = tokens[index].text
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        len(text) > 1
        and text.isalpha()
        and text.isupper()
        and not (following is not None and following.is_capitalised and following.is_word)
    )


def _could_be_surname(token: Token, facts: WordFacts) -> bool:
    """Capitalised, no function word, and never used as a common noun in the series."""
    return (
        token.is_capitalised
        and token.is_word
        and not is_function_word(token)
        and token.text not in facts.after_determiner
    )


def _double_particle(tokens: list[Token], at: int, *, after_first_name: bool) -> bool:
    """ "van der Meulen", "van den Berg", "von der Leyen": a particle, an article and a
    surname, after a first name (round 18 asked "Joost" for Joost van der Meulen); after a
    full name it says where someone comes from ("Silas Crane von der Railroad"). After "van"
    the article is always the name's; after "von" only before a word the tagger reads as a
    name ("von der Brücke" is a place)."""
    if not after_first_name or at + 2 >= len(tokens) or tokens[at + 1].text not in ("der", "den"):
        return False
    surname = tokens[at + 2]
    if not (surname.is_capitalised and surname.is_word) or is_function_word(surname):
        return False
    return tokens[at].text == "van" or (tokens[at].text == "von" and pos.is_proper_noun(surname))


def _inflected(token: Token) -> bool:
    """A noun written otherwise than its lemma ("Soldaten" for "Soldat")."""
    return bool(token.lemma) and token.lemma != token.text


def _genitive_before(name: Token, following: Token, facts: WordFacts) -> bool:
    """ "Ottos Gruppe", "Webers Frau": a name in s right before a common noun is a genitive."""
    if _strip_genitive(name.text) == name.text or not following.is_capitalised:
        return False
    # "Matthias Kroll" beside "Jana Kroll" and "Ute Kroll": a first name in s, then a surname.
    if facts.is_surname_of_several(following):
        return False
    return facts.is_common_noun(following) or role_circle(following.text) is not None


def _strip_genitive(word: str) -> str:
    for ending in ("’", "'", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


# "Schwester Ayşe Demir" is a nurse, "ihre Schwester Grete" a sister: a kinship word worn as
# a bare title, with no article or possessive before it, is the title of a walk of life.
_TITLES_OF_KIN = {"schwester": "medicine"}


def _title_circle(tokens: list[Token], first: int, role: str) -> str | None:
    circle = role_circle(role)
    worn = _TITLES_OF_KIN.get(role.lower())
    if worn is None or first < 0:
        return circle
    before = tokens[first - 1] if first > 0 else None
    owned = before is not None and (
        pos.is_article(before)
        or pos.is_possessive(before)
        or pos.is_determiner(before)
        or pos.is_adjective(before)
        or (before.text.endswith(("s", "’", "'")) and before.is_capitalised)
    )
    return circle if owned else worn
