"""The messages between the room server and its players, as JSON text frames.

Client to server (every field checked; anything else loses the connection):
    {"type": "join", "code": str, "name": str, "lang": "de"|"en"}
    {"type": "rejoin", "token": str, "lang": ...}
    {"type": "answer", "number": int, "text": str}

Server to client:
    {"type": "welcome", "seat": int, "name": str, "token": str, "lang"?: "de"|"en" (the host's)}
    {"type": "state", "you": {...}, "room": {...}}   a full snapshot after every change
    {"type": "refused", "key": str, "message": str}  the request failed, the connection stays
    {"type": "received", "number": int}              the answer arrived (not how it was judged)
    {"type": "progress", "answered": int, "players": int}  how many have answered so far

``room`` is built from the room's views only, so it can hold no more than they do: while a
question is open that is its prompt and choices, never its answer (see quiz.room.model).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from quiz.i18n import LANGUAGES
from quiz.room.model import PlayerResult, RoomSummary


class BadMessage(ValueError):
    """A frame that breaks the protocol: the sender loses its connection."""


@dataclass(frozen=True, slots=True)
class Join:
    code: str
    name: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class Rejoin:
    token: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class Answer:
    number: int
    text: str


ClientMessage = Join | Rejoin | Answer

# Longer than any honest field (the room bounds names and answers more tightly and says so).
FIELD_MAX = 1000


def parse(frame: str) -> ClientMessage:
    try:
        message = orjson.loads(frame)
    except orjson.JSONDecodeError:
        raise BadMessage("not JSON") from None
    if type(message) is not dict:
        raise BadMessage("not an object")
    kind = message.get("type")
    lang = message.get("lang")
    lang = lang if lang in LANGUAGES else None
    if kind == "join":
        return Join(_text(message, "code"), _text(message, "name"), lang)
    if kind == "rejoin":
        return Rejoin(_text(message, "token"), lang)
    if kind == "answer":
        number = message.get("number")
        if type(number) is not int:
            raise BadMessage("number must be an integer")
        return Answer(number, _text(message, "text"))
    raise BadMessage("unknown type")


def _text(message: dict[str, Any], key: str) -> str:
    value = message.get(key)
    if type(value) is not str or len(value) > FIELD_MAX:
        raise BadMessage(f"{key} must be text of at most {FIELD_MAX} characters")
    return value


def encode(message: dict[str, Any]) -> str:
    return orjson.dumps(message).decode()


def room_json(summary: RoomSummary) -> str:
    """The part of a state message that is the same for every player: encoded once
    (orjson writes dataclasses itself, without building dicts first)."""
    return orjson.dumps(summary).decode()


def progress_frame(answered: int, players: int) -> str:
    """While a question is open only the count of answers changes: a small frame for that."""
    return encode({"type": "progress", "answered": answered, "players": players})


def state_frame(room: str, you: dict[str, Any]) -> str:
    return '{"type":"state","you":' + encode(you) + ',"room":' + room + "}"


def you_json(seat: int, name: str, answered: bool, result: PlayerResult | None) -> dict[str, Any]:
    return {
        "seat": seat,
        "name": name,
        "answered": answered,
        "result": result,
    }
