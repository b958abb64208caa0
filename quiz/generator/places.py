"""Find the names of places: after a place noun ("Gefängnis X", "Klinik X"), in quotes, or
after a preposition of place ("in X", "nach X"). Generic rules, no list of places."""

from __future__ import annotations

from quiz.generator import pos
from quiz.generator.aliases import inner_nickname
from quiz.generator.corpus import WordFacts
from quiz.generator.lexicon import PLACE_PREPOSITIONS
from quiz.generator.pos import is_function_word
from quiz.generator.roles import (
    ends_a_place_name,
    is_place_noun,
    role_circle,
    starts_a_place_name,
)
from quiz.generator.text import Sentence, Token

_OPENING_QUOTES = frozenset('"„“«»‚')
_LONGEST_PLACE = 3


def find_places(sentences: list[Sentence], facts: WordFacts) -> set[tuple[str, ...]]:
    places: set[tuple[str, ...]] = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            after_noun = (
                token.is_capitalised
                and role_circle(token.text) is None
                and is_place_noun(token.text)
            )
            if token.text in _OPENING_QUOTES and (
                _nickname(tokens, index) or inner_nickname(tokens, index) is not None
            ):
                continue
            if after_noun or token.text in _OPENING_QUOTES:
                start = index + 1
                if after_noun and start < len(tokens) and tokens[start].text in _OPENING_QUOTES:
                    start += 1
                run = _capitalised_run(tokens, start, facts)
            elif token.text.lower() in PLACE_PREPOSITIONS:
                run = _capitalised_run(tokens, index + 1, facts, strict=True)
                after = index + 1 + len(run)
                if after < len(tokens) and _in_love(tokens[after]):
                    continue  # "heimlich in Jana verliebt": a person, not a place
            else:
                continue
            if run:
                places.add(run)
        places |= _named_as_places(tokens, facts)
    return places


def _named_as_places(tokens: list[Token], facts: WordFacts) -> set[tuple[str, ...]]:
    """ "der Mulga Creek", "Mount Isa": names that a word of place names opens or closes."""
    found: set[tuple[str, ...]] = set()
    for index, token in enumerate(tokens):
        if not token.is_capitalised:
            continue
        if ends_a_place_name(token.text):
            before: list[str] = []
            for earlier in reversed(tokens[max(0, index - _LONGEST_PLACE + 1) : index]):
                if (
                    not facts.looks_like_name(earlier)
                    or is_function_word(earlier)
                    or role_circle(earlier.text) is not None
                ):
                    break
                before.insert(0, earlier.text)
            if before:
                found.add((*before, token.text))
        elif starts_a_place_name(token.text):
            run = _capitalised_run(tokens, index + 1, facts)[: _LONGEST_PLACE - 1]
            if run:
                found.add((token.text, *run))
    return found


def _in_love(token: Token) -> bool:
    return token.text.lower().startswith(("verliebt", "verlieb", "verknallt"))


# "den alle nur „Einstein“ nennen", "genannt „der Rabe“": a quoted name a person is called by.
_NAMING_WORDS = frozenset({"nennen", "nennt", "nannte", "genannt", "heißt", "namens", "nur"})


def _nickname(tokens: list[Token], quote: int) -> bool:
    near = [t.text.lower() for t in tokens[max(quote - 1, 0) : quote]]
    near += [t.text.lower() for t in tokens[quote + 2 : quote + 5]]
    return any(word in _NAMING_WORDS for word in near)


def _capitalised_run(
    tokens: list[Token], start: int, facts: WordFacts, *, strict: bool = False
) -> tuple[str, ...]:
    """Up to three name-like words from ``start``; ``strict`` wants proper-noun tags only."""
    words: list[str] = []
    for token in tokens[start : start + _LONGEST_PLACE]:
        name_like = (
            token.is_word and token.is_capitalised and pos.is_proper_noun(token)
            if strict
            else facts.looks_like_name(token)
        )
        if not name_like or role_circle(token.text) is not None:
            break
        words.append(token.text)
    return tuple(words)


def place_kinds(
    sentences: list[Sentence], places: set[tuple[str, ...]]
) -> dict[str, frozenset[str]]:
    """What the series calls each named place ("die Kreisstadt Wendorf", "das Dorf Klein
    Lüdersdorf": Wendorf -> {"kreisstadt"}): the place nouns right before its name."""
    found: dict[str, set[str]] = {}
    for sentence in sentences:
        words = [token.text for token in sentence.tokens]
        for index, word in enumerate(words[:-1]):
            if not is_place_noun(word):
                continue
            for place in places:
                if tuple(words[index + 1 : index + 1 + len(place)]) == place:
                    found.setdefault(" ".join(place), set()).add(word.lower())
    return {place: frozenset(kinds) for place, kinds in found.items()}


# Before a bare name these make it a town or a country ("in Rostock", "aus Leipzig"); "im
# Derby", "im „Revier-Echo“" are a match and a newspaper.
_BEFORE_A_TOWN = frozenset({"in", "aus", "nach", "von", "bei"})


def towns(sentences: list[Sentence], places: set[tuple[str, ...]]) -> frozenset[str]:
    """The named places the series writes right after "in"/"aus"/"nach" with no article or
    quote between: towns and countries, not papers, ships or matches."""
    found: set[str] = set()
    for sentence in sentences:
        words = [token.text for token in sentence.tokens]
        for index, word in enumerate(words[:-1]):
            if word.lower() not in _BEFORE_A_TOWN:
                continue
            for place in places:
                if tuple(words[index + 1 : index + 1 + len(place)]) == place:
                    found.add(" ".join(place))
    return frozenset(found)


# Where someone comes from: a place the series names only so ("ein Busfahrer aus Bochum",
# "aus New York zurückgerufen") lies outside where the story goes.
_ORIGIN_PREPOSITIONS = frozenset({"aus", "von"})


def origin_places(sentences: list[Sentence], places: set[tuple[str, ...]]) -> frozenset[str]:
    """The named places every mention of which follows "aus" or "von": home towns and far
    places people come from, never a choice for where the story goes (diagnosis 16: Bochum
    offered for an excursion from a Greek port, New York for a flat near Osaka)."""
    origins: set[str] = set()
    elsewhere: set[str] = set()
    for sentence in sentences:
        words = [token.text for token in sentence.tokens]
        for index in range(len(words)):
            for place in places:
                if tuple(words[index : index + len(place)]) != place:
                    continue
                before = words[index - 1].lower() if index > 0 else ""
                (origins if before in _ORIGIN_PREPOSITIONS else elsewhere).add(" ".join(place))
    return frozenset(origins - elsewhere)


def home_places(opening: Sentence, places: set[tuple[str, ...]]) -> frozenset[str]:
    """The places a series opens in, by name or as an adjective ("am Hamburger Freihafen",
    "im Tiroler Bergdorf Hinterau"): where it is at home, so asking for them tests nothing
    (blind reading, round 11). Where someone comes from or goes to is no home ("kehrt aus
    Berlin zurück", "von Cuxhaven nach Hamburg versetzt")."""
    words = [token.text for token in opening.tokens]
    homes: set[tuple[str, ...]] = set()
    for place in places:
        if len(place) == 1 and _adjective_forms(place[0]) & set(words):
            homes.add(place)
        for index in range(len(words) - len(place) + 1):
            if tuple(words[index : index + len(place)]) == place and not (
                index > 0 and words[index - 1].lower() in _ORIGINS_AND_GOALS
            ):
                homes.add(place)
    return frozenset(" ".join(place) for place in homes)


_ORIGINS_AND_GOALS = frozenset({"aus", "von", "vom", "nach"})


def _adjective_forms(place: str) -> set[str]:
    """Hamburg -> Hamburger, Wien -> Wiener, Bremen -> Bremer, München -> Münchner."""
    forms = {f"{place}er"}
    if place.endswith("en"):
        forms |= {f"{place[:-2]}er", f"{place[:-2]}ner"}
    return forms
