"""The session's drawing rule: no two questions of a game from one sentence, none with the same
answer about one episode, and no prompt that shows the answer of another question about the same
episode (as long as the pool allows)."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

from quiz.banks.loader import load_banks
from quiz.banks.model import Question, QuestionType, Source
from quiz.play.model import SessionSettings
from quiz.play.pool import ListPool
from quiz.play.session import draw
from quiz.play.spread import clash, spread

BUNDLED = Path(__file__).resolve().parents[2] / "questions"


def _question(qid: str, prompt: str, answer: str, line: int = 1, sentence: str = "S1") -> Question:
    return Question(
        id=qid,
        type=QuestionType.FILL_IN,
        prompt=prompt,
        answer=answer,
        explanation=sentence,
        source=Source("serie.txt", line),
        bank="serie",
    )


def test_two_questions_from_one_sentence_clash():
    one = _question("a", "Wer ist sein Mithäftling?", "Max Roth")
    other = _question("b", "Für wie viele Jahre sitzt Jan Weber?", "15")
    assert clash(one, other)


def test_a_prompt_showing_the_answer_of_another_question_of_the_episode_clashes():
    one = _question("a", "Wen verletzt Jan Weber schwer?", "Max Roth", sentence="S1")
    other = _question("b", "Wer beleidigt Max Roth?", "Eva Lind", sentence="S2")
    assert clash(one, other)
    elsewhere = _question("c", "Wer beleidigt Max Roth?", "Eva Lind", line=2, sentence="S2")
    assert not clash(one, elsewhere)


def test_two_questions_about_one_episode_with_one_answer_clash():
    # "Wen beschuldigt Ada Roth?" and later "Wer verrät Jan Weber?", both "Max Roth": asked twice.
    one = _question("a", "Wen beschuldigt Ada Roth?", "Max Roth", sentence="S1")
    other = _question("b", "Wer verrät Jan Weber?", "max  roth", sentence="S2")
    assert clash(one, other)
    next_episode = _question("c", "Wer verrät Jan Weber?", "Max Roth", line=2, sentence="S2")
    assert not clash(one, next_episode)


def test_questions_of_other_sentences_that_keep_their_answers_apart_do_not_clash():
    one = _question("a", "Wen verletzt Jan Weber schwer?", "Max Roth", sentence="S1")
    other = _question("b", "Wo arbeitet Eva Lind?", "Hamburg", sentence="S2")
    assert not clash(one, other)


def test_clashing_questions_go_to_the_back_and_are_still_asked_when_nothing_else_is_left():
    first = _question("a", "Wer ist sein Mithäftling?", "Max Roth")
    same_sentence = _question("b", "Für wie viele Jahre sitzt Jan Weber?", "15")
    apart = _question("c", "Wo arbeitet Eva Lind?", "Hamburg", line=2, sentence="S9")
    assert [q.id for q in spread([first, same_sentence, apart])] == ["a", "c", "b"]


def _leaks(questions: list[Question]) -> int:
    return sum(1 for one, other in combinations(questions, 2) if clash(one, other))


def test_twelve_games_over_the_bundled_banks_show_no_leak():
    questions = [q for bank in load_banks([BUNDLED]).banks for q in bank.questions]
    # Enough questions for twelve games to clash (the generator asks fewer, better ones since
    # the second blind reading: 94 on the seeds; 82 since round 5 dropped guessable answers).
    assert len(questions) > 80
    # The rule is tested against a pool drawn without it: it must make a difference.
    unspread = 0
    for seed in range(1, 13):
        settings = SessionSettings(count=10, seed=seed)
        _, drawn = draw(ListPool(questions, settings), settings, random.Random(seed))
        assert _leaks(list(drawn)) == 0
        pool = list(questions)
        random.Random(seed).shuffle(pool)
        unspread += _leaks(pool[:10])
    assert unspread > 0
