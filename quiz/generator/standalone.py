"""Whether a finished question stands alone: read by someone who sees only its prompt.

The earlier stages decide from the tagged sentence whether it needs the sentence before; this
last check reads the prompt as it will be shown (context sentences included) and refuses what
still points at something the prompt does not show:
- a pronoun with nobody before it that it can stand for ("an ihren Armen" after "Wer"; "will sie
  entlassen" with no woman named before that clause; "stach ihn");
- a person described but never named ("der Witwer", "Der junge Arzt", "die drei", "dem
  Studenten", "der Kleine"), or told of in a sentence before that the prompt does not show
  ("der Kurgast" after "Der Kurgast X ...", "den Jungen" after a boy named there);
- an event named with an article that was told where the prompt does not show ("die
  Sprengung" after "sprengt", "das Projekt", "den Fund");
- an adverb that goes on from what was told ("daraufhin", "dort") or a verb whose object is
  missing ("zögert", "weigert sich");
- a wrong span: a person's own surname in the prompt, a unit noun cut off from its number, a
  cloze that does not give back its sentence, "Wann" answered by a cause.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import Levenshtein

from quiz.generator.address import address_start
from quiz.generator.candidates import NOUN, PERSON, TIME, Candidate
from quiz.generator.context import (
    COUNTING_WORDS,
    DESCRIBED_PERSONS,
    MOMENT_WORDS,
    NEUTER_DEFINITE,
    NOT_POINTING_BACK,
    OBJECT_BEFORE,
    act_stems,
)
from quiz.generator.forms import CLOZE, GAP, Wording
from quiz.generator.gender import FEMALE, MALE, role_gender
from quiz.generator.grammar import lacks_a_verb
from quiz.generator.lexicon import INTENT_NOUNS, SHELL_NOUNS, TIME_NOUNS
from quiz.generator.moments import counted_from_before
from quiz.generator.persons import Person
from quiz.generator.pos import is_adjective, is_finite_verb, is_nominalised_adjective, is_number
from quiz.generator.roles import role_circle
from quiz.text.names import PROSE_NAME_PARTICLES as NAME_PARTICLES
from quiz.text.normalize import fold

_WORD = re.compile(r"____|[\wÄÖÜäöüß’'.-]+|[,;:?!&]")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "?", "!", "."})
_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
# After these "den ...en" is a dative plural ("mit den Entführten"): a group, not one person.
_DATIVE_PREPOSITIONS = frozenset({"mit", "von", "zu", "bei", "aus", "nach", "seit", "gegenüber"})
_OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "sie"})
_MALE_POSSESSIVE = ("sein",)
_FEMALE_POSSESSIVE = ("ihr",)
# Adverbs of sequence: after what, whatever follows them (held-out-15: "X verkündet
# anschließend, ...").
_SEQUENCE_ADVERBS = frozenset({"anschließend", "hinterher", "zuvor", "vorher", "danach"})
# Adverbs that go on from a sentence the prompt does not show: allowed only after a context
# sentence.
_GOING_ON = _SEQUENCE_ADVERBS | frozenset(
    {
        "daraufhin",
        "daraufin",
        "dort",
        "dabei",
        "dadurch",
        "deshalb",
        "deswegen",
        "trotzdem",
        "dennoch",
        "stattdessen",
        "dagegen",
        "schließlich",
        "dazu",
        "jedoch",
        "also",
        "daher",
    }
)
# Verbs whose object is told before ("zögert", "weigert sich"), unless an infinitive follows;
# "gibt es", "wie es zu ... kam": an "es" that stands for nothing told before (context.py).
_OBJECT_BEFORE = OBJECT_BEFORE
_NOT_POINTING_BACK = NOT_POINTING_BACK
_COUNTING_WORDS = COUNTING_WORDS
# Titles one person holds in a story ("der Königin", "des Barons") name that person.
_UNIQUE_TITLES = (
    "könig",
    "königin",
    "graf",
    "gräfin",
    "baron",
    "baronin",
    "fürst",
    "fürstin",
    "prinz",
    "prinzessin",
    "herzog",
    "herzogin",
    "kaiser",
    "kaiserin",
    "gouverneur",
)


def stands_alone(
    wording: Wording,
    candidate: Candidate,
    genders: dict[str, str | None],
    shared: frozenset[str] = frozenset(),
    named_before: list[Person] | None = None,
    told_before: frozenset[str] = frozenset(),
) -> bool:
    """Whether the question can be read and answered from its prompt alone (``genders``: the
    series' name words, from ``name_genders``; ``shared``: surnames several persons bear, from
    ``shared_surnames``; ``named_before``: the persons the source's sentence before names;
    ``told_before``: the folded words of the episode's sentences the prompt does not show)."""
    words = _words(wording.prompt)
    if not words or lacks_a_verb(candidate.sentence):
        return False
    return not (
        _dangles(words, candidate, genders, told_before)
        or _names_one_of_several(words, genders, shared)
        or _may_point_before(words, candidate, named_before or [])
        or _owner_in_doubt(words, candidate, genders)
        or _event_told_before(words, told_before)
        or _time_told_before(words, _finite_verbs(candidate))
        or _wrong_span(wording, candidate, words, genders)
        or (candidate.kind == TIME and not _names_a_time(candidate.answer))
    )


_TITLES_LEADING = frozenset({"Dr.", "Prof.", "Mr.", "Mrs.", "Ms."})


def _dangles(
    words: list[str],
    candidate: Candidate,
    genders: dict[str, str | None],
    told_before: frozenset[str] = frozenset(),
) -> bool:
    seen: list[str | None] = []  # the genders of persons named so far ("wer": the asked one)
    before_clause = 0  # how many of them stood before the current clause
    sentence_start, first_sentence = 0, True
    broken = False  # a clause break stood before, in this sentence
    nouns_before = 0  # "den Insassen", "Die Mutter": what an "ihr" may stand for
    seen_before_sentence = 0  # persons named in the sentences before this one
    thing_opens = False  # the sentence opens with "Die" and a thing: what a "sie" may stand for
    # "den Entführten": an adjective used as a noun, one person after "den" (not "den Insassen")
    adjectives_as_nouns = _adjectives_as_nouns(candidate)
    # "____, die seit Jahren die Titania spielt, will sie ...": the person a sentence opens
    # with, set off by a comma, is the subject of the clause its verb goes on with after the
    # insertion; an object pronoun there is someone else (German says "sich": round 13).
    subject_slot: int | None = None
    inserted = False  # inside the insertion after the opening person
    finite = _finite_verbs(candidate)
    for index, word in enumerate(words):
        lower = word.lower()
        at_start = index == sentence_start
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _CLAUSE_BREAKS:
            before_clause, broken = len(seen), True
            if inserted and word == "," and following in finite:
                inserted = False  # the opening person's clause goes on
            elif not inserted:
                subject_slot = None
        # "Dr. Hanno Vossberg, Produzent ..., lädt sie ein": a title may lead the name
        lead = 1 if words[sentence_start] in _TITLES_LEADING else 0
        if (
            following == ","
            and index - sentence_start - lead in (0, 1)
            and ((word == GAP and candidate.kind == PERSON) or fold(word) in genders)
        ):
            # the slot it takes just below, or its first name's ("Bea Lorenz, die ...")
            named_on = word != GAP and _goes_on_a_name(words, index, genders)
            subject_slot, inserted = len(seen) - named_on, True
        if word in (".", "?", "!"):
            sentence_start, first_sentence, broken = index + 1, False, False
            seen_before_sentence = len(seen)
            thing_opens = False
            subject_slot, inserted = None, False
        if at_start:
            thing_opens = _thing_opens(words, index, genders)
        if word == GAP:
            if candidate.kind == PERSON:
                seen.append(candidate.person.gender if candidate.person else None)
            continue
        if lower == "wer":
            seen.append("wer")
            continue
        folded = fold(word.rstrip("s’'"))
        if word[:1].isupper() and (fold(word) in genders or folded in genders):
            if not _goes_on_a_name(words, index, genders):  # "Moritz Haverkamp": one person
                seen.append(genders.get(fold(word), genders.get(folded)))
            continue
        if (
            first_sentence
            and (
                (lower == "im" and fold(following) == fold("gegenzug"))  # in return for what?
                or (lower == "alle" and _counts_others(words, index, seen[:seen_before_sentence]))
            )
        ):
            return True
        if lower in _ARTICLES and following[:1].isupper():
            nouns_before += 1
        # not "bringt ihn dazu, ... zu"; but "verkündet anschließend, ..." still goes on
        going_on = lower in _GOING_ON and (following != "," or lower in _SEQUENCE_ADVERBS)
        if first_sentence and (lower in MOMENT_WORDS or (not broken and going_on)):
            return True
        if first_sentence and _points_at_what_was_told(words, index, seen):
            return True
        if (
            first_sentence
            and not broken
            and lower in _OBJECT_BEFORE
            and not _infinitive_follows(words, index)
        ):
            return True
        if lower == "ihr" and not following[:1].isupper() and not at_start:
            # "rät ihr, ...": the object pronoun; "Ihr erster Patient" opens with a possessive
            lower = "ihm"
        if first_sentence and _it_hangs(lower, words, index):
            return True
        if at_start and lower == "nach" and _counts_time(words, index):
            return True  # "Nach drei Tagen ...": after what?
        # "Nach seiner Herzattacke hat sich X erholt": it points ahead, to its clause's name.
        if (
            _is_possessive(lower)
            and index - sentence_start in (1, 2)
            and _named_in_clause(words[index + 1 :], genders)
        ):
            continue
        if lower == "sie" and not at_start and thing_opens:
            continue  # "Die Waschmaschine ist kaputt, und X will sie reparieren": the thing
        if (
            lower in _OBJECT_PRONOUNS
            and subject_slot is not None
            and not inserted
            and subject_slot < before_clause
        ):
            others = seen[:subject_slot] + seen[subject_slot + 1 :]
            if _pronoun_hangs(
                lower, others, before_clause - 1, at_start, nouns_before
            ) and not _someone_described_before(words[:sentence_start], lower):
                return True
        if _after_a_fronted_phrase(words, index, sentence_start, finite) and _pronoun_hangs(
            lower, seen[:seen_before_sentence], seen_before_sentence, False, 0
        ):
            return True
        if lower == "ihn" and _thing_told_before(words[:sentence_start]):
            continue  # "erscheint ein Artikel ... Verfasst hat ihn X": the article
        if _pronoun_hangs(lower, seen, before_clause, at_start, nouns_before):
            return True
        if lower == "an" and following == "Bord":
            after = words[index + 2].lower() if index + 2 < len(words) else ""
            if after not in ("der", "des", "eines", "einer"):
                return True
        if lower in _ARTICLES and _described_not_named(
            words, index, genders, seen, seen_before_sentence, adjectives_as_nouns, told_before
        ):
            return True
    return False


# Events a definite article names as told before ("Zur Feier ...", "dauert die Operation",
# "Wer unterstützt das Projekt?", "Wohin meldet X den Fund?": blind reading).
_EVENT_HEADS = frozenset(
    {*SHELL_NOUNS, *(fold(noun) for noun in ("ausbruch", "massaker", "prozess", "projekt"))}
    | {fold(noun) for noun in ("treffen", "abstimmung", "fund", "streit")}
    # "Wer belauscht das Gespräch?", "die entscheidenden Unterlagen" (round 14)
    | {fold(noun) for noun in ("gespräch", "unterlagen", "gelegenheit")}
)
_DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des", "zur", "zum", "beim", "vom"})
# After the event noun these say which one it is ("die Operation an Ryan", "der Tod von X").
_SAYS_WHICH = frozenset(
    {"von", "vom", "des", "der", "eines", "einer", "an", "am", "gegen", "mit", "zwischen"}
)


def _time_told_before(words: list[str], verbs: frozenset[str]) -> bool:
    """A time in the prompt's first sentence that counts from a moment it does not show ("Am
    nächsten Morgen", "wenige Tage später": after what? Blind readings, rounds 7 and 9), not
    from a clause before it there ("Das Gericht gibt das Boot frei, doch X stirbt wenige Tage
    später"; ``verbs``: the finite verbs of the question's sentence)."""
    first: list[str] = []
    for word in words:
        if word in (".", "?", "!"):
            break
        first.append(word)
    found = counted_from_before(tuple(word.lower() for word in first))
    if not found:
        return False
    clauses = [
        clause.split() for clause in " ".join(first[: min(found)]).replace(";", ",").split(",")
    ][:-1]
    return not any(
        clause and (number == 0 or clause[0].lower() not in _RELATIVES) and set(clause) & verbs
        for number, clause in enumerate(clauses)
    )


_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "dessen", "deren", "welcher", "welche"})


def _finite_verbs(candidate: Candidate) -> frozenset[str]:
    return frozenset(token.text for token in candidate.sentence.tokens if is_finite_verb(token))


def _event_told_before(words: list[str], told_before: frozenset[str] = frozenset()) -> bool:
    """A definite event in the prompt's first sentence that nothing there says which one is:
    "Zur Feier gibt Bommel ein Konzert" (of what?), "Wie lange dauert die Operation?"; or, in
    any sentence, a definite act whose verb the unshown sentences before tell ("dass die
    Sprengung die Schneedecke gelockert hat" after "X sprengt ...")."""
    first_sentence = True
    for index, word in enumerate(words):
        if word in (".", "?", "!"):
            first_sentence = False
            continue
        if first_sentence and _intent_told_before(words, index):
            return True
        if word.lower() not in _DEFINITE:
            continue
        position = index + 1
        while position < len(words) and words[position][:1].islower():
            if first_sentence and _points_back(words[position]):
                return True  # "die entscheidenden Unterlagen": which ones, told where?
            position += 1  # adjectives: "dem verheerenden Ausbruch"
        if position >= len(words) or not words[position][:1].isupper():
            continue
        noun = fold(words[position])
        following = words[position + 1] if position + 1 < len(words) else ""
        if following == GAP:
            continue
        says_which = following.lower() in _SAYS_WHICH and not _agent_follows(words, position)
        if first_sentence and not says_which and _is_event(noun):
            return True
        # "das Treffen am Runenstein" after "X trifft sich mit Y": where, not whose (round 13)
        if following.lower() not in _SAYS_WHICH - {"am"} and _act_told_before(
            noun, told_before, words[:index], neuter=words[index].lower() in NEUTER_DEFINITE
        ):
            return True
    return False


_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden", "worden"})


def _agent_follows(words: list[str], noun: int) -> bool:
    """ "Eingefädelt wurde das Treffen von X" (diagnosis 16): in a passive clause the "von"
    after the noun names who did it, not which event it was."""
    if words[noun + 1 : noun + 2] != ["von"]:
        return False
    start = noun
    while start > 0 and words[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    return any(word.lower() in _PASSIVE_AUXILIARIES for word in words[start:noun])


# Adjectives that single a thing out as the one told of before ("die besagten Briefe", "die
# entscheidenden Unterlagen": round 14), by stem; their endings follow.
_POINTING_STEMS = ("entscheidend", "besagt", "fraglich", "erwähnt", "genannt", "betreffend")


def _points_back(word: str) -> bool:
    lowered = word.lower()
    return any(
        lowered.startswith(stem) and lowered[len(stem) :] in ("e", "en", "er", "es", "em")
        for stem in _POINTING_STEMS
    )


def _is_event(noun: str) -> bool:
    return any(noun == head or (len(head) > 4 and noun.endswith(head)) for head in _EVENT_HEADS)


def _act_told_before(
    noun: str, told_before: frozenset[str], shown: list[str], *, neuter: bool = False
) -> bool:
    """ "die Sprengung" (folded ``noun``) when a word of the unshown sentences before comes
    from its verb ("sprengt") and no word shown before it does; so does a verb used as a noun
    after a neuter article ("das Treffen"; ``neuter``), its present stem's e turned i or ie as
    strong verbs turn it ("trifft", "liest")."""
    return any(_told_unshown(stem, told_before, shown) for stem in act_stems(noun, neuter=neuter))


def _told_unshown(stem: str, told_before: frozenset[str], shown: list[str]) -> bool:
    """A word of the unshown sentences before begins with ``stem`` (folded), and no word the
    prompt shows before does: what the prompt names was told where the reader cannot see."""
    if len(stem) < _SHORTEST_STEM:
        return False
    if any(_from_stem(fold(word), stem) for word in shown):
        return False
    return any(_from_stem(word, stem) for word in told_before)


def _from_stem(word: str, stem: str) -> bool:
    """ "sprengt", "Kurgastes" from "spreng", "kurgast"; not "jungen" (an adjective's
    forms too) from "jung": a verb's endings, or a noun's case endings only."""
    return word.startswith(stem) and word[len(stem) :] in _ENDINGS


_ENDINGS = frozenset({"", "e", "en", "n", "s", "es", "t", "et", "te", "ten", "st", "er", "ern"})


_SHORTEST_STEM = 4


def _stem(noun: str) -> str:
    """ "Studenten", "Kurgast", "Kleine": the folded noun without a case ending."""
    folded = fold(noun)
    for ending in ("en", "n", "e", "s"):
        if folded.endswith(ending) and len(folded) - len(ending) >= _SHORTEST_STEM:
            return folded[: -len(ending)]
    return folded


def _adjectives_as_nouns(candidate: Candidate) -> frozenset[str]:
    """ "den Entführten" (tagged so), "der Kleine" (an adjective after an article, with no
    noun after it): adjectives the sentence uses for a person."""
    tokens = candidate.sentence.tokens
    found = {token.text for token in tokens if is_nominalised_adjective(token)}
    for previous, token, following in zip(
        tokens[:-1], tokens[1:], [*tokens[2:], None], strict=True
    ):
        if (
            is_adjective(token)
            and token.is_capitalised
            and previous.text.lower() in ("der", "die", "den", "dem")
            and not (following is not None and following.is_capitalised)
        ):
            found.add(token.text)
    return frozenset(found)


def _intent_told_before(words: list[str], index: int) -> bool:
    """ "dass sein Plan geklappt hat": a possessive and what someone means to do, with
    nothing after it that says what (a colon, "sein Plan, X zu töten", "seine Bitte, dass")."""
    if not _is_possessive(words[index].lower()) or index + 1 >= len(words):
        return False
    if fold(words[index + 1]) not in INTENT_NOUNS:
        return False
    rest = words[index + 2 :]
    end = next((i for i, word in enumerate(rest) if word in (".", "?", "!")), len(rest))
    said = ":" in rest[:end] or (rest[:1] == [","] and ({"dass", "zu"} & set(rest[:end])))
    return not said


def _after_a_fronted_phrase(
    words: list[str], index: int, sentence_start: int, finite: frozenset[str]
) -> bool:
    """ "Zusammen mit Luis und dem Hund ____ gründen sie die Detektivbande": a subject pronoun
    right after the verb of a clause that opens with a preposition's phrase stands for no one
    named in that phrase (they found it with them; round 13), so it needs someone before."""
    return (
        words[index].lower() in ("sie", "er")
        and index > sentence_start + 1
        and words[index - 1] in finite
        and words[sentence_start].lower() in _OPENING_PREPOSITIONS
    )


_OPENING_PREPOSITIONS = frozenset(
    {"mit", "zusammen", "gemeinsam", "bei", "beim", "von", "vom", "für", "gegen", "ohne"}
    | {"neben", "nach", "trotz", "wegen", "dank", "in", "im", "auf", "an", "am", "aus"}
    | {"zu", "zum", "zur", "über", "unter", "vor", "hinter"}
)


def _someone_described_before(words: list[str], pronoun: str) -> bool:
    """A person the sentences before describe by a word for a person ("ein Spion", "eine
    Ärztin") that an object pronoun may stand for ("ihn" a man, "sie" a woman)."""
    wanted = FEMALE if pronoun == "sie" else MALE
    return any(
        previous.lower() in _INDEFINITE_OR_DEFINITE and role_gender(word) == wanted
        for previous, word in itertools.pairwise(words)
    )


_INDEFINITE_OR_DEFINITE = _ARTICLES | {"ein", "eine", "einen", "einem", "einer"}


def _thing_told_before(words: list[str]) -> bool:
    """A thing the prompt's sentences before introduce as "ein"/"einen" and a noun that is no
    word for a person ("ein Artikel", "einen alten Koffer"), which an "ihn" may stand for."""
    for index, word in enumerate(words):
        if word.lower() not in ("ein", "einen"):
            continue
        position = index + 1
        while position < len(words) and words[position][:1].islower():
            position += 1  # adjectives: "einen alten Koffer"
        if position < len(words) and position - index <= 3:
            noun = words[position]
            if noun[:1].isupper() and role_circle(noun) is None and role_gender(noun) is None:
                return True
    return False


def _goes_on_a_name(words: list[str], index: int, genders: dict[str, str | None]) -> bool:
    """The word at ``index`` follows another name word: the same person's surname."""
    previous = words[index - 1] if index else ""
    return previous[:1].isupper() and fold(previous) in genders


def _counts_others(words: list[str], index: int, seen: list[str | None]) -> bool:
    """ "Wer bestraft alle drei?": a group counted that the persons named before do not make."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if following not in _COUNTING_WORDS:
        return False
    return len([gender for gender in seen if gender != "wer"]) != _COUNTING_WORDS[following]


def _thing_opens(words: list[str], index: int, genders: dict[str, str | None]) -> bool:
    """The sentence opens with "Die" and a noun that is neither a name nor a word for a person
    ("Die Waschmaschine ist kaputt"): a "sie" later in it may stand for that thing."""
    if words[index] != "Die" or index + 1 >= len(words):
        return False
    noun = words[index + 1]
    return (
        noun[:1].isupper()
        and fold(noun) not in genders
        and role_gender(noun) is None
        and role_circle(noun) is None
        and fold(noun) not in DESCRIBED_PERSONS
    )


def _is_possessive(word: str) -> bool:
    return (word.startswith(_MALE_POSSESSIVE) and len(word) <= 7) or (
        word.startswith(_FEMALE_POSSESSIVE) and 3 < len(word) <= 5
    )


def _named_in_clause(rest: list[str], genders: dict[str, str | None]) -> bool:
    for word in rest:
        if word in _CLAUSE_BREAKS:
            return False
        if word == GAP or (word[:1].isupper() and fold(word) in genders):
            return True
    return False


def _words(prompt: str) -> list[str]:
    """Words and punctuation; a full stop after a word is a token of its own ("Dr.", "Prof."
    and "31." keep theirs; "zeichnet sie ab." ends a sentence)."""
    found: list[str] = []
    for word in _WORD.findall(prompt):
        ends = (len(word) > 3 or word[0].islower()) and word not in _ABBREVIATIONS
        if word.endswith(".") and ends and not word[0].isdigit():
            found += [word[:-1], "."]
        else:
            found.append(word)
    return found


# Titles of address written with a full stop that ends no sentence.
_ABBREVIATIONS = frozenset({"Prof.", "Dipl.", "Ing.", "Mrs.", "Sen.", "Jun.", "Hrsg."})


def _pronoun_hangs(
    word: str, seen: list[str | None], before_clause: int, at_start: bool, nouns_before: int
) -> bool:
    named = [gender for gender in seen if gender != "wer"]
    if word in ("er",):
        return not any(gender != FEMALE for gender in seen)
    if word in _OBJECT_PRONOUNS and not (word == "sie" and at_start):
        # An object pronoun never stands for the subject of its own clause.
        earlier = seen[:before_clause]
        if word == "sie":
            return (
                not any(g in (FEMALE, None) for g in earlier if g != "wer")
                and len([g for g in earlier if g != "wer"]) < 2
            )
        return not any(g != FEMALE for g in earlier)
    if word == "sie":  # "Sie ..." opening a sentence
        return not any(gender in (FEMALE, None) for gender in named) and len(named) < 2
    if word.startswith(_MALE_POSSESSIVE) and len(word) <= 7:
        # A man, the one asked for, or a thing before it ("Der Trakt öffnet seine Zellen").
        return not any(gender != FEMALE for gender in seen) and not nouns_before
    if word.startswith(_FEMALE_POSSESSIVE) and len(word) <= 5:
        # A woman, two persons, or a noun before it ("den Insassen ... ihren Schulabschluss").
        return (
            not any(gender in (FEMALE, None) for gender in named)
            and len(named) < 2
            and not nouns_before
        )
    return False


# Pronominal adverbs whose thing is what was told ("Als X davon erfährt", "dass die App dafür
# ... erfassen müsse": diagnosis 16), unless a clause after them says it ("davon, dass ...").
_TOLD_THING_ADVERBS = frozenset(
    {"davon", "dafür", "darüber", "daran", "darauf", "darum", "daraus", "davor", "dahinter"}
    # after a clause break too: "bemerkt, dass ein Herr dabei genau zusieht" (round 15)
    | {"dabei", "dadurch"}
    # despite what? ("beschließt, den Abt trotzdem aufzusuchen": round 16)
    | {"trotzdem", "dennoch"}
)
# What was told, summed up ("ahnt von alldem nichts").
_ALL_TOLD = frozenset({"alldem", "alledem"})
_CLAUSE_OPENERS = frozenset({"dass", "ob", "wie", "was", "wer", "wo", "wann", "warum"})
_BOTH = frozenset({"beide", "beiden"})


def _points_at_what_was_told(words: list[str], index: int, seen: list[str | None]) -> bool:
    """ "davon", "dafür" (of what?), "von alldem" (all what?), "gegen beide" (which two?): a
    word whose sense lies in a sentence before, in the prompt's first sentence."""
    lower = words[index].lower()
    if lower in _ALL_TOLD:
        return True
    if lower in _TOLD_THING_ADVERBS:
        return not (
            _clause_follows(words, index)
            or _a_verbs_particle(words, index)
            or _after_its_own_clause(words, index)
        )
    if lower in _BOTH:
        # "die beiden Brüder", "Ryō und Aiko ... den beiden": a noun or two persons say which
        following = words[index + 1] if index + 1 < len(words) else ""
        named = [gender for gender in seen if gender != "wer"]
        return not following[:1].isupper() and len(named) < 2
    return False


# Verbs "davon" is the particle of: "kommt mit einer Bewährungsstrafe davon" (davonkommen)
# points at nothing told before.
_DAVON_VERBS: tuple[str, ...] = ("komm", "kam", "lauf", "lief", "trag", "trug", "fahr", "fuhr")
_DAVON_VERBS += ("zieh", "zog", "renn", "rann", "schleich", "schlich", "stiehlt", "stahl")
_DAVON_VERBS += ("mach", "eil")
_CLAUSE_ENDS = frozenset({",", ".", "?", "!", ";", ":", "und", "oder", "aber", "doch"})


def _a_verbs_particle(words: list[str], index: int) -> bool:
    """ "davon" at the end of its clause whose verb takes it as a particle."""
    if words[index].lower() != "davon":
        return False
    following = words[index + 1].lower() if index + 1 < len(words) else "."
    if following not in _CLAUSE_ENDS:
        return False
    start = max((i for i in range(index) if words[i] in _CLAUSE_ENDS), default=-1)
    return any(word.lower().startswith(_DAVON_VERBS) for word in words[start + 1 : index])


def _after_its_own_clause(words: list[str], index: int) -> bool:
    """ "ermittelt auf eigene Faust weiter und bekommt dafür zwei Wochen Zwangsurlaub": right
    after "und" and its verb, the adverb stands for the clause before "und"."""
    return index >= 2 and words[index - 2].lower() == "und" and words[index - 1].islower()


def _clause_follows(words: list[str], index: int) -> bool:
    """A clause after the word at ``index`` says what it stands for: "davon, dass ...",
    "davon zu überzeugen, sein Kind zu treffen" (a comma within a few words, then "dass", a
    question word or an infinitive with "zu")."""
    ahead = [word.lower() for word in words[index + 1 : index + 14]]
    comma = next((i for i, word in enumerate(ahead[:4]) if word == ","), None)
    if comma is None:
        return False
    after = ahead[comma + 1 :]
    infinitive = any(
        word == "zu" and _is_infinitive(following) for word, following in itertools.pairwise(after)
    )
    return bool(_CLAUSE_OPENERS & set(after[:2])) or infinitive


def _is_infinitive(word: str) -> bool:
    """ "treffen", "ändern" after "zu"; not "ihren", "einen" ("zu ihrer Mutter")."""
    return word.endswith(("en", "ern", "eln")) and word not in _DETERMINERS_IN_EN


_DETERMINERS_IN_EN = frozenset(
    {"den", "einen", "ihnen", "ihren", "seinen", "meinen", "deinen", "unseren", "euren", "allen"}
)


def _it_hangs(word: str, words: list[str], index: int) -> bool:
    """ "Wer kann es kaum glauben?": an "es" that stands for what was told (not "gibt es", not
    an "es" that a "dass" or "zu" clause after it fills)."""
    if word != "es" or index == 0 or words[index - 1].lower() in _NOT_POINTING_BACK:
        return False
    return "," not in words[index + 1 : index + 5]


def _counts_time(words: list[str], index: int) -> bool:
    amount = words[index + 1] if index + 1 < len(words) else ""
    unit = words[index + 2] if index + 2 < len(words) else ""
    counted = amount == GAP or amount[:1].isdigit() or amount in _COUNTING_WORDS
    return counted and fold(unit.rstrip("en")) in TIME_NOUNS | {fold("Tag"), fold("Woch")}


def _infinitive_follows(words: list[str], index: int) -> bool:
    rest = words[index + 1 : index + 12]
    return "," in rest[:3] and "zu" in rest


def _described_not_named(
    words: list[str],
    index: int,
    genders: dict[str, str | None],
    seen: list[str | None],
    named_before: int,
    adjectives_as_nouns: frozenset[str] = frozenset(),
    told_before: frozenset[str] = frozenset(),
) -> bool:
    """ "der Witwer", "Der junge Arzt", "die drei", "den Entführten": a person the prompt
    describes but never names (unless a name follows, the description stands in apposition,
    or a name came before in an earlier sentence)."""
    previous = words[index - 1] if index > 0 else ""
    if previous == "," or (previous[:1].isupper() and fold(previous) not in genders):
        return False  # in apposition, or an attribute ("der Anführer der Latino-Häftlinge")
    if index + 1 < len(words) and words[index + 1].lower() in _PRONOUNS_AFTER_A_RELATIVE:
        return False  # "über die sich Nachbarn ... leihen": a relative pronoun, no article
    position = index + 1
    while position < len(words) and words[position][:1].islower():
        if words[position] in _COUNTING_WORDS:
            following = words[position + 1] if position + 1 < len(words) else ""
            if following[:1].isupper():
                # "die beiden Sippen" (which?), unless names or an owner follow ("die beiden
                # Brüder Max und Karl", "die beiden Söhne von X"): blind reading, round 8
                return fold(following) not in genders and not _said_which(words, position + 2)
            # "die drei" after "Jonas, Mia und Tarek ...": as many as the prompt named before
            named = len([gender for gender in seen[:named_before] if gender != "wer"])
            return named != _COUNTING_WORDS[words[position]]
        if words[position] in _CLAUSE_BREAKS:
            return False
        position += 1
    if position >= len(words):
        return False
    noun = words[position].rstrip(".")
    head = noun.lower().rsplit("-", 1)[-1]
    if not noun[:1].isupper() or head.startswith(_UNIQUE_TITLES):
        return False
    if (
        role_gender(noun) is None
        and role_circle(noun) is None
        and head not in DESCRIBED_PERSONS
        and not (noun in adjectives_as_nouns and words[index].lower() != "das")
    ):
        return False
    following = words[position + 1] if position + 1 < len(words) else ""
    if following == GAP or fold(following) in genders:
        return False
    # "Die Mutter von X", "die Tochter des ...": named by whom they belong to; "den Insassen":
    # a group, not one person; "Der erste Häftling, der ...": the relative clause says who.
    # "dem Studenten", "den Jungen" (a word for one person), "der Kleine": one person too.
    article = words[index].lower()
    one_person = (
        article in ("dem", "der")
        or (article == "den" and (noun in adjectives_as_nouns or head in DESCRIBED_PERSONS))
    ) and (article != "den" or index == 0 or words[index - 1].lower() not in _DATIVE_PREPOSITIONS)
    if (
        following in ("von", "der", "des", "vom")
        or _is_possessive(following.lower())
        or (head.endswith(("en", "innen")) and not one_person)
    ):
        return False
    if following == "," and index + 2 < len(words) and words[position + 2] in _ARTICLES:
        return False
    # Someone named in a sentence before may be the one described ("Der Pfarrer gibt ...");
    # a name in the same sentence is someone else ("findet Hofer den Jungen"); told of in an
    # unshown sentence before ("Der Kurgast X behauptet ..."), or someone of its gender named
    # there and not in the prompt ("findet Hofer den Jungen" after "verschüttet Max"), the
    # word points back there (blind reading).
    if _told_unshown(_stem(noun), told_before, words[:index]):
        return True
    if _fits_someone_unshown(role_gender(noun, article), told_before, words, genders):
        return True
    return not any(gender != "wer" for gender in seen[:named_before])


# Pronouns that follow a relative pronoun, never an article ("die sich", "dem er").
_PRONOUNS_AFTER_A_RELATIVE = frozenset({"sich", "er", "sie", "es", "man", "wir", "ich", "ihr"})


def _fits_someone_unshown(
    gender: str | None,
    told_before: frozenset[str],
    words: list[str],
    genders: dict[str, str | None],
) -> bool:
    """A name word of the unshown sentences before, of a person of ``gender`` (any known
    gender when None), that the prompt does not show."""
    shown = {fold(word.rstrip("s’'")) for word in words} | {fold(word) for word in words}
    return any(
        genders.get(word) is not None and gender in (None, genders[word]) and word not in shown
        for word in told_before
    )


def _said_which(words: list[str], index: int) -> bool:
    """After a counted group ("die beiden Brüder"): names, a gap or an owner say which."""
    following = words[index] if index < len(words) else ""
    return (
        following == GAP
        or following in ("von", "der", "des", "vom")
        or (following[:1].isupper() and following not in _ARTICLES_CAPITALISED)
    )


def _wrong_span(
    wording: Wording, candidate: Candidate, words: list[str], genders: dict[str, str | None]
) -> bool:
    shown = {fold(word.rstrip(".")) for word in words}
    for lead, preposition in (("Wohin", "nach"), ("Woher", "aus")):
        # "Wohin wird X nach Freiburg versetzt?": the prompt gives the place away.
        if words[0] == lead and any(
            word == preposition and following[:1].isupper()
            for word, following in itertools.pairwise(words)
        ):
            return True
    if candidate.kind == PERSON and candidate.person is not None:
        # "Graf ____ ... von Wartenberg": half the answer stands in the prompt.
        own = {fold(word) for word in candidate.person.name} - NAME_PARTICLES
        if any(len(word) > 2 and word in shown for word in own):
            return True
        # "Tom O’Neills Bruder ____" for Ben O’Neil: the surname spelled another way is
        # still the answer's name in the prompt (round 9).
        if any(_spelled_alike(word, shown) for word in own):
            return True
    tokens = candidate.sentence.tokens
    if candidate.kind == PERSON and _particle_left_out(candidate):
        return True
    if candidate.kind == NOUN and candidate.start > 0 and is_number(tokens[candidate.start - 1]):
        return True  # "Quell 1.000 ____": the unit noun cut off from its number
    if candidate.kind == PERSON and re.search(r"\b(?:der|des|den) ____s\b", wording.prompt):
        return True  # "mit dem Wappen der ____s": a family, not a person
    if wording.form == CLOZE:
        last = wording.prompt.rsplit(". ", 1)[-1] if ". " in wording.prompt else wording.prompt
        head = last.split(GAP, 1)[0]
        # A person's gap takes the titles of address before the name ("von Frau ____").
        start = address_start(tokens, candidate.start) if candidate.kind == PERSON else None
        written = (
            candidate.sentence.span_text(start, candidate.end)
            if start is not None and start < candidate.end
            else candidate.answer
        )
        # What the cloze gives back: its sentence, or as the prompt words it ("Er" named).
        source = wording.explanation or candidate.sentence.text
        if GAP in last and f"{head}{written}" not in _FILLERS.sub("", source):
            return True
    elif candidate.kind == NOUN:
        # "die Mitbewohner Tareks": a genitive name after its noun changes what it belongs to.
        for word, following in zip(words, [*words[1:], ""]):
            if word.endswith("s") and fold(word[:-1]) in genders and not following[:1].isupper():
                return True
    return False


def _particle_left_out(candidate: Candidate) -> bool:
    """ "Von ____ nimmt alles an", "dass von ____ Rechnungen ..." for Felix von Arnim: the
    sentence calls him "von Arnim", and the gap left the particle of his name before it
    (diagnosis 16)."""
    person, start = candidate.person, candidate.start
    if person is None or start == 0 or start >= len(candidate.sentence.tokens):
        return False
    particle = candidate.sentence.tokens[start - 1].text.lower()
    name = [fold(word) for word in person.name]
    first = fold(candidate.sentence.tokens[start].text)
    return particle in NAME_PARTICLES and any(
        word == particle and following == first for word, following in itertools.pairwise(name)
    )


def _spelled_alike(word: str, shown: set[str]) -> bool:
    """A word of the prompt, a genitive ending taken off, one edit from a longer name word."""
    if len(word) < _SHORTEST_FUZZY_NAME:
        return False
    bare = {w[:-1] if w.endswith(("s", "’", "'")) else w for w in shown} | shown
    return any(Levenshtein.distance(word, other) == 1 for other in bare)


_SHORTEST_FUZZY_NAME = 5


def _names_a_time(answer: str) -> bool:
    """ "Wann" is answered by a time, not by a cause ("nach einem Giftanschlag")."""
    return any(
        fold(word) in TIME_NOUNS or word[:1].isdigit() or fold(word).endswith(("tag", "zeit"))
        for word in answer.split()
    )


# "ausgerechnet": of all people, set against what was told (blind reading).
_FILLERS = re.compile(
    r" (?:schließlich|daraufhin|daraufin|unterdessen|derweil|mittlerweile|ausgerechnet)\b"
)


def without_going_on(wording: Wording) -> Wording:
    """A question written fresh without the adverbs that go on from what was told ("Wer feuert
    schließlich X?" reads "Wer feuert X?"); only inside a clause, where German word order
    does not need them."""
    prompt = _FILLERS.sub("", wording.prompt)
    return (
        wording if prompt == wording.prompt else Wording(wording.form, prompt, wording.explanation)
    )


def with_first_names(
    wording: Wording, told_fully: dict[str, str] | None, avoid: frozenset[str] = frozenset()
) -> Wording:
    """A person the prompt names in part written in full, as the episode named them before
    ("bringt Petersen" after "Kommissarin Jana Petersen": "bringt Jana Petersen"; "nimmt Brenner
    fest" after "Verwalter Otto Brenner", a surname two persons share: "nimmt Otto Brenner
    fest"). Only where the word stands alone (no name word, role or particle beside it), outside
    the clause a cloze's gap stands in (a cloze gives its words back as written), and never with
    a word of ``avoid`` (the answer's names: "Wessen Bruder ist Cyril?")."""
    if not told_fully:
        return wording
    words = wording.prompt.split(" ")
    gap_at = next((i for i, word in enumerate(words) if GAP in word), len(words))
    for index, word in enumerate(words):
        bare = word.rstrip(".,;:?!")
        full = told_fully.get(fold(bare))
        if full is None or not bare[:1].isupper() or (wording.form == CLOZE and index < gap_at):
            continue
        parts = full.split()
        if {fold(part) for part in parts} & avoid or _within(words, index, parts):
            continue
        previous = words[index - 1] if index else ""
        following = words[index + 1] if index + 1 < len(words) else ""
        if previous[:1].isupper() and previous not in _ARTICLES_CAPITALISED:
            continue  # "Kutscher Brenner": a role says who
        if following in NAME_PARTICLES or (previous in NAME_PARTICLES and bare == parts[-1]):
            continue  # "von Wartenberg" is a surname; "ein Kind von Max" names Max
        if "&" in (previous, following):
            continue  # "verlässt Vogt & Roth": a firm's name, no persons (round 9)
        if bare == parts[-1] and full in wording.prompt:
            # "dass Albers der Sohn von Ernst Albers ist": beside a bearer named in full, a
            # bare surname is another of that name; already named, the bearer needs no more
            # (round 11 printed "Ernst Albers der Sohn von Ernst Albers").
            continue
        words[index] = word.replace(bare, full, 1)
    prompt = " ".join(words)
    if prompt == wording.prompt:
        return wording
    return Wording(wording.form, prompt, wording.explanation)


def _within(words: list[str], index: int, parts: list[str]) -> bool:
    """Whether the word at ``index`` is one of a run of words that spells the full name."""
    bare = [word.rstrip(".,;:?!") for word in words]
    return any(
        bare[start : start + len(parts)] == parts
        for start in range(max(0, index - len(parts) + 1), index + 1)
    )


_POSSESSIVES = {
    FEMALE: frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}),
    MALE: frozenset({"seine", "seinen", "seinem", "seiner", "seines", "ihn"}),
}


def _may_point_before(words: list[str], candidate: Candidate, named_before: list[Person]) -> bool:
    """A possessive in the prompt that may stand for someone of the sentence before whom the
    prompt does not name: "Dr. Berger bemerkt blaue Flecken an ihren Armen" after "Nowaks Frau
    Irina besucht ihren Mann" reads as Berger's own arms."""
    shown = {fold(word) for word in words}
    answer = candidate.person
    for gender, possessives in _POSSESSIVES.items():
        at = next((i for i, word in enumerate(words) if i and word.lower() in possessives), None)
        if at is None or (gender == FEMALE and "und" in words[:at]):
            continue  # "Anna und Karl ziehen mit ihrer Tochter": theirs
        for person in named_before:
            if person is answer or person.gender != gender:
                continue
            if not person.name_words & shown:
                return True
    return False


_SUBJECT_GAP_AT = 3  # words: "Die Ärztin ____ belauscht"


def _owner_in_doubt(words: list[str], candidate: Candidate, genders: dict[str, str | None]) -> bool:
    """ "Wer belauscht ihren Bruder?" after a sentence about another woman (or a gap for the
    subject, where a cloze asks the same): the possessive may be hers as well as the one asked
    for; it stands for the answer only where the context names nobody else of its gender
    (blind reading). An answer whose gender is not known may be of either. A person of the
    sentence right before is left aside: that sentence is shown so that the possessive reads
    as theirs ("Wiebke besucht ihren Mann. Wer bemerkt blaue Flecken an ihren Armen?")."""
    answer = candidate.person
    breaks = [i for i, word in enumerate(words[:-1]) if word in (".", "?", "!")]
    if answer is None or not breaks:
        return False
    asked = words[breaks[-1] + 1 :]
    # "Wer belauscht ...?", "____ belauscht ...", "Ärztin ____ belauscht ...": the one asked
    if not (asked[:1] == ["Wer"] or GAP in asked[:_SUBJECT_GAP_AT]):
        return False
    shown = {word.lower() for word in asked}
    further = words[: breaks[-2]] if len(breaks) > 1 else []
    context = {fold(word) for word in further if word[:1].isupper()}
    return any(
        answer.gender in (gender, None)
        and shown & (possessives - {"ihn"})
        and any(genders.get(word) == gender for word in context - answer.name_words)
        for gender, possessives in _POSSESSIVES.items()
    )


_ARTICLES_CAPITALISED = frozenset({"Der", "Die", "Das", "Den", "Dem", "Ein", "Eine"})


def shared_surnames(persons: list[Person]) -> frozenset[str]:
    """Folded surnames that two or more persons of the series bear ("Marek": Sofia, Helga)."""
    counts: dict[str, int] = {}
    for person in persons:
        if len(person.name) > 1:
            surname = fold(person.surname)
            counts[surname] = counts.get(surname, 0) + 1
    return frozenset(surname for surname, count in counts.items() if count > 1)


def _names_one_of_several(
    words: list[str], genders: dict[str, str | None], shared: frozenset[str]
) -> bool:
    """A surname two persons share, standing with neither first name nor role ("Marek muss
    zurück", "Anklage gegen Albers", "vor dem jungen Varn"): the reader cannot tell who."""
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        folded = fold(word)
        bare = fold(word.rstrip("s’'")) if word.endswith(("s", "’", "'")) else folded
        if folded not in shared and bare not in shared:
            continue
        previous = words[index - 1] if index > 0 else ""
        first_name = previous[:1].isupper() and fold(previous) in genders
        # "Kutscher Brenner": a capitalised word before the name that is no name is a title
        role = previous[:1].isupper() and previous not in _ARTICLES_CAPITALISED
        particle = previous in NAME_PARTICLES
        following = words[index + 1] if index + 1 < len(words) else ""
        firm = "&" in (previous, following)  # "verlässt Vogt & Roth": a firm, no person
        if not (first_name or role or particle or firm):
            return True
    return False


def name_genders(persons: list[Person]) -> dict[str, str | None]:
    """Every name word of the series with its person's gender (None: not known)."""
    found: dict[str, str | None] = {}
    for person in persons:
        gender = person.gender if person.gender in (FEMALE, MALE) else None
        for word in person.name_words:
            if len(word) > 1:
                found[word] = gender if found.get(word, gender) == gender else None
    return found
