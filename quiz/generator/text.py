"""Split a synopsis line into sentences and tokens, keeping each token's place in the line.

German synopses need a little care: "Dr." does not end a sentence, "O’Neil" and "Hafen-Kommissar"
are one token each, and typographic quotes stand apart from the words they enclose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from quiz.text.numbers import whole_number

# Abbreviations whose full stop belongs to the word (a name usually follows).
ABBREVIATIONS = (
    "Dr.",
    "Prof.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "St.",
    "Nr.",
    "Jr.",
    "Sr.",
    "bzw.",
    "ca.",
    "vgl.",
    # an era after a year ("82 n. Chr."): one token, so that it ends no sentence
    "n. Chr.",
    "v. Chr.",
    # parts of town names ("Hann. Münden", "Frankfurt a. M.", "Freiburg i. Br."; round 16)
    "Hann.",
    "a. M.",
    "i. Br.",
    "a. d.",
)

_TOKEN = re.compile(
    r"(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")(?=\s)"
    # a score or a clock time ("1:0", "5:30") is one token: cut at its colon, half of it
    # would read as a number of its own ("Wer gewinnt mit 1?")
    r"|\d+:\d+"
    r"|\d+(?:[.,]\d+)*"
    # a word, with inner apostrophes and hyphens, and the apostrophe of a genitive ("Max’")
    r"|\w+(?:[’'‘-]\w+)*(?:(?<=[sßxz])[’'](?!\w))?"
    r"|\S",
)
_SENTENCE_END = frozenset(".!?")
_CLOSING = frozenset('"“”’»«)')


@dataclass(slots=True)
class Token:
    text: str
    start: int  # offset in the line
    end: int
    tag: str = ""  # STTS tag from the tagger
    lemma: str = ""

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(slots=True)
class Sentence:
    line: int  # 1-based line of the source file (= episode)
    index: int  # 0-based position in the line
    text: str
    tokens: list[Token] = field(default_factory=list)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), as written."""
        offset = self.tokens[0].start
        return self.text[self.tokens[start].start - offset : self.tokens[end - 1].end - offset]

    def replace_span(self, start: int, end: int, replacement: str) -> str:
        """The sentence with tokens ``start`` to ``end`` replaced."""
        offset = self.tokens[0].start
        return (
            self.text[: self.tokens[start].start - offset]
            + replacement
            + self.text[self.tokens[end - 1].end - offset :]
        )


# No space before a mark or a closing quote, none after an opening quote: „Kormoran“, (so).
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "“", "«", ")"})
_NO_SPACE_AFTER = frozenset({"„", "»", "("})


def as_written(words: list[str]) -> str:
    """Tokens put back into a line of text, spaced as German writes them: a prompt built from
    tokens reads "mit der Fähre „Kormoran“", not "„ Kormoran “"."""
    text = ""
    for word in words:
        if text and word not in _NO_SPACE_BEFORE and text[-1] not in _NO_SPACE_AFTER:
            text += " "
        text += word
    return text


def hyphen_joined(tokens: list[Token], index: int) -> bool:
    """ "17-jährigen" is three tokens ("17", "-", "jährigen") written as one word: the token at
    ``index`` is glued to the one before it by a hyphen, with no space."""
    if index == 0 or tokens[index].start != tokens[index - 1].end:
        return False
    return "-" in (tokens[index].text, tokens[index - 1].text)


_OPENING_QUOTES = frozenset("„»")
_CLOSING_QUOTES = frozenset("“«")
_ROMAN_NUMERAL = re.compile(r"[IVX]+")


def quoted_around(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The tokens inside the quotes that enclose tokens ``start`` to ``end``, if any
    ("im Gasthof „Zum Kormoran“": "Zum Kormoran")."""
    opening = next(
        (
            i
            for i in range(start - 1, -1, -1)
            if tokens[i].text in _OPENING_QUOTES or tokens[i].text in _CLOSING_QUOTES
        ),
        None,
    )
    if opening is None or tokens[opening].text not in _OPENING_QUOTES:
        return None
    closing = next((i for i in range(end, len(tokens)) if tokens[i].text in _CLOSING_QUOTES), None)
    return None if closing is None else (opening + 1, closing)


def inside_a_name(tokens: list[Token], start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are part of a longer name: of a quoted one ("„Zum ____“")
    or of one a Roman numeral ends ("Station ____ IV"). Asked alone, the rest is left behind."""
    quoted = quoted_around(tokens, start, end)
    if quoted is not None and quoted != (start, end):
        return True
    return end < len(tokens) and _ROMAN_NUMERAL.fullmatch(tokens[end].text) is not None


def opens_a_quote(token: Token) -> bool:
    return token.text in _OPENING_QUOTES


def tokenize(line: str) -> list[Token]:
    tokens = [Token(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(line)]
    return _with_initials(tokens)


def _with_initials(tokens: list[Token]) -> list[Token]:
    """ "L. W. Brandes", "Dr. H. Kranz": an initial keeps its full stop, which ends no sentence
    (blind reading: "Der Reeder L." cut off as a sentence). Only where the letter stands
    beside another initial or after a title: "Vitamin C. Dann ..." still ends one."""
    letters = [
        index
        for index in range(len(tokens) - 1)
        if _letter_with_stop(tokens, index) and index + 2 < len(tokens)
    ]
    initials = {
        index
        for index in letters
        if index + 2 in letters  # "L." before "W."
        or index - 2 in letters  # "W." after "L."
        or (index > 0 and tokens[index - 1].text in _TITLES)  # "Dr. H. Kranz"
    }
    merged: list[Token] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if index in initials:
            merged.append(Token(token.text + ".", token.start, tokens[index + 1].end))
            skip = True
        else:
            merged.append(token)
    return merged


def _letter_with_stop(tokens: list[Token], index: int) -> bool:
    letter, stop = tokens[index], tokens[index + 1]
    return (
        len(letter.text) == 1
        and letter.text.isupper()
        and stop.text == "."
        and stop.start == letter.end
        and (index + 2 >= len(tokens) or tokens[index + 2].text[:1].isupper())
    )


_TITLES = frozenset({"Dr.", "Prof.", "Mr.", "Mrs.", "Ms."})


def split_sentences(line: str, line_number: int) -> list[Sentence]:
    """The sentences of one line, each with its tokens (offsets stay relative to the line)."""
    sentences: list[Sentence] = []
    current: list[Token] = []
    tokens = tokenize(line)
    for position, token in enumerate(tokens):
        current.append(token)
        ends_here = token.text in _SENTENCE_END and not is_ordinal_dot(tokens, position)
        if ends_here:
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if (
                following is not None
                and following.text in _CLOSING
                and following.start == token.end
            ):
                continue  # the closing quote still belongs to this sentence
        if ends_here or (
            current[-1].text in _CLOSING and len(current) > 1 and current[-2].text in _SENTENCE_END
        ):
            sentences.append(_sentence(line, line_number, len(sentences), current))
            current = []
    if current:
        sentences.append(_sentence(line, line_number, len(sentences), current))
    return sentences


_HIGHEST_ORDINAL = 100


def is_ordinal_dot(tokens: list[Token], position: int) -> bool:
    """ "Am 15. Geburtstag": a full stop right after a small number, with a word after it, makes
    an ordinal, not the end of a sentence (a year, "im Jahr 1900.", still ends one)."""
    if position == 0 or position + 1 >= len(tokens) or tokens[position].text != ".":
        return False
    number, following = tokens[position - 1], tokens[position + 1]
    if number.end != tokens[position].start or not following.text[:1].isalpha():
        return False
    value = whole_number(number.text)  # "፩".isdigit() is true, but int() refuses it
    if value is not None and value <= _HIGHEST_ORDINAL:
        return True
    # "den 500.000. Nutzer" (diagnosis 16): a large number is counted after an article, and
    # no sentence goes on in lower case ("der 1.000. und letzte").
    large = whole_number(number.text.replace(".", "")) is not None
    counted = position >= 2 and tokens[position - 2].text.lower() in _COUNTING_ARTICLES
    return large and (counted or following.text[:1].islower())


# Articles before an ordinal ("den 500.000. Nutzer", "am 200. Tag"); not "im" ("im Jahr
# 1900. Danach ...": a year ends its sentence).
_COUNTING_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "am", "zum", "zur", "vom", "beim"}
)


def joined_at_middle_initials(
    line: str, sentences: list[Sentence], is_name: Callable[[Token], bool]
) -> list[Sentence]:
    """ "drei Tage vor John F. Kennedys Besuch": a name, an initial and a surname are one
    sentence, which the splitter cut after "F." (it sees no tags; blind reading, round 20).
    Once tagged, a sentence ending in name + letter + stop joins the next when that opens with
    one name alone ("Kennedys Besuch", not "Karl Roth lacht"); "Vitamin C. Dann" stays apart."""
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous is not None and _cut_at_an_initial(previous.tokens, sentence.tokens, is_name):
            *head, letter, stop = previous.tokens
            initial = Token(letter.text + ".", letter.start, stop.end)
            tokens = [*head, initial, *sentence.tokens]
            joined[-1] = _sentence(line, previous.line, previous.index, tokens)
            continue
        joined.append(sentence)
    return [
        sentence
        if sentence.index == index
        else Sentence(sentence.line, index, sentence.text, sentence.tokens)
        for index, sentence in enumerate(joined)
    ]


def _cut_at_an_initial(
    ending: list[Token], opening: list[Token], is_name: Callable[[Token], bool]
) -> bool:
    if len(ending) < 3 or len(opening) < 2:
        return False
    name, letter, stop = ending[-3:]
    return (
        stop.text == "."
        and len(letter.text) == 1
        and letter.text.isupper()
        and letter.end == stop.start
        and is_name(name)
        and is_name(opening[0])
        and not is_name(opening[1])
    )


def _sentence(line: str, line_number: int, index: int, tokens: list[Token]) -> Sentence:
    return Sentence(line_number, index, line[tokens[0].start : tokens[-1].end], tokens)
