"""What is worth asking in a sentence: persons, numbers, places and key nouns, as gap spans."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quiz.generator import pos
from quiz.generator.lexicon import (
    DEFINITE_ARTICLES,
    EMPTY_NOUNS,
    NOT_NUMBERS,
    NUMBER_ADJECTIVE_SUFFIXES,
    SHELL_NOUNS,
)
from quiz.generator.nouns import NounBook, NounInfo
from quiz.generator.persons import Mention, Person, WhoIsWho
from quiz.generator.references import References
from quiz.generator.roles import is_place_noun
from quiz.generator.text import Sentence, Token, inside_a_name, opens_a_quote
from quiz.text.normalize import fold
from quiz.text.numbers import LARGEST_WORD_NUMBER, number_words, parse_number

PERSON, NUMBER, PLACE, NOUN = "person", "number", "place", "noun"
_OBVIOUS_SHARES = frozenset({50, 51, 100})  # half, the majority, all of it
# Answers only Wh-questions have: a reason clause ("weil ..."), a time phrase ("Nach ...").
REASON, TIME = "reason", "time"
_KEY_NOUNS_PER_SENTENCE = 2
_RARE = 2  # a noun seen at most this often in the series is specific to its event
_RECURRING_NOUN = 3  # one seen more often is the setting, easy to guess ("Gefängnis")
_KNOWN, _POSSESSIVE, _INDEFINITE = "known", "possessive", "indefinite"
# Everyday words are short (Zipf's law of abbreviation) and the ones a verb gives away
# ("graben einen Tunnel"); a longer simple noun is more often specific ("ein Gremium").
_SHORTEST_NEW_NOUN = 7
# With no article at all it takes a longer one ("in Einzelhaft"; "gegen Kaution" is a set phrase).
_SHORTEST_BARE_NOUN = 9
_SHORTEST_KNOWN_NOUN = 10
_ADJECTIVE_ENDINGS = tuple(
    f"{stem}{ending}" for stem in ("ig", "fach") for ending in ("", "e", "en", "er", "es", "em")
)
_SHORTEST_PART = 4  # "Hof" in "Bauernhof" is too short to count; "Haus" in "Gasthaus" counts


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    sentence: Sentence
    start: int  # token span of the gap
    end: int
    answer: str
    accept: tuple[str, ...]
    forbidden: frozenset[str]  # folded words that must not stand in the prompt
    mention: Mention | None = None
    noun: NounInfo | None = None
    number: int | None = None
    # The weakest noun gaps (see ``_is_weak``) are asked only for an episode with nothing better.
    weak: bool = False
    refers_back: bool = False  # a person the sentence names by "Er" or "Der Angler" only
    rest: str = ""  # the rest of a word whose first part is the gap ("jähriges")

    @property
    def person(self) -> Person | None:
        return self.mention.person if self.mention else None


class CandidateFinder:
    def __init__(
        self,
        who: WhoIsWho,
        nouns: NounBook,
        references: References,
        places: set[tuple[str, ...]],
        series_name: str,
    ) -> None:
        self._who = who
        self._nouns = nouns
        self._references = references
        # A place the series is named after is no question: the bank's title gives it away.
        title_words = set(fold(series_name.replace("-", " ")).split())
        self._places = {
            place for place in places if not {fold(word) for word in place} <= title_words
        }
        surnames = Counter(person.surname for person in who.persons if person.first_name)
        self._unique_surnames = {name for name, count in surnames.items() if count == 1}
        # A surname two persons share names neither alone, so it may stand in the other's name.
        self._shared_surnames = {fold(name) for name, count in surnames.items() if count > 1}

    def find(self, sentence: Sentence, before: Sentence | None = None) -> list[Candidate]:
        """What to ask in ``sentence`` (``before``: the sentence before it in the episode)."""
        mentions = self._who.mentions_in(sentence)
        taken = {index for mention in mentions for index in range(mention.start, mention.end)}
        candidates = [self.person(sentence, mention) for mention in mentions if mention.person]
        reference = self._references.opening(sentence, before)
        if reference is not None:
            candidates.append(self.person(sentence, reference, refers_back=True))
        candidates += self._numbers(sentence, mentions)
        candidates += self._place_names(sentence, taken)
        nouns = self._key_nouns(sentence, taken, compounds_only=True)
        if not candidates and all(noun.weak for noun in nouns):
            # Better one simple noun than nothing from this sentence.
            nouns = self._key_nouns(sentence, taken, compounds_only=False)[:1]
        whole = [
            c
            for c in candidates + nouns
            if not inside_a_name(sentence.tokens, c.start, c.end) and not _a_mere_letter(c.answer)
        ]
        return sorted(whole, key=lambda c: c.start)

    def phrase_nouns(
        self, sentence: Sentence, start: int, end: int, taken: set[int]
    ) -> list[Candidate]:
        """Nouns of a clause worth a question word of their own ("Was spendet ...?" eine Niere;
        "Wo ...?" im Krankenhaus), beyond the rare ones ``find`` offers as gaps: any key noun or
        place noun the series does not repeat often (a recurring one is easy to guess)."""
        found = []
        for index in range(start, end):
            token = sentence.tokens[index]
            if index in taken or not pos.is_plain_noun(token) or self._names_persons(token):
                continue
            if not (self._nouns.is_key_noun(token) or is_place_noun(token.text)):
                continue
            tokens = sentence.tokens
            if index > 0 and (pos.is_number(tokens[index - 1]) or pos.is_noun(tokens[index - 1])):
                continue  # "300 Reiter", "ein Fläschchen Gift": counted, not asked alone
            if index + 1 < len(tokens) and pos.is_noun(tokens[index + 1]):
                continue
            if index + 1 < len(tokens) and _names_it(tokens[index + 1]):
                continue  # "im Gasthof „Zum Kormoran“": the name would be left in the question
            if inside_a_name(tokens, index, index + 1):
                continue
            info = self._nouns.info(token)
            if (
                self._nouns.frequency[info.lemma] > _RECURRING_NOUN
                or fold(info.lemma) in EMPTY_NOUNS
            ):
                continue
            determiner = _determiner(sentence.tokens, index)
            compound = self._nouns.is_compound(token)
            if _is_weak(sentence.tokens, index, info, determiner, compound):
                continue  # "sein Kind und Enkelkind": the words around it give it away
            forbidden = frozenset({fold(token.text), fold(info.lemma)})
            found.append(
                Candidate(NOUN, sentence, index, index + 1, token.text, (), forbidden, noun=info)
            )
        return found

    def _names_persons(self, token: Token) -> bool:
        """A word the series uses for persons: a role before a name, a group beside one."""
        roles = self._who.role_words
        return fold(token.text) in roles or fold(token.lemma or token.text) in roles

    def person(
        self, sentence: Sentence, mention: Mention, *, refers_back: bool = False
    ) -> Candidate:
        """The person of a mention as an answer: its accepted short forms, its forbidden words."""
        person = mention.person
        assert person is not None
        accept: list[str] = []
        if person.first_name and person.surname in self._unique_surnames:
            accept.append(person.surname)
        if (
            not refers_back
            and not mention.genitive
            and mention.written not in (person.canonical, *accept)
            # "Kutscher Brenner" told which Brenner: "Brenner" alone names either
            and fold(mention.written) not in self._shared_surnames
        ):
            accept.append(mention.written)
        # A nickname is the same person: typed, it counts ("Fass-Toni" for Anton Reis).
        accept += sorted({" ".join(alias) for alias in person.aliases} - {*accept})
        forbidden = frozenset(person.name_words - self._shared_surnames)
        return Candidate(
            PERSON,
            sentence,
            mention.start,
            mention.end,
            person.canonical,
            tuple(accept),
            forbidden,
            mention,
            refers_back=refers_back,
        )

    def _numbers(self, sentence: Sentence, mentions: list[Mention]) -> list[Candidate]:
        found = []
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            if not pos.is_noun(tokens[index + 1]):
                continue
            written, rest = _number_part(token)
            value = parse_number(written) if written else None
            if written is None or value is None or (rest and value < 2):
                continue
            if _is_a_year(tokens, index, value):
                continue  # "die seit 1898 Kaffee bringt": a year, not 1898 of anything
            if _counts_a_known_group(tokens, index, value):
                continue  # "schenkt den vier Kindern": a group told before, counted again
            if value == 2 and _pair_words(tokens):
                continue  # "zwei Gestalten ..., eine davon": the pair is told twice
            if value == sum(1 for mention in mentions if mention.start > index):
                continue  # "die zwei Brüder Max und Moritz": the names that follow count it out
            if tokens[index + 1].text.lower() == "prozent" and value in _OBVIOUS_SHARES:
                continue  # "verlangt 51 Prozent der Anteile": a majority anyone guesses
            other = written_number(value, not is_digits(written), written)
            accept = (other,) if other is not None else ()
            forbidden = frozenset({fold(written), *(fold(form) for form in accept)})
            found.append(
                Candidate(
                    NUMBER,
                    sentence,
                    index,
                    index + 1,
                    written,
                    accept,
                    forbidden,
                    number=value,
                    rest=rest,
                )
            )
        return found

    def _place_names(self, sentence: Sentence, taken: set[int]) -> list[Candidate]:
        found = []
        tokens = sentence.tokens
        for place in sorted(self._places, key=lambda place: (-len(place), place)):
            for index in range(len(tokens) - len(place) + 1):
                span = range(index, index + len(place))
                if (
                    taken.intersection(span)
                    or tuple(t.text for t in tokens[index : index + len(place)]) != place
                ):
                    continue
                taken.update(span)
                if _names_a_body(tokens, index):
                    continue
                answer = sentence.span_text(index, index + len(place))
                forbidden = frozenset(fold(word) for word in place)
                found.append(
                    Candidate(PLACE, sentence, index, index + len(place), answer, (), forbidden)
                )
        return found

    def _key_nouns(
        self, sentence: Sentence, taken: set[int], *, compounds_only: bool
    ) -> list[Candidate]:
        """Rare nouns, compounds first; with ``compounds_only`` a simple noun only when it is
        specific (``_brings_in_new``: "beruft ein Gremium", "in Einzelhaft") and the sentence
        has no better compound."""
        tokens = sentence.tokens
        scored = []
        for index, token in enumerate(tokens):
            if index in taken or not self._nouns.is_key_noun(token) or self._names_persons(token):
                continue
            determiner = _determiner(tokens, index)
            compound = self._nouns.is_compound(token)
            if compounds_only and not compound and not _brings_in_new(tokens, index, determiner):
                continue
            info = self._nouns.info(token)
            frequency = self._nouns.frequency[info.lemma]
            if frequency <= _RARE:
                weak = _is_weak(tokens, index, info, determiner, compound)
                scored.append((weak, not compound, frequency, -len(token.text), index, info))
        found: list[Candidate] = []
        # One simple noun at most, and with ``compounds_only`` none beside a strong compound.
        simple_taken = compounds_only and any(
            not weak and not simple for weak, simple, *_ in scored
        )
        for weak, simple, _, _, index, info in sorted(scored):
            if len(found) == _KEY_NOUNS_PER_SENTENCE or (simple and simple_taken):
                continue
            simple_taken |= simple
            token = tokens[index]
            forbidden = frozenset({fold(token.text), fold(info.lemma)})
            found.append(
                Candidate(
                    NOUN,
                    sentence,
                    index,
                    index + 1,
                    token.text,
                    (),
                    forbidden,
                    noun=info,
                    weak=weak,
                )
            )
        return found


def _names_a_body(tokens: list[Token], index: int) -> bool:
    """ "gegen Eintracht ____", "beim Bergamt ____": a place right after a
    capitalised word inside the sentence that is no place noun ("die Stadt ____") is the end of
    a club's or a body's name, and the gap asks for half of it (blind reading, round 19)."""
    if index < 2:
        return False
    before = tokens[index - 1]
    return before.is_capitalised and before.is_word and not is_place_noun(before.text)


def _a_mere_letter(answer: str) -> bool:
    """ "im Trakt ____" => B, "im Gewächshaus ____" => C: a label of one letter tells of no event
    (a number of one digit does)."""
    return len(answer) == 1 and answer.isalpha()


def _names_it(following: Token) -> bool:
    """The token after a noun gives it a name ("im Gasthof „Zum Anker“", "die Station Wegener")."""
    return opens_a_quote(following) or pos.is_proper_noun(following)


def _brings_in_new(tokens: list[Token], index: int, determiner: str | None) -> bool:
    """A simple noun specific enough to ask: brought in as new by an indefinite article, or by
    no article at all (not after a number: "2 Millionen Euro") when it is long; or a long one
    named as known (``_long_known``)."""
    token = tokens[index]
    if determiner == _INDEFINITE:
        # "viele Drogen": a plural that a quantifier counts is less often an everyday word.
        counted = pos.is_quantifier(tokens[index - 1]) and fold(token.lemma) != fold(token.text)
        return len(token.text) >= _SHORTEST_NEW_NOUN - (1 if counted else 0)
    if determiner == _KNOWN:
        return _long_known(token)
    after_number = index > 0 and pos.is_number(tokens[index - 1])
    return determiner is None and not after_number and len(token.text) >= _SHORTEST_BARE_NOUN


def _long_known(token: Token) -> bool:
    """A long simple noun named as known ("die Hintermänner", "der Krankenservice") is specific
    enough to ask, unless it sums up what was told."""
    return (
        len(token.text) >= _SHORTEST_KNOWN_NOUN
        and fold(token.lemma or token.text) not in SHELL_NOUNS
    )


def _determiner(tokens: list[Token], index: int) -> str | None:
    """What stands before the noun (adjectives between): known, possessive, indefinite or None."""
    position = index - 1
    while position >= 0 and (pos.is_adjective(tokens[position]) or pos.is_adverb(tokens[position])):
        position -= 1
    if position < 0:
        return None
    token = tokens[position]
    if pos.is_possessive(token):
        return _POSSESSIVE
    if (
        pos.is_contracted_preposition(token)
        or pos.is_demonstrative_determiner(token)
        or (pos.is_article(token) and token.text.lower() in DEFINITE_ARTICLES)
    ):
        return _KNOWN
    # "eine Uhr"; a quantifier before a plural is its indefinite article ("viele Waffen").
    return _INDEFINITE if pos.is_article(token) or pos.is_quantifier(token) else None


def _is_weak(
    tokens: list[Token], index: int, info: NounInfo, determiner: str | None, compound: bool
) -> bool:
    """The weakest gaps, given away by the words around them: a noun the sentence presents as
    known ("die Leiter", "ihren Angehörigen"; a compound or a long noun only after a possessive
    or when it sums up what was told, "den Diebstahl"), or a compound whose part stands in the
    sentence ("sein Haus und Gasthaus")."""
    if determiner == _POSSESSIVE:
        return True
    if determiner == _KNOWN and (
        fold(info.lemma) in SHELL_NOUNS or not (compound or _long_known(tokens[index]))
    ):
        return True
    others = {fold(token.text) for position, token in enumerate(tokens) if position != index}
    return compound and any(
        fold(part) in others for part in info.parts if len(part) >= _SHORTEST_PART
    )


def _number_part(token: Token) -> tuple[str | None, str]:
    """The number a token is or begins with, and what follows it in the word: "15" -> ("15", ""),
    "neunjähriges" -> ("neun", "jähriges"), "3-tägige" -> ("3", "-tägige")."""
    if pos.is_number(token) or is_digits(token.text):
        return (None if token.text.lower() in NOT_NUMBERS else token.text), ""
    lowered = token.text.lower()
    for suffix in NUMBER_ADJECTIVE_SUFFIXES:
        position = lowered.find(suffix)
        if position > 0 and lowered.endswith(_ADJECTIVE_ENDINGS):
            written = token.text[:position].rstrip("-")
            if written.lower() not in NOT_NUMBERS and parse_number(written) is not None:
                return written, token.text[len(written) :]
    return None, ""


# Words that speak of a pair: "beide", "eine davon", "die andere".
_PAIR_WORDS = frozenset({"beide", "beiden", "beider", "davon", "andere", "anderen", "anderer"})


def _pair_words(tokens: list[Token]) -> bool:
    return any(token.text.lower() in _PAIR_WORDS for token in tokens)


_LARGEST_GROUP = 12  # "die 80 Hochzeitsgäste" is news; "den drei Schülern" the friends again


def _counts_a_known_group(tokens: list[Token], index: int, value: int) -> bool:
    """A small number between a definite article and its noun ("den vier Kindern"), not a
    measure of what follows ("den vier Meter hohen Christbaum")."""
    after = index + 2
    return (
        index > 0
        and tokens[index - 1].text.lower() in DEFINITE_ARTICLES
        and value <= _LARGEST_GROUP
        and not (after < len(tokens) and pos.is_adjective(tokens[after]))
    )


# Words before a number that make it a year: "seit 1898", "im Jahr 1961", "ab 1900".
_BEFORE_A_YEAR = frozenset({"seit", "ab", "bis", "im", "jahr", "jahre", "jahres", "anno"})
_YEARS = range(1000, 2101)


def _is_a_year(tokens: list[Token], index: int, value: int) -> bool:
    written = tokens[index].text
    return (
        value in _YEARS
        and written.isdigit()
        and index > 0
        and tokens[index - 1].text.lower() in _BEFORE_A_YEAR
    )


def is_digits(text: str) -> bool:
    return text[:1].isdigit()


def written_number(value: int, as_digits: bool, like: str) -> str | None:
    """``value`` in digits (grouped like ``like``: "12.000") or as a German word (None beyond
    the words known)."""
    if as_digits:
        return f"{value:,}".replace(",", ".") if "." in like else str(value)
    if value > LARGEST_WORD_NUMBER:
        return None
    word = number_words(value, "de")[0]
    return word[:1].upper() + word[1:] if like[:1].isupper() else word
