"""Checks of generated banks, written apart from the generator so they do not share its mistakes.

Used by the quality tests (hard invariants on every question, the bars of issue 3) and by
``bench/bench_generator.py --quality`` to print the figures.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz.distance import Levenshtein

from quiz.banks.model import QuestionType
from quiz.generator.pipeline import GeneratedBank, generate
from quiz.generator.sources import read_synopsis

PROJECT = Path(__file__).resolve().parents[2]
SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))
FIXTURES = sorted((PROJECT / "tests" / "fixtures" / "synopses").glob("*.txt"))
PERSONS = PROJECT / "tests" / "fixtures" / "persons"
# Three series of round 9's blind reading, tuning data since (their sheets and keys are not).
HELD_OUT_9 = PROJECT / "docs" / "quality" / "held-out-9"
HELD_OUT_9_SYNOPSES = sorted((HELD_OUT_9 / "synopses").glob("*.txt"))
GAP = "____"
# The last sentence asks, opening with a question word (after a preposition: "Für wie viele").
QUESTION = re.compile(
    r"(^|[.!?] )(\w+ )?([Ww](er|en|em|as|o\w*|ann|arum|essen)|[Ww]ie vielen?) [^?]*\?$"
)
PARTICLES = frozenset({"von", "van", "der", "den", "de", "zu", "vom", "zum", "del", "la", "le"})


def fold(text: str) -> str:
    """Case, accents, apostrophes and punctuation away; single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"['’‘`´]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def words(text: str) -> set[str]:
    found = set(fold(text).split())
    return found | {word[:-1] for word in found if word.endswith("s") and len(word) > 3}


def contains_phrase(text: str, phrase: str) -> bool:
    return f" {fold(phrase)} " in f" {fold(text)} "


@dataclass(frozen=True)
class Annotation:
    roles: frozenset[str]
    mentions: dict[int, list[str]]

    @property
    def persons(self) -> set[str]:
        return {name for names in self.mentions.values() for name in names}


def annotation(stem: str) -> Annotation:
    folder = PERSONS if (PERSONS / f"{stem}.yaml").exists() else HELD_OUT_9 / "persons"
    data = yaml.safe_load((folder / f"{stem}.yaml").read_text(encoding="utf-8"))
    return Annotation(
        frozenset(data["roles"]), {int(k): list(v) for k, v in data["mentions"].items()}
    )


@cache
def generated(paths: tuple[Path, ...]) -> tuple[GeneratedBank, ...]:
    """The banks the generator writes for these files (source paths shown relative to the project)."""
    here = Path.cwd()
    os.chdir(PROJECT)
    try:
        synopses = [read_synopsis(path.relative_to(PROJECT)) for path in paths]
    finally:
        os.chdir(here)
    return tuple(generate(synopses))


def invariant_failures(bank: GeneratedBank, series: tuple[GeneratedBank, ...] = ()) -> list[str]:
    """Every breach of the hard invariants of QUESTION-QUALITY.md in one bank (``series``: the
    banks of the same series, whose persons may share a surname)."""
    persons = {g.person for other in (bank, *series) for g in other.questions if g.person}
    surnames = Counter(fold(person.split()[-1]) for person in persons if " " in person)
    failures = []
    lines = bank.synopsis.lines
    nicknames = nicknames_of([line for other in (bank, *series) for line in other.synopsis.lines])
    for generated_question in bank.questions:
        question = generated_question.question
        qid = question.id
        source = question.source
        if (
            source is None
            or source.file != bank.synopsis.shown
            or not 1 <= source.line <= len(lines)
        ):
            failures.append(f"{qid}: no or wrong source")
            continue
        line = lines[source.line - 1]
        if GAP not in question.prompt and not QUESTION.search(question.prompt):
            failures.append(f"{qid}: neither a gap nor a question")
        # The answer stands in the source: verbatim, or as the full name of a person named there.
        if question.answer not in line:
            named = generated_question.kind == "person" and any(
                _named_in(name, line)  # by name, or by the nickname the series gives them
                for name in (question.answer, *other_names(question.answer, nicknames))
            )
            if not named:
                failures.append(f"{qid}: answer {question.answer!r} not in line {source.line}")
        # Neither the answer nor another name of the same person stands in the prompt (a
        # nickname the synopses give them included).
        names = [question.answer, *question.accept]
        if generated_question.kind == "person":
            names += other_names(question.answer, nicknames)
        if generated_question.kind == "person":
            # Each word of the name, but a surname two persons share is no name of either alone.
            names += [
                word
                for word in question.answer.split()
                if len(word) > 2 and surnames[fold(word)] < 2 and fold(word) not in PARTICLES
            ]
        for name in names:
            if contains_phrase(question.prompt.replace(GAP, " "), name):
                failures.append(f"{qid}: {name!r} stands in the prompt")
        if generated_question.kind == "person":
            failures += _spelled_otherwise(qid, question.prompt, question.answer)
        failures += _gap_failures(qid, question.prompt, line)
        if question.type is QuestionType.MULTIPLE_CHOICE:
            failures += _choice_failures(qid, question.prompt, question.answer, question.choices)
    return failures


# "Anton Reis, von allen nur „Fass-Toni“ genannt", "Halvard, den alle nur den Raben nennen",
# "Ragna Holt alias die Füchsin", "Lars Eklund, genannt „der Lange“": read here with patterns
# of their own, apart from the generator's reading.
_NAME = r"((?:[A-ZÄÖÜ][\w’'-]+ ){0,2}[A-ZÄÖÜ][\w’'-]+)"
_NICK = r"(?:(?:der|die|den|dem) )?[„\"»]?((?:[Dd]er |[Dd]ie )?[A-ZÄÖÜ][\w’'-]+)[“\"«]?"
_NAMINGS = [
    re.compile(_NAME + r",? (?:den|die) (?:alle|man|sie) (?:nur |bloß )?" + _NICK + r" nenn"),
    re.compile(_NAME + r", von allen (?:nur )?" + _NICK + r" genannt"),
    re.compile(_NAME + r",? (?:auch )?(?:genannt|alias|bekannt als) " + _NICK),
    re.compile(_NAME + r" alias " + _NICK),
    # "Jan Ott, den die Fans nur „die Krake“ nennen": any words of a relative clause before
    re.compile(
        _NAME
        + r", (?:den|die|der) (?:[\w-]+ ){0,6}?[„\"»]((?:[Dd](?:er|ie|en|em) )?[A-ZÄÖÜ][\w’'-]+)[“\"«] nenn"
    ),
]


# "Anton „Fass-Toni“ Reis": first name, nickname, surname.
_INSIDE = re.compile(r"([A-ZÄÖÜ][\w’'-]+) [„\"»]([^“\"«]+)[“\"«] ([A-ZÄÖÜ][\w’'-]+)")


def nicknames_of(lines: list[str]) -> list[tuple[str, str]]:
    """(name, nickname) pairs the synopses introduce."""
    found = [
        (match.group(1), match.group(2))
        for line in lines
        for pattern in _NAMINGS
        for match in pattern.finditer(line)
    ]
    found += [
        (f"{match.group(1)} {match.group(3)}", match.group(2))
        for line in lines
        for match in _INSIDE.finditer(line)
    ]
    return found


def other_names(answer: str, nicknames: list[tuple[str, str]]) -> list[str]:
    """The nickname of a person answered by name, the name of one answered by nickname, and
    the nickname's base word ("Rabe" in "den Raben")."""
    found = []
    for name, nickname in nicknames:
        bare = nickname.split()[-1]
        stem = bare[:-1] if bare.endswith("n") and len(bare) > 4 else bare
        if set(words(answer)) & set(words(name.split()[-1])):
            found += [bare, stem]
        elif fold(stem) in fold(answer) or fold(bare) in fold(answer):
            found += name.split()
    return found


def _named_in(name: str, line: str) -> bool:
    """A word of the name stands in the line, spelled the same or one letter off."""
    return any(
        Levenshtein.distance(part, word) <= (1 if len(part) >= 5 else 0)
        for part in words(name)
        for word in words(line)
    )


def _choice_failures(qid: str, prompt: str, answer: str, choices: tuple[str, ...]) -> list[str]:
    failures = []
    if choices.count(answer) != 1:
        failures.append(f"{qid}: the answer is not exactly once among the choices")
    folded = [fold(choice) for choice in choices]
    if len(set(folded)) != len(folded):
        failures.append(f"{qid}: two choices are the same")
    answer_words = words(answer)
    for choice, other in itertools.permutations(choices, 2):
        # "Hauke Jansen" beside "Bäcker Hauke Jansen": one person twice.
        if len(words(choice)) < len(words(other)) and set(fold(choice).split()) <= set(
            fold(other).split()
        ):
            failures.append(f"{qid}: {choice!r} and {other!r} are one person")
    for choice in choices:
        if choice == answer:
            continue
        if words(choice) & words(prompt.replace(GAP, " ")):
            failures.append(f"{qid}: distractor {choice!r} shares a word with the prompt")
        if fold(choice) in answer_words or fold(answer) in words(choice):
            failures.append(f"{qid}: distractor {choice!r} is an alias of the answer")
    return failures


# Titles that say only a gender: before a gap, one few persons carry picks out the answer.
_ADDRESS = re.compile(
    r"\b(?:Mr|Mrs|Ms)\.? ____|\b(?:Miss|Madame|Monsieur|Lady|Sir|Herrn?|Señora?) ____"
    # "Seine Frau ____", "Nowaks Frau ____": a wife, not a title
    r"|(?<![Ss]eine )(?<![Ii]hre )(?<!s )(?<!’ )\bFrau ____"
)
# A name (two capitalised words) right before or after an "&" in the prompt.
_FIRM_NAMES = re.compile(
    r"([A-ZÄÖÜ][\w’'.-]* [A-ZÄÖÜ][\w’'-]* &)|(& [A-ZÄÖÜ][\w’'.-]* [A-ZÄÖÜ][\w’'-]*)"
)


def _gap_failures(qid: str, prompt: str, line: str) -> list[str]:
    """A gap after a title of address, a gap in a firm's name, or a firm's name rewritten
    with first names ("verlässt Katharina Brenner & Felix Aumann" for "Brenner & Aumann")."""
    failures = []
    if _ADDRESS.search(prompt):
        failures.append(f"{qid}: a title of address before the gap")
    if f"& {GAP}" in prompt or f"{GAP} &" in prompt:
        failures.append(f"{qid}: a gap in a firm's name")
    for match in _FIRM_NAMES.finditer(prompt):
        if match.group() not in line:
            failures.append(f"{qid}: the firm around {match.group()!r} written as persons")
    return failures


def _spelled_otherwise(qid: str, prompt: str, answer: str) -> list[str]:
    """A word of the prompt one letter from the answer's own surname ("Ryan O’Reillys Bruder
    ____" for Cyril O’Reily): the answer's name, spelled another way, in the prompt."""
    # A surname two persons share may stand as written (the rule above); spelled another way
    # it is still the answer's, and the shared one is checked too.
    parts = answer.split()
    if len(parts) < 2:
        return []
    surname = fold(parts[-1])
    if len(surname) < 5:
        return []
    shown = words(prompt.replace(GAP, " "))
    if any(Levenshtein.distance(surname, word) == 1 for word in shown):
        return [f"{qid}: the surname of {answer!r}, spelled another way, stands in the prompt"]
    return []


def series_annotation(banks: tuple[GeneratedBank, ...]) -> Annotation:
    """The annotations of a series' banks in one: a choice may be a person of another season."""
    roles: set[str] = set()
    mentions: dict[int, list[str]] = {}
    for number, bank in enumerate(banks):
        notes = annotation(bank.name)
        roles |= notes.roles
        mentions |= {number * 1000 + line: names for line, names in notes.mentions.items()}
    return Annotation(frozenset(roles), mentions)


def choice_kind_failures(bank: GeneratedBank, notes: Annotation) -> list[str]:
    """Choices of another kind than the answer: a person question offers only annotated persons
    (no place, no company, no role word with the name), any other question no person
    (``notes``: of the whole series, ``series_annotation``)."""
    person_words = {word for person in notes.persons for word in fold(person).split()}
    person_names = {fold(person) for person in notes.persons}
    roles = {fold(role) for role in notes.roles}
    failures = []
    for generated_question in bank.questions:
        question = generated_question.question
        answer = fold(question.answer).split()
        # "Callahan Katharina": a client's surname glued to a lawyer's first name.
        glued = " ".join(answer) not in person_names and set(answer) <= person_words
        if generated_question.kind == "person" and len(answer) > 1 and glued:
            failures.append(f"{question.id}: {question.answer!r} is built from two persons")
        if question.type is not QuestionType.MULTIPLE_CHOICE:
            continue
        # "Dino" beside "Said", "Adebisi": a lone name among the surnames of persons known in
        # full gives itself away.
        lone = {fold(choice) in person_names for choice in question.choices if " " not in choice}
        if generated_question.kind == "person" and len(lone) > 1:
            failures.append(f"{question.id}: lone names mixed with surnames among the choices")
        for choice in question.choices:
            folded = fold(choice).split()
            if generated_question.kind == "person":
                if set(folded) & roles:
                    failures.append(f"{question.id}: a role word in the choice {choice!r}")
                elif not set(folded) <= person_words:
                    failures.append(f"{question.id}: {choice!r} is no annotated person")
            elif " ".join(folded) in person_names or (
                len(folded) == 1 and folded[0] in person_words
            ):
                failures.append(f"{question.id}: the person {choice!r} among other things")
    return failures


@dataclass(frozen=True)
class Coverage:
    covered: int
    total: int
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 1.0


def person_coverage(bank: GeneratedBank, notes: Annotation) -> Coverage:
    """Person mentions whose person is the answer of a question from the same episode; for a
    person who is already the answer as often as a bank allows (max(3, 5 % of the bank)), a
    question of that episode that asks about them by name counts too."""
    answers: dict[int, set[str]] = {}
    prompts: dict[int, list[str]] = {}
    times = Counter(g.question.answer for g in bank.questions)
    limit = max(3, len(bank.questions) * 5 // 100)
    for generated_question in bank.questions:
        question = generated_question.question
        assert question.source is not None
        # The person asked for: "dem Raben" answers for "der Rabe" (an epithet in its case)
        asked = {question.answer, generated_question.person or question.answer}
        answers.setdefault(question.source.line, set()).update(asked)
        prompts.setdefault(question.source.line, []).append(question.prompt)
    covered, missing = 0, []
    total = 0
    for line, names in notes.mentions.items():
        for name in names:
            total += 1
            named = times[name] >= limit and any(
                contains_phrase(prompt, name) for prompt in prompts.get(line, [])
            )
            if name in answers.get(line, set()) or named:
                covered += 1
            else:
                missing.append(f"line {line}: {name}")
    return Coverage(covered, total, tuple(missing))


def bad_answers(bank: GeneratedBank, notes: Annotation) -> list[str]:
    """Answers that are a role word, half a name, a name with a genitive s, or a person the
    annotation does not know."""
    halves = Counter()
    for person in notes.persons:
        parts = person.split()
        if len(parts) > 1:
            for part in parts:
                halves[fold(part)] += 1
                halves[fold(part) + "s"] += 1
    full_names = {fold(person) for person in notes.persons}
    roles = {fold(role) for role in notes.roles}
    bad = []
    for generated_question in bank.questions:
        answer = fold(generated_question.question.answer)
        qid = generated_question.question.id
        if answer in roles:
            bad.append(f"{qid}: role word {answer!r}")
        elif answer in halves and answer not in full_names:
            bad.append(f"{qid}: half a name or genitive {answer!r}")
        elif (
            generated_question.kind == "person"
            and answer not in full_names
            and not _declined(answer, generated_question.person or "")
        ):
            bad.append(f"{qid}: {answer!r} is no annotated person")
    return bad


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


def _declined(answer: str, name: str) -> bool:
    """An epithet with its article in another case: "dem raben" for "der Rabe"."""
    answer_words, name_words = answer.split(), fold(name).split()
    return (
        len(answer_words) == len(name_words) == 2
        and answer_words[0] in _ARTICLES
        and name_words[0] in _ARTICLES
        and answer_words[1].startswith(name_words[1].rstrip("e"))
    )


def episodes_asked(bank: GeneratedBank) -> set[int]:
    return {g.question.source.line for g in bank.questions if g.question.source is not None}
