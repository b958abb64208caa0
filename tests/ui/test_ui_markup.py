"""Text from a bank is data: markup and escape sequences are shown, never obeyed."""

from __future__ import annotations

from textual.widgets import Static

from quiz.ui.screens.results import ResultsScreen
from quiz.ui.text import displayable, literal
from quiz.ui.widgets.choice_list import ChoiceList


def test_control_characters_become_visible_signs():
    assert displayable("a\x1b[31mb\x07\tc\nd\x9b") == "a␛[31mb␇ c\nd\ufffd"
    assert displayable("שלום \u202eevil\u2066x\u2069") == "שלום \ufffdevil\ufffdx\ufffd"
    assert literal("[bold]x[/]").plain == "[bold]x[/]"
    assert literal("[bold]x[/]").spans == []


async def test_a_question_full_of_markup_is_shown_literally(build_app, add_bank):
    add_bank("markup")
    app = build_app(banks=("markup",), count=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        prompt = str(app.screen.query_one("#prompt", Static).render())
        assert prompt == (
            "Was bedeutet [bold]fett[/] und [/] hier? ␛[31mrot␛[0m [link=http://x]Link[/link]"
        )
        choices = app.screen.query_one(ChoiceList)
        shown = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert shown == ["1 A  [red]Rot[/red]", "2 B  [/]", "3 C  [b]Fett", "4 D  \\[escaped]"]

        await pilot.press("1")
        assert "Richtig!" in str(app.screen.query_one("#feedback", Static).render())
        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        review = " ".join(
            str(entry.render()) for entry in app.screen.query(".review-text").results(Static)
        )
        assert "[italic]Kein Stil[/italic]" in review
        assert "[red]Rot[/red]" in review
