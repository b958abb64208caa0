"""Nicknames the series gives a named person: "Anton Reis, von allen nur „Fass-Toni“
genannt", "Halvard, den alle nur den Raben nennen", "Ragna Holt alias die Füchsin", "Lars
Eklund, genannt „der Lange“", "Anton „Fass-Toni“ Reis", "Jan Ott, den die Fans nur „die
Krake“ nennen".

A nickname and the real name are one person (blind reading, round 8: "Halvard beobachtet
… wird ____ gefangen genommen" answered "der Rabe"; "Anton Reis, von allen nur „____“
genannt"). Only a naming right after the name counts: the words between are all words of
naming ("von allen nur", "den alle nur", "alias", "genannt") and quotes, or a relative
clause right after the name ends in a quoted nickname and its naming verb ("den im Viertel
alle nur „X“ nennen": blind reading, a nickname left in the prompt of its owner).
"""

from __future__ import annotations

from dataclasses import dataclass

from quiz.generator import pos
from quiz.generator.text import Sentence, Token
from quiz.text.normalize import fold

# Words that say someone is called something.
NAMING_WORDS = frozenset(
    {"nennen", "nennt", "nannte", "nannten", "genannt", "alias", "heißt", "bekannt"}
    | {"spitzname", "spitznamen", "beiname", "beinamen"}
    # "die alle nur „Uschi“ rufen", "der nur „Uschi“ gerufen wird", "den jeder als „X“ kennt"
    | {"rufen", "ruft", "rief", "riefen", "gerufen", "kennt", "kennen", "kannte", "kannten"}
)
# What opens the naming right after the name: a comma, a dash, a bracket, or "alias".
_OPENERS = frozenset({",", "–", "—", "-", "(", "alias"})
# What may stand between the name and its nickname, besides naming words and quotes.
_BETWEEN = _OPENERS | frozenset(
    {"den", "die", "das", "der", "dem", "alle", "allen", "nur", "von", "auch", "bloß", "als"}
    | {"meist", "kurz", "man", "sie", "ihn", "ihm", "ihr", "sich", "selbst", "gern", "gerne"}
    | {"mit", "wird", "werden", "wurde", "seinem", "ihrem", "unter"}
)
QUOTES = frozenset('"„“”«»‚‘’')
_LONGEST_NICKNAME = 3
_FARTHEST = 7  # tokens from the name to its nickname


@dataclass(frozen=True, slots=True)
class Naming:
    """One nickname introduced right after a name: its tokens in the sentence (quotes and
    article included, the naming verb after it too) and its words."""

    sentence: Sentence
    owner_end: int  # token index after the name it belongs to
    start: int
    end: int
    words: tuple[str, ...]  # as written, no article or quotes: ("Fass-Toni",), ("Raben",)
    lemma: str  # the last word's base form ("Rabe"): how later mentions are found
    article: str | None  # "der", "die", "den" ... when the nickname takes one


def naming_after(sentence: Sentence, end: int) -> Naming | None:
    """The nickname introduced right after a name that ends at token ``end``, if any."""
    return (
        _naming_words_after(sentence, end)
        or _naming_relative_clause(sentence, end)
        or _passive_naming(sentence, end)
    )


def _passive_naming(sentence: Sentence, end: int) -> Naming | None:
    """ "Otto Lempke wird von den Kollegen „Schlot“ genannt", "Koch wird im Hafen von allen
    der Graf genannt": the name is the subject of a naming in the passive. Unquoted, the
    nickname needs its article ("wird im Testament als Erbe genannt" names no nickname)."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].text.lower() not in _PASSIVE:
        return None
    verb = next(
        (
            index
            for index in range(end + 1, min(len(tokens), end + _FARTHEST + 3))
            if tokens[index].text.lower() in _PASSIVE_NAMING or tokens[index].text in _CLAUSE_ENDS
        ),
        None,
    )
    if verb is None or tokens[verb].text in _CLAUSE_ENDS:
        return None
    close = verb - 1 if tokens[verb - 1].text in QUOTES else verb
    start = close
    while (
        start > end + 1 and close - start < _LONGEST_NICKNAME and _nickname_word(tokens[start - 1])
    ):
        start -= 1
    if start == close:
        return None
    quoted = close < verb
    first, article = start, None
    if pos.is_article(tokens[first - 1]) and tokens[first - 1].text.lower() in _DEFINITE:
        first -= 1
        article = tokens[first].text.lower()
    if quoted:
        if tokens[first - 1].text not in QUOTES:
            return None
        first -= 1
    elif article is None:
        return None  # neither quoted nor with its article
    words = tuple(token.text for token in tokens[start:close])
    last = tokens[close - 1]
    return Naming(sentence, end, first, verb + 1, words, last.lemma or last.text, article)


def naming_by_verb(sentence: Sentence, start: int, end: int) -> Naming | None:
    """ "Alle nennen Friedhelm Koch den Grafen", "nennen die Kollegen Otto Lempke nur
    „Schlot“", "weil alle Koch nur „Baron“ rufen": the name ``start``–``end`` is the object of
    a naming verb and the nickname follows it (blind reading: a nickname left in the prompt
    of its owner). An article and a noun without quotes count only after "nur" or "alle":
    "nennt Ahlers den Treffpunkt" tells him where, it calls him nothing."""
    tokens = sentence.tokens
    index, hinted = end, False
    while index < len(tokens) and tokens[index].text.lower() in _NAMING_HINTS:
        index, hinted = index + 1, True
    quoted = index < len(tokens) and tokens[index].text in QUOTES
    first = index
    while index < len(tokens) and tokens[index].text in QUOTES:
        index += 1
    article = None
    if index + 1 < len(tokens) and tokens[index].text.lower() in _DEFINITE:
        article, index = tokens[index].text.lower(), index + 1
    close = index
    while (
        close < len(tokens) and close - index < _LONGEST_NICKNAME and _nickname_word(tokens[close])
    ):
        close += 1
    after = close
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    quoted = quoted or after > close
    if close == index or not (quoted or article is not None):
        return None
    verb_last = after < len(tokens) and tokens[after].text.lower() in NAMING_WORDS
    clause = _clause_before(tokens, start)
    verb_before = any(tokens[i].text.lower() in _OBJECT_NAMING for i in clause)
    hinted = hinted or any(tokens[i].text.lower() in _NAMING_HINTS for i in clause)
    # A verb before the name needs "nur" or "alle": in "Dann nennt Kessler „Schwalbe“ als
    # Quelle" the name is the one who names.
    if not ((verb_last and (quoted or hinted)) or (verb_before and hinted)):
        return None
    words = tuple(token.text for token in tokens[index:close])
    last = tokens[close - 1]
    return Naming(sentence, end, first, after + verb_last, words, last.lemma or last.text, article)


def clause_naming(sentence: Sentence, index: int) -> Naming | None:
    """A code name given at token ``index`` anywhere in a clause ("unterschreibt unter dem
    Decknamen „Schwalbe“", "nennt sich fortan „Kobra“"): it belongs to the person of the
    clause, who need not stand right before it (blind reading: "Wer gesteht, dass er als
    Schwalbe …?" asked about its owner). The owner is not known here (``owner_end`` is -1)."""
    tokens = sentence.tokens
    word = tokens[index].text.lower()
    if fold(word) in _CODE_NAME_WORDS and index > 1 and pos.is_preposition(tokens[index - 2]):
        # "unter dem Decknamen", "mit dem Codenamen"; "verrät den Decknamen" names no owner
        start = index + 1
    elif word in _OBJECT_NAMING and index + 1 < len(tokens) and tokens[index + 1].text == "sich":
        start = index + 2
        while start < len(tokens) and start - index < 5 and pos.is_adverb(tokens[start]):
            start += 1  # "nennt sich fortan „Kobra“"
    else:
        return None
    while start < len(tokens) and tokens[start].text in QUOTES:
        start += 1
    close = start
    while (
        close < len(tokens) and close - start < _LONGEST_NICKNAME and _nickname_word(tokens[close])
    ):
        close += 1
    if close == start:
        return None
    after = close
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    words = tuple(token.text for token in tokens[start:close])
    last = tokens[close - 1]
    return Naming(sentence, -1, index, after, words, last.lemma or last.text, None)


def bare_naming(sentence: Sentence, index: int) -> Naming | None:
    """Quoted words at ``index`` followed by a naming verb, whoever they name ("ein Mädchen,
    das nur „Mücke“ genannt werden will"): the naming itself, never a gap (blind reading:
    "das nur „____“ genannt werden will"). Its owner is not known here."""
    tokens = sentence.tokens
    close = _closing_quote(tokens, index)
    if close is None or close + 1 >= len(tokens):
        return None
    after = close + 1
    if tokens[after].text.lower() not in NAMING_WORDS:
        return None
    words = tuple(token.text for token in tokens[index + 1 : close])
    last = tokens[close - 1]
    return Naming(sentence, -1, index, after + 1, words, last.lemma or last.text, None)


def _clause_before(tokens: list[Token], start: int) -> range:
    """The token indexes of the clause before ``start``, back to a comma or the sentence's start."""
    first = start
    while first > 0 and tokens[first - 1].text not in _CLAUSE_ENDS:
        first -= 1
    return range(first, start)


# Words that give a code name, a stage name or a pen name.
_CODE_NAME_WORDS = frozenset(
    fold(word)
    for stem in ("Deckname", "Codename", "Tarnname", "Künstlername", "Kampfname")
    for word in (stem, stem + "n")
) | {"pseudonym"}
# A naming verb with its object ("nennen X Y"), as against "genannt" of the one named.
_OBJECT_NAMING = frozenset({"nennen", "nennt", "nannte", "nannten"})
_NAMING_HINTS = frozenset({"nur", "bloß", "alle", "allen", "auch", "meist", "gern", "gerne"})
_DEFINITE = frozenset({"der", "die", "das", "den", "dem"})
_PASSIVE = frozenset({"wird", "wurde", "werden", "wurden"})
_PASSIVE_NAMING = frozenset({"genannt", "gerufen"})
# The verbs of naming someone: the reason of a naming is not asked.
NAMING_VERBS = _OBJECT_NAMING | _PASSIVE_NAMING | {"heißt", "heißen", "rufen", "ruft"}


def _naming_words_after(sentence: Sentence, end: int) -> Naming | None:
    """A nickname after words of naming only: "von allen nur „Fass-Toni“ genannt"."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].text not in _OPENERS:
        return None
    index, named, article = end, False, None
    while index < len(tokens) and index - end < _FARTHEST:
        word = tokens[index].text
        if word.lower() in NAMING_WORDS:
            named = True
        elif pos.is_article(tokens[index]) and index + 1 < len(tokens):
            following = tokens[index + 1]
            article = word.lower()  # "der „Rabe“" as well as "den Raben"
            if following.is_capitalised and following.text not in QUOTES:
                index += 1
                break
        elif word not in QUOTES and word.lower() not in _BETWEEN:
            break
        elif word not in QUOTES:
            article = None
        index += 1
    start = index
    while (
        index < len(tokens) and index - start < _LONGEST_NICKNAME and _nickname_word(tokens[index])
    ):
        index += 1
    if index == start:
        return None
    words = tuple(token.text for token in tokens[start:index])
    last = tokens[index - 1]
    after = index
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    if after < len(tokens) and tokens[after].text.lower() in NAMING_WORDS:
        named = True
        after += 1
    if not named:
        return None
    first = start - 1 if article is not None else start
    while first > end and tokens[first - 1].text in QUOTES:
        first -= 1
    return Naming(sentence, end, first, after, words, last.lemma or last.text, article)


def _naming_relative_clause(sentence: Sentence, end: int) -> Naming | None:
    """ "Ott, den die Fans nur „die Krake“ nennen": a relative clause right after the name,
    with any words in it, whose quoted words end it with a naming verb."""
    tokens = sentence.tokens
    opens = end + 1 < len(tokens) and tokens[end].text == ","
    # Or an apposition that gives the reason first: "Friedhelm Koch, wegen seiner
    # Königsrollen von allen nur „der Baron“ genannt" (blind reading: the nickname left in
    # the prompt of its owner).
    if not opens or not (
        tokens[end + 1].text.lower() in _RELATIVE_PRONOUNS or pos.is_preposition(tokens[end + 1])
    ):
        return None
    quote = next(
        (
            index
            for index in range(end + 2, min(len(tokens), end + _LONGEST_CLAUSE))
            if tokens[index].text in QUOTES or tokens[index].text in _CLAUSE_ENDS
        ),
        None,
    )
    if quote is None or tokens[quote].text not in QUOTES:
        return None
    start, article = quote + 1, None
    if start + 1 < len(tokens) and pos.is_article(tokens[start]):
        article, start = tokens[start].text.lower(), start + 1  # "„die Krake“"
    close = start
    while (
        close < len(tokens) and close - start < _LONGEST_NICKNAME and _nickname_word(tokens[close])
    ):
        close += 1
    naming_verb = close + 1
    if close == start or close >= len(tokens) or tokens[close].text not in QUOTES:
        return None
    if naming_verb >= len(tokens) or tokens[naming_verb].text.lower() not in NAMING_WORDS:
        return None
    words = tuple(token.text for token in tokens[start:close])
    last = tokens[close - 1]
    return Naming(sentence, end, quote, naming_verb + 1, words, last.lemma or last.text, article)


_RELATIVE_PRONOUNS = frozenset({"den", "die", "der", "dem", "das", "welchen", "welche"})
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "?", "!"})
_LONGEST_CLAUSE = 16  # tokens from the name to the nickname's quote ("den man in allen …")


def _closing_quote(tokens: list[Token], opening: int) -> int | None:
    """The quote that closes a run of nickname words opened by a quote at ``opening``
    ("„Fass-Toni“", "„Mücke“"), or None when there is no such run."""
    if opening >= len(tokens) or tokens[opening].text not in QUOTES:
        return None
    close = opening + 1
    while (
        close < len(tokens)
        and close - opening <= _LONGEST_NICKNAME
        and _nickname_word(tokens[close])
    ):
        close += 1
    if close == opening + 1 or close >= len(tokens) or tokens[close].text not in QUOTES:
        return None
    return close


def _nickname_word(token: Token) -> bool:
    return (
        token.is_capitalised
        and token.is_word
        and token.text not in QUOTES
        and token.text.lower() not in NAMING_WORDS
        and not pos.is_finite_verb(token)
    )


def nickname_words(words: tuple[str, ...]) -> set[str]:
    """The folded words a prompt must not show: each word and its hyphenated parts."""
    folded = {fold(word) for word in words}
    return folded | {part for word in folded for part in word.split("-") if part}


def inner_nickname(tokens: list[Token], end: int) -> int | None:
    """ "Anton „Fass-Toni“ Reis": a quoted nickname right after a first name (ending at
    ``end``) and before a surname; the surname's index, or None."""
    close = _closing_quote(tokens, end)
    if close is None:
        return None
    surname = close + 1
    if surname >= len(tokens) or not _nickname_word(tokens[surname]):
        return None
    return surname


def naming_inside(sentence: Sentence, start: int, end: int) -> Naming | None:
    """The quoted nickname inside a name's tokens ("Anton „Fass-Toni“ Reis"), if any."""
    tokens = sentence.tokens
    for quote in range(start + 1, end):
        surname = inner_nickname(tokens, quote)
        if surname is not None:
            nickname = tokens[quote + 1 : surname - 1]
            words = tuple(token.text for token in nickname)
            last = nickname[-1]
            return Naming(sentence, end, quote, surname, words, last.lemma or last.text, None)
    return None
