"""Turn a candidate into question text: a cloze with enough context, or a "Wer ...?" question.

Context: the sentence before is put in front when the sentence leans on it (``context``
says when); when that sentence would give the answer away, the form is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generator import pos
from quiz.generator.address import address_start
from quiz.generator.candidates import PERSON, Candidate
from quiz.generator.context import (
    leans_back,
    leans_on_what_was_told,
    left_out_of_questions,
    needs_context,
    refers_to_a_noun_before,
)
from quiz.generator.gender import FEMALE, MALE
from quiz.generator.lexicon import ADDRESS_TITLES, SHARED_RELATIONS
from quiz.generator.persons import Mention, Person
from quiz.generator.pos import is_finite_verb
from quiz.generator.roles import role_circle, role_key
from quiz.generator.text import Sentence, Token, as_written, hyphen_joined
from quiz.text.normalize import fold

GAP = "____"
CLOZE, WHO = "luecke", "wer"

_SHORTEST_REST = 3  # "Wer lehnt ab?" alone asks nothing: it needs the sentence before
LONGEST_CONTEXT = 2
_CLAUSE_CONJUNCTIONS = frozenset({"doch", "aber", "denn", "sondern"})
_FORMS_OF_SEIN = frozenset({"ist", "sind", "war", "waren", "wäre", "wären", "bin", "bist", "seid"})
_WORDS = re.compile(r"[\w’']+")


@dataclass(frozen=True, slots=True)
class Wording:
    form: str
    prompt: str
    explanation: str


def word_set(text: str) -> set[str]:
    """Folded words of a text, hyphenated parts and genitive-less forms included."""
    words: set[str] = set()
    for word in _WORDS.findall(fold(text.replace("-", " "))):
        words.add(word)
        words.add(word.replace("’", "").replace("'", ""))
        for ending in ("s", "’s", "'s", "’", "'"):
            if word.endswith(ending) and len(word) > len(ending) + 1:
                words.add(word[: -len(ending)])
    return words


def cloze(
    candidate: Candidate,
    earlier: list[Sentence],
    mentions: list[Mention],
    *,
    context: int = 0,
) -> Wording | None:
    """The sentence with the answer cut out; None when the context it needs would give the
    answer away (``context``: at least that many sentences before in front, needed or not)."""
    sentence = candidate.sentence
    if candidate.mention is not None and candidate.mention.genitive:
        return None  # "____s Bruder": a hole with an ending hanging on it reads as a misprint
    if _beside_another_name(candidate, mentions) or _names_a_shared_relation(
        sentence.tokens, candidate.end
    ):
        return None
    start = _gap_start(candidate)
    if start is None:
        return None
    gap = range(start, candidate.end)
    text = sentence.replace_span(start, candidate.end, GAP + candidate.rest)
    left = sum(
        1 for index, token in enumerate(sentence.tokens) if token.is_word and index not in gap
    )
    needs = (
        bool(context)
        or needs_context(sentence, mentions, gap, _last(earlier))
        or left < _SHORTEST_REST
    )
    return _with_context(CLOZE, candidate, text, earlier, needs, context)


def _gap_start(candidate: Candidate) -> int | None:
    """A person's gap takes the titles of address before it ("Mrs. ____" picks out the one
    Mrs.; see ``address``); None when that would leave a word dangling."""
    if candidate.kind != PERSON:
        return candidate.start
    return address_start(candidate.sentence.tokens, candidate.start)


def _beside_another_name(candidate: Candidate, mentions: list[Mention]) -> bool:
    """ "in ____ Sepp Gruber", "Dr. ____ Tanabe": a gap right beside another name leaves a
    dangling name, or asks half of one."""
    if candidate.kind != PERSON:
        return False
    tokens = candidate.sentence.tokens
    beside = [tokens[i] for i in (candidate.start - 1, candidate.end) if 0 <= i < len(tokens)]
    roles = candidate.mention.roles if candidate.mention is not None else ()
    if any(
        pos.is_tagged_name(t) and role_circle(t.text) is None and t.text not in roles
        for t in beside
    ):
        return True  # "in Lotte ____": a first name no one was found for
    return any(
        m.sentence is candidate.sentence
        and (m.start == candidate.end or m.end == candidate.start)
        and tokens[m.start].is_capitalised  # not "küsst ____ die Krake"
        for m in mentions
    )


def _names_a_shared_relation(tokens: list[Token], start: int) -> bool:
    """ "X ist sein Mithäftling": a relation every inmate has to many others picks no one."""
    if start >= len(tokens) or tokens[start].text.lower() not in _FORMS_OF_SEIN:
        return False
    return any(token.text.lower() in SHARED_RELATIONS for token in tokens[start : start + 4])


def cloze_named(
    candidate: Candidate, opening: Mention | None, named_before: list[Mention]
) -> Wording | None:
    """The cloze with the personal pronoun that opens its sentence written as the name it
    stands for ("Er folgt einer Spur ..., wo Pfarrer ____ ..." after a sentence about O'Connor
    alone: "Sam O'Connor folgt einer Spur ..."), so that it needs no sentence before. None when
    no "Er"/"Sie" opens it, when the sentence before names anyone else (a genitive too: after
    "der Abwasch sei Bommels Aufgabe", "Der übt ..." is Bommel), or the gap is that person."""
    if (
        opening is None
        or opening.person is None
        or opening.end != 1
        or not pos.is_personal_pronoun(opening.sentence.tokens[0])
        or candidate.start <= opening.end
        or any(mention.person is not opening.person for mention in named_before)
    ):
        return None
    if candidate.person is opening.person or (
        candidate.mention is not None and candidate.mention.genitive
    ):
        return None
    sentence = candidate.sentence
    start = _gap_start(candidate)
    if start is None:
        return None
    text = sentence.replace_span(start, candidate.end, GAP + candidate.rest)
    if not text.startswith(opening.written):
        return None
    name = opening.person.canonical
    named = name + text[len(opening.written) :]
    return Wording(CLOZE, named, name + sentence.text[len(opening.written) :])


_PRONOUN_GENDERS = {"er": MALE, "sie": FEMALE}


def inverted_pronoun_named(sentence: Sentence, person: Person) -> str | None:
    """The sentence with the subject pronoun after its verb written as ``person`` ("Am Pass
    von Kaltenstein wird sie von Söldnern überfallen": "... wird Lianne Hartwig ..."); None
    unless an adverbial opens it, the first finite verb comes next, then "er" or "sie" of the
    person's gender (a singular verb with "sie": "werden sie" may be many)."""
    tokens = sentence.tokens
    verb = next((i for i, token in enumerate(tokens) if pos.is_finite_verb(token)), -1)
    if verb < 1 or verb + 1 >= len(tokens):
        return None
    opener = tokens[0]
    if not (
        pos.is_preposition(opener) or pos.is_contracted_preposition(opener) or pos.is_adverb(opener)
    ):
        return None
    pronoun = tokens[verb + 1]
    gender = _PRONOUN_GENDERS.get(pronoun.text)
    if gender is None or gender != person.gender or not pos.is_personal_pronoun(pronoun):
        return None
    if gender == FEMALE and tokens[verb].text.endswith("n"):
        return None
    old = f" {tokens[verb].text} {pronoun.text} "
    if sentence.text.count(old) != 1:
        return None
    return sentence.text.replace(old, f" {tokens[verb].text} {person.canonical} ", 1)


def who(
    candidate: Candidate,
    earlier: list[Sentence],
    mentions: list[Mention],
    *,
    context: int = 0,
) -> Wording | None:
    """ "Wer ...?" when the person opens a main clause: role phrase, name, finite verb
    (``context``: at least that many sentences before in front, needed or not)."""
    if candidate.kind != PERSON or candidate.mention is None:
        return None
    sentence, mention = candidate.sentence, candidate.mention
    if mention not in mentions:
        mentions = [*mentions, mention]  # "Er ...": the person a pronoun opening stands for
    tokens = sentence.tokens
    if mention.genitive or mention.end >= len(tokens) or not is_finite_verb(tokens[mention.end]):
        return None
    if _plural_verb(tokens[mention.end]):
        return None  # "Ole gelingen drei Fotos": the subject is the photos; "Wer" takes a singular
    lead = tokens[: mention.start]
    if lead:
        head = lead[-1]
        is_role = (
            role_circle(head.text) is not None
            or pos.is_nominalised_adjective(head)
            or head.text in mention.roles  # a role word the person finder saw ("Metzger")
        )
        if not is_role or not all(_may_lead(token) for token in lead[:-1]):
            return None
    stop = _before_a_colon(tokens, mention.end, _clause_end(sentence, mention.end, mentions))
    stop = _before_a_lone_dash(tokens, mention.end, stop)
    stop = _before_a_cut_relative_clause(tokens, mention.end, stop)
    if stop < len(tokens) and introduces_speech(tokens, stop):
        return None  # "Wer sagt zu seiner Frau?": what is said is the point, and it is cut off
    rest = _joined_by_und(sentence, mention.end, stop)
    # "Wer ist sein Kollege?": after a copula the possessive points at someone earlier.
    copula_with_possessive = tokens[mention.end].text.lower() in _FORMS_OF_SEIN and any(
        pos.is_possessive(token) for token in tokens[mention.end : stop]
    )
    if _names_a_shared_relation(tokens, mention.end):
        return None  # "Wer ist sein Mithäftling?" fits every inmate
    needs = (
        bool(context)
        or needs_context(sentence, mentions, range(mention.end), _last(earlier), subject_asked=True)
        or copula_with_possessive
        or len(rest.split()) < _SHORTEST_REST
    )
    asked = (
        None
        if needs and not earlier
        else _with_context(WHO, candidate, f"Wer {rest}?", earlier, needs, context)
    )
    if context:
        return asked
    return asked or _who_of_the_second_verb(candidate, mentions, earlier, stop)


def _plural_verb(verb: Token) -> bool:
    """A finite verb in "-en" is plural (or a first person): never the verb of one person
    named before it, nor of "Wer"."""
    return verb.text.lower().endswith("en")


def _who_of_the_second_verb(
    candidate: Candidate, mentions: list[Mention], earlier: list[Sentence], stop: int
) -> Wording | None:
    """ "X möchte seinen Widersacher loswerden und startet einen Giftanschlag": when the first
    verb's part leans on the sentence before, the second may stand alone ("Wer startet ...?")."""
    sentence, tokens = candidate.sentence, candidate.sentence.tokens
    assert candidate.mention is not None
    second = next(
        (
            index + 1
            for index in range(candidate.mention.end + 1, stop - 1)
            if tokens[index].text == "und" and is_finite_verb(tokens[index + 1])
        ),
        None,
    )
    if second is None:
        return None
    rest = _joined_by_und(sentence, second, stop)
    dropped, before = range(second), _last(earlier)
    # The name the sentence goes on with is the answer, gone from the question: only the words
    # left may lean back.
    if (
        len(rest.split()) < _SHORTEST_REST
        or needs_context(sentence, mentions, dropped, None, subject_asked=True)
        or leans_on_what_was_told(tokens, dropped)
        or (before is not None and refers_to_a_noun_before(tokens, dropped, before))
    ):
        return None
    return Wording(WHO, f"Wer {rest}?", sentence.text)


def _before_a_cut_relative_clause(tokens: list[Token], start: int, stop: int) -> int:
    """ "ruft Sven Holt auf, der aussagt, Callahan habe ...": a relative clause the cut at a
    comma interrupts would read as whole ("..., der aussagt?"), and so would one cut before
    what it says ("..., der beim Abschied murmelt: „…“"); the question stops before it."""
    if stop >= len(tokens):
        return stop
    if tokens[stop].text == ":":
        # "..., der murmelt: ...": the relative clause's verb before the colon takes what follows
        if not (introduces_speech(tokens, stop) or is_finite_verb(tokens[stop - 1])):
            return stop
    elif tokens[stop].text != "," or tokens[stop + 1].text == "und":
        return stop
    comma = next((i for i in range(stop - 1, start, -1) if tokens[i].text == ","), None)
    if comma is None:
        return stop
    return comma if _opens_relative_clause(tokens, comma) else stop


def _opens_relative_clause(tokens: list[Token], comma: int) -> bool:
    """Whether a relative clause follows the comma at ``comma`` (", der ...", ", mit dem ...")."""
    if comma + 1 >= len(tokens):
        return False
    opener = tokens[comma + 1]
    if pos.is_preposition(opener) and comma + 2 < len(tokens):
        opener = tokens[comma + 2]
    return pos.is_relative_pronoun(opener)


def _closes_relative_clause(tokens: list[Token], start: int, comma: int) -> bool:
    """Whether the comma at ``comma`` ends a relative clause opened after ``start``."""
    opening = next((i for i in range(comma - 1, start - 1, -1) if tokens[i].text == ","), None)
    return opening is not None and _opens_relative_clause(tokens, opening)


def _past_relative_clause(tokens: list[Token], index: int) -> int:
    """ "Max Roth, der eigens angereist ist, bittet ...": where the subject's verb stands
    when a relative clause comes between (``index``: right after the subject)."""
    if (
        index >= len(tokens)
        or tokens[index].text != ","
        or not _opens_relative_clause(tokens, index)
    ):
        return index
    close = next((i for i in range(index + 2, len(tokens)) if tokens[i].text == ","), None)
    return index if close is None else close + 1


def _before_a_colon(tokens: list[Token], start: int, stop: int) -> int:
    """Where a colon or semicolon opens a second statement ("..., dass sein Plan geglückt ist:
    die Rosen blühen"; "...vor: Darauf ist zu hören ..."): a question asks one, so it stops
    there (blind reading, round 8)."""
    return next((i for i in range(start, stop) if tokens[i].text in (":", ";")), stop)


_SPEECH_QUOTES = frozenset({"„", "»", '"', "“"})  # the tagger reads "„" as no quote at times


def introduces_speech(tokens: list[Token], colon: int) -> bool:
    """Whether the colon at ``colon`` opens what is said or written: a quote follows it."""
    if tokens[colon].text != ":" or colon + 1 >= len(tokens):
        return False
    after = tokens[colon + 1]
    return pos.is_quote(after) or after.text in _SPEECH_QUOTES


_DASHES = frozenset({"–", "—", "-"})


def _before_a_lone_dash(tokens: list[Token], start: int, stop: int) -> int:
    """Where a lone dash opens a main clause of its own ("... zu ihr hält – in ihrer Rede
    kündigt sie jedoch an, ..."): a question asks one statement, so it stops there. A pair of
    dashes sets off an insertion ("Kapitän Jonas Reed – ein alter Bekannter – hat ..."), and a
    dash before a phrase without a verb adds to the clause; both stay."""
    dashes = [i for i in range(start, len(tokens)) if tokens[i].text in _DASHES]
    if len(dashes) != 1 or not start < dashes[0] < stop:
        return stop
    dash = dashes[0]
    for token in tokens[dash + 1 : stop]:
        if token.text in (",", ";", ":"):
            return stop
        if is_finite_verb(token):
            return dash
    return stop


def _joined_by_und(sentence: Sentence, start: int, stop: int) -> str:
    """The clause from ``start``; a comma that joins a second verb of the same subject reads
    "und" in a question ("bekommt Besuch, wird erpresst" -> "bekommt Besuch und wird
    erpresst")."""
    tokens = sentence.tokens
    pieces = []
    for index in range(start, stop):
        token = tokens[index]
        if left_out_of_questions(tokens, index):
            continue
        following = tokens[index + 1] if index + 1 < stop else None
        if (
            token.text == ","
            and following is not None
            and is_finite_verb(following)
            and not _contrasts(tokens, index + 1, stop)
            and not _und_follows(tokens, index + 1, stop)
        ):
            # A comma that closes a relative clause stays ("…, der angereist ist, und bittet").
            if _closes_relative_clause(tokens, start, index):
                pieces.append(",")
            pieces.append("und")
            continue
        if pieces and hyphen_joined(tokens, index) and not left_out_of_questions(tokens, index - 1):
            pieces[-1] += token.text
        else:
            pieces.append(token.text)
    return as_written(pieces).strip().rstrip(" .!?,;:")


def _und_follows(tokens: list[Token], start: int, stop: int) -> bool:
    """ "verliert A, muss B zahlen und verlässt C": a list of verbs that an "und" ends keeps
    its commas ("verliert A und muss B und verlässt C" reads as a stammer)."""
    return any(
        tokens[i].text == "und" and is_finite_verb(tokens[i + 1]) for i in range(start, stop - 1)
    )


_CONTRAST = frozenset({"aber", "doch", "jedoch", "dennoch", "trotzdem"})


def _contrasts(tokens: list[Token], start: int, stop: int) -> bool:
    """ "…, schweigt aber …": a clause set against the one before keeps its comma."""
    for token in tokens[start:stop]:
        if token.text == ",":
            return False
        if token.text.lower() in _CONTRAST:
            return True
    return False


def _with_context(
    form: str,
    candidate: Candidate,
    text: str,
    earlier: list[Sentence],
    needs: bool,
    least: int = 0,
) -> Wording | None:
    """Put the sentences before in front as far as the question leans on them (at most two;
    ``least``: at least that many), never one that names the answer. None when the context
    needed would give it away."""
    context: list[Sentence] = []
    if needs:
        for sentence in reversed(earlier):
            if word_set(sentence.text) & candidate.forbidden:
                break
            context.insert(0, sentence)
            if len(context) == LONGEST_CONTEXT or (
                len(context) >= least and not leans_back(sentence)
            ):
                break
        if (earlier and not context) or len(context) < least:
            return None
    before = "".join(f"{sentence.text} " for sentence in context)
    return Wording(form, before + text, before + candidate.sentence.text)


def _last(earlier: list[Sentence]) -> Sentence | None:
    return earlier[-1] if earlier else None


def _clause_end(sentence: Sentence, start: int, mentions: list[Mention]) -> int:
    """Where the clause ends: before "und"/"," that open a new clause with another subject,
    or before ", doch"/", aber" that open one with any subject."""
    tokens = sentence.tokens
    starts = {m.start: m for m in mentions}
    for index in range(start, len(tokens) - 1):
        if tokens[index].text not in ("und", ",", ";"):
            continue
        if tokens[index].text == "," and tokens[index + 1].text in _CLAUSE_CONJUNCTIONS:
            return index
        following = starts.get(index + 1) or starts.get(index + 2)
        if following is not None:
            verb = _past_relative_clause(tokens, following.end)
            if verb < len(tokens) and is_finite_verb(tokens[verb]):
                return index
        # "und" (", und") before a subject of its own; a bare comma may open reported
        # speech ("behauptet, der Abwasch sei ..."), which the question asks with it.
        after = index + 2 if tokens[index + 1].text == "und" else index + 1
        if tokens[after - 1].text == "und" and subject_opens_at(tokens, after, starts):
            return index
    return len(tokens)


def subject_opens_at(tokens: list[Token], start: int, starts: dict[int, Mention]) -> bool:
    """Whether a subject of its own and its finite verb start at ``start``: a name with all
    that leads it ("die Ärztin Dr. Greta Lind stellt ...") or a noun phrase ("die Polizei
    nimmt ..."). After "und" or a comma that is a second main clause, which a question about
    the first must not run on into (blind reading, round 10)."""
    index, saw_noun = start, False
    if (
        start + 1 < len(tokens)
        and tokens[start].text.lower() in _SUBJECT_PRONOUNS
        and is_finite_verb(tokens[start + 1])
    ):
        return True  # "..., und er gibt zu, ...": a pronoun is a subject of its own too
    while index < len(tokens):
        mention = starts.get(index)
        if mention is not None:
            verb = _past_relative_clause(tokens, mention.end)
            return verb < len(tokens) and is_finite_verb(tokens[verb])
        token = tokens[index]
        if not (
            pos.is_article(token)
            or pos.is_possessive(token)
            or pos.is_adjective(token)
            or pos.is_noun(token)
            or role_circle(token.text) is not None
            or fold(token.text) in ADDRESS_TITLES
        ):
            break
        saw_noun = saw_noun or pos.is_noun(token)
        index += 1
    verb = _past_relative_clause(tokens, index)
    return saw_noun and verb < len(tokens) and is_finite_verb(tokens[verb])


_SHORTEST_HINTING_NAME = 4
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "ich", "wir"})


def leaks(wording: Wording, candidate: Candidate) -> bool:
    """Whether the answer, or another name of the same person, stands in the question, alone
    or as part of a compound ("Bommel" in "roter Bommelmütze")."""
    shown = word_set(wording.prompt.replace(GAP, " "))
    if shown & candidate.forbidden:
        return True
    if candidate.kind != PERSON:
        return False
    names = [name for name in candidate.forbidden if len(name) >= _SHORTEST_HINTING_NAME]
    if any(word.startswith(name) for word in shown for name in names):
        return True
    return _named_by_title(wording.prompt, candidate.person)


# "der Direktor", "den Freiherrn": a title with its article, standing for someone; not one
# before the gap, nor before a name ("dem Insassen Chris Keller" is Keller)
_TITLE_WITH_ARTICLE = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?:der|die|den|dem|des)\s+([^\W\d_][\w-]*)\b(?![\w-]|\s*____|\s+[A-ZÄÖÜ])"
)
# A noun before it makes the title an attribute ("der Berater der Königin rät ____"): it says
# whose adviser, and asks a name the player must still know (round 18 judged only the title
# that stands for the answer itself)
_NOUN_BEFORE = re.compile(r"\b[A-ZÄÖÜ][\w-]*\s+$")


def _named_by_title(prompt: str, person: Person | None) -> bool:
    """Whether the prompt speaks of the answer by a title the series gives them elsewhere in
    it: "die sie ____ leiht, kann der Direktor das Darlehen zurückzahlen" answers itself
    when the answer is Direktor Max Feldmann (round 18). A title before the gap is no hint:
    it stands there in the source."""
    if person is None or not person.titles:
        return False
    for match in _TITLE_WITH_ARTICLE.finditer(prompt):
        genitive = match.group(0).startswith(("der ", "des "))
        if genitive and _NOUN_BEFORE.search(prompt[: match.start()]):
            continue
        word = match.group(1)
        key = role_key(word)
        # kin is no title: "die Tochter des Direktors" says whose daughter, not who
        if key is not None and person.titles[key] and role_circle(word) != "family":
            return True
    return False


def _may_lead(token: Token) -> bool:
    """What may stand before a role word that leads a name: "der neue", "ihr alter"."""
    return (
        pos.is_article(token)
        or pos.is_possessive(token)
        or pos.is_adjective(token)
        or pos.is_adverb(token)
        or pos.is_quantifier(token)
    )
