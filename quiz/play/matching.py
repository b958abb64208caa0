"""Decide whether a typed answer is right, right with a typo, or wrong.

The rules (the README repeats them for players):
- Both sides are normalised alike (``quiz.text.normalize``): case, Unicode form,
  ä/ae ö/oe ü/ue ß/ss, accents, quotes/apostrophes, punctuation and spacing do not count.
- Right: the answer or anything in ``accept``; numbers as digits or words ("15" =
  "fünfzehn" = "fifteen"); a person's surname alone when no other person known to the
  checker has that surname (and the full name where the answer is such a surname). Persons are the answers, accepted forms and choices of all
  questions given to the checker that look like names (2-4 capitalised words).
- Typo: at most 1 edit for 5-8 characters, 2 edits from 9 characters, none below 5
  (an edit = insert, delete, replace or swap two neighbours; counted on the normalised
  form) - and only when the typed text is strictly closer to the right answer than to
  every rival: the other choices, every other known person, and every surname that is
  not uniquely the answer's (a shared surname names nobody).
- Numbers are never fuzzy: the numbers in the typed text must equal those of the answer.
- Multiple choice: the position shown (1-6) or its letter (A-F, any case) picks that
  choice; position wins over a choice whose text is a bare digit or letter. Typed choice
  text follows the rules above, with the other choices as rivals.
- Each question type may decide first (``QuestionKind.decide``): a picked choice, a
  true/false word, a number within the question's tolerance.
- Blank input is SKIPPED; text over 1,000 characters and over twice the longest right
  form is WRONG without being compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from rapidfuzz import process
from rapidfuzz.distance import OSA

from quiz.banks.model import Question
from quiz.banks.types import kind_of
from quiz.results import Verdict
from quiz.text.names import looks_like_name, surnames
from quiz.text.normalize import fold, normalize
from quiz.text.numbers import parse_number

# Typed text longer than this, and more than twice as long as every right form, is wrong
# without being compared: nothing that long is a typo of something half its length.
_LONGEST_TYPED = 1000
# Longest run of words that can spell one number ("one hundred and twenty one").
_LONGEST_NUMBER_RUN = 5
# "ein"/"eine"/"a" are articles far more often than numbers inside a longer answer.
_ARTICLES = frozenset({"ein", "eine", "a"})


def allowed_edits(length: int) -> int:
    """How many typos an answer of ``length`` normalised characters tolerates."""
    if length < 5:
        return 0
    if length <= 8:
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    # The accepted form the input matched (for "counted despite a typo"), or the choice
    # it picked; None when it matched nothing.
    matched: str | None = None


@dataclass(frozen=True, slots=True)
class _Form:
    """One spelling to compare: normalised, with its numbers spelled as digits."""

    text: str
    numbers: tuple[int | str, ...]
    shown: str

    @classmethod
    def of(cls, shown: str) -> _Form:
        text, numbers = _with_digits(normalize(shown).split())
        # An answer of punctuation only ("?!") is compared as written, not as nothing.
        return cls(text or " ".join(fold(shown).split()), numbers, shown)


def _with_digits(words: list[str]) -> tuple[str, tuple[int | str, ...]]:
    """Replace every run of number words by its digits: "staffel drei" -> "staffel 3".

    Digits too long to be read as a number still are one: they stay as written (without
    leading zeros), so that they are never fuzzy either."""
    out: list[str] = []
    numbers: list[int | str] = []
    index = 0
    while index < len(words):
        for end in range(min(len(words), index + _LONGEST_NUMBER_RUN), index, -1):
            run = words[index:end]
            if len(words) > 1 and len(run) == 1 and run[0] in _ARTICLES:
                continue
            value = parse_number(" ".join(run))
            if value is not None:
                out.append(str(value))
                numbers.append(value)
                index = end
                break
        else:
            word = words[index]
            if word.isdecimal():
                numbers.append(word.lstrip("0") or "0")
            out.append(word)
            index += 1
    return " ".join(out), tuple(numbers)


class _People:
    """Every person known to the checker, and who is called by which surname."""

    def __init__(self, names: Iterable[str]) -> None:
        self.full: dict[str, _Form] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.surname_forms: dict[str, _Form] = {}
        for name in dict.fromkeys(names):  # a bank names its persons again and again
            self.add(name)

    def add(self, name: str) -> None:
        form = _Form.of(name)
        if form.text in self.full:
            return
        self.full[form.text] = form
        for surname in surnames(name):
            surname_form = _Form.of(surname)
            self.by_surname[surname_form.text].add(form.text)
            self.surname_forms.setdefault(surname_form.text, surname_form)

    def unique_surnames(self, name: _Form) -> list[_Form]:
        return [
            self.surname_forms[key]
            for key in (_Form.of(surname).text for surname in surnames(name.shown))
            if self.by_surname[key] == {name.text}
        ]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What counts as right for one question, and what it must not be confused with."""

    targets: tuple[_Form, ...]
    rivals: tuple[_Form, ...]

    def judge(self, typed: _Form) -> Judgement:
        for target in self.targets:
            if typed.text == target.text:
                return Judgement(Verdict.CORRECT, target.shown)
        for rival in self.rivals:
            if typed.text == rival.text:
                return Judgement(Verdict.WRONG, rival.shown)
        best = self._closest_target(typed)
        if best is None:
            return Judgement(Verdict.WRONG)
        target, distance = best
        rival_texts = [rival.text for rival in self.rivals]
        if process.extractOne(typed.text, rival_texts, scorer=OSA.distance, score_cutoff=distance):
            return Judgement(Verdict.WRONG)
        return Judgement(Verdict.TYPO, target.shown)

    def _closest_target(self, typed: _Form) -> tuple[_Form, int] | None:
        best: tuple[_Form, int] | None = None
        for target in self.targets:
            if target.numbers != typed.numbers:
                continue  # numbers are never fuzzy
            limit = allowed_edits(len(target.text))
            distance = OSA.distance(typed.text, target.text, score_cutoff=limit)
            if distance <= limit and (best is None or distance < best[1]):
                best = (target, distance)
        return best


class AnswerChecker:
    """Judges typed answers; knows the persons of all the questions it was given, and those
    ``persons`` names (the bank index keeps them, so that a game reads no other question)."""

    def __init__(
        self,
        questions: Iterable[Question] = (),
        *,
        persons: Callable[[], Iterable[str]] | None = None,
    ) -> None:
        self._questions = tuple(questions)
        self._persons = persons
        self._plans: dict[str, _Plan] = {}

    @cached_property
    def _people(self) -> _People:
        # Built on the first answer, not at session start: a big bank starts quickly.
        named = (
            text
            for question in self._questions
            for text in (question.answer, *question.accept, *question.choices)
            if looks_like_name(text)
        )
        return _People(chain(named, self._persons() if self._persons else ()))

    def check(
        self, question: Question, typed: str, choices: Sequence[str] | None = None
    ) -> Judgement:
        if not typed.strip():
            return Judgement(Verdict.SKIPPED)
        if len(typed) > _LONGEST_TYPED and len(typed) > 2 * _longest_form(question):
            # A paste of a whole page is no answer to this question; judging it word by
            # word would cost the player seconds (issue 13).
            return Judgement(Verdict.WRONG)
        kind = kind_of(question)
        shown = tuple(choices) if choices is not None else kind.choices(question)
        decision = kind.decide(question, typed, shown)
        if decision is not None:
            return Judgement(*decision)
        if not kind.takes_typed_text(question):
            return Judgement(Verdict.WRONG)
        return self._plan(question).judge(_Form.of(typed))

    def _plan(self, question: Question) -> _Plan:
        plan = self._plans.get(question.id)
        if plan is None:
            plan = self._plans[question.id] = self._make_plan(question)
        return plan

    def _make_plan(self, question: Question) -> _Plan:
        people = self._people
        for text in (question.answer, *question.accept, *question.choices):
            if looks_like_name(text):
                people.add(text)  # a question the checker was not given still counts
        answer = _Form.of(question.answer)
        targets = [answer, *(_Form.of(text) for text in question.accept)]
        if answer.text in people.full:
            targets += people.unique_surnames(answer)
        elif len(owners := people.by_surname.get(answer.text, set())) == 1:
            # The answer is a surname only one person has: that person's full name is right too.
            targets.append(people.full[next(iter(owners))])
        right = {target.text for target in targets}
        rivals = {
            form.text: form
            for form in (
                *(_Form.of(choice) for choice in question.choices),
                *people.full.values(),
                *people.surname_forms.values(),
            )
            if form.text not in right
        }
        return _Plan(tuple(targets), tuple(rivals.values()))


def _longest_form(question: Question) -> int:
    return max(len(text) for text in (question.answer, *question.accept, *question.choices))
