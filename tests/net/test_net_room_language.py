"""`quiz join` speaks the room's language when the player chose none (--lang, QUIZ_LANG),
as `quiz play` speaks a bank's; a player's own choice wins. Real server on 127.0.0.1."""

from __future__ import annotations

import pytest

from quiz.i18n import current_language, set_language
from quiz.net.client import RoomClient
from quiz.net.hosting import HostedRoom
from quiz.play.clock import FakeClock
from quiz.scores.store import ScoreStore
from tests.room.conftest import make_room


async def joined(tmp_path, *, host_language, follow, lang="en"):
    hosted = HostedRoom(
        make_room(FakeClock()),
        ScoreStore(tmp_path / "scores.json"),
        bind="127.0.0.1",
        port=0,
        language=host_language,
    )
    await hosted.open()
    client = RoomClient(
        f"127.0.0.1:{hosted.port}",
        code="abc234",
        name="Bo",
        lang=lang,
        follow_room_language=follow,
    )
    try:
        welcome = await client.join()
    finally:
        await client.close()
        await hosted.close()
    return welcome


@pytest.fixture(autouse=True)
def english_first():
    set_language("en")
    yield
    set_language(None)


async def test_a_player_who_chose_no_language_takes_the_rooms(tmp_path):
    welcome = await joined(tmp_path, host_language="de", follow=True)
    assert welcome["lang"] == "de"
    assert current_language() == "de"


async def test_a_players_own_choice_wins_over_the_room(tmp_path):
    await joined(tmp_path, host_language="de", follow=False)
    assert current_language() == "en"


async def test_a_room_without_a_language_leaves_the_players(tmp_path):
    welcome = await joined(tmp_path, host_language=None, follow=True)
    assert "lang" not in welcome
    assert current_language() == "en"


def test_quiz_join_follows_the_room_only_without_lang_or_quiz_lang(monkeypatch):
    import quiz.net.client
    from quiz.cli import build_parser
    from quiz.cli import join as join_command

    made = []
    monkeypatch.setattr(
        quiz.net.client.RoomClient, "__init__", lambda self, *a, **k: made.append(k)
    )
    monkeypatch.setattr("quiz.ui.room.launch_join", lambda client: 0)
    for env, argv, follows in (
        ({}, ["join", "h:1", "--code", "ABCD"], True),
        ({"QUIZ_LANG": "de"}, ["join", "h:1", "--code", "ABCD"], False),
        ({}, ["join", "h:1", "--code", "ABCD", "--lang", "de"], False),
    ):
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        args = build_parser(argv).parse_args(argv)
        assert join_command.run(args) == 0
        assert made[-1]["follow_room_language"] is follows, (env, argv)
        monkeypatch.delenv("QUIZ_LANG", raising=False)


async def test_a_join_that_fails_closes_its_connection(unused_tcp_port):
    # aiohttp printed "Unclosed client session" after the one-line error otherwise.
    from quiz.errors import QuizError

    client = RoomClient(f"127.0.0.1:{unused_tcp_port}", code="abc234", name="Bo")
    with pytest.raises(QuizError):
        await client.join()
    assert client._http is not None and client._http.closed
