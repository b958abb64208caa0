"""Part-of-speech tags (STTS) and lemmas from HanTa, the Hanover Tagger.

HanTa ships its German model in the package, so nothing is downloaded at run time. Loading it
takes a few tenths of a second: it happens once, on first use.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from quiz.generator.text import Sentence

_MODEL = "morphmodel_ger.pgz"
_REMEMBERED_WORDS = 200_000
# HanTa's analysis of a word is superlinear in its length (500 letters took 3 s, 2,000
# letters 52 s). The longest German words in use have about 40 to 60 letters
# ("Donaudampfschifffahrtsgesellschaftskapitän" has 42), so a longer "word" is no word
# of a synopsis: the tagger sees only its start, and it is tagged as a non-word (XY).
LONGEST_TAGGED_WORD = 64
_NON_WORD = "XY"


@cache
def _tagger() -> Any:
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger(_MODEL)
    # HanTa analyses a word form afresh at each occurrence (its own cache holds only the words
    # of its training corpus); remembering the readings of each form keeps the tags identical
    # and makes a series of synopses, which repeat their names and words, much faster to tag.
    tagger._tag_word = lru_cache(maxsize=_REMEMBERED_WORDS)(tagger._tag_word)
    return tagger


def load_tagger() -> None:
    """Load the model now (so that timings and progress can show it apart)."""
    _tagger()


def tag(sentence: Sentence) -> None:
    """Fill in ``tag`` of every token, and ``lemma`` of the nouns (the only lemmas used).

    Lemmas cost HanTa as much again as the tags, so they are worked out for nouns only and
    remembered per word and tag.
    """
    tagger = _tagger()
    words = [token.text[:LONGEST_TAGGED_WORD] for token in sentence.tokens]
    for token, tag_number in zip(sentence.tokens, tagger.tag_sent_viterbi(words)):
        if len(token.text) > LONGEST_TAGGED_WORD:
            token.tag = _NON_WORD
            continue
        token.tag = tagger.int2tag[tag_number]
        if token.tag in _LEMMA_TAGS:
            token.lemma = _lemma(token.text, tag_number)


_LEMMA_TAGS = frozenset({"NN", "NNA"})


@cache
def _lemma(word: str, tag_number: int) -> str:
    return str(_tagger()._analyze(word, tag_number, taglevel=1)[0])


@cache
def could_be_name(word: str) -> bool:
    """Whether the tagger, seeing the word alone, counts a proper noun among its readings."""
    if len(word) > LONGEST_TAGGED_WORD:
        return False
    return any(pos in ("NE", "FM") for pos, _ in _tagger().tag_word(word))


@cache
def noun_parts(word: str) -> tuple[str, ...]:
    """The nouns a compound is made of ("Giftanschlag" -> gift, anschlag); one for a simple noun."""
    if len(word) > LONGEST_TAGGED_WORD:
        return (word.lower(),)  # not analysed (see LONGEST_TAGGED_WORD): taken as one noun
    _, morphemes, _ = _tagger().analyze(word, taglevel=3)
    return tuple(morpheme.lower() for morpheme, kind in morphemes if kind.startswith("NN"))
