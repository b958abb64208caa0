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
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from quiz.banks.model import Question, QuestionType, Source
from quiz.generator import pos, tagging, wh
from quiz.generator.animals import is_animal_word
from quiz.generator.candidates import (
    NOUN,
    NUMBER,
    PERSON,
    PLACE,
    REASON,
    TIME,
    Candidate,
    CandidateFinder,
)
from quiz.generator.circles import Circles, asks_a_shared_relation
from quiz.generator.corpus import WordFacts
from quiz.generator.deaths import Deaths
from quiz.generator.distractors import (
    Named,
    Pools,
    choices_for,
    numbers_by_unit,
    slot_of,
    stable_order,
)
from quiz.generator.forms import (
    CLOZE,
    LONGEST_CONTEXT,
    WHO,
    Wording,
    cloze,
    cloze_named,
    inverted_pronoun_named,
    leaks,
    who,
    word_set,
)
from quiz.generator.gender import role_gender
from quiz.generator.kinship import (
    CHILD_WORDS,
    SIBLING_WORDS,
    Kinship,
    names_a_person,
    plausible_kin,
)
from quiz.generator.lexicon import EMPTY_NOUNS, TIME_NOUNS
from quiz.generator.naming import bank_title, season_tag, series_of
from quiz.generator.nouns import NounBook, NounInfo, is_vehicle, subject_possessive_disagrees
from quiz.generator.padding import context_explains
from quiz.generator.persons import Mention, Person, WhoIsWho
from quiz.generator.places import find_places, home_places, origin_places, place_kinds, towns
from quiz.generator.predictable import Predictability
from quiz.generator.references import References
from quiz.generator.roles import is_place_noun, role_circle
from quiz.generator.sources import Synopsis
from quiz.generator.spelling import respelled, usual_spellings
from quiz.generator.standalone import (
    name_genders,
    shared_surnames,
    stands_alone,
    with_first_names,
    without_going_on,
)
from quiz.generator.text import Sentence, joined_at_middle_initials, split_sentences
from quiz.generator.thin import asks_too_little
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
    kind: str  # person / number / place / noun / reason / time
    person: str | None  # canonical name when the answer is a person
    form: str = ""  # how it is asked: cloze, "Wer", another question word


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
    joined = joined_at_middle_initials(line, sentences, pos.is_proper_noun)
    for sentence in joined:
        if not any(sentence is split for split in sentences):
            tagging.tag(sentence)  # "John F. Kennedys Besuch" tagged as one sentence
    return joined


class _Series:
    """What one series knows (persons, places, nouns, reasons) and how it asks about a file."""

    def __init__(self, series_name: str, sentences: list[Sentence]) -> None:
        facts = WordFacts.gather(sentences, tagging.could_be_name)
        places = find_places(sentences, facts)
        self.who = WhoIsWho(sentences, facts, places)
        nouns = NounBook(sentences, facts)
        self.references = References(self.who, sentences)
        self.who.learn_genders(self.references.pronoun_genders)
        self.name_genders = name_genders(self.who.persons)
        self.shared_surnames = shared_surnames(self.who.persons)
        # Who the sentence before names: a possessive may point at them ("an ihren Armen").
        self.named_before: dict[int, list[Person]] = {}
        self.sentence_before: dict[int, Sentence] = {}
        self.sentence_after: dict[int, Sentence] = {}
        for previous, current in itertools.pairwise(sentences):
            if previous.line == current.line:
                self.sentence_before[id(current)] = previous
                self.sentence_after[id(previous)] = current
                self.named_before[id(current)] = [
                    m.person for m in self.who.mentions_in(previous) if m.person is not None
                ]
        self.told_fully = _told_fully(sentences, self.who, self.shared_surnames)
        self.predictability = Predictability(series_name, sentences)
        self.spellings = usual_spellings(self.who, sentences)
        self.finder = CandidateFinder(
            self.who, nouns, self.references, self.who.places, series_name
        )
        not_key = {
            word for person in self.who.persons for word in person.name_words
        } | self.who.role_words
        key_nouns: dict[str, NounInfo] = {}
        for sentence in sentences:
            for token in sentence.tokens:
                # Words for people ("Mädchen", "Witwe") are no things to choose among.
                if (
                    nouns.is_key_noun(token)
                    and fold(token.text) not in not_key
                    and role_gender(token.text) is None
                ):
                    info = nouns.info(token)
                    if info.gender is not None or not info.singular:
                        key_nouns.setdefault(token.text, info)
        reasons: list[str] = []
        reason_persons: dict[str, frozenset[str]] = {}
        self.kinship = Kinship(persons=self.who.persons)
        # How many episodes name each answer: one named everywhere is a weak thing to ask.
        self.episodes_naming: Counter[str] = Counter()
        for before, sentence in zip([None, *sentences], sentences):
            earlier = [before] if before is not None and before.line == sentence.line else []
            people = self.who.mentions_in(sentence) + (
                self.who.mentions_in(earlier[-1]) if earlier else []
            )
            clauses = self.clauses(sentence, earlier)
            for clause in clauses:
                why = wh.ask_why(clause, earlier, people)
                if why is not None:
                    reasons.append(why[0])
                    said_of = {
                        m.person.canonical
                        for m in self.who.mentions_in(sentence)
                        if m.person is not None
                    }
                    if clause.person is not None:  # "Er sitzt, weil ...": whom "Er" is
                        said_of.add(clause.person.canonical)
                    reason_persons[why[0]] = reason_persons.get(why[0], frozenset()) | said_of
            owner_before = self.references.only_person(earlier[-1]) if earlier else None
            first = clauses[0] if clauses else None
            mentions = self.who.mentions_in(sentence)
            for mention, owner, relation in wh.whose(sentence, mentions, owner_before, first):
                assert mention.person is not None
                if plausible_kin(mention.person, owner, relation):
                    self.kinship.learn(mention.person, owner, relation)
        for line in sorted({sentence.line for sentence in sentences}):
            texts = " ".join(s.text for s in sentences if s.line == line)
            named = {
                m.person.canonical
                for s in sentences
                if s.line == line
                for m in self.who.mentions_in(s)
                if m.person
            }
            named |= {" ".join(place) for place in self.who.places if " ".join(place) in texts}
            self.episodes_naming.update(named)
        # Where the series takes place: a place named in more than half of its episodes ("Oz").
        # Asked for, it is no question; left out of a place gap, it would fit there as well.
        episodes = len({sentence.line for sentence in sentences})
        self.settings = frozenset(
            " ".join(place)
            for place in self.who.places
            if (count := self.episodes_naming[" ".join(place)]) >= _FEWEST_SETTING_EPISODES
            and count * 2 > episodes
        )
        opening = home_places(sentences[0], self.who.places) if sentences else frozenset()
        self.homes = self.settings | opening
        self.pools = Pools(
            # A place the finder took for a person ("Gut Falkenried") never stands among persons.
            persons=[
                person
                for person in self.who.persons
                if person.mentions
                and person.name not in self.who.places
                and not (len(person.name) > 1 and is_place_noun(person.name[0]))
            ],
            locations=_locations(sentences),
            slots=_slots(sentences, nouns),
            nouns=key_nouns,
            places=sorted(" ".join(place) for place in self.who.places),
            place_kinds=place_kinds(sentences, self.who.places),
            kinship=self.kinship,
            towns=towns(sentences, self.who.places),
            origins=origin_places(sentences, self.who.places),
            place_sentences=_words_by_place(sentences, self.who.places),
            named_at=_named_at(sentences, self.who),
            reasons=reasons,
            reason_persons=reason_persons,
            numbers=numbers_by_unit(sentences),
            deaths=Deaths.of(sentences, self.who),
            circles=Circles.of(sentences, self.who),
        )

    def named_before_prompt(self, sentence: Sentence, prompt: str) -> list[Person]:
        """The persons of the sentence before the first one the prompt shows (the source
        sentence, or the context put in front of it)."""
        first = sentence
        while (before := self.sentence_before.get(id(first))) is not None and prompt.startswith(
            before.text
        ):
            first = before
        return self.named_before.get(id(first), [])

    def told_before_prompt(self, sentence: Sentence, wording: Wording) -> frozenset[str]:
        """The folded words and base forms of the episode's sentences before the question's
        that it does not show (its explanation holds those it shows): what a definite "der
        Kurgast", "die Sprengung" may point back at."""
        told: set[str] = set()
        first = sentence
        while (before := self.sentence_before.get(id(first))) is not None:
            if before.text not in wording.explanation:
                told |= {fold(token.text) for token in before.tokens if token.is_word}
                told |= {fold(token.lemma) for token in before.tokens if token.lemma}
            first = before
        return frozenset(told)

    def padded(self, sentence: Sentence, wording: Wording) -> bool:
        """Whether a sentence the question shows before its own (its explanation: the context
        and the source sentence) has nothing to do with what the question asks."""
        explanation = wording.explanation
        shown = [sentence]
        text = sentence.text
        while (before := self.sentence_before.get(id(shown[0]))) is not None and (
            explanation.endswith(f"{before.text} {text}")
        ):
            shown.insert(0, before)
            text = f"{before.text} {text}"
        context = explanation[: len(explanation) - len(sentence.text)]
        asked = None
        if wording.form != CLOZE:  # a question written fresh shows only part of its sentence
            prompt = wording.prompt
            # (a context whose pronoun was named no longer opens the prompt as written)
            asked = (
                prompt[len(context) :] if prompt.startswith(context) else prompt.rsplit(". ")[-1]
            )
        return not context_explains(shown[:-1], sentence, self.who, self.references, asked)

    def has_partner(self, sentence: Sentence) -> bool:
        """Whether the sentence or the next one gives someone a partner ("Ihr neuer Partner
        ist ..."): "Wer ermittelt ...?" has two answers then."""
        after = self.sentence_after.get(id(sentence))
        return any(
            fold(token.text) in _PARTNER_WORDS
            for shown in (sentence, after)
            if shown is not None
            for token in shown.tokens
        )

    def short_name(self, person: Person, other: Person, relation: str) -> str:
        """How a question names ``person`` beside ``other``: by first name alone when they
        are siblings who share a surname ("Wessen Bruder ist Cyril?" would else print the
        answer's surname) and no one else of the series has that first name. (A son has two
        parents of that surname: "Wessen Sohn ist Edric?" has two answers.)"""
        first = person.first_name
        if first is None or person.surname != other.surname or relation not in SIBLING_WORDS:
            return person.canonical
        namesakes = [p for p in self.who.persons if first in (p.name[0], p.surname)]
        return first if namesakes == [person] else person.canonical

    def clauses(self, sentence: Sentence, earlier: list[Sentence]) -> list[wh.Clause]:
        before = earlier[-1] if earlier else None
        opening = self.references.opening(sentence, before)
        mentions = self.who.mentions_in(sentence)
        people = mentions + (self.who.mentions_in(before) if before is not None else [])
        return wh.main_clauses(sentence, mentions, opening, people, earlier)

    def bank(self, synopsis: Synopsis, lines: list[list[Sentence]]) -> GeneratedBank:
        bank = GeneratedBank(synopsis.stem, bank_title(synopsis.stem), synopsis)
        asker = _Asker(bank, self)
        proposals: list[_Proposal] = []
        for sentences in lines:
            bank.sentences += len(sentences)
            found = [
                asker.propose(sentence, sentences[:position])
                for position, sentence in enumerate(sentences)
            ]
            if not any(isinstance(result, list) for result in found):
                # An episode with nothing better to ask is still asked about: its weakest gaps.
                found = [
                    asker.propose(sentence, sentences[:position], weak=True)
                    for position, sentence in enumerate(sentences)
                ]
            asked = [p for result in found if not isinstance(result, str) for p in result]
            bank.skipped.update(result for result in found if isinstance(result, str))
            standing = [p for p in asked if p.stands_alone]
            # Precision before volume: a question that cannot stand alone is asked only where
            # the episode has nothing else (its best one), so that every episode is asked.
            # (A "Warum" may find no choices and fall away: not the one to rely on.)
            fallback = sorted(asked, key=lambda p: (bool(p.choices_from), -p.score))
            proposals += standing or fallback[:_FALLBACKS]
        # A question that must have choices and finds none falls away before the selection,
        # so that it takes no place of its sentence from one that can be asked.
        for proposal in ranked_selection([p for p in proposals if asker.has_its_choices(p)]):
            asker.add(proposal)
        return bank


@dataclass(frozen=True, slots=True)
class _Proposal:
    """One way to ask one thing, with how good it is (higher is better)."""

    score: float
    candidate: Candidate
    wording: Wording
    choices_from: str = ""  # "reason": choices only, from the series' reasons
    stands_alone: bool = True  # read from its prompt alone, it can be answered (standalone.py)

    @property
    def sentence_key(self) -> tuple[int, int]:
        return self.candidate.sentence.line, self.candidate.sentence.index

    @property
    def answer_key(self) -> str:
        return fold(self.candidate.answer)

    @property
    def person_key(self) -> tuple[int, str] | None:
        person = self.candidate.person
        if person is None or self.candidate.refers_back:
            return None
        return self.candidate.sentence.line, person.canonical


MOST_PER_SENTENCE = 3
_PARTNER_WORDS = frozenset(
    fold(word) for word in ("Partner", "Partnerin", "Kollege", "Kollegin", "Kompagnon")
)


def answer_limit(bank_size: int) -> int:
    """How often one answer may recur in a bank: max(3, 5 % of the bank)."""
    return max(3, bank_size * 5 // 100)


def ranked_selection(proposals: list[_Proposal]) -> list[_Proposal]:
    """The best proposals under the bank's limits: at most three per sentence, one per answer
    and sentence, no prompt twice, each answer at most ``answer_limit`` times. Every episode
    is asked first, then every person named in an episode (best way first), then the rest by
    score."""
    limit = answer_limit(len(proposals))
    while True:
        spare = _named_elsewhere(proposals, limit)
        order = sorted(
            range(len(proposals)),
            key=lambda i: (i in spare, -proposals[i].score, proposals[i].wording.prompt),
        )
        chosen = _select(proposals, order, limit)
        fitting = answer_limit(len(chosen))
        if fitting >= limit:
            return [proposals[i] for i in sorted(chosen)]
        limit = fitting


def _named_elsewhere(proposals: list[_Proposal], limit: int) -> set[int]:
    """Proposals that ask for a person named in more episodes than the bank lets them be an
    answer, where another proposal of the same episode names them in full: they come last, so
    that the answers go to the episodes that would else not ask about that person at all (the
    other question still shows them there: "Felix Brandt wird nach ____ versetzt")."""
    episodes: dict[str, set[int]] = defaultdict(set)
    for proposal in proposals:
        if proposal.person_key is not None:
            episodes[proposal.person_key[1]].add(proposal.person_key[0])
    crowded = {person for person, lines in episodes.items() if len(lines) > limit}
    if not crowded:
        return set()
    prompts: dict[int, list[str]] = defaultdict(list)
    for proposal in proposals:
        prompts[proposal.candidate.sentence.line].append(proposal.wording.prompt)
    spare = set()
    for index, proposal in enumerate(proposals):
        key = proposal.person_key
        if key is None or key[1] not in crowded:
            continue
        line, person = key
        if any(person in prompt for prompt in prompts[line]):
            spare.add(index)
    return spare


def _select(proposals: list[_Proposal], order: list[int], limit: int) -> list[int]:
    per_sentence: Counter[tuple[int, int]] = Counter()
    per_answer: Counter[str] = Counter()
    asked: set[tuple[tuple[int, int], str]] = set()
    prompts: set[str] = set()
    people: set[tuple[int, str]] = set()
    chosen: list[int] = []

    def take(index: int) -> bool:
        proposal = proposals[index]
        key = (proposal.sentence_key, proposal.answer_key)
        if (
            per_sentence[proposal.sentence_key] >= MOST_PER_SENTENCE
            or per_answer[proposal.answer_key] >= limit
            or key in asked
            or proposal.wording.prompt in prompts
        ):
            return False
        per_sentence[proposal.sentence_key] += 1
        per_answer[proposal.answer_key] += 1
        asked.add(key)
        prompts.add(proposal.wording.prompt)
        chosen.append(index)
        return True

    # Every episode is asked about: the one with the fewest ways to ask takes its best first,
    # before a person asked in many episodes has used up their answers elsewhere.
    by_episode: dict[int, list[int]] = {}
    for index in order:
        by_episode.setdefault(proposals[index].candidate.sentence.line, []).append(index)
    for line in sorted(by_episode, key=lambda line: (len(by_episode[line]), line)):
        taken = next((index for index in by_episode[line] if take(index)), None)
        if taken is not None and (person := proposals[taken].person_key) is not None:
            people.add(person)
    for index in order:
        person = proposals[index].person_key
        if person is not None and person not in people and take(index):
            people.add(person)
    # The rest by score; a cloze only where its sentence has little else (a question written
    # fresh reads better, and three gaps in one sentence tell each other's answers).
    for index in order:
        proposal = proposals[index]
        if index in chosen or (
            proposal.wording.form == CLOZE and per_sentence[proposal.sentence_key] >= 2
        ):
            continue
        take(index)
    return chosen


# How good a form and a kind of answer are: a question written fresh beats a cloze; a person,
# a number or a reason is worth more to ask than a place or a noun.
_FORM_SCORES = {wh.WH: 3.0, wh.WHOSE: 3.0, wh.WHY: 3.0, WHO: 2.5, wh.WHEN: 2.0, CLOZE: 1.0}
_KIND_SCORES = {PERSON: 2.0, NUMBER: 1.5, REASON: 1.5, PLACE: 1.0, TIME: 1.0, NOUN: 0.5}
_FEWEST_SETTING_EPISODES = 3
_CONTEXT_COST = 0.7  # a question that needs the sentence before to stand alone
_RECURRING_COST = 0.3  # per further episode that names the same answer
_WEAK_COST = 2.0
_GUESSABLE_COST = 2.0
_FALLBACKS = 1  # questions for an episode none of whose questions stands alone
_LONGEST_CONTEXT = 2  # sentences a cloze may show before its own


class _Asker:
    """Writes the questions of one bank, keeping ids unique."""

    def __init__(self, bank: GeneratedBank, series: _Series) -> None:
        self._bank = bank
        self._series = series
        self._ids: Counter[str] = Counter()

    def propose(
        self, sentence: Sentence, earlier: list[Sentence], *, weak: bool = False
    ) -> list[_Proposal] | str:
        """Every way to ask about the sentence (``weak``: only its weakest noun gaps, else
        everything but those); the reason when there is none."""
        series = self._series
        mentions = series.who.mentions_in(sentence)
        before = earlier[-1] if earlier else None
        people = mentions + (series.who.mentions_in(before) if before is not None else [])
        candidates = [
            c
            for c in series.finder.find(sentence, before)
            if c.weak == weak and not subject_possessive_disagrees(sentence.tokens, c.start, c.noun)
        ]
        opening = series.references.opening(sentence, before)
        clauses = series.clauses(sentence, earlier)
        proposals: list[_Proposal] = []
        reasons: list[str] = []
        if not weak:
            taken = {i for c in candidates for i in range(c.start, c.end)}
            for clause in clauses:
                extra = series.finder.phrase_nouns(
                    sentence, clause.start, clause.targets_end, taken
                )
                candidates += [c for c in extra if wh.ask_phrase(c, clause, earlier, people)]
                taken |= {c.start for c in extra}
        for candidate in candidates:
            for clause in clauses:
                asked = wh.ask_phrase(candidate, clause, earlier, people)
                if asked is not None and not leaks(asked.wording, asked.candidate):
                    proposals.append(self._proposal(asked.candidate, asked.wording))
            wording = who(candidate, earlier, mentions)
            if wording is not None and not leaks(wording, candidate):
                proposals += self._or_with_context(
                    self._proposal(candidate, wording),
                    earlier,
                    partial(who, candidate, earlier, mentions),
                )
            # A person named by "Er" alone is asked "Wer ...?" or not at all.
            # "Roth und ____": another person fits the gap as well, so no cloze at all.
            if not candidate.refers_back and not _coordinated_person(candidate, mentions):
                wording = cloze(candidate, earlier, mentions)
                if wording is not None and not leaks(wording, candidate):
                    proposals += self._or_with_context(
                        self._proposal(candidate, wording),
                        earlier,
                        partial(cloze, candidate, earlier, mentions),
                    )
                elif wording is not None:
                    reasons.append(SKIP_LEAK)
                named = cloze_named(
                    candidate, opening, series.who.mentions_in(before) if before else []
                )
                if named is not None and not leaks(named, candidate):
                    proposals.append(self._proposal(candidate, named))
        if not weak:
            proposals += self._fresh(sentence, earlier, mentions, people, clauses)
        # "Wer lehnt ab?": a verb that needs a complement, asked without it, is no question.
        names = frozenset(series.name_genders)
        proposals = [
            self._with_sentence_before(p, earlier)
            for p in proposals
            if not asks_too_little(p.wording, p.candidate, names)
            and not _an_animal_asked_as_person(p)
        ]
        if proposals:
            return proposals
        return reasons[0] if reasons else SKIP_NOTHING

    def _or_with_context(
        self,
        proposal: _Proposal,
        earlier: list[Sentence],
        worded: Callable[..., Wording | None],
    ) -> list[_Proposal]:
        """The proposal, and when a person's question does not stand alone, the same question
        with one sentence more before it (at most ``LONGEST_CONTEXT``): where the context stage
        saw no need, the stand-alone check may ("Dr. Berger bemerkt blaue Flecken an ihren
        Armen" after "Nowaks Frau Irina besucht ihren Mann": Irina's arms); a context sentence
        may lean on the one before it ("Grete ... rät ihr, nach Berlin zu gehen": whom?)."""
        candidate, wording = proposal.candidate, proposal.wording
        # The explanation is the context shown, then the source sentence.
        told = wording.explanation[: -len(candidate.sentence.text)]
        told_count = sum(1 for sentence in earlier if sentence.text in told)
        if proposal.stands_alone or candidate.kind != PERSON or told_count >= LONGEST_CONTEXT:
            return [proposal]
        fuller = worded(context=told_count + 1)
        if fuller is None or fuller.prompt == wording.prompt or leaks(fuller, candidate):
            return [proposal]
        return [proposal, self._proposal(candidate, fuller)]

    def _fresh(
        self,
        sentence: Sentence,
        earlier: list[Sentence],
        mentions: list[Mention],
        people: list[Mention],
        clauses: list[wh.Clause],
    ) -> list[_Proposal]:
        """Questions that ask no span of the sentence: Warum, Wessen, Wann."""
        found = []
        for clause in clauses:
            why = wh.ask_why(clause, earlier, people)
            if why is not None:
                reason, wording = why
                # Its nouns must not stand in the question; its little words may.
                nouns = frozenset(fold(word) for word in reason.split()[1:] if word[:1].isupper())
                candidate = Candidate(REASON, sentence, 0, 0, reason, (), nouns)
                found.append(self._proposal(candidate, wording, choices_from=REASON))
        before = earlier[-1] if earlier else None
        owner_before = self._series.references.only_person(before) if before else None
        first = clauses[0] if clauses else None
        for mention, owner, relation in wh.whose(sentence, mentions, owner_before, first):
            owner_mentions = [m for m in people if m.person is owner]
            if not owner_mentions:
                continue
            related = mention.person
            assert related is not None
            if not plausible_kin(related, owner, relation) or not names_a_person(relation):
                continue
            if self._series.predictability.is_the_title(" ".join(related.name)):
                continue  # "ihrer App Kiezly" in "Kiezly": the series' app, ship or house is no kin
            kinship = self._series.kinship
            if relation in CHILD_WORDS and not kinship.only_parent(owner, related):
                continue  # "Wessen Sohn ist Jakob?" has two answers when his father is named
            if relation in SIBLING_WORDS and not kinship.only_sibling(owner, related):
                continue
            answer = self._series.finder.person(sentence, owner_mentions[0])
            prompt = f"Wessen {relation} ist {self._series.short_name(related, owner, relation)}?"
            wording = Wording(wh.WHOSE, prompt, sentence.text)
            if not leaks(wording, answer):
                found.append(self._proposal(answer, wording))
        when = wh.ask_when(sentence, mentions)
        if when is not None:
            phrase, noun, wording = when
            forbidden = frozenset(word_set(noun))
            candidate = Candidate(TIME, sentence, 0, 0, phrase, (noun,), forbidden)
            if not leaks(wording, candidate):
                found.append(self._proposal(candidate, wording))
        return found

    def _proposal(
        self, candidate: Candidate, wording: Wording, choices_from: str = ""
    ) -> _Proposal:
        score = _FORM_SCORES[wording.form] + _KIND_SCORES[candidate.kind]
        if len(wording.prompt) > len(candidate.sentence.text) + 20 and wording.form != CLOZE:
            score -= _CONTEXT_COST
        if wording.prompt.count(". ") and wording.form == CLOZE:
            score -= _CONTEXT_COST
        recurring = self._series.episodes_naming[candidate.answer]
        score -= _RECURRING_COST * max(0, recurring - 1)
        if candidate.weak:
            score -= _WEAK_COST
        wording = without_going_on(wording)
        # "vor dem jungen Varn" after "Edric Varn" earlier in the episode: written in full, a
        # name tells who it is (a surname two persons share), and the question stands alone.
        named = self._context_named(wording, candidate.sentence)
        if not leaks(named, candidate):
            wording = named
        fuller = with_first_names(
            wording,
            self._series.told_fully.get(id(candidate.sentence)),
            candidate.person.name_words if candidate.person else frozenset(),
        )
        if not leaks(fuller, candidate):
            wording = fuller
        # An answer anyone guesses ("die Todesstrafe", "Bodensee") is asked only where the
        # episode has nothing better (blind reading, round 4).
        predictability = self._series.predictability
        guessable = predictability.is_the_title(candidate.answer) or (
            candidate.kind in (NOUN, PLACE)
            and predictability.guessable(
                candidate.answer, wording.prompt, by_frequency=candidate.kind == NOUN
            )
        )
        if guessable:
            score -= _GUESSABLE_COST
        # A gap on a common noun is guessed from the words around it ("mit einem ____").
        alone = (
            not guessable
            and not (candidate.kind == NOUN and wording.form == CLOZE)
            # "Wer ermittelt ...?" when a partner does too: not one answer
            and not (wording.form == WHO and self._series.has_partner(candidate.sentence))
            and not self._setting_fits(candidate, wording)
            and not asks_a_shared_relation(wording.prompt)
            and not self._series.padded(candidate.sentence, wording)
            and stands_alone(
                wording,
                candidate,
                self._series.name_genders,
                self._series.shared_surnames,
                self._series.named_before_prompt(candidate.sentence, wording.prompt),
                self._series.told_before_prompt(candidate.sentence, wording),
            )
        )
        return _Proposal(score, candidate, wording, choices_from, alone)

    def _with_sentence_before(self, proposal: _Proposal, earlier: list[Sentence]) -> _Proposal:
        """A cloze that does not stand alone, given the sentence before the ones it shows (at
        most two in all), when that makes it stand ("auf ihrem Mantel" after the sentence
        that names whose coat) and gives the answer away nowhere; else the proposal as it was."""
        wording = proposal.wording
        if proposal.stands_alone or wording.form != CLOZE:
            return proposal
        shown = next(
            (n for n in range(_LONGEST_CONTEXT, -1, -1) if _opens_with(wording, earlier[-n:])),
            0,
        )
        if shown >= _LONGEST_CONTEXT or shown >= len(earlier):
            return proposal
        before = earlier[-shown - 1].text
        fuller = Wording(CLOZE, f"{before} {wording.prompt}", f"{before} {wording.explanation}")
        if leaks(fuller, proposal.candidate):
            return proposal
        contexted = self._proposal(proposal.candidate, fuller, proposal.choices_from)
        return contexted if contexted.stands_alone else proposal

    def _context_named(self, wording: Wording, sentence: Sentence) -> Wording:
        """The context sentence a prompt opens with, its pronoun written as the one person of
        the sentence before it ("Am Pass von Kaltenstein wird sie von Söldnern überfallen"
        after a sentence about Lianne Hartwig alone: "... wird Lianne Hartwig ..."), so that
        the prompt does not lean on a sentence it does not show."""
        series = self._series
        first = sentence
        while (before := series.sentence_before.get(id(first))) is not None and (
            wording.prompt.startswith(before.text)
        ):
            first = before
        before = series.sentence_before.get(id(first))
        if first is sentence or before is None or series.who.mentions_in(first):
            return wording
        people = {id(m.person): m.person for m in series.who.mentions_in(before)}
        person = next(iter(people.values())) if len(people) == 1 else None
        if person is None or None in people.values():
            return wording
        named = inverted_pronoun_named(first, person)
        if named is None:
            return wording
        prompt = named + wording.prompt[len(first.text) :]
        return Wording(wording.form, prompt, wording.explanation)

    def _setting_fits(self, candidate: Candidate, wording: Wording) -> bool:
        """A place answer that is where the series takes place, or a place gap the series'
        setting would fill as well ("in ____": the prison's wing, or the prison itself)."""
        if candidate.kind != PLACE:
            return False
        settings = self._series.settings
        homes = self._series.homes
        # "Oz-Gefängnis" is the setting "Oz" too.
        if candidate.answer in homes or set(candidate.answer.replace("-", " ").split()) & {
            word for place in homes for word in place.split()
        }:
            return True
        shown = word_set(wording.prompt)
        return wording.form == CLOZE and any(
            not word_set(place) & shown for place in settings if place != candidate.answer
        )

    def has_its_choices(self, proposal: _Proposal) -> bool:
        """Whether a question asked only with choices ("Warum", from the series' reasons)
        finds them; every other question can be asked typed."""
        if not proposal.choices_from:
            return True
        _, wrong = choices_for(
            proposal.candidate, proposal.wording, self._series.pools, proposal.answer_key
        )
        return wrong is not None

    def add(self, proposal: _Proposal) -> None:
        candidate, wording = proposal.candidate, proposal.wording
        bank = self._bank
        line = candidate.sentence.line
        identifier = self._unique_id(
            f"{bank.name}-{line}-{slug(candidate.answer)[:40].strip('-')}-{wording.form}"
        )
        choices: tuple[str, ...] = ()
        pools = self._series.pools
        # The type depends on the question alone (not on its neighbours), so that one change in
        # a synopsis does not flip the types of all the questions after it.
        if (
            candidate.kind == PLACE
            and wording.form != CLOZE
            and candidate.answer in pools.locations
        ):
            # "Wo liegt X?" is answered "im Krankenhaus", not "Krankenhaus" (blind reading).
            candidate = replace(
                candidate,
                answer=pools.locations[candidate.answer],
                accept=tuple(dict.fromkeys((candidate.answer, *candidate.accept))),
            )
        if proposal.choices_from or _leans_to_choices(identifier):
            wording, wrong = choices_for(candidate, wording, pools, identifier)
            if wrong is not None:
                choices = tuple(stable_order(identifier, [candidate.answer, *wrong]))
        if proposal.choices_from and not choices:
            bank.skipped[SKIP_NOTHING] += 1
            return
        kind = QuestionType.MULTIPLE_CHOICE if choices else QuestionType.FILL_IN
        if not choices and wording.form != CLOZE and candidate.kind == NOUN:
            candidate = _with_article(candidate)
        # A name misspelled in one line is shown as the series usually writes it; the
        # answer as it stands there is still accepted.
        spellings = self._series.spellings
        wording = replace(wording, prompt=respelled(wording.prompt, spellings))
        choices = tuple(respelled(choice, spellings) for choice in choices)
        if (usual := respelled(candidate.answer, spellings)) != candidate.answer:
            accept = (*candidate.accept, candidate.answer)
            candidate = replace(candidate, answer=usual, accept=accept)
        question = Question(
            id=identifier,
            type=kind,
            prompt=wording.prompt,
            answer=candidate.answer,
            accept=() if choices else candidate.accept,
            choices=choices,
            tags=(season_tag(bank.name), f"folge-{line}"),
            difficulty=_difficulty(candidate, bool(choices)),
            # The source sentence alone: the session tells by it which questions share one.
            explanation=candidate.sentence.text,
            source=Source(bank.synopsis.shown, line),
            bank=bank.name,
        )
        person = candidate.person
        bank.questions.append(
            GeneratedQuestion(
                question,
                candidate.kind,
                person.canonical if person else None,
                wording.form,
            )
        )

    def _unique_id(self, base: str) -> str:
        self._ids[base] += 1
        count = self._ids[base]
        return base if count == 1 else f"{base}-{count}"


def _an_animal_asked_as_person(proposal: _Proposal) -> bool:
    """A named animal is asked only by the gap after the word for it ("die Kuh ____"): "Wer
    hat zwei Kilo abgenommen?" of a dog reads as a person's question (blind reading, round 20)."""
    candidate = proposal.candidate
    if candidate.person is None or not candidate.person.is_animal:
        return False
    tokens = candidate.sentence.tokens
    after_its_word = candidate.start > 0 and is_animal_word(tokens[candidate.start - 1].text)
    return proposal.wording.form != CLOZE or not after_its_word


def _opens_with(wording: Wording, context: list[Sentence]) -> bool:
    """Whether the prompt opens with these sentences (none: always)."""
    return not context or wording.prompt.startswith(" ".join(s.text for s in context) + " ")


def _slots(sentences: list[Sentence], nouns: NounBook) -> dict[str, dict[str, NounInfo]]:
    """The nouns of the series by the preposition before them ("mit": Nadel, Messer), as
    written when that is their plain form (nominative singular or plural)."""
    found: dict[str, dict[str, NounInfo]] = defaultdict(dict)
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            slot = slot_of(sentence.tokens, index) if pos.is_noun(token) else ""
            if not slot or role_gender(token.text) or role_circle(token.text):
                continue
            info = nouns.info(token, with_parts=False)
            if fold(info.lemma) in EMPTY_NOUNS or (info.singular and info.gender is None):
                continue
            found[slot][info.lemma if info.singular else token.text] = info
    return dict(found)


def _told_fully(
    sentences: list[Sentence], who: WhoIsWho, shared: frozenset[str]
) -> dict[int, dict[str, str]]:
    """Per sentence, the part names its episode has used so far for one person each (folded
    word: full name), up to and with this sentence: a surname or first name alone ("Petersen",
    "Max"), and a surname two persons share once the episode named one bearer in full."""
    found: dict[int, dict[str, str]] = {}
    named: dict[str, set[str]] = {}
    line = None
    for sentence in sentences:
        if sentence.line != line:
            line, named = sentence.line, {}
        for mention in who.mentions_in(sentence):
            person = mention.person
            if person is None or len(person.name) < 2 or mention.genitive:
                continue
            written = mention.written.split()
            # "die Contessa Beatrice Ferri" names no bearer of a surname she was taken to have
            if len(written) > 1 and fold(person.surname) in shared and person.surname in written:
                named.setdefault(fold(person.surname), set()).add(person.canonical)
            elif len(written) == 1 and written[0] in person.name:
                named.setdefault(fold(written[0]), set()).add(person.canonical)
        found[id(sentence)] = {
            word: next(iter(names)) for word, names in named.items() if len(names) == 1
        }
    return found


def _coordinated_person(candidate: Candidate, mentions: list[Mention]) -> bool:
    """A person gap joined by "und"/"oder"/"," to another name: either would fit it."""
    if candidate.kind != PERSON:
        return False
    tokens = candidate.sentence.tokens
    joins = ("und", "oder", ",")
    before = candidate.start > 0 and tokens[candidate.start - 1].text in joins
    after = candidate.end < len(tokens) and tokens[candidate.end].text in joins
    return any(
        (before and mention.end == candidate.start - 1)
        or (after and mention.start == candidate.end + 1)
        for mention in mentions
    )


def _words_by_place(
    sentences: list[Sentence], places: set[tuple[str, ...]]
) -> dict[str, frozenset[frozenset[str]]]:
    """The words (folded) of each sentence that names a place: whom it names beside it."""
    found: dict[str, set[frozenset[str]]] = {}
    for sentence in sentences:
        words = frozenset(fold(token.text) for token in sentence.tokens)
        for place in places:
            if " ".join(place) in sentence.text:
                found.setdefault(" ".join(place), set()).add(words)
    return {place: frozenset(texts) for place, texts in found.items()}


def _named_at(sentences: list[Sentence], who: WhoIsWho) -> dict[tuple[int, int], tuple[Named, ...]]:
    """Each sentence's names (by line and index) with the token each ends before."""
    return {
        (sentence.line, sentence.index): tuple(
            (m.end, name_words_written(m)) for m in who.mentions_in(sentence)
        )
        for sentence in sentences
    }


def name_words_written(mention: Mention) -> frozenset[str]:
    return frozenset(fold(word) for word in mention.written.split())


def _locations(sentences: list[Sentence]) -> dict[str, str]:
    """Common nouns the series uses for where things happen, with the phrase they stand in
    ("Gummizelle": "in einer Gummizelle", "Krankenhaus": "im Krankenhaus"): the wrong choices
    of a "Wo ...?" asked about a common noun, written as the series writes them."""
    found: dict[str, str] = {}
    for sentence in sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens[:-1]):
            if token.text.lower() not in ("im", "in", "ins", "beim"):
                continue
            position = index + 1
            while position < len(tokens) - 1 and (
                pos.is_determiner(tokens[position]) or pos.is_adjective(tokens[position])
            ):
                position += 1
            noun = tokens[position]
            if (
                pos.is_noun(noun)
                and noun.lemma == noun.text
                and fold(noun.text) not in EMPTY_NOUNS | TIME_NOUNS
                and role_gender(noun.text) is None
                and role_circle(noun.text) is None
                and not is_vehicle(noun.text)
            ):
                # Adjectives left out: "in einer Gummizelle", not "in einer engen Gummizelle".
                little = [t.text for t in tokens[index:position] if not pos.is_adjective(t)]
                found.setdefault(noun.text, " ".join([*little, noun.text]))
    return dict(sorted(found.items()))


def _with_article(candidate: Candidate) -> Candidate:
    """ "Was bereitet X vor?" is answered "das Herrenhaus", not "Herrenhaus" (blind reading):
    the noun phrase from its article (and the preposition of "Womit ...?"), as written; the
    bare noun is still accepted."""
    tokens = candidate.sentence.tokens
    start = candidate.start
    while start > 0 and pos.is_adjective(tokens[start - 1]):
        start -= 1
    if start > 0 and pos.is_article(tokens[start - 1]):
        start -= 1
    # "Womit ...?": "mit einer unsterilen Nadel"; "Wozu ...?": "zur Reichsverweserin".
    if start > 0 and (
        pos.is_preposition(tokens[start - 1]) or pos.is_contracted_preposition(tokens[start - 1])
    ):
        start -= 1
    if start == candidate.start:
        return candidate
    phrase = candidate.sentence.span_text(start, candidate.end)
    accept = tuple(dict.fromkeys((candidate.answer, *candidate.accept)))
    return replace(candidate, answer=phrase, accept=accept)


def _leans_to_choices(identifier: str) -> bool:
    """About two questions in three get choices (when three good distractors exist)."""
    return hashlib.sha256(identifier.encode()).digest()[0] % 3 != 0


def _difficulty(candidate: Candidate, multiple_choice: bool) -> int:
    """1 easy to 3 hard: persons named often are easy, rare ones hard; choices make it easier."""
    if candidate.kind == PERSON and candidate.person is not None:
        mentions = candidate.person.mentions
        level = 1 if mentions >= 4 else 2 if mentions >= 2 else 3
    else:
        level = {PLACE: 1, NUMBER: 2, NOUN: 3, REASON: 2, TIME: 3}[candidate.kind]
    return max(1, level - 1) if multiple_choice else level
