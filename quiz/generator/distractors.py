"""Three wrong choices of the same kind as the answer, from the same series.

Person for person (of the answer's circle and alive, same shape of name), number for number (near values,
written like the answer), noun for noun (same gender and number, so the article before the
gap fits them all), place for place. Never an alias of the answer, never a word of the
question, never another person named in it (who might fit the gap as well).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field, replace

from quiz.generator import pos
from quiz.generator.candidates import (
    NOUN,
    NUMBER,
    PERSON,
    PLACE,
    REASON,
    TIME,
    Candidate,
    is_digits,
    written_number,
)
from quiz.generator.circles import Circles, alive, is_shared_relation, of_answers_circle
from quiz.generator.deaths import Deaths
from quiz.generator.forms import GAP, Wording, word_set
from quiz.generator.gender import FEMALE, MALE
from quiz.generator.kinship import Kinship, speaks_of_a_couple
from quiz.generator.lexicon import HYPERNYMS, LOCATION_HEADS, NEAR_SYNONYMS, NOUN_KINDS
from quiz.generator.name_style import (
    gender_of_person,
    origin,
    origin_before_gap,
    origin_matters,
)
from quiz.generator.near_numbers import (
    NEAR_LIMIT,
    Bounds,
    bounds,
    near_spread,
    numbers_shown,
    plain_multiple,
    round_step,
    spread_around,
)
from quiz.generator.nouns import NounInfo
from quiz.generator.persons import Person, title_before
from quiz.generator.roles import is_place_noun, role_circle, role_key
from quiz.generator.text import Sentence, Token
from quiz.generator.titles import named_by_rank
from quiz.text.normalize import fold, normalize
from quiz.text.numbers import parse_number

WRONG_CHOICES = 3
Named = tuple[int, frozenset[str]]  # a name in a sentence: the token after it, its words


def stable_order(key: str, options: list[str]) -> list[str]:
    """A fixed shuffle: the same key always gives the same order (no global random state)."""
    return sorted(
        options, key=lambda option: hashlib.sha256(f"{key}\x00{option}".encode()).digest()
    )


@dataclass(slots=True)
class Pools:
    """Everything of one series that can stand in as a wrong choice."""

    persons: list[Person]
    nouns: dict[str, NounInfo]  # surface form -> info
    places: list[str]
    reasons: list[str] = field(default_factory=list)  # "weil ..." clauses of the series
    # Whom each reason is said of (the persons its sentence names): another man's deed is
    # no cause of this one's ("dafür, dass er Rivera die Augen herausgeschnitten hat").
    reason_persons: dict[str, frozenset[str]] = field(default_factory=dict)
    # nouns of where, with the phrase they stand in ("Krankenhaus": "im Krankenhaus")
    locations: dict[str, str] = field(default_factory=dict)
    # preposition -> nouns after it ("mit": Nadel, Messer), the choices of "Womit ...?"
    slots: dict[str, dict[str, NounInfo]] = field(default_factory=dict)
    numbers: dict[str, set[int]] = field(default_factory=dict)  # unit ("jahr") -> values
    # what the series calls each named place ("Wendorf": {"kreisstadt"})
    place_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    towns: frozenset[str] = frozenset()  # places written "in X", "aus X": towns, countries
    deaths: Deaths | None = None  # who is dead from which sentence on: never a choice after
    circles: Circles | None = None  # each person's walk of life: choices share the answer's
    kinship: Kinship = field(default_factory=Kinship)  # parents and grandparents: generations
    origins: frozenset[str] = frozenset()  # places named only as where someone comes from
    # the words (folded) of each sentence naming a place: whom the series names beside it
    place_sentences: dict[str, frozenset[frozenset[str]]] = field(default_factory=dict)
    # each sentence's names by (line, index): the token after the name, its words (folded)
    named_at: dict[tuple[int, int], tuple[Named, ...]] = field(default_factory=dict)


def choices_for(
    candidate: Candidate, wording: Wording, pools: Pools, key: str
) -> tuple[Wording, list[str] | None]:
    """The wording and wrong choices to ask it with: three others if the prompt as it stands
    or without the role word before the gap has them (no three others hold the role: drop it
    rather than the choices), else two persons of a small cast, else none."""
    bare = without_role_before_gap(wording, candidate)
    wordings = [wording] if bare is None else [wording, bare]
    for fewest in (None, _SMALL_CAST) if candidate.kind == PERSON else (None,):
        for shown in wordings:
            wrong = distractors(candidate, shown.prompt, pools, key, fewest)
            if wrong is not None:
                return shown, wrong
    return wording, None


def distractors(
    candidate: Candidate, prompt: str, pools: Pools, key: str, fewest: int | None = None
) -> list[str] | None:
    prompt_words = word_set(prompt)
    if candidate.kind == PERSON:
        options = _persons(candidate, prompt, prompt_words, pools, key)
    elif candidate.kind == TIME:
        return None  # a time phrase is typed, not chosen
    elif candidate.kind == NUMBER:
        options = _numbers(candidate, pools, key, frozenset(numbers_shown(prompt)))
    else:
        options = {NOUN: _nouns, PLACE: _places, REASON: _reasons}[candidate.kind](
            candidate, pools, key
        )
    chosen: list[str] = []
    seen = {normalize(candidate.answer), *(normalize(alias) for alias in candidate.accept)}
    for option in options:
        folded = normalize(option)
        if folded in seen or word_set(option) & (prompt_words | candidate.forbidden):
            continue
        if candidate.kind in (NOUN, PLACE) and _overlaps(folded, seen):
            continue  # "Spalte" beside "Gletscherspalte" (blind reading, round 4)
        if candidate.kind == NOUN and _same_thing(folded, seen):
            continue  # "Spritze" beside "Nadel", "Waffe" beside "Pistole" (round 5)
        if candidate.kind == PERSON and _name_inside(folded, seen):
            continue  # "Jarl Ole" beside "Jarl Ole Ragnarsson": one person twice (round 12)
        if candidate.kind == NUMBER and _part_of(option, candidate.answer):
            continue  # "800" beside "1.800" reads as part of it
        seen.add(folded)
        chosen.append(option)
        if len(chosen) == WRONG_CHOICES:
            return chosen
    if fewest is None:
        fewest = _FEWEST_REASONS if candidate.kind == REASON else WRONG_CHOICES
    return chosen if len(chosen) >= fewest else None


# Two other causes beat three padded with a purpose no one would take for a cause (blind
# reading, round 3: "um ... zu" among the answers to "Warum sitzt X?").
_FEWEST_REASONS = 2
# Two other persons of the answer's circle, gender and name shape beat a typed question on a
# small cast (round 6 B typed most person questions of the fixtures: 12 % multiple choice);
# one would leave a coin toss. Asked only when no wording has three.
_SMALL_CAST = 2


def _same_thing(folded: str, seen: set[str]) -> bool:
    """A near synonym of the answer or of a choice taken, or a word for the whole kind."""
    head = folded.split()[-1] if folded.split() else folded
    if head in HYPERNYMS:
        return True
    heads = {other.split()[-1] for other in seen if other.split()}
    return any(head in group and heads & group for group in NEAR_SYNONYMS)


def _name_inside(folded: str, seen: set[str]) -> bool:
    """Every word of one name among the words of the other: the shorter is most likely the
    same person, and offered beside the longer it shows which two to choose between."""
    words = set(folded.split())
    return any(words <= set(other.split()) or set(other.split()) <= words for other in seen)


def _part_of(option: str, answer: str) -> bool:
    """One number written inside the other, once the thousands point splits it."""
    option_parts, answer_parts = _NUMBER_PARTS.findall(option), _NUMBER_PARTS.findall(answer)
    return " ".join(option_parts) in answer_parts or " ".join(answer_parts) in option_parts


_NUMBER_PARTS = re.compile(r"\w+")


def _overlaps(folded: str, seen: set[str]) -> bool:
    """A choice that contains another or stands in one ("Spalte", "in einer
    Gletscherspalte"): their last words, the nouns, are compared."""
    head = folded.split()[-1] if folded.split() else folded
    return any(
        head in other.split()[-1] or other.split()[-1] in head for other in seen if other.split()
    )


def _persons(
    candidate: Candidate, prompt: str, prompt_words: set[str], pools: Pools, key: str
) -> list[str]:
    answer = candidate.person
    assert answer is not None
    if fold(answer.surname) in prompt_words and fold(answer.canonical) not in fold(prompt):
        return []  # "Wessen Sohn ist Edric Varn?": the shared surname gives "Ysolde Varn" away
    if named_by_rank(prompt, answer, pools.persons):
        return []  # "der Berater der Königin, rät ____": the one queen among the choices
    full_name = answer.first_name is not None
    # The role word before the gap says it ("seinen Sohn ____").
    said_by_gap = candidate.mention.gender if candidate.mention else None
    # "____, die einzige Ritterin ...": only persons known to be women can stand there.
    apposition = None if said_by_gap else _apposition_gender(prompt)
    said_by_gap = said_by_gap or apposition
    # A series whose persons are at least half called by one name is a series of first names
    # (children by first name, the grown-ups in full: the kids are offered among each other).
    lone = sum(len(person.name) == 1 for person in pools.persons)
    by_first_names = lone * 2 >= len(pools.persons)
    # Every choice shares the gender the gap says and the answer's own (blind reading, round 4:
    # the one woman among men is picked without reading); a gender the series never says is
    # guessed from the first name ("Mia", "Gloria").
    wanted = said_by_gap or gender_of_person(answer, by_first_names)
    # A role word left before the gap ("den Reeder ____", "Kutscher ____") rules out anyone
    # not known to have its gender: a guess from the first name is not enough (round 2).
    shown_roles = candidate.mention.roles if candidate.mention else ()
    strict = apposition is not None or (
        wanted is not None and any(fold(role) in prompt_words for role in shown_roles)
    )
    # A role word kept right before the gap ("Gouverneur ____", "Dr. ____", "Prinz ____")
    # would pick out its one holder: every choice must hold that same role in the series, or
    # there are none and the question is typed (blind reading, round 3).
    role = _role_before_gap(candidate, prompt) or _role_after_gap(prompt)
    # "the leader of the Latino inmates", "Wessen Frau ist Irina?": a prompt that points at
    # where the answer comes from wants choices whose names look alike (round 4: "El Cid"
    # among German names).
    named_here = [p for p in pools.persons if p is not answer and p.name_words & prompt_words]
    named = [p.canonical for p in named_here]
    # "Wer gibt sich als Bommels Verlobte aus?": one of a couple is of the answer's and the
    # partner's generation, never the answer's grandmother nor the partner's mother.
    couple = [answer, *named_here] if speaks_of_a_couple(prompt_words) else []
    style = origin(answer.canonical) if origin_matters(prompt, answer.canonical, named) else None
    if origin_before_gap(prompt, GAP):
        # The nationality says it: only names of the answer's look, or none when it has none.
        style = origin(answer.canonical)
        if style is None:
            return []
    ranked = []
    miscut = _miscut(pools.persons)
    others_kin = _relations_of_others(prompt)
    for person in _stable_order_persons(key, pools.persons):
        if person is answer or person.name_words & prompt_words or person.canonical in miscut:
            continue
        if person.is_animal != answer.is_animal:
            continue  # a dog among the persons who bring it, or persons as its name
        if not of_answers_circle(answer, person, pools.circles, by_first_names):
            continue  # inmates offered as the one a director fires (blind reading, round 5)
        if not alive(person, candidate.sentence, pools.deaths):
            continue  # a dead man as the one who frees a suspect on bail (round 5)
        if role is not None and not person.titles[role]:
            continue
        if any(person.titles[kin] for kin in others_kin):
            continue  # "findet seinen sterbenden Bruder": the brother is another (round 12)
        if any(pools.kinship.of_another_generation(person, other) for other in couple):
            continue
        if full_name and person.first_name is None:
            continue  # a lone name among full names would give itself away
        if not full_name and by_first_names and person.first_name is not None:
            continue  # so would a surname ("Pohl") among the first names of a comedy ("Mia")
        if not full_name and not by_first_names and len(person.name) > 1:
            # A person known by one name only ("Matrose Fiete") among the surnames of persons
            # known in full ("Ohm", "Hale"): the one first name gave itself away (round 9).
            continue
        if wanted is not None and gender_of_person(person, by_first_names) != wanted:
            continue  # "die Ärztin ____" is never a man, nor is "Bommels Verlobte"
        if strict and person.gender != wanted:
            continue
        if style is not None and origin(person.canonical) != style:
            continue
        shown = person.canonical if full_name else _called_alone(person)
        if shown is None:
            continue
        # A person known to have the gender comes before one whose gender is only guessed.
        ranked.append((wanted is not None and person.gender is None, shown))
    return [name for _, name in sorted(ranked, key=lambda item: item[0])]


def _relations_of_others(prompt: str) -> set[str]:
    """Relations the prompt gives to someone other than the gap ("kehrt zurück und findet
    seinen sterbenden Bruder"): whoever the series calls so is told apart from the answer
    by the prompt itself. A relation right before the gap ("seinen Bruder ____") is the
    answer's own, one before a name is that person's: both stay."""
    words = prompt.replace(",", " ").replace(".", " ").split()
    found: set[str] = set()
    for index, word in enumerate(words):
        if not word[:1].isupper() or not _relative(word):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if following == GAP or following[:1].isupper():
            continue  # the answer's own, or one named right there ("seines Mithäftlings Said")
        near = [w.lower() for w in words[max(0, index - 2) : index]]
        if any(w in _POSSESSIVE_GENDERS for w in near):
            key = role_key(word)
            if key is not None:
                found.add(key)
    return found


def _miscut(persons: list[Person]) -> set[str]:
    """Names that are a cut gone wrong rather than a person: one that opens with another
    person's surname ("Marek Vorwürfe" of "macht Marek Vorwürfe" beside "Sofia Marek") or with
    another's name in the genitive ("Mias Geburtstagstorte" beside "Mia"); never a choice
    (blind reading, round 4)."""
    surnames = {fold(p.surname) for p in persons if p.first_name is not None}
    alone = {fold(p.name[0]) for p in persons if len(p.name) == 1}
    found = set()
    for person in persons:
        first = person.first_name
        if first is None:
            continue
        folded = fold(first)
        genitive = folded.rstrip("s’'") if folded.endswith(("s", "’", "'")) else None
        if folded in surnames - {fold(person.surname)} or (genitive and genitive in alone):
            found.add(person.canonical)
    return found


def without_role_before_gap(wording: Wording, candidate: Candidate) -> Wording | None:
    """The prompt without the role words kept right before the gap ("lässt Gouverneur ____
    den Knast umstellen" -> "lässt ____ den Knast umstellen"), when the sentence still reads
    well: no article, pronoun or adjective before them that would then dangle ("den Reeder
    ____" stays). None when there is nothing to drop or it cannot be dropped."""
    mention = candidate.mention
    if mention is None or mention.start == 0:
        return None
    tokens = mention.sentence.tokens
    run = list(mention.roles) or [tokens[mention.start - 1].text]
    first = mention.start - len(run)
    if title_before(tokens, mention.start) is None or first < 0:
        return None
    shown = " ".join(run) + f" {GAP}"
    if wording.prompt.count(shown) != 1:
        return None
    if first > 0 and _would_dangle(tokens[first - 1]):
        return None
    return replace(wording, prompt=wording.prompt.replace(shown, GAP))


def _would_dangle(token: Token) -> bool:
    return any(
        test(token)
        for test in (
            pos.is_article,
            pos.is_possessive,
            pos.is_determiner,
            pos.is_demonstrative,
            pos.is_quantifier,
            pos.is_adjective,
            pos.is_number,
            pos.is_nominalised_adjective,
        )
    ) or token.text.endswith(("s", "’"))  # "Bommels Verlobte ____": a genitive before


def _apposition_gender(prompt: str) -> str | None:
    """ "____, der Berater der Königin, ...", "____, die einzige Ritterin ...": the article of
    the apposition right after the gap says the gender (the role word it held may be gone);
    so does a possessive right after it ("nennt ____ ihren Sohn")."""
    for article, gender in _APPOSITION_ARTICLES.items():
        if f"{GAP}, {article} " in prompt:
            return gender
    after = prompt.partition(GAP)[2].split(maxsplit=1)
    if after and after[0].lower() in _POSSESSIVE_GENDERS:
        return _POSSESSIVE_GENDERS[after[0].lower()]
    return None


_APPOSITION_ARTICLES = {"der": MALE, "die": FEMALE, "ein": MALE, "eine": FEMALE}
_POSSESSIVE_GENDERS = {
    **dict.fromkeys(("ihre", "ihren", "ihrem", "ihrer", "ihres"), FEMALE),
    **dict.fromkeys(("sein", "seine", "seinen", "seinem", "seiner", "seines"), MALE),
}


def _role_before_gap(candidate: Candidate, prompt: str) -> str | None:
    mention = candidate.mention
    if mention is None or mention.start == 0:
        return None
    tokens = mention.sentence.tokens
    word = tokens[mention.start - 1].text
    if f"{word} {GAP}" not in prompt:
        return None
    # "seinen Erzfeind ____", "seines Mithäftlings ____": a relation to someone picks out no
    # holder of a rank; any person of the circle may stand there.
    if mention.start >= 2 and _relative(word) and _owner_before(tokens[mention.start - 2]):
        return None
    return title_before(tokens, mention.start)


def _role_after_gap(prompt: str) -> str | None:
    """ "____, die einzige Ritterin der Königsgarde": a role in apposition right after the gap
    says the answer's rank as plainly as one before it (round 5: a queen and a princess beside
    the one female knight)."""
    after = prompt.partition(f"{GAP}, ")[2].split()
    if not after or after[0].lower() not in _APPOSITION_ARTICLES:
        return None
    for word in after[1:3]:
        if word[:1].isupper():
            key = role_key(word.rstrip(",."))
            return key if key is not None and not _relative(word) else None
    return None


def _relative(word: str) -> bool:
    return role_circle(word) in ("relation", "family") or is_shared_relation(word)


def _owner_before(token: Token) -> bool:
    return pos.is_possessive(token) or token.text.endswith(("s", "’", "'"))


def _called_alone(person: Person) -> str | None:
    """The one word the series calls this person by, if it does: a lone surname as a
    distractor must be a real short form ("Lindqvist"), never half of a name that is only
    ever written whole ("Toro" of "El Toro")."""
    if len(person.name) == 1 or person.surname in person.alone:
        return person.surname
    return None


def _stable_order_persons(key: str, persons: list[Person]) -> list[Person]:
    by_name = {person.canonical: person for person in persons}
    return [by_name[name] for name in stable_order(key, list(by_name))]


def _numbers(
    candidate: Candidate, pools: Pools, key: str, in_prompt: frozenset[int] = frozenset()
) -> list[str]:
    """Numbers of the same unit the series itself uses first ("15 Jahre", "30 Jahre"), then
    values as round as the answer on both sides of it, never evenly around it: 35/45/55 around
    40 told the answer as the middle and the only round one (blind reading, round 4). Up to a
    hundred they lie near it, within what the words around the gap allow (``near_numbers``)."""
    value = candidate.number
    assert value is not None
    as_digits = is_digits(candidate.answer)
    tokens = candidate.sentence.tokens
    unit = unit_after(tokens, candidate.end)
    near = _SMALL_COUNT < value <= NEAR_LIMIT
    allowed = bounds(tokens, candidate.start, candidate.end, value)
    own = [
        n
        for n in sorted(pools.numbers.get(unit, ()))
        if unit
        if n != value and n > 1 and value / 3 <= n <= value * 3
        if not near or (allowed.allow(n) and allowed.on_a_step(n) and not plain_multiple(n, value))
        if value > _SMALL_COUNT or n <= max(_SMALL_RANGE + 1, value + 3)
    ]
    spread = near_spread(value, key, allowed) if near else _spread(value, key, as_digits)
    kept: list[int] = []
    for number in [*own[:2], *spread]:
        if unit == "prozent" and number > 100:
            continue  # scaled up, a share runs past the whole
        if number in in_prompt:
            continue  # "sechs Häftlingen und ____ Wärtern": no run is judged with a number shown
        shown = (value, *kept)
        if number in shown:
            continue
        if value <= _SMALL_COUNT:
            too_close = _run_of_three(number, shown)
        else:
            too_close = any(allowed.neighbours(number, k) for k in shown)
        if not too_close:
            kept.append(number)
    written = [written_number(n, as_digits, candidate.answer) for n in kept]
    return list(dict.fromkeys(form for form in written if form is not None))


# Up to five, neighbours are what a quiz master offers, within what one scene holds ("hält
# ____ Elfmeter": zwei beside drei, vier, sechs, never acht), but never three in a row with the
# answer (zwei, drei, vier, fünf read as a count, not as choices): drei -> eins, fünf, sechs.
_SMALL_COUNT = 5
_SMALL_RANGE = 6  # the largest choice for a count up to four


def _run_of_three(number: int, shown: tuple[int, ...]) -> bool:
    values = {number, *shown}
    return any({start, start + 1, start + 2} <= values for start in range(number - 2, number + 1))


def _spread(value: int, key: str, as_digits: bool = True) -> list[int]:
    """Three values around ``value`` picked by ``key``; then the rest. Small counts within a
    few of it; larger ones on the answer's own step, within half to twice of it, never a
    neighbour and never all made from the answer by a simple fraction (round 12: 50.000,
    80.000, 150.000 beside 100.000)."""
    if value <= _SMALL_COUNT:
        return _small_spread(value, key, as_digits)
    step = roundness(value)
    if step == value:  # 1.000, 50.000: a step of the answer itself leaves nothing below
        step = max(s for s in _steps(value) if value % s == 0 and s * 4 <= value)
    return spread_around(value, key, Bounds(value * 0.45, value * 2.0), step, near=False)


def _small_spread(value: int, key: str, as_digits: bool) -> list[int]:
    """Every set of three from 1 to six (2 to seven when written as a word: "eins" fits no
    count) that makes no run of three with the answer, one drawn by ``key``."""
    lowest = 1 if as_digits else 2
    # Without "eins" one more above, or "drei" would always stand between zwei, fünf, sechs.
    highest = max(_SMALL_RANGE + lowest - 1, value + 3)
    pool = [n for n in range(lowest, highest + 1) if n != value]
    sets = [
        trio
        for trio in itertools.combinations(pool, WRONG_CHOICES)
        if not any(_run_of_three(n, (value, *trio)) for n in trio)
    ]
    if not sets:
        return pool
    # How many lie below the answer is drawn first, so that it stands in the middle no more
    # often than by chance; then one set of those.
    digest = hashlib.sha256(key.encode()).digest()
    wanted = digest[0] % 4
    for below in (wanted, 3 - wanted):
        fitting = [trio for trio in sets if sum(n < value for n in trio) == below]
        if fitting:
            sets = fitting
            break
    picked = list(sets[int.from_bytes(digest[1:5], "big") % len(sets)])
    return picked + [n for n in pool if n not in picked]


def _steps(value: int) -> list[int]:
    """1, 5, 10, 50, 100, 500 ... up to ``value``."""
    steps, step = [1], 5
    while step <= value:
        steps.append(step)
        step *= 2 if str(step).startswith("5") else 5
    return steps


def roundness(value: int) -> int:
    """The step a quiz master would vary ``value`` by: 1 up to twelve, else the largest of 5,
    10, 50, 100, 500 ... that divides it (1 when none does)."""
    return 1 if value <= 12 else round_step(value)


def unit_after(tokens: list[Token], end: int) -> str:
    """What a number counts ("Jahre", "Wärtern" -> "wärter"): the noun right after it."""
    if end < len(tokens) and pos.is_noun(tokens[end]):
        return fold(tokens[end].lemma or tokens[end].text)
    return ""


def numbers_by_unit(sentences: list[Sentence]) -> dict[str, set[int]]:
    """Every number of the series by what it counts: distractors of the same unit."""
    found: dict[str, set[int]] = {}
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if not (pos.is_number(token) or is_digits(token.text)):
                continue
            value = parse_number(token.text)
            unit = unit_after(tokens, index + 1)
            if value is not None and unit:
                found.setdefault(unit, set()).add(value)
    return found


def _nouns(candidate: Candidate, pools: Pools, key: str) -> list[str]:
    info = candidate.noun
    assert info is not None
    if info.singular and info.gender is None:
        return []
    answer_ends_in_n = candidate.answer.endswith(("n", "s"))
    # Sharing a part of the compound keeps a wrong noun plausible ("Gewaltausbruch" /
    # "Gewaltübergriff"); any noun of the same gender would be told apart by its meaning alone.
    fitting = [
        surface
        for surface, other in pools.nouns.items()
        if other.lemma != info.lemma
        and set(other.parts) & set(info.parts)
        and other.singular == info.singular
        and (
            other.gender == info.gender
            if info.singular
            else surface.endswith(("n", "s")) == answer_ends_in_n
        )
    ]
    if len(fitting) >= WRONG_CHOICES:
        return stable_order(key, fitting)
    # Too few relatives: nouns that stand in the same slot of their sentences (after the same
    # preposition: "mit einer Nadel", "mit einem Messer") and agree in gender and number. Any
    # noun of the same gender would be told apart by its meaning alone ("Niere" among
    # "Gummizelle", "Todesstrafe"); with too few in the slot the noun is asked without choices.
    slot = slot_of(candidate.sentence.tokens, candidate.start)
    kind = _kind_of(info)
    if slot == "" and not kind:
        return stable_order(key, fitting)
    same_slot = (
        [
            surface
            for surface, other in pools.slots.get(slot, {}).items()
            if other.lemma != info.lemma
            and other.singular == info.singular
            and (other.gender == info.gender if info.singular else True)
            and surface not in fitting
        ]
        if slot
        else []
    )
    return stable_order(key, fitting) + stable_order(key, same_slot) + stable_order(key, kind)


def _kind_of(info: NounInfo) -> list[str]:
    """Nouns of the answer's kind and gender from the lexicon ("Niere": Leber, Lunge ...),
    for a singular noun the lexicon knows as it is (a compound such as "Drachenkrone" among
    plain "Kette", "Brosche" would stand out)."""
    if not info.singular or info.gender is None:
        return []
    lemma = fold(info.lemma)
    for members in NOUN_KINDS.values():
        if any(fold(word) == lemma for word, _ in members):
            return [
                word for word, gender in members if gender == info.gender and fold(word) != lemma
            ]
    return []


def slot_of(tokens: list[Token], index: int) -> str:
    """The preposition that governs the noun at ``index`` ("" when none does)."""
    position = index - 1
    while position >= 0 and (
        pos.is_adjective(tokens[position]) or pos.is_determiner(tokens[position])
    ):
        position -= 1
    if position >= 0 and pos.is_preposition(tokens[position]):
        return tokens[position].text.lower()
    return ""


def _reasons(candidate: Candidate, pools: Pools, key: str) -> list[str]:
    """Other causes of the series for a cause, other purposes for a purpose, each written the
    way the answer opens ("weil er ..." beside "weil er ...", never beside "als Strafe dafür,
    dass ...": blind reading, round 5), none with a pronoun the answer does not have (a
    dangling "ihm", or "sie" where the answer says "er")."""
    opener, _ = _split_reason(candidate.answer)
    pronouns = _pronoun_words(candidate.answer)
    purpose = opener in _PURPOSE_OPENERS
    concerned = pools.reason_persons.get(candidate.answer, frozenset())
    fitting = []
    for reason in stable_order(key, pools.reasons):
        other_opener, body = _split_reason(reason)
        if reason == candidate.answer or (other_opener in _PURPOSE_OPENERS) != purpose:
            continue
        said_of = pools.reason_persons.get(reason, frozenset())
        if concerned and said_of and not concerned & said_of:
            continue  # a deed the series tells of others: a reader knows it is not theirs
        if not _pronoun_words(reason) <= pronouns | {"es"}:
            continue
        # A purpose keeps its own words ("um ... zu"); a cause is said in the answer's way.
        fitting.append(reason if purpose else f"{opener} {body}")
    return fitting


def _split_reason(reason: str) -> tuple[str, str]:
    """ "als Strafe dafür, dass er ..." -> ("als Strafe dafür, dass", "er ...")."""
    lowered = reason.lower()
    for opener in _CAUSE_OPENERS:
        if lowered.startswith(opener + " "):
            return reason[: len(opener)], reason[len(opener) + 1 :]
    first, _, rest = reason.partition(" ")
    return first.lower(), rest


# Longest first: "als Strafe dafür, dass" before "dafür, dass".
_CAUSE_OPENERS = ("als strafe dafür, dass", "dafür, dass", "deshalb, weil", "weil", "da")
_PURPOSE_OPENERS = frozenset({"um", "damit"})


def _pronoun_words(text: str) -> set[str]:
    """The pronouns it says ("er", "ihm", "sie" ...)."""
    return {word for word in text.lower().replace(",", " ").split() if word in _PRONOUN_GENDERS}


_PRONOUN_GENDERS = {
    "er": MALE,
    "ihm": MALE,
    "ihn": MALE,
    "sie": FEMALE,
    "ihr": FEMALE,
    "ihnen": "plural",
    "es": "es",
}


def _places(candidate: Candidate, pools: Pools, key: str) -> list[str]:
    """Named places for a named place; for a common noun asked by "Wo" ("im Krankenhaus"),
    other nouns the series uses for where things happen."""
    if candidate.answer in pools.places:
        # a person's name the finder also took for a place ("nach Xaver") is offered as none
        named = {word for person in pools.persons for word in person.name}
        others = [
            place
            for place in pools.places
            if place != candidate.answer and not set(place.split()) <= named
        ]
        # "in die Kreisstadt ____": only what the series calls a Kreisstadt too (round 5: a
        # metropolis and a village beside it gave the answer away).
        kind = _place_kind_before(candidate)
        if kind is not None:
            others = [place for place in others if kind in pools.place_kinds.get(place, ())]
        # What the series calls the answer ("das Bergdorf X") the choices must be called too:
        # a village among villages, never among faraway cities and a region (round 12).
        kinds = pools.place_kinds.get(candidate.answer, frozenset())
        if kinds:
            others = [p for p in others if _same_kind(kinds, pools.place_kinds.get(p, frozenset()))]
        elif candidate.answer in pools.towns:  # a town among towns, not "Derby" or a paper
            others = [place for place in others if place in pools.towns]
        else:  # no town and no kind known ("im Derby"): nothing it could be offered among
            others = []
        ordered = _likeliest_wrong_first(candidate, pools, stable_order(key, others))
        return _apart(candidate.answer, ordered)
    noun = candidate.answer.split()[-1]
    # "Aufstieg" is no place to be in (blind reading, round 4); the choices are phrases as the
    # series writes them ("in einer Gummizelle") when the answer is one ("im Krankenhaus").
    # A spot among spots ("im Pfarrgarten", "in der Kapelle"), a site among sites: "im Dorf"
    # or "im Gefängnis" would hold the spot, and be right as well.
    phrases = candidate.answer != noun
    scale = _scale(noun)
    # "Bei einer Seilübung in der Schlucht findet Leni an einem Bohrhaken ...": a spot the
    # source sentence names is right as well (round 17)
    told = {fold(token.text) for token in candidate.sentence.tokens}
    pool = [
        pools.locations[other] if phrases else other
        for other in pools.locations
        if other != noun
        and _scale(other) is not None
        and scale in (None, _scale(other))
        and fold(other) not in told
    ]
    return stable_order(key, pool)


def _parts(place: str) -> set[str]:
    return {fold(part) for part in place.replace("-", " ").split()}


def _apart(answer: str, places: list[str]) -> list[str]:
    """Places that share no part with the answer nor with one kept before: "Duisburg" and
    "Duisburg-Ruhrort" are one place twice (round 18), and beside "Ruhrort" it would be right."""
    kept: list[str] = []
    taken = _parts(answer)
    for place in places:
        parts = _parts(place)
        if not parts & taken:
            kept.append(place)
            taken |= parts
    return kept


def _likeliest_wrong_first(candidate: Candidate, pools: Pools, places: list[str]) -> list[str]:
    """Places of the story's own ground before those named only as where someone comes from
    ("ein Busfahrer aus Bochum" offered for an excursion from a Greek port), and before
    those the series ties to the person the gap's place belongs to: "Ryō aus ____" (New
    York) is answered by Manhattan, where the series has Ryō work, too (diagnosis 16). Both
    come last rather than never, so that a small series keeps its choices."""
    tied = _person_before(candidate, pools)
    away = candidate.answer not in pools.origins

    def doubt(place: str) -> tuple[bool, bool]:
        texts = pools.place_sentences.get(place, frozenset())
        is_tied = tied is not None and any(tied <= words for words in texts)
        return is_tied, away and place in pools.origins

    return sorted(places, key=doubt)


def _person_before(candidate: Candidate, pools: Pools) -> frozenset[str] | None:
    """The person named last before the gap in its sentence: whose place the gap most likely
    is ("seinen Sohn Ryō aus ____")."""
    sentence = candidate.sentence
    named = pools.named_at.get((sentence.line, sentence.index), ())
    before = [(end, person) for end, person in named if end <= candidate.start]
    return max(before, key=lambda named: named[0])[1] if before else None


def _same_kind(kinds: frozenset[str], others: frozenset[str]) -> bool:
    """Both called by one place noun, or one a compound of the other ("Bergdorf", "Dorf")."""
    return any(a.endswith(b) or b.endswith(a) for a in kinds for b in others)


def _place_kind_before(candidate: Candidate) -> str | None:
    if candidate.start == 0:
        return None
    word = candidate.sentence.tokens[candidate.start - 1].text
    return word.lower() if word[:1].isupper() and is_place_noun(word) else None


def _scale(noun: str) -> str | None:
    """ "spot" for a room or a spot ("Gummizelle", "Pfarrgarten"), "site" for a building or a
    settlement ("Gefängnis", "Dorf"), None for no place at all ("Aufstieg")."""
    if _names_a_location(noun):
        return "spot"
    return "site" if is_place_noun(noun) else None


def _names_a_location(noun: str) -> bool:
    return fold(noun).endswith(tuple(fold(head) for head in LOCATION_HEADS))
