"""What both room screens draw from the room's views: the reveal and the leaderboard."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rich.text import Text

from quiz.i18n import t
from quiz.ui.text import literal

BAR_WIDTH = 24


def leaderboard_text(
    rows: Sequence[Mapping[str, Any]], *, me: int | None = None, limit: int = 10
) -> Text:
    text = Text()
    for row in rows[:limit]:
        style = "bold reverse" if row["seat"] == me else ""
        text.append(f"{row['place']:>3}. ", style=style)
        text.append(literal(row["name"], style))
        if not row["present"]:
            text.append(" " + t("room.away"), style="dim")
        text.append(f"  {row['score']}", style="bold")
        if row["gained"]:
            text.append(f"  +{row['gained']}", style="green")
        if row["moved"] > 0:
            text.append(f" ▲{row['moved']}", style="green")
        elif row["moved"] < 0:
            text.append(f" ▼{-row['moved']}", style="red")
        text.append("\n")
    return text


def reveal_text(reveal: Mapping[str, Any]) -> Text:
    text = Text()
    text.append(t("room.answer_was", answer=""), style="bold")
    text.append(literal(reveal["answer"], "bold green"))
    text.append("\n\n")
    rows = reveal["spread"]
    most = max([row["count"] for row in rows] + [1])
    for row in rows:
        label = row["label"] if row["is_choice"] else t("room.spread." + row["label"])
        filled = round(BAR_WIDTH * row["count"] / most)
        style = "green" if row["right"] else "red" if row["is_choice"] else ""
        text.append(literal(label[:30].ljust(30)))
        text.append(" " + "█" * filled, style=style)
        text.append(f" {row['count']}\n")
    return text


def question_heading(view: Mapping[str, Any]) -> str:
    if view["total"] is None:
        return t("room.question_blitz", number=view["number"])
    return t("play.plain.question", number=view["number"], total=view["total"])


def question_text(question: Mapping[str, Any], label: Callable[[int], str]) -> Text:
    """The question as host and players see it: heading, prompt, each choice after its label
    (``label(index)``: letters on the host's screen, numbers in a player's terminal)."""
    text = Text(question_heading(question) + "\n\n", style="dim")
    text.append(literal(question["prompt"], "bold"))
    text.append("\n\n")
    for index, choice in enumerate(question["choices"]):
        text.append(f"  {label(index)}", style="bold")
        text.append(literal(choice))
        text.append("\n")
    return text
