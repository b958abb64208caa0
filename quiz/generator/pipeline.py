"""Synopses in, question banks out: the steps in order.

1. split every line into sentences and tag them (HanTa);
2. per series (files that differ only in their season number), learn who is who, the
   places and the nouns from all its sentences together;
3. per sentence, find candidates and word them as questions (cloze or "Wer ...?"), with
   distractors where three good ones exist; drop any question whose answer stands in it,
   or in the sentence before when the question needs that sentence; the weakest noun gaps
   only for an episode that has nothing better to ask.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from quiz.banks.model import Question, QuestionType, Source
from quiz.generator import tagging
from quiz.generator.candidates import NOUN, NUMBER, PERSON, PLACE, Candidate, CandidateFinder
from quiz.generator.corpus import WordFacts
from quiz.generator.distractors import Pools, distractors, stable_order
from quiz.generator.forms import Wording, cloze, leaks, who
from quiz.generator.naming import bank_title, season_tag, series_of
from quiz.generator.nouns import NounBook
from quiz.generator.persons import WhoIsWho
from quiz.generator.places import find_places
from quiz.generator.references import References
from quiz.generator.sources import Synopsis
from quiz.generator.text import Sentence, split_sentences
from quiz.text.normalize import fold
from quiz.text.slug import slug

LANGUAGE = "de"

# Why a sentence gave no question (keys of the catalogue).
SKIP_NOTHING, SKIP_LEAK, SKIP_DUPLICATE = (
    "generator.skip.nothing",
    "generator.skip.leak",
    "generator.skip.duplicate",
)


@dataclass(frozen=True, slots=True)
class GeneratedQuestion:
    question: Question
    kind: str  # person / number / place / noun
    person: str | None  # canonical name when the answer is a person


@dataclass(slots=True)
class GeneratedBank:
    name: str
    title: str
    synopsis: Synopsis
    questions: list[GeneratedQuestion] = field(default_factory=list)
    sentences: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def bank_questions(self) -> list[Question]:
        return [generated.question for generated in self.questions]


def generate(
    synopses: list[Synopsis], progress: Callable[[Synopsis], None] | None = None
) -> list[GeneratedBank]:
    """One bank per synopsis, in the order given."""
    lines: dict[str, list[list[Sentence]]] = {}
    for synopsis in synopses:
        if progress is not None:
            progress(synopsis)
        lines[synopsis.shown] = [
            _tagged(line, number) for number, line in enumerate(synopsis.lines, 1)
        ]
    by_series: dict[str, list[Synopsis]] = defaultdict(list)
    for synopsis in synopses:
        by_series[series_of(synopsis.stem)].append(synopsis)
    banks: dict[str, GeneratedBank] = {}
    for name, members in by_series.items():
        series = _Series(
            name, [s for member in members for line in lines[member.shown] for s in line]
        )
        for synopsis in members:
            banks[synopsis.shown] = series.bank(synopsis, lines[synopsis.shown])
    return [banks[synopsis.shown] for synopsis in synopses]


def _tagged(line: str, number: int) -> list[Sentence]:
    sentences = split_sentences(line, number)
    for sentence in sentences:
        tagging.tag(sentence)
    return sentences


class _Series:
    """What one series knows (persons, places, nouns) and how it asks about a file of it."""

    def __init__(self, series_name: str, sentences: list[Sentence]) -> None:
        facts = WordFacts.gather(sentences, tagging.could_be_name)
        places = find_places(sentences, facts)
        self.who = WhoIsWho(sentences, facts, places)
        nouns = NounBook(sentences, facts)
        references = References(self.who, sentences)
        self.finder = CandidateFinder(self.who, nouns, references, self.who.places, series_name)
        not_key = {
            word for person in self.who.persons for word in person.name_words
        } | self.who.role_words
        key_nouns = {}
        for sentence in sentences:
            for token in sentence.tokens:
                if nouns.is_key_noun(token) and fold(token.text) not in not_key:
                    info = nouns.info(token)
                    if info.gender is not None or not info.singular:
                        key_nouns.setdefault(token.text, info)
        self.pools = Pools(
            persons=[person for person in self.who.persons if person.mentions],
            nouns=key_nouns,
            places=sorted(" ".join(place) for place in self.who.places),
        )

    def bank(self, synopsis: Synopsis, lines: list[list[Sentence]]) -> GeneratedBank:
        bank = GeneratedBank(synopsis.stem, bank_title(synopsis.stem), synopsis)
        asker = _Asker(bank, self)
        for sentences in lines:
            bank.sentences += len(sentences)
            before = len(bank.questions)
            reasons = [
                asker.ask(sentence, sentences[:position])
                for position, sentence in enumerate(sentences)
            ]
            if len(bank.questions) == before:
                # An episode with nothing better to ask is still asked about: its weakest gaps.
                for position, sentence in enumerate(sentences):
                    if asker.ask(sentence, sentences[:position], weak=True) is None:
                        reasons[position] = None
            bank.skipped.update(reason for reason in reasons if reason is not None)
        return bank


class _Asker:
    """Writes the questions of one bank, keeping ids and prompts unique."""

    def __init__(self, bank: GeneratedBank, series: _Series) -> None:
        self._bank = bank
        self._series = series
        self._prompts: set[str] = set()
        self._ids: Counter[str] = Counter()
        self._places_asked: dict[int, set[str]] = {}

    def ask(self, sentence: Sentence, earlier: list[Sentence], *, weak: bool = False) -> str | None:
        """Add the sentence's questions (``weak``: only its weakest noun gaps, else everything
        but those); the reason when there are none."""
        mentions = self._series.who.mentions_in(sentence)
        before = earlier[-1] if earlier else None
        candidates = [c for c in self._series.finder.find(sentence, before) if c.weak == weak]
        if not candidates:
            return SKIP_NOTHING
        reasons = []
        places_asked = self._places_asked.setdefault(sentence.line, set())
        before = len(self._bank.questions)
        for candidate in candidates:
            if candidate.kind == PLACE and candidate.answer in places_asked:
                continue  # one question per place and episode is enough
            wording = who(candidate, earlier, mentions)
            # A person named by "Er" alone is asked "Wer ...?" or not at all.
            if not candidate.refers_back and (wording is None or leaks(wording, candidate)):
                wording = cloze(candidate, earlier, mentions)
            if wording is None or leaks(wording, candidate):
                reasons.append(SKIP_LEAK)
            elif wording.prompt in self._prompts:
                reasons.append(SKIP_DUPLICATE)
            else:
                self._add(candidate, wording)
                if candidate.kind == PLACE:
                    places_asked.add(candidate.answer)
        if len(self._bank.questions) > before:
            return None
        return reasons[0] if reasons else SKIP_NOTHING

    def _add(self, candidate: Candidate, wording: Wording) -> None:
        bank = self._bank
        line = candidate.sentence.line
        identifier = self._unique_id(f"{bank.name}-{line}-{slug(candidate.answer)}-{wording.form}")
        choices: tuple[str, ...] = ()
        # The type depends on the question alone (not on its neighbours), so that one change in
        # a synopsis does not flip the types of all the questions after it.
        if _leans_to_choices(identifier):
            wrong = distractors(candidate, wording.prompt, self._series.pools, identifier)
            if wrong is not None:
                choices = tuple(stable_order(identifier, [candidate.answer, *wrong]))
        kind = QuestionType.MULTIPLE_CHOICE if choices else QuestionType.FILL_IN
        question = Question(
            id=identifier,
            type=kind,
            prompt=wording.prompt,
            answer=candidate.answer,
            accept=() if choices else candidate.accept,
            choices=choices,
            tags=(season_tag(bank.name), f"folge-{line}"),
            difficulty=_difficulty(candidate, bool(choices)),
            explanation=wording.explanation,
            source=Source(bank.synopsis.shown, line),
            bank=bank.name,
        )
        person = candidate.person
        bank.questions.append(
            GeneratedQuestion(question, candidate.kind, person.canonical if person else None)
        )
        self._prompts.add(wording.prompt)

    def _unique_id(self, base: str) -> str:
        self._ids[base] += 1
        count = self._ids[base]
        return base if count == 1 else f"{base}-{count}"


def _leans_to_choices(identifier: str) -> bool:
    """About two questions in three get choices (when three good distractors exist)."""
    return hashlib.sha256(identifier.encode()).digest()[0] % 3 != 0


def _difficulty(candidate: Candidate, multiple_choice: bool) -> int:
    """1 easy to 3 hard: persons named often are easy, rare ones hard; choices make it easier."""
    if candidate.kind == PERSON and candidate.person is not None:
        mentions = candidate.person.mentions
        level = 1 if mentions >= 4 else 2 if mentions >= 2 else 3
    else:
        level = {PLACE: 1, NUMBER: 2, NOUN: 3}[candidate.kind]
    return max(1, level - 1) if multiple_choice else level
