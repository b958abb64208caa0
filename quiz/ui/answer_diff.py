"""Show a typed answer against the right one, the way Anki does after a typed answer.

Characters the player typed that are not in the right answer are red and struck through;
characters they left out are green; the rest is plain. An answer that has little in common
with the right one is simply struck through: letters of two different words interleaved
would be unreadable (the right answer is shown beside it anyway).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rich.text import Text

from quiz.ui.text import displayable

EXTRA_STYLE = "bold red strike"
MISSING_STYLE = "bold green"
# Below this similarity (difflib's ratio, 0..1) a letter-by-letter difference says nothing.
SIMILAR_ENOUGH = 0.5


def answer_diff(given: str, right: str) -> Text:
    given, right = displayable(given), displayable(right)
    shown = Text()
    matcher = SequenceMatcher(None, given.casefold(), right.casefold(), autojunk=False)
    if matcher.ratio() < SIMILAR_ENOUGH:
        return Text.assemble((given, EXTRA_STYLE))
    for operation, given_start, given_end, right_start, right_end in matcher.get_opcodes():
        if operation == "equal":
            shown.append(given[given_start:given_end])
            continue
        # "replace" is a deletion followed by an insertion; "delete"/"insert" are halves of it.
        shown.append(given[given_start:given_end], style=EXTRA_STYLE)
        shown.append(right[right_start:right_end], style=MISSING_STYLE)
    return shown
