"""Whether a question word asks enough: a wh-question must say what happened.

"Wer lehnt ab?", "Wen schaltet Vera Holm ein?", "Wie viele Euro schlägt Timo im Monat vor?",
"Wo befindet sich Paul Roth?" (blind reading, round 8): the verb needs a complement to mean
something (what is turned down, what someone is brought in for, where one is), and the
question keeps too little of the sentence for a reader to place the event. The sentence before
rarely helps (the offer turned down may stand two sentences back), so such a question is not
asked at all; the sentence stays open to a cloze, which gives it back whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from quiz.generator import pos
from quiz.generator.candidates import Candidate
from quiz.generator.context import NOT_POINTING_BACK
from quiz.generator.forms import WHO, Wording
from quiz.generator.lexicon import FORMS_OF_SEIN, NEEDS_COMPLEMENT
from quiz.generator.text import Sentence, Token
from quiz.generator.wh import WH, WHY
from quiz.text.normalize import fold

_WORD = re.compile(r"[\wÄÖÜäöüß’'.-]+")
_ASKING_FORMS = frozenset({WH, WHO, WHY})
# Words of content a light verb needs beside it ("liegt nach einem Sturz im Gipsbett" says
# what happened; "befindet sich im Stall" does not yet).
_LEAST_CONTENT = 2
# A reaction says nothing of what happened (blind reading, round 9): "Wer kann es kaum
# glauben?", "Wer ist fassungslos?".
_REACTION = re.compile(
    r"(?:Wer|(?:\S+ )?____) (?:(?:kann|will|mag) es (?:kaum|nicht|einfach nicht|gar nicht)"
    r" (?:glauben|fassen)|(?:ist|zeigt sich|reagiert) (?:völlig |zutiefst |ganz |sichtlich )?"
    r"(?:fassungslos|entsetzt|schockiert|erschüttert|sprachlos|überrascht|verblüfft|geschockt))"
    r"[?.]$"
)

_SHORT_QUESTION = 6  # "... findet die Kassette mit 412 Euro darin?" says in what itself
# Pronominal adverbs that stand for something said before when nothing follows them.
_POINTING_BACK = frozenset(
    {"daran", "darauf", "daraus", "darüber", "davon", "dafür", "dagegen", "damit", "dazu"}
    | {"darum", "darin", "davor", "dahinter", "dabei", "danach", "darunter", "dadurch"}
)


def asks_too_little(wording: Wording, candidate: Candidate, names: frozenset[str]) -> bool:
    """Whether the wh-question's own sentence asks only for a reaction ("Wer kann es kaum
    glauben?"), or holds a verb that needs a complement and fewer than two words of content
    besides it (``names``: the series' name words, folded; names, numbers and what they count
    are no content)."""
    question = _question_of(wording, candidate.sentence)
    if _REACTION.match(question):
        return True  # a cloze too: "____ kann es kaum glauben."
    words = _WORD.findall(question)
    tokens = {token.text: token for token in candidate.sentence.tokens}
    if _only_what_was_told(words, tokens, names):
        return True  # "Wer erfährt es?", "____ glaubt das nicht.": what, it does not say
    if wording.form not in _ASKING_FORMS:
        return False
    if len(words) <= _SHORT_QUESTION and words[-1].lower() in _POINTING_BACK:
        return True  # "Wer glaubt nicht daran?": at what, the question does not say
    verb_at = next(
        (i for i, word in enumerate(words) if i and _is(tokens, word, pos.is_finite_verb)), None
    )
    if verb_at is None:
        return False
    rest = words[verb_at + 1 :]
    particle = next((w for w in rest if _is(tokens, w, pos.is_verb_particle)), "")
    idiom = _idiom_at(words)
    if idiom is None and not _needs_complement(words[verb_at].lower(), particle.lower()):
        return False
    content = [
        word
        for index, word in enumerate(words)
        if index
        and index != verb_at
        and index != idiom
        and fold(word) not in names
        and not _counted(words, index, tokens)
        and _is(tokens, word, _is_content)
    ]
    return len(content) < _LEAST_CONTENT


def _only_what_was_told(words: list[str], tokens: dict[str, Token], names: frozenset[str]) -> bool:
    """An object that stands for what was told ("es", "das") and fewer than two words of
    content besides it: "Wer erfährt es?", "Wer glaubt das nicht?" (blind reading, round 13:
    the answer is whoever the story follows; the context shown says what, the question does
    not). "Gibt es", "wie es", and an "es" a "dass" clause fills, stand for nothing told."""
    words = [word.rstrip(".") for word in words]
    back = next(
        (
            index
            for index, word in enumerate(words)
            if index
            and (
                word == "es"
                or (word in _DEMONSTRATIVES and _is(tokens, word, pos.is_demonstrative_pronoun))
            )
            and words[index - 1].lower() not in NOT_POINTING_BACK
        ),
        None,
    )
    if back is None or _fills_it(words[back + 1 :]):
        return False
    content = [
        word
        for index, word in enumerate(words)
        if index and fold(word) not in names and _is(tokens, word, _is_content)
    ]
    return len(content) < _LEAST_CONTENT


_DEMONSTRATIVES = frozenset({"das", "dies", "dem"})
# Words after "es" that say what it is: "erfährt es, dass ...", "schafft es, ... zu".
_FILLING = frozenset({"dass", "ob", "wie", "was", "wer", "warum", "zu"})


def _fills_it(rest: list[str]) -> bool:
    return any(word.lower() in _FILLING for word in rest)


def _counted(words: list[str], index: int, tokens: dict[str, Token]) -> bool:
    """A number, or the unit it counts ("50 Euro", "Wie viele Euro"): how much, not what
    happened."""
    previous = words[index - 1] if index else ""
    return (
        _is(tokens, words[index], pos.is_number)
        or previous.lower() in ("viele", "vielen")
        or _is(tokens, previous, pos.is_number)
    )


# Idioms whose noun is part of the verb and says nothing of what happened (diagnosis 16:
# "Wen stellt Lena Voss zur Rede?" — about what, the question does not say).
_IDIOMS = frozenset({("zur", "rede"), ("zur", "verantwortung")})


def _idiom_at(words: list[str]) -> int | None:
    """Where the noun of such an idiom stands, if the question holds one."""
    pairs = pairwise(words)
    return next(
        (i + 1 for i, (a, b) in enumerate(pairs) if (a.lower(), b.lower().rstrip("?.")) in _IDIOMS),
        None,
    )


def _needs_complement(verb: str, particle: str) -> bool:
    if verb in FORMS_OF_SEIN:
        return not particle
    return any(verb.startswith(stem) and particle == wanted for stem, wanted in NEEDS_COMPLEMENT)


def _is_content(token: Token) -> bool:
    """A word that says what happened: a common noun, an adjective, a verb form that is not
    the finite one ("freigelassen")."""
    return (
        (pos.is_noun(token) and not pos.is_proper_noun(token))
        or pos.is_adjective(token)
        or (pos.is_full_verb(token) and not pos.is_finite_verb(token))
    )


def _is(tokens: dict[str, Token], word: str, test: Callable[[Token], bool]) -> bool:
    """Whether the sentence's token of that text passes the test (a word the question brought
    in, a name written in full, is none)."""
    token = tokens.get(word)
    return token is not None and test(token)


def _question_of(wording: Wording, sentence: Sentence) -> str:
    """The prompt's own question, without the context sentences in front of it. The context
    may have been written out since ("Henningsen wird ..." shown as "Lars Henningsen wird
    ...", a pronoun as its person's name): such rewrites only make it longer and keep its
    last word, so the question starts after the first "<last word> " from its old end on."""
    context = wording.explanation[: max(0, len(wording.explanation) - len(sentence.text))]
    prompt = wording.prompt
    if not context or prompt.startswith(context):
        return prompt[len(context) :]
    last = context.split()[-1]
    end = prompt.find(f"{last} ", max(0, len(context) - len(last) - 1))
    return prompt[end + len(last) + 1 :] if end >= 0 else prompt
