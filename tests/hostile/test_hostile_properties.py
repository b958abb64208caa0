"""Property-based tests (hypothesis): whatever the input, the loader reports and the checker
never accepts what is not the answer.

Example counts stay modest so the suite stays fast; ``deadline=None`` because the first
examples pay for imports and caches, and a slow machine must not fail a correct property.
``derandomize``: every run tries the same examples, so the suite passes or fails the same way
on every machine. To hunt with a wider, random search:
``QUIZ_HYPOTHESIS_EXAMPLES=3000 .venv/bin/pytest tests/hostile/test_hostile_properties.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quiz.banks.loader import load_bank_file, load_banks
from quiz.banks.model import LoadReport, Problem, Question, QuestionType
from quiz.i18n import t
from quiz.play.matching import AnswerChecker, looks_like_name
from quiz.results import Verdict
from quiz.text.normalize import normalize
from quiz.text.numbers import number_words, parse_number

HUNT_EXAMPLES = int(os.environ.get("QUIZ_HYPOTHESIS_EXAMPLES", "0"))
PROPERTY = settings(
    max_examples=HUNT_EXAMPLES or 60,
    derandomize=not HUNT_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Words of letters only (digits have their own properties below); umlauts and ß included
# because folding them is where normalisation could go wrong.
LOWER = "abcdefghijklmnopqrstuvwxyzäöüß"
WORD = st.text(alphabet=LOWER, min_size=1, max_size=12)
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
NAME_PART = st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{2,9}", fullmatch=True)
PERSON = st.tuples(NAME_PART, NAME_PART).map(" ".join)


def comparable(text: str) -> str:
    """What two answers must differ in to be different answers: normalised, numbers as digits."""
    return " ".join(_as_digits(word) for word in normalize(text).split())


def _as_digits(word: str) -> str:
    number = parse_number(word)
    return word if number is None else str(number)


def fill_in(answer: str, number: int = 0) -> Question:
    return Question(
        id=f"q-{number}", type=QuestionType.FILL_IN, prompt="?", answer=answer, bank="b"
    )


def multiple_choice(choices: list[str], answer_index: int) -> Question:
    return Question(
        id="mc",
        type=QuestionType.MULTIPLE_CHOICE,
        prompt="?",
        answer=choices[answer_index],
        choices=tuple(choices),
        bank="b",
    )


# --- the loader: a report, never an exception ---------------------------------------------

YAML_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)
)
YAML_KEYS = st.one_of(
    st.sampled_from(
        [
            "title",
            "language",
            "questions",
            "id",
            "type",
            "prompt",
            "answer",
            "accept",
            "choices",
            "tags",
            "difficulty",
            "time_limit",
            "explanation",
            "source",
            "file",
            "line",
        ]
    ),
    st.text(max_size=10),
)
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(YAML_KEYS, inner, max_size=5)
    ),
    max_leaves=25,
)
BANK_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "title": YAML_VALUES,
        "language": st.one_of(st.sampled_from(["de", "en", "fr"]), YAML_VALUES),
        "questions": st.lists(st.dictionaries(YAML_KEYS, YAML_VALUES, max_size=8), max_size=4),
    },
)


# Token soup for the parser's odd corners: anchors, aliases, merges, tags, directives, flow
# collections, tabs, several documents.
YAML_TOKENS = st.lists(
    st.sampled_from(
        [
            "title: ",
            "language: de",
            "questions:",
            "- ",
            "id: ",
            "prompt: ",
            "answer: ",
            "choices: ",
            "&a ",
            "*a",
            "<<: *a",
            "!!python/object/apply:os.system ['true']",
            "!!str ",
            "!!binary ",
            "!custom ",
            "%YAML 1.1\n",
            "---\n",
            "...\n",
            "{",
            "}",
            "[",
            "]",
            ", ",
            ": ",
            "'",
            '"',
            "\t",
            "\n",
            "  ",
            "? ",
            "| ",
            "> ",
            "#",
            "~",
            "1e3",
            "0x1F",
            "2026-11-24",
            "\ufeff",
        ]
    ),
    max_size=40,
).map("".join)


def assert_reported(bank, problems: list[Problem]) -> None:
    assert isinstance(problems, list) and all(isinstance(problem, Problem) for problem in problems)
    # A bank comes back only when nothing is an error; otherwise at least one error says why.
    assert (bank is None) == any(problem.severity == "error" for problem in problems)
    # ... and says it specifically: the loader's catch-all for exceptions it did not foresee
    # ("could not be loaded (KeyError: ...)") is a safety net that random input must not reach.
    caught_all = t("banks.file.unexpected", detail="\x00").split("\x00")[0]
    assert not any(problem.message.startswith(caught_all) for problem in problems), problems


@PROPERTY
@given(text=st.text(max_size=400))
def test_any_text_gives_a_report_never_an_exception(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random.yaml"
    path.write_text(text, encoding="utf-8")
    assert_reported(*load_bank_file(path))


@PROPERTY
@given(data=st.binary(max_size=400))
def test_any_bytes_give_a_report_never_an_exception(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.yaml"
    path.write_bytes(data)
    assert_reported(*load_bank_file(path))


@PROPERTY
@given(text=YAML_TOKENS)
def test_any_yaml_token_soup_gives_a_report_never_an_exception(tmp_path: Path, text: str) -> None:
    path = tmp_path / "soup.yaml"
    path.write_text(text, encoding="utf-8")
    assert_reported(*load_bank_file(path))


@PROPERTY
@given(document=BANK_LIKE, flow=st.booleans())
def test_any_yaml_structure_gives_a_report_never_an_exception(
    tmp_path: Path, document: dict, flow: bool
) -> None:
    path = tmp_path / "structure.yaml"
    path.write_text(
        yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow), encoding="utf-8"
    )
    assert_reported(*load_bank_file(path))


def test_a_source_without_a_line_is_reported_specifically(tmp_path: Path) -> None:
    # Found by the structure property: it once ended in the loader's catch-all (KeyError: 'line').
    path = tmp_path / "source.yaml"
    path.write_text(
        "title: t\nlanguage: de\nquestions:\n- {id: a, prompt: p, answer: x, source: {}}\n",
        encoding="utf-8",
    )
    bank, problems = load_bank_file(path)
    assert_reported(bank, problems)
    assert any(p.line == 4 and "line" in p.message for p in problems), problems


@PROPERTY
@given(document=BANK_LIKE, broken=st.text(max_size=60))
def test_a_folder_with_a_broken_bank_still_reports(
    tmp_path: Path, document: dict, broken: str
) -> None:
    folder = tmp_path / "banks"
    folder.mkdir(exist_ok=True)
    (folder / "a.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    (folder / "b.yaml").write_text(broken, encoding="utf-8")
    report = load_banks([folder])
    assert isinstance(report, LoadReport)
    assert all(isinstance(problem, Problem) for problem in report.problems)


# --- the checker: never another choice, never another person ------------------------------


@PROPERTY
@given(
    choices=st.lists(PHRASE, min_size=2, max_size=6, unique_by=comparable),
    answer_index=st.integers(0, 5),
    typed_index=st.integers(0, 5),
    by_position=st.booleans(),
)
def test_another_choice_is_never_accepted(
    choices: list[str], answer_index: int, typed_index: int, by_position: bool
) -> None:
    answer_index %= len(choices)
    typed_index %= len(choices)
    assume(answer_index != typed_index)
    # A choice spelled as a bare letter a-f reads as a position ("position wins"): no rival text.
    assume(all(len(normalize(choice)) > 1 for choice in choices))
    question = multiple_choice(choices, answer_index)
    typed = str(typed_index + 1) if by_position else choices[typed_index]
    judgement = AnswerChecker([question]).check(question, typed, question.choices)
    assert judgement.verdict is Verdict.WRONG, (choices, answer_index, typed)


@PROPERTY
@given(
    persons=st.lists(PERSON, min_size=2, max_size=8, unique_by=comparable),
    other=st.integers(1, 7),
    surname_only=st.booleans(),
)
def test_another_person_of_the_bank_is_never_accepted(
    persons: list[str], other: int, surname_only: bool
) -> None:
    bank = [fill_in(person, number) for number, person in enumerate(persons)]
    someone_else = persons[other % (len(persons) - 1) + 1]
    typed = someone_else.split()[-1] if surname_only else someone_else
    judgement = AnswerChecker(bank).check(bank[0], typed)
    assert not judgement.verdict.is_right, (persons[0], typed)


@PROPERTY
@given(first=PERSON, second=NAME_PART)
def test_a_surname_two_persons_share_names_neither(first: str, second: str) -> None:
    surname = first.split()[-1]
    other = f"{second} {surname}"
    assume(comparable(other) != comparable(first))
    bank = [fill_in(first, 0), fill_in(other, 1)]
    checker = AnswerChecker(bank)
    for question in bank:
        assert not checker.check(question, surname).verdict.is_right


@PROPERTY
@given(
    answer=st.integers(0, 10**6), typed=st.integers(0, 10**6), words=PHRASE, as_words=st.booleans()
)
def test_a_different_number_is_never_accepted(
    answer: int, typed: int, words: str, as_words: bool
) -> None:
    assume(answer != typed)
    assume(all(parse_number(word) is None for word in words.split()))
    question = fill_in(f"{words} {answer}")
    spelled = number_words(typed, "de")[0] if as_words and typed <= 1000 else str(typed)
    judgement = AnswerChecker([question]).check(question, f"{words} {spelled}")
    assert not judgement.verdict.is_right, (question.answer, spelled)


@PROPERTY
@given(answer=st.integers(0, 1000), lang=st.sampled_from(["de", "en"]))
def test_the_same_number_in_words_is_accepted(answer: int, lang: str) -> None:
    question = fill_in(str(answer))
    for spelled in number_words(answer, lang):
        assert AnswerChecker([question]).check(question, spelled).verdict is Verdict.CORRECT, (
            spelled
        )


# --- normalisation: the same for both sides -----------------------------------------------


@PROPERTY
@given(first=st.text(max_size=30), second=st.text(max_size=30))
def test_judging_equality_is_symmetric(first: str, second: str) -> None:
    """Typing a for answer b is exactly right exactly when typing b for answer a is."""
    assume(first.strip() and second.strip())
    # Names bring the surname rule, which is one-sided on purpose (surname for full name).
    assume(not looks_like_name(first) and not looks_like_name(second))
    one, other = fill_in(first), fill_in(second)
    forwards = AnswerChecker([one]).check(one, second).verdict is Verdict.CORRECT
    backwards = AnswerChecker([other]).check(other, first).verdict is Verdict.CORRECT
    assert forwards == backwards


@PROPERTY
@given(text=st.text(max_size=40))
def test_normalising_twice_changes_nothing(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@PROPERTY
@given(answer=st.text(min_size=1, max_size=40))
def test_the_answer_itself_is_always_right(answer: str) -> None:
    assume(normalize(answer))
    question = fill_in(answer)
    assert AnswerChecker([question]).check(question, answer).verdict is Verdict.CORRECT
