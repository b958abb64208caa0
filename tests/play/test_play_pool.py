"""A game draws from the bank index: only matching questions, only those it asks, edits seen."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from quiz import locations
from quiz.banks import index as bank_index
from quiz.banks.index import BankIndex
from quiz.banks.model import QuestionType
from quiz.cli import main
from quiz.play.clock import FakeClock
from quiz.play.game import open_session
from quiz.play.model import SessionSettings
from quiz.play.pool import ListPool
from quiz.play.session import _shuffled, draw
from quiz.results import Mode, Verdict


def question(number: int, *, tag: str, difficulty: int, choices: bool, answer: str = "") -> str:
    lines = [
        f"  - id: q-{number}",
        f'    prompt: "Frage {number}?"',
        f'    answer: "{answer or f"Antwort {number}"}"',
        f"    tags: [{tag}]",
        f"    difficulty: {difficulty}",
    ]
    if choices:
        lines.append(f'    choices: ["{answer or f"Antwort {number}"}", "Falsch {number}"]')
    return "\n".join(lines)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Three banks of 40 questions: tags a/b, difficulty 1-3, every other one with choices."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for bank in range(3):
        body = "\n".join(
            question(
                bank * 100 + number,
                tag="a" if number % 2 else "b",
                difficulty=number % 3 + 1,
                choices=number % 4 < 2,
            )
            for number in range(40)
        )
        text = f"title: Teil {bank}\nlanguage: de\nquestions:\n{body}\n"
        (folder / f"teil-{bank}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch) -> list[tuple[int, int]]:
    """Every question read from the index, and no whole bank."""
    read: list[tuple[int, int]] = []
    real = BankIndex.question

    def counting(self, content: int, position: int, bank: str):
        read.append((content, position))
        return real(self, content, position, bank)

    monkeypatch.setattr(BankIndex, "question", counting)
    monkeypatch.setattr(BankIndex, "bank", lambda *args: pytest.fail("a whole bank was read"))
    return read


def play_out(session) -> list:
    asked = []
    while (current := session.next_question()) is not None:
        asked.append(current.question)
        session.answer("")
    return asked


def test_a_game_with_filters_draws_only_matching_questions(archive, store, reads):
    settings = SessionSettings(
        count=None, tags=("a",), difficulty=(1, 3), types=(QuestionType.MULTIPLE_CHOICE,), seed=4
    )
    session, catalogue = open_session([archive], ["teil-0", "teil-2"], settings, store, FakeClock())
    asked = play_out(session)
    expected = {
        f"q-{bank * 100 + number}"
        for bank in (0, 2)
        for number in range(40)
        if number % 2 and number % 3 + 1 in (1, 3) and number % 4 < 2
    }
    assert {q.id for q in asked} == expected
    assert len(asked) == len(expected) == session.planned
    assert {q.bank for q in asked} == {"teil-0", "teil-2"}
    assert all(q.type is QuestionType.MULTIPLE_CHOICE and q.tags == ("a",) for q in asked)
    assert len(reads) == len(asked)
    catalogue.close()


def test_a_game_reads_only_the_questions_it_asks(archive, store, reads):
    session, catalogue = open_session(
        [archive], [], SessionSettings(count=5, seed=1), store, FakeClock()
    )
    assert session.planned == 5
    assert reads == []  # nothing read before the first question is asked
    assert len({q.id for q in play_out(session)}) == 5
    assert len(reads) == 5
    catalogue.close()


def test_practice_puts_earlier_misses_first_and_keeps_the_filters(archive, store):
    first = ["q-201", "q-3", "q-2", "q-nowhere", "q-5"]  # q-2 has tag b: filtered out
    store.missed_question_ids = lambda player: first
    settings = SessionSettings(mode=Mode.PRACTICE, count=4, tags=("a",), seed=9, player="Ana")
    session, catalogue = open_session([archive], [], settings, store, FakeClock())
    asked = [q.id for q in play_out(session)]
    assert asked[:3] == ["q-201", "q-3", "q-5"]
    assert len(asked) == 4 and asked[3] not in first
    catalogue.close()


def test_an_edited_bank_is_seen_at_once(archive, store):
    settings = SessionSettings(count=None, in_order=True)
    session, catalogue = open_session([archive], ["teil-1"], settings, store, FakeClock())
    assert session.planned == 40
    catalogue.close()
    path = archive / "teil-1.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Frage 100?", "Neu gefragt?"), encoding="utf-8"
    )
    session, catalogue = open_session([archive], ["teil-1"], settings, store, FakeClock())
    assert session.next_question().question.prompt == "Neu gefragt?"
    catalogue.close()


def test_the_checker_knows_every_person_of_the_chosen_banks_from_the_index(tmp_path, store):
    folder = tmp_path / "persons"
    folder.mkdir()
    body = "\n".join(
        [
            question(1, tag="gefragt", difficulty=1, choices=False, answer="Tobias Beecher"),
            question(2, tag="anders", difficulty=1, choices=False, answer="Anna Beecher"),
            question(3, tag="gefragt", difficulty=1, choices=False, answer="Vern Schillinger"),
        ]
    )
    (folder / "leute.yaml").write_text(
        f"title: Leute\nlanguage: de\nquestions:\n{body}\n", encoding="utf-8"
    )
    settings = SessionSettings(count=None, in_order=True, tags=("gefragt",))
    session, catalogue = open_session([folder], [], settings, store, FakeClock())
    session.next_question()
    # Anna Beecher is never asked, but she shares the surname: "Beecher" names nobody.
    assert session.answer("Beecher").verdict is Verdict.WRONG
    session.next_question()
    assert session.answer("Schillinger").verdict is Verdict.CORRECT
    catalogue.close()


def test_a_damaged_index_is_rebuilt_and_the_game_starts_without_a_traceback(
    archive, tmp_path, capsys, monkeypatch
):
    arguments = ["play", "--plain", "--questions", str(archive), "--count", "1", "--lang", "en"]
    arguments += ["--db", str(tmp_path / "scores.json"), "--player", "Ana"]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(arguments) == 0
    index_file = locations.cache_dir() / bank_index.INDEX_NAME
    index_file.write_bytes(b"not a database at all" * 50)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(arguments) == 0
    out, err = capsys.readouterr()
    assert "Frage" in out
    assert "has been built anew" in err and "Traceback" not in err


def test_the_lazy_shuffle_is_a_permutation_and_the_same_for_the_same_seed():
    for count in (0, 1, 2, 7, 100):
        order = list(_shuffled(count, random.Random(3)))
        assert sorted(order) == list(range(count))
        assert order == list(_shuffled(count, random.Random(3)))
    assert list(_shuffled(50, random.Random(1))) != list(_shuffled(50, random.Random(2)))


def test_drawing_from_a_pool_in_memory_follows_the_same_rules():
    from quiz.banks.model import Question

    questions = [
        Question(id=f"m-{n}", type=QuestionType.FILL_IN, prompt="?", answer="x", tags=(str(n % 2),))
        for n in range(10)
    ]
    settings = SessionSettings(count=3, tags=("1",), in_order=True)
    planned, drawn = draw(ListPool(questions, settings), settings, random.Random(0), ["m-4", "m-5"])
    assert planned == 3
    assert [q.id for q in drawn] == ["m-5", "m-1", "m-3"]
