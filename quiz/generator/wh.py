"""Questions written fresh from a main clause: the asked phrase becomes a question word at the
front, the finite verb follows, then the subject by its name ("Er stach ihn mit einer Nadel"
-> "Womit stach Max Roth Jan Weber?").

Only main clauses that open with their subject are re-ordered (synopses mostly do: "Insasse
Max Roth verletzt ..."); a pronoun subject counts when ``References`` knows whom it
stands for. The question word follows from the phrase's preposition and determiner: case
decides Wen/Wem, the preposition Womit/Wofür/Wo/Wohin/Woher, a number "Wie viele".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from quiz.generator import pos
from quiz.generator.aliases import NAMING_VERBS
from quiz.generator.candidates import NOUN, NUMBER, PERSON, PLACE, TIME, Candidate
from quiz.generator.context import (
    DESCRIBED_PERSONS,
    leans_on_an_event,
    left_out_of_questions,
    refers_to_a_noun_before,
)
from quiz.generator.forms import Wording, introduces_speech, subject_opens_at, word_set
from quiz.generator.gender import FEMALE, MALE, opposite, role_gender
from quiz.generator.lexicon import BACK_POINTING_WORDS, EMPTY_NOUNS, TIME_NOUNS
from quiz.generator.near_numbers import score_partner
from quiz.generator.nouns import is_activity, is_vehicle
from quiz.generator.persons import Mention, Person
from quiz.generator.roles import is_place_noun, role_circle
from quiz.generator.text import Sentence, Token, as_written, hyphen_joined, is_ordinal_dot
from quiz.text.normalize import fold

WH, WHY, WHOSE, WHEN = "w", "warum", "wessen", "wann"

# Prepositions that always take the dative or the accusative; the rest go by the determiner.
_DATIVE_PREPOSITIONS = frozenset(
    {"mit", "von", "vom", "bei", "beim", "zu", "zum", "zur", "nach", "aus", "seit", "gegenüber"}
)
_ACCUSATIVE_PREPOSITIONS = frozenset({"für", "gegen", "ohne", "um", "durch"})
# After a noun these prepositions more often belong to it than to the verb ("die Spur eines
# Karrens mit schiefem Rad": the cart's, no instrument; blind reading, round 9).
_ATTRIBUTE_PREPOSITIONS = frozenset(
    {"von", "vom", "am", "im", "in", "an", "auf", "bei", "beim", "aus", "nach", "zwischen", "mit"}
)
# Prepositions whose phrase after a counted noun says what it holds ("zehn Säcke mit
# Mehl"): asked with the noun, never split off it.
_CONTENT_PREPOSITIONS = frozenset({"mit", "ohne", "voller", "voll"})
_PERSON_PREPOSITIONS = frozenset({"mit", "bei", "beim", "für", "gegen", "ohne"})
_PLAIN_PREPOSITION = {"vom": "von", "zum": "zu", "zur": "zu", "beim": "bei", "im": "in"}
# "mit einer Nadel" -> "Womit"; prepositions of place are asked by Wo/Wohin/Woher instead.
_PRONOMINAL_ADVERBS = {
    "mit": "Womit",
    "durch": "Wodurch",
    "für": "Wofür",
    "gegen": "Wogegen",
    "über": "Worüber",
    "um": "Worum",
    "von": "Wovon",
    "vom": "Wovon",
    "nach": "Wonach",
    "zu": "Wozu",
    "zum": "Wozu",
    "zur": "Wozu",
    "vor": "Wovor",
}
_TWO_WAY = frozenset({"in", "an", "auf", "über", "unter"})
_WHERE = frozenset({"in", "im", "am", "an", "bei", "beim", "auf", "vor", "hinter", "unter"})
_WHERE_TO = frozenset({"nach", "ins"})
_WHERE_FROM = frozenset({"aus", "von", "vom"})
_DATIVE_DETERMINERS = frozenset({"dem", "einem", "der", "einer", "keinem", "keiner"})
_GENITIVE_DETERMINERS = frozenset(
    {"des", "eines", "dieses", "seines", "ihres", "meines", "deines", "unseres", "eures"}
)
# "eine Firma namens X": the name belongs to the noun, "Was ... namens X?" is no question.
_NAMING_WORDS = frozenset({"namens", "genannt"})
# "dessen Patron", "deren Tochter": the owner word stays behind when the noun is cut out.
_RELATIVE_OWNERS = frozenset({"dessen", "deren"})
# Verbs whose one object is a dative ("hilft ihm"): "Wem hilft ...?", not "Wen".
_DATIVE_VERBS = (
    "hilf",
    "helf",
    "dank",
    "folg",
    "begegn",
    "vertrau",
    "gehör",
    "gratulier",
    "droh",
    "schad",
    "antwort",
    "misstrau",
    "widersprech",
    "widersprich",
)
# Giving, telling, showing: the person gets something ("Wem bietet ... 1.000 Kronen?"), a
# dative only beside what is given ("bringt ihn auf eine Idee": the person is the object).
_GIVING_VERBS = (
    "biet",
    "geb",
    "gib",
    "schenk",
    "spend",
    "überreich",
    "zeig",
    "sag",
    "erzähl",
    "meld",
    "bring",
    "schick",
    "versprech",
    "versprich",
    "empfiehl",
    "empfehl",
    "erklär",
    "beicht",
    "verrät",
    "verrat",
    "leih",
    "zahl",
    "gesteh",
    # "nimmt ihm die Binde ab", "stiehlt ihr den Schlüssel": a dative beside the thing taken
    # (round 19 asked "Wen nimmt X die Binde ab")
    "nimm",
    "nahm",
    "stiehl",
    "stahl",
    # "macht ihm Vorwürfe", "wirft ihm Verrat vor": a dative beside the thing made or thrown
    "mach",
    "wirf",
    "werf",
)
_CATAPHORIC = frozenset({"darum", "dafür", "davon", "daran", "darauf", "damit", "dazu"})
_REASON_OPENERS = frozenset({"weil", "um", "da"})
_TIME_PREPOSITIONS = frozenset({"nach", "vor", "seit", "während", "bei", "beim"})
_OBJECT_PRONOUNS = {"ihn": MALE, "ihm": MALE}
_SHORTEST_BODY = 1  # words after the verb besides the asked phrase


@dataclass(frozen=True, slots=True)
class Clause:
    """A main clause that opens with its subject: ``verb`` is the finite verb's index, the
    clause runs from ``start`` (after the verb) to ``end``; ``tail`` is where what follows
    begins (a comma and a subordinate clause, or the full stop)."""

    sentence: Sentence
    subject: str  # as the question names it: a person's full name, or the noun phrase
    subject_start: int
    subject_end: int
    person: Person | None
    verb: int
    start: int
    end: int
    core_end: int = -1  # asked phrases stand before it (not in the clause "darum," calls for)

    @property
    def targets_end(self) -> int:
        return self.end if self.core_end < 0 else self.core_end


@dataclass(frozen=True, slots=True)
class Asked:
    """A candidate re-cut to what the question asks, and its wording."""

    candidate: Candidate
    wording: Wording


def main_clauses(
    sentence: Sentence,
    mentions: list[Mention],
    opening: Mention | None,
    people: Sequence[Mention],
    earlier: Sequence[Sentence],
) -> list[Clause]:
    """The subject-first main clauses of a sentence: the first, and the ones "und" joins to it
    with the same subject ("rastet aus und verletzt ...")."""
    tokens = sentence.tokens
    subject = _subject(sentence, mentions, opening)
    if subject is not None:
        text, person, subject_start, verb = subject
        begin_at = verb
    else:
        inverted = _subject_after_verb(sentence, mentions, people, earlier)
        if inverted is None:
            return []
        text, person, subject_start, verb, begin_at = inverted
    stop = _top_level_end(tokens, begin_at + 1)
    core = -1
    # "bittet ihn darum, seinen Sohn zu verlegen": "darum" calls for the clause after the comma.
    if (
        stop + 1 < len(tokens)
        and tokens[stop].text == ","
        and tokens[stop - 1].text.lower() in _CATAPHORIC
    ):
        core = stop
        stop = _top_level_end(tokens, stop + 1)
    starts = {m.start: m for m in mentions}

    def first_start(verb_index: int) -> int:
        # After an inverted verb the subject follows it: the clause proper starts behind it.
        return begin_at + 1 if verb_index == verb else verb_index + 1

    clauses = []
    begin = verb
    for index in range(begin_at + 1, stop):
        if tokens[index].text not in ("und", "oder"):
            continue
        if subject_opens_at(tokens, index + 1, starts):
            stop = index  # "... und (die Ärztin) Eva Lind erleidet ...": a clause of its own
            core = -1 if core > stop else core
            break
        if pos.is_finite_verb(tokens[index + 1]):
            clauses.append(
                Clause(
                    sentence, text, subject_start, verb, person, begin, first_start(begin), index
                )
            )
            begin = index + 1
    clauses.append(
        Clause(sentence, text, subject_start, verb, person, begin, first_start(begin), stop, core)
    )
    return clauses


def _subject(
    sentence: Sentence, mentions: list[Mention], opening: Mention | None
) -> tuple[str, Person | None, int, int] | None:
    """The subject's name for the question, its person, where it starts and the verb's index."""
    tokens = sentence.tokens
    if opening is not None and opening.person is not None and opening.start == 0:
        if opening.end < len(tokens) and pos.is_finite_verb(tokens[opening.end]):
            return opening.person.canonical, opening.person, 0, opening.end
        return None
    listed = _listed_subject(sentence, mentions)
    if listed is not None:
        return listed
    for mention in mentions:
        if mention.person is None or mention.genitive or mention.end >= len(tokens):
            continue
        lead = tokens[: mention.start]
        # The role words found before the name lead it too ("Metzger" of "Metzger Arne Kolk").
        leads = [t for t in lead if t.text not in mention.roles]
        if all(_leads_a_name(t) or pos.is_possessive(t) for t in leads) and (
            pos.is_finite_verb(tokens[mention.end])
        ):
            return _with_own_article(lead, mention.person.canonical), mention.person, 0, mention.end
        break
    # A noun phrase with no person in it: "Die Operation dauert sieben Stunden."
    for index, token in enumerate(tokens):
        if pos.is_finite_verb(token):
            lead = tokens[:index]
            if (
                lead
                and (pos.is_article(lead[0]) or pos.is_number(lead[0]))
                # "Eine Stunde später holt Falk ...": a time before an adverb is no subject;
                # nor is the object before "näht er" ("Die Bootshaut näht er heimlich")
                and not _a_time_ago(lead)
                and not (index + 1 < len(tokens) and tokens[index + 1].text in _NOMINATIVES)
                and any(pos.is_noun(t) for t in lead)
                and all(
                    pos.is_noun(t) or pos.is_adjective(t) or pos.is_article(t) or pos.is_number(t)
                    for t in lead
                )
                and not any(m.start < index for m in mentions)
            ):
                phrase = sentence.span_text(0, index)
                if pos.is_article(lead[0]) or (pos.is_number(lead[0]) and lead[0].text.isalpha()):
                    phrase = phrase[:1].lower() + phrase[1:]
                return phrase, None, 0, index
            return None
    return None


def _listed_subject(
    sentence: Sentence, mentions: list[Mention]
) -> tuple[str, Person | None, int, int] | None:
    """ "Jonas, Mia und Tarek teilen sich ...": names joined by commas and a last "und" that
    open the sentence before its verb are one subject, asked about together ("Was teilen sich
    Jonas, Mia und Tarek?"); no one person of them is the subject."""
    tokens = sentence.tokens
    names: list[str] = []
    position, joint = 0, ""
    for mention in mentions:
        if mention.start != position or mention.person is None or mention.genitive:
            return None
        names.append(mention.person.canonical)
        position = mention.end
        if position >= len(tokens):
            return None
        if joint == "und":
            break  # the last name: the verb must follow
        joint = tokens[position].text
        if joint not in (",", "und"):
            return None
        position += 1
    if joint != "und" or len(names) < 2 or not pos.is_finite_verb(tokens[position]):
        return None
    return f"{', '.join(names[:-1])} und {names[-1]}", None, 0, position


def _subject_after_verb(
    sentence: Sentence,
    mentions: list[Mention],
    people: Sequence[Mention],
    earlier: Sequence[Sentence],
) -> tuple[str, Person | None, int, int, int] | None:
    """A main clause whose subject follows the verb: "Dabei verletzt Max Roth ...", "Bevor
    ..., spendet er ...". The subject's name, person, start, the verb's index and where the
    subject ends (the clause proper follows)."""
    tokens = sentence.tokens
    if not tokens:
        return None
    if pos.is_subordinating(tokens[0]):
        comma = _top_level_end(tokens, 1)
        verb = comma + 1
        if comma >= len(tokens) or tokens[comma].text != ",":
            return None
    else:
        verb = next((i for i, t in enumerate(tokens) if pos.is_finite_verb(t)), -1)
        if verb < 1 or any(t.text == "," for t in tokens[:verb]):
            return None
        # "Dabei ...", "Nach dem Tod ...", "Eine Stunde später ...": an adverbial before the
        # verb, not the subject itself.
        if not (
            (pos.is_adverb(tokens[0]) or pos.is_pronominal_adverb(tokens[0]))
            or pos.is_preposition(tokens[0])
            or _a_time_ago(tokens[:verb])
        ) or any(
            m.start < verb for m in mentions if not m.genitive and not _after_preposition(tokens, m)
        ):
            return None
    if verb + 1 >= len(tokens) or not pos.is_finite_verb(tokens[verb]):
        return None
    following = tokens[verb + 1]
    lowered = following.text.lower()
    if lowered in ("er", "sie") and pos.is_personal_pronoun(following):
        if lowered == "sie" and tokens[verb].text.endswith("en"):
            return None  # "sie" of a plural verb: several persons
        name = _antecedent(earlier, people, MALE if lowered == "er" else FEMALE, None)
        person = next((m.person for m in people if m.person and m.person.canonical == name), None)
        if name is None:
            return None
        return name, person, verb + 1, verb, verb + 1
    for mention in mentions:
        if mention.person is None or mention.genitive or mention.start <= verb:
            continue
        lead = tokens[verb + 1 : mention.start]
        if all(_leads_a_name(t) for t in lead) and _names_the_subject(lead, mention.person):
            name = _with_own_article(lead, mention.person.canonical)
            return name, mention.person, verb + 1, verb, mention.end - 1
        return None
    return None


def _a_time_ago(lead: Sequence[Token]) -> bool:
    """ "Eine Stunde später", "Zwei Tage danach", "Drei Wochen lang": an article or a count, a
    noun of time and an adverb, which the tagger reads as an adjective ("später")."""
    return (
        len(lead) == 3
        and (pos.is_article(lead[0]) or pos.is_number(lead[0]))
        and pos.is_noun(lead[1])
        and fold(lead[1].lemma or lead[1].text) in _TIMES_COUNTED
        and (pos.is_adverb(lead[2]) or pos.is_adjective(lead[2]))
        and lead[2].text.islower()
    )


# Kinds of place whose name follows them ("aus dem Dorf Klein Lüdersdorf": Woher, the village);
# after any other noun the place names that thing ("von der Universität Rostock").
_SETTLEMENTS = tuple(
    fold(kind)
    for kind in ("stadt", "städtchen", "dorf", "dörfchen", "ort", "insel", "land", "gemeinde")
)
# Personal pronouns that are always a subject.
_NOMINATIVES = frozenset({"er", "ich", "du", "wir"})
# The nouns a span of time is counted in.
_TIMES_COUNTED = TIME_NOUNS | frozenset({"stunde", "minute", "sekunde", "viertelstunde"})


def _with_own_article(lead: Sequence[Token], name: str) -> str:
    """ "Die Riverina Farmers' Bank schickt ...": a name with an article and no role word
    before it is a thing's (a bank, a ship), and the article is its own ("Wen schickt die
    Riverina Farmers' Bank ...?", not "Wen schickt Riverina Farmers' Bank ...?")."""
    if len(lead) == 1 and lead[0].text.lower() in _NOMINATIVE_ARTICLES and pos.is_article(lead[0]):
        return f"{lead[0].text.lower()} {name}"
    return name


# Articles of a nominative singular, by the gender of the person they can stand for.
_NOMINATIVE_ARTICLES = {"der": MALE, "die": FEMALE, "ein": MALE, "eine": FEMALE, "das": None}


def _names_the_subject(lead: Sequence[Token], person: Person) -> bool:
    """Whether the article and role words before a name after the verb are the name's own, as
    the subject: "bietet der Agent Clara 5000 Dollar" is the agent offering Clara (a woman
    after "der"; "der Händler" before a woman is another person), "hilft dem Arzt Jan" an
    object."""
    articles = [t.text.lower() for t in lead if pos.is_article(t)]
    if not articles:
        return True
    if len(articles) > 1:
        return False  # "verspricht der Legat dem Freigelassenen Eros": the name's is the second
    article = articles[0]
    if article not in _NOMINATIVE_ARTICLES:
        return False  # "den", "dem", "des", "einer": no subject
    gender = person.gender
    if gender is None:
        return True
    said = {_NOMINATIVE_ARTICLES[article]} | {role_gender(t.text, article) for t in lead}
    return opposite(gender) not in said


def _leads_a_name(token: Token) -> bool:
    """What may stand before a subject's name: "Der Gefangene", "Oz-Häftling", "Dr."."""
    return (
        pos.is_noun(token)
        or pos.is_adjective(token)
        or pos.is_article(token)
        or role_circle(token.text) is not None
    )


def _after_preposition(tokens: list[Token], mention: Mention) -> bool:
    index = mention.start - 1
    while index >= 0 and (pos.is_noun(tokens[index]) or pos.is_determiner(tokens[index])):
        index -= 1
    return index >= 0 and pos.is_preposition(tokens[index])


def _top_level_end(tokens: list[Token], start: int) -> int:
    for index in range(start, len(tokens)):
        ends = tokens[index].text in (",", ";", ":", "-", "–", ".", "!", "?")
        if ends and not is_ordinal_dot(tokens, index):  # "der 2. Liga" goes on
            return index
    return len(tokens)


def ask_phrase(
    candidate: Candidate, clause: Clause, earlier: list[Sentence], people: list[Mention]
) -> Asked | None:
    """The candidate asked by a question word, when it is a phrase of the clause."""
    # A number in a subject with no person in it is asked too: "Wie viele Diebe graben ...?"
    in_subject = (
        candidate.kind == NUMBER
        and clause.person is None
        # the subject, not the clause before an "und" ("ist 30 Jahre älter und besitzt ...")
        and clause.subject_start <= candidate.start < clause.subject_end
    )
    if not (in_subject or clause.start <= candidate.start < clause.targets_end) or candidate.rest:
        return None
    if candidate.mention is not None and candidate.mention.genitive:
        return _ask_whose_thing(candidate, clause, earlier, people)
    tokens = clause.sentence.tokens
    phrase = _phrase(candidate, clause)
    if phrase is None:
        return None
    first, last = phrase
    words = _question_words(candidate, clause, first, last)
    if words is None:
        return None
    lead, accept_phrase = words
    if lead == "Was" and _only_has(clause):
        return None  # "Was hat Mia mit dem Tierarzt Leon?": "haben" alone asks nothing
    body, needs_context = _rest(clause, first, last, earlier, people)
    if (
        clause.end + 1 < len(tokens)
        and tokens[clause.end].text == ","
        and not pos.is_subordinating(tokens[clause.end + 1])
        and len(body.split()) < 2
    ):
        return None  # "Wem bietet X an?": the infinitive after the comma is what it offers
    if clause.end < len(tokens) and introduces_speech(tokens, clause.end):
        return None  # "Wem sagt X im Hafen?": what is said after the colon is the point
    if _object_is_the_clause_after(clause, first, last):
        return None  # "Wo stellt X fest?": what is found is the "dass" clause the question drops
    if len(body.split()) < _SHORTEST_BODY and candidate.kind != NUMBER:
        return None
    if candidate.kind == NUMBER and first <= clause.subject_start:
        prompt = f"{lead} {tokens[clause.verb].text} {body}".strip()
    elif body == "sich" or body.startswith("sich "):
        # "Wo befindet sich Max Roth noch immer?": the reflexive goes before the name.
        prompt = f"{lead} {tokens[clause.verb].text} sich {clause.subject} {body[5:]}".rstrip()
    else:
        prompt = f"{lead} {tokens[clause.verb].text} {clause.subject} {body}".strip()
    accept = candidate.accept
    if accept_phrase and fold(accept_phrase) != fold(candidate.answer):
        accept = (*accept, accept_phrase)
    if _is_epithet(candidate):
        # "Wem jagt X den Hund nach?" is answered "dem Falken", in the question's case, as
        # the sentence writes it; the name "der Falke" is accepted (blind reading, round 8).
        written = clause.sentence.span_text(candidate.start, candidate.end)
        accept = tuple(name for name in (*accept, candidate.answer) if name != written)
        candidate = replace(candidate, answer=written)
    kind = candidate.kind
    if kind == NOUN and fold(candidate.answer) in TIME_NOUNS:
        if lead not in ("Wo", "Wann"):
            return None
        lead, kind = "Wann", TIME  # "im Mai" is a time, not a place
    if kind == NOUN and lead in ("Wo", "Wohin", "Woher"):
        if (
            is_vehicle(candidate.answer)
            or is_activity(candidate.answer)
            or _an_event_after_bei(tokens[first], candidate.answer)
        ):
            # "Wo entkommt er?" for "in einem Fischerboot" (round 5); "Wo erzählt sie von einer
            # Sage?" for "im Erdkundeunterricht": a lesson, no place (round 9)
            return None
        kind = PLACE
    elif kind == NOUN and lead in ("Wann", "Seit wann"):
        kind = TIME  # typed, not chosen: other nouns would not be times
    if kind == TIME and accept_phrase:
        # "Wann ...?" is answered by the whole phrase ("nach einem Giftanschlag").
        whole = clause.sentence.span_text(first, last)
        accept = (*accept, candidate.answer)
        candidate = replace(candidate, answer=whole)
    asked = replace(candidate, accept=accept, kind=kind)
    return _worded(asked, prompt + "?", earlier, needs_context)


def _an_event_after_bei(preposition: Token, noun: str) -> bool:
    """ "bei einer Routineuntersuchung", "bei der Abstimmung": after "bei" a noun of an action
    in -ung tells when, not where (diagnosis 15)."""
    return preposition.text.lower() in ("bei", "beim") and fold(noun).endswith("ung")


# What opens a clause that is a verb's object: "stellt fest, dass ...", "fragt, ob ...".
_OBJECT_CLAUSE_OPENERS = frozenset({"dass", "ob"})


def _object_is_the_clause_after(clause: Clause, first: int, last: int) -> bool:
    """Whether the "dass" or "ob" clause after the comma is what the verb takes as its object:
    nothing besides the asked phrase is an accusative noun phrase ("stellt bei einer
    Untersuchung fest, dass ...", "erfährt im Krankenhaus, dass ..."), while "warnt den Wirt,
    dass ..." has its object."""
    tokens = clause.sentence.tokens
    end = clause.end
    if not (
        end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text.lower() in _OBJECT_CLAUSE_OPENERS
    ):
        return False
    governed, determiner = False, ""
    for index in range(clause.start, end):
        if first <= index < last:
            continue
        token = tokens[index]
        lowered = token.text.lower()
        if pos.is_preposition(token) or pos.is_contracted_preposition(token):
            governed = True
        elif pos.is_determiner(token):
            determiner = lowered
        elif pos.is_plain_noun(token):
            dative = determiner in _DATIVE_DETERMINERS or determiner in _GENITIVE_DETERMINERS
            if not governed and not dative:
                return False
            governed, determiner = False, ""
        elif lowered in ("es", "etwas", "alles", "nichts"):
            return False
    return True


_FORMS_OF_HABEN = frozenset({"hat", "haben", "hatte", "hatten", "habe"})


def _only_has(clause: Clause) -> bool:
    """The clause's verb is "haben" as a full verb (no participle or infinitive with it)."""
    tokens = clause.sentence.tokens
    if tokens[clause.verb].text.lower() not in _FORMS_OF_HABEN:
        return False
    return not any(
        pos.is_participle_or_infinitive(token) for token in tokens[clause.start : clause.end]
    )


def _ask_whose_thing(
    candidate: Candidate, clause: Clause, earlier: list[Sentence], people: list[Mention]
) -> Asked | None:
    """ "landet in Schwester Petes Selbsthilfegruppe" -> "In wessen Selbsthilfegruppe landet
    Andrew ...?": a genitive name before a noun of the clause is asked by "wessen", after
    after its preposition, or when the noun names no person."""
    tokens = clause.sentence.tokens
    first, last = candidate.start, candidate.end + 1
    if last > len(tokens) or not pos.is_noun(tokens[candidate.end]) or candidate.kind != PERSON:
        return None
    while first > clause.start and role_circle(tokens[first - 1].text) is not None:
        first -= 1  # "Schwester Petes": the role goes with the name
    preposition = ""
    if first > clause.start and _is_plain_preposition(tokens[first - 1]):
        first -= 1
        preposition = tokens[first].text.lower()
    if not clause.start <= first < clause.targets_end or last > clause.targets_end:
        return None
    if last < len(tokens) and (pos.is_noun(tokens[last]) or pos.is_proper_noun(tokens[last])):
        return None  # "Ryan O’Reillys Bruder Cyril": the name after it would be left alone
    if not preposition and _names_a_person(tokens[candidate.end]):
        # "gibt Lottes Vater die Schuld" -> "Wessen Vater gibt Jan die Schuld?" reads as if the
        # father blamed Jan: a bare "wessen" person stands where the subject would (round 10);
        # a thing cannot ("Wessen Geburtstagstorte isst Kemal auf?").
        return None
    noun = tokens[candidate.end].text
    lead = f"{preposition.capitalize()} wessen {noun}" if preposition else f"Wessen {noun}"
    body, needs_context = _rest(clause, first, last, earlier, people)
    verb = tokens[clause.verb].text
    if body == "sich" or body.startswith("sich "):
        prompt = f"{lead} {verb} sich {clause.subject} {body[5:]}".rstrip()
    else:
        prompt = f"{lead} {verb} {clause.subject} {body}".strip()
    return _worded(candidate, prompt + "?", earlier, needs_context)


def _phrase(candidate: Candidate, clause: Clause) -> tuple[int, int] | None:
    """Token span of the whole phrase around the candidate: determiner, adjectives and role
    words before it, its preposition; the counted noun after a number."""
    tokens = clause.sentence.tokens
    low = clause.subject_start if candidate.kind == NUMBER else clause.start
    first, last = candidate.start, candidate.end
    if candidate.kind == NUMBER:
        if last >= len(tokens) or not pos.is_noun(tokens[last]):
            return None
        if score_partner(tokens, first, last) is not None:
            # "mit 69 zu 64 Stimmen": "Zu wie vielen Stimmen ... mit 69?" splits the score
            return None
        last += 1
        if last < len(tokens) and _measured(tokens[last]):
            last += 1  # "40 Flaschen Wein": the substance goes with its measure
        elif last < len(tokens) and pos.is_proper_noun(tokens[last]):
            return None  # "14 Fässer Teer" tagged as a name, or a person after it: no clean cut
        if last < len(tokens) and tokens[last].text in ("lang", "später", "alt", "zuvor"):
            last += 1  # "drei Stunden lang"
        elif last < len(tokens) and pos.is_attributive_adjective(tokens[last]):
            return None  # "zwölf Meter hohen Wellen": the measure of a word, no count
        if first > low and (
            pos.is_determiner(tokens[first - 1]) or pos.is_adjective(tokens[first - 1])
        ):
            # "schenkt den vier Kindern", "ihre 50 Euro", "alle 340 Bewohner", "die gewonnenen
            # 180 Meter": "Wie viele" would leave the words before the number behind
            return None
        if last < len(tokens) and tokens[last].text.lower() in _CONTENT_PREPOSITIONS:
            held = _noun_phrase_end(tokens, last + 1)
            if held is None:
                return None
            last = held  # "Wie viele Säcke mit Mehl ...?" (round 9)
        if (
            last + 1 < len(tokens)
            and tokens[last].text == "und"
            and pos.is_number(tokens[last + 1])
        ):
            return None  # "sechs Häftlingen und zwei Wärtern": two numbers, one question
    else:
        if candidate.kind == NOUN and first > 0 and pos.is_noun(tokens[first - 1]):
            return None  # "mit einer Woche Küchendienst": what a measure holds is no object
        if first > 0 and tokens[first - 1].text.lower() in _RELATIVE_OWNERS:
            return None  # "Schutz vor dessen Patron": "vor dessen?" keeps the owner, not the noun
        while first > low and (
            pos.is_adjective(tokens[first - 1])
            or pos.is_quote(tokens[first - 1])
            or (
                candidate.kind != NOUN
                and (pos.is_noun(tokens[first - 1]) or role_circle(tokens[first - 1].text))
            )
        ):
            first -= 1
        if first > low and pos.is_determiner(tokens[first - 1]):
            first -= 1
        if first > low and pos.is_number(tokens[first - 1]):
            return None  # "dreißig verendete Schafe": "Was findet X dreißig?" keeps the count
        if last < len(tokens) and pos.is_quote(tokens[last]):
            last += 1
        asked_with_preposition = first > low and pos.is_preposition(tokens[first - 1])
        if (
            last + 1 < len(tokens)
            and tokens[last].text.lower() == "mit"
            # "verweist auf die Urkunde mit dem Siegel der ...": behind a preposition's noun
            # the "mit" phrase describes it ("Worauf verweist X mit dem Siegel?", round 16)
            and (asked_with_preposition or _has_a_mit_attribute(tokens, last - 1))
        ):
            # "in einen Orkan mit bis zu 14 Meter hohen Wellen": the attribute would be left
            # dangling in the prompt ("Wohin gerät X mit ... Wellen?", round 10)
            return None
    if first > low and pos.is_preposition(tokens[first - 1]):
        first -= 1
        counted = first > 1 and pos.is_number(tokens[first - 2])
        # "eine Kiste mit 20 Briefen": a number behind a noun's preposition counts what the
        # noun holds, never "Mit wie vielen Briefen findet X eine Kiste?" (round 8)
        counting = candidate.kind == NUMBER
        attribute = tokens[first].text.lower() in _ATTRIBUTE_PREPOSITIONS
        if tokens[first].text.lower() == "mit" and first > 0:
            attribute = candidate.kind != PERSON and _has_a_mit_attribute(tokens, first - 1)
        if (attribute or counted or counting) and first > 0 and pos.is_noun(tokens[first - 1]):
            # "die Mauern von Rom", "die Narbe am Arm", "vierzig Kisten mit Wein": of the noun
            return None
        if first > low and tokens[first - 1].text.lower() == "bis":
            first -= 1  # "bis in die Kreisstadt": one phrase, else "Wohin fährt X bis?"
    if first < low:
        return None
    if _origin_follows(tokens, first, last):
        return None  # "mit einem Serum aus ...": "Womit rettet X die Gesandte aus ...?"
    if _counts_after(tokens, last):
        return None  # "Was findet X mit 20 Briefen?": the count belongs to the asked noun
    if _coordinated(tokens, first, last):
        return None  # "sein Kind und Enkelkind": one half cut out leaves the other dangling
    if _held(tokens, first, last):
        return None  # "mit einer Ampulle in der Hand erwischt": "Womit" would cut it in two
    if last < len(tokens) and (
        tokens[last].text.lower() in _GENITIVE_DETERMINERS
        or tokens[last].text.lower() in _NAMING_WORDS
        or (tokens[last].text.lower() == "der" and pos.is_noun(tokens[last - 1]))
        or pos.is_proper_noun(tokens[last])
    ):
        return None  # a genitive or a name that belongs to the phrase: no clean cut
    if _owner_follows(tokens, last):
        return None  # "im Krankenhaus von Celle": "Wo stirbt X von Celle?" (round 9)
    return first, last


def _has_a_mit_attribute(tokens: list[Token], noun: int) -> bool:
    """Whether the "mit" phrase after the noun at ``noun`` describes that noun: a thing brought
    in anew ("findet einen Karren mit schiefem Rad", "die Spur eines Karrens mit ..."), not
    the object the instrument works on ("durchsucht das Viertel mit Einsatzkräften"), nor a
    person ("tötet den Gefangenen mit einem Bolzen"). "Mit wem hat Mia ein Date?": a person
    asked is asked anyway (the caller)."""
    person = _names_a_person(tokens[noun])
    start = noun
    while start > 0 and pos.is_adjective(tokens[start - 1]):
        start -= 1
    determiner = tokens[start - 1].text.lower() if start > 0 else ""
    new = determiner.startswith(("ein", "kein")) or determiner in ("des", "eines", "einer")
    # "erkennt Holzkisten mit fremden Aufschriften": a bare common noun is brought in anew
    bare = start > 0 and not (
        pos.is_determiner(tokens[start - 1]) or pos.is_preposition(tokens[start - 1])
    )
    common = pos.is_noun(tokens[noun]) and not pos.is_proper_noun(tokens[noun])
    return not person and (new or (bare and common))


def _names_a_person(token: Token) -> bool:
    """A noun for a person: a role, a relation, an adjective used as a noun ("der Verletzte")."""
    return pos.is_nominalised_adjective(token) or _role_or_described(token.text)


def _role_or_described(word: str) -> bool:
    """A role word, or a word for someone described ("Täter", "Fremde")."""
    return role_circle(word) is not None or word.lower() in DESCRIBED_PERSONS


def _noun_phrase_end(tokens: list[Token], start: int) -> int | None:
    """The end of the noun phrase from ``start`` ("schiefem Rad", "den Papieren"), None
    when no noun ends it."""
    position = start
    while position < len(tokens) and (
        pos.is_determiner(tokens[position])
        or pos.is_adjective(tokens[position])
        or pos.is_number(tokens[position])
    ):
        position += 1
    # the tagger reads a bare noun as a name at times ("mit Mehl")
    if position < len(tokens) and (
        pos.is_noun(tokens[position]) or pos.is_proper_noun(tokens[position])
    ):
        return position + 1
    return None


def _owner_follows(tokens: list[Token], last: int) -> bool:
    """A "von" and a name right after a noun phrase: whose or where it is ("im Krankenhaus
    von Celle", "die Mauern von Rom"), which the question would leave behind."""
    return (
        last + 1 < len(tokens)
        and tokens[last].text.lower() in ("von", "vom")
        and pos.is_noun(tokens[last - 1])
        and pos.is_proper_noun(tokens[last + 1])
    )


def _measured(token: Token) -> bool:
    """The word after a counted measure that names what is measured ("14 Fässer Teer"): a
    noun, or a capitalised word the tagger misread ("Teer" as a verb)."""
    return pos.is_noun(token) or (token.is_capitalised and not pos.is_proper_noun(token))


def _origin_follows(tokens: list[Token], first: int, last: int) -> bool:
    """An "aus" right after a prepositional phrase's noun tells where that thing or those people
    come from ("mit einem Serum aus ...", "mit 12 Skischülern aus ..."): asked alone, the
    origin is left behind in the question."""
    return (
        last < len(tokens)
        and tokens[last].text.lower() == "aus"
        and pos.is_preposition(tokens[first])
        and pos.is_noun(tokens[last - 1])
    )


def _counts_after(tokens: list[Token], last: int) -> bool:
    """A preposition and a number right after the phrase: "eine Kiste mit 20 Briefen"."""
    return (
        last + 1 < len(tokens)
        and pos.is_preposition(tokens[last])
        and pos.is_number(tokens[last + 1])
    )


# Where a thing is held or carried: "mit einer Ampulle in der Hand", "mit einer Schaufel auf
# dem Gepäckträger" are one phrase, not two (round 9).
_HOLDING = frozenset(
    fold(word)
    for word in (
        "Hand",
        "Händen",
        "Arm",
        "Armen",
        "Mund",
        "Faust",
        "Schoß",
        "Tasche",
        "Gepäck",
        "Gepäckträger",
        "Rücken",
        "Schulter",
        "Schultern",
        "Kopf",
        "Rucksack",
        "Korb",
        "Anhänger",
        "Dach",
    )
)


def _held(tokens: list[Token], first: int, last: int) -> bool:
    """A "mit" phrase followed by the place it is held or carried in."""
    if tokens[first].text.lower() != "mit" or last >= len(tokens):
        return False
    if not pos.is_preposition(tokens[last]):
        return False
    for token in tokens[last + 1 : last + 4]:
        if pos.is_noun(token):
            return fold(token.text) in _HOLDING
    return False


def _coordinated(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the phrase is one half of a pair: "sein Kind und Enkelkind"; also with a place
    phrase between the halves ("eine Werkstatt in Wels und Schutz vor der Polizei")."""
    joins = ("und", "oder", "sowie")
    before = first > 0 and tokens[first - 1].text in joins
    return before or _joined_after(tokens, last) or _joined_past_a_place(tokens, last)


def _joined_after(tokens: list[Token], at: int) -> bool:
    return (
        at + 1 < len(tokens)
        and tokens[at].text in ("und", "oder", "sowie")
        and not pos.is_finite_verb(tokens[at + 1])
    )


# Determiners only an accusative takes: after a dative place ("im Bootshaus und einen Brief")
# they begin a second object, not the place's second half ("mit Brot und einem Monolog").
_ACCUSATIVE_ONLY = frozenset({"den", "einen", "keinen"})


def _joined_past_a_place(tokens: list[Token], start: int) -> bool:
    """A second object after the place phrase at ``start``: "in Flensburg und Schutz ...", "im
    Bootshaus und einen Brief ...". A pair inside the place phrase ("bei Wasser und Brot",
    "in den Keller und den Garten") is none."""
    if start >= len(tokens) or not pos.is_preposition(tokens[start]):
        return False
    end = start + 1
    while end < len(tokens) and (
        pos.is_determiner(tokens[end]) or pos.is_adjective(tokens[end]) or pos.is_noun(tokens[end])
    ):
        end += 1
    named = end
    while named < len(tokens) and pos.is_proper_noun(tokens[named]):
        named += 1
    if not _joined_after(tokens, named) or named + 1 >= len(tokens):
        return False
    second = tokens[named + 1]
    if named > end:  # a place by name: any common noun after "und" is a second object
        return not (pos.is_proper_noun(second) or pos.is_preposition(second))
    own = tokens[start + 1].text.lower()
    return second.text.lower() in _ACCUSATIVE_ONLY and own not in _ACCUSATIVE_ONLY


# Nouns that a bare preposition makes part of the verb ("in Betrieb setzen", "in Gang
# bringen", "in Kauf nehmen"): "Wohin setzt X den Leuchtturm?" asks for no place (round 16).
_IDIOM_NOUNS = frozenset(
    fold(noun)
    for noun in (
        *("Betrieb", "Gang", "Kraft", "Frage", "Kauf", "Brand", "Szene", "Ordnung"),
        *("Verbindung", "Kontakt", "Bewegung", "Gefahr", "Sicherheit", "Gewahrsam", "Haft"),
        *("Ohnmacht", "Rage", "Panik", "Verlegenheit", "Schwierigkeiten", "Empfang"),
    )
)


def _is_person_noun(noun: str) -> bool:
    """A role word, a word for someone described ("Fremde"), a feminine agent noun
    ("Ausreißerin", "Besucherin": "-erin" names a woman, where "-er" may be a thing), or a
    people or crew in "-leute" ("an die Nordleute": "An wen", never "Woran"; round 18)."""
    return _role_or_described(noun) or fold(noun).endswith(("erin", "erinnen", "leute", "leuten"))


def _question_words(
    candidate: Candidate, clause: Clause, first: int, last: int
) -> tuple[str, str] | None:
    """The question word (with its preposition) and the phrase as a player may type it."""
    tokens = clause.sentence.tokens
    head = tokens[first]
    preposition = head.text.lower() if pos.is_preposition(head) else None
    inner = first + 1 if preposition else first
    determiner = tokens[inner].text.lower() if pos.is_determiner(tokens[inner]) else None
    phrase_text = clause.sentence.span_text(inner, last) if inner < last else ""
    if preposition and determiner is None and fold(tokens[inner].text) in _IDIOM_NOUNS:
        return None  # "setzt den Leuchtturm in Betrieb": no place, part of the verb
    dative = _is_dative(preposition, determiner, head)
    if candidate.kind == PERSON:
        if not _is_epithet(candidate) and any(
            pos.is_noun(token) for token in tokens[candidate.start : candidate.end]
        ):
            return None  # "Mias Geburtstagstorte": a thing that looked like a name ("dem
            # Raben" is one: the epithet "der Rabe", its article with it)
        if preposition is None:
            verb = fold(tokens[clause.verb].text)
            if tokens[clause.subject_start].text.lower() == "den":
                return None  # "Den Goldenen Löffel gewinnt Jana": the object came first
            if determiner in _DATIVE_DETERMINERS or (determiner or "").endswith("em"):
                return "Wem", ""
            if determiner is None and verb.startswith(_DATIVE_VERBS):
                return "Wem", ""
            if determiner is None and verb.startswith(_GIVING_VERBS):
                # "bringt X auf eine Idee": with nothing given, the person is the object
                return ("Wem", "") if _gives_something(clause, first, last) else ("Wen", "")
            if determiner is not None and determiner in _GENITIVE_DETERMINERS:
                return None
            return "Wen", ""
        if preposition not in _PERSON_PREPOSITIONS:
            return None  # "auf ...", "von ...": a place or an attribute more often than a person
        plain = _PLAIN_PREPOSITION.get(preposition, preposition)
        return f"{plain.capitalize()} {'wem' if dative else 'wen'}", ""
    if candidate.kind == NUMBER:
        if determiner is not None:
            return None
        counted = clause.sentence.span_text(candidate.end, last)
        # "in zwei Nächten", "vor 300 Zuhörern": after a two-way preposition a plural in n
        # is a dative ("In wie vielen Nächten", not "In wie viele Nächten"; round 13).
        dative = dative or (
            preposition is not None
            and preposition not in _ACCUSATIVE_PREPOSITIONS
            and tokens[candidate.end].text.endswith("n")
        )
        many = "wie vielen" if preposition and dative else "wie viele"
        if tokens[candidate.end].text == "Uhr":
            many = "wie viel"  # the hour: "Um wie viel Uhr", never "Um wie viele Uhr"
        lead = f"{preposition} {many}" if preposition else many
        return f"{lead[:1].upper()}{lead[1:]} {counted}", ""
    if candidate.kind == PLACE:
        if any(
            pos.is_noun(token) and not fold(token.text).endswith(_SETTLEMENTS)
            for token in tokens[inner : candidate.start]
        ):
            return None  # "von der Universität Rostock": the town names the university
        where = _where(preposition, determiner)
        return (where, "") if where else None
    if candidate.kind == NOUN:
        info = candidate.noun
        if info is None or fold(info.lemma) in EMPTY_NOUNS:
            return None
        if _is_person_noun(info.lemma):
            return None  # "Was entdeckt X?" ... "die Ausreißerin": a person, never a "Was"
        if preposition is None:
            if determiner in _DATIVE_DETERMINERS or determiner in _GENITIVE_DETERMINERS:
                return None
            if determiner is not None and determiner.endswith(("em", "er", "es")):
                return None
            return "Was", phrase_text
        if preposition in ("nach", "vor", "seit") and not is_place_noun(
            tokens[candidate.start].text
        ):
            word: str | None = "Seit wann" if preposition == "seit" else "Wann"
        elif preposition in _TWO_WAY:
            word = _where(preposition, determiner) if dative else f"Wor{preposition}"
            if not dative and (preposition == "in" or is_place_noun(tokens[candidate.start].text)):
                word = "Wohin"  # "an den Weserhafen versetzt": a direction, not "Woran"
        elif (
            preposition == "aus"
            and determiner is None
            and inner == candidate.start
            and not is_place_noun(tokens[candidate.start].text)
        ):
            return None  # "aus Segeltuch", "aus Eifersucht": a stuff or a motive, no "Woher"
        else:
            word = _PRONOMINAL_ADVERBS.get(preposition) or _where(preposition, determiner)
        bare = determiner is None and inner == candidate.start
        adverb = word in _PRONOMINAL_ADVERBS.values() or word == f"Wor{preposition}"
        if adverb and bare and (info.singular or preposition in ("gegen", "von", "vom")):
            # "gegen Kaution", "mit Absicht", "unter Arrest": an idiom; "von Söldnern": an
            # agent ("Von wem")
            return None
        if adverb and not _asks_by_adverb(clause, preposition, determiner):
            return None
        return (word, phrase_text) if word else None
    return None


# Verbs that make someone something, whose "zu" phrase "Wozu ...?" asks ("ernennt ihn zum
# Leiter", "verurteilt sie zu drei Jahren"); after others "zu" is a goal ("führt zu einem
# Spind": "Wohin") or a purpose the sentence does not name as such ("legt zu einer Reise ab").
_MAKING_VERBS = (
    *("ernenn", "ernann", "mach", "wähl", "beförder", "kür", "erklär", "verurteil"),
    *("zwing", "zwung"),  # participles without their "ge-": "ernannt", "(ge)zwungen"
)


def _asks_by_adverb(clause: Clause, preposition: str | None, determiner: str | None) -> bool:
    """Whether a "Wo(r)-" question word fits the phrase: "Womit", "Wodurch" ask an instrument
    or a way; "Wozu" only after a verb that makes someone something; no "Wovon" for the agent
    of a passive ("wird von der Polizei verhört"), and no "Worunter" for a manner without an
    article ("unter hohem Zeitdruck")."""
    tokens = clause.sentence.tokens
    verb = fold(tokens[clause.verb].text)
    if preposition in ("zu", "zum", "zur"):
        verbs = [verb] + [
            fold(t.text) for t in tokens[clause.verb : clause.end] if pos.is_non_finite_verb(t)
        ]  # "wird zur Leiterin ernannt"
        return any(v.removeprefix("ge").startswith(_MAKING_VERBS) for v in verbs)
    if preposition in ("von", "vom"):
        return not verb.startswith(("wird", "werd", "wurd"))
    return determiner is not None or preposition in ("mit", "durch")


def _is_epithet(candidate: Candidate) -> bool:
    """A person called by an epithet with its article ("der Falke"), which declines."""
    person = candidate.person
    return candidate.kind == PERSON and person is not None and person.name[0].islower()


def _gives_something(clause: Clause, first: int, last: int) -> bool:
    """Whether the clause, besides the asked phrase, holds what is given: a noun phrase no
    preposition governs ("1.000 Kronen", "einen Brief"), a clause after a comma ("gesteht
    ihr, dass ..."), or an "es"."""
    tokens = clause.sentence.tokens
    governed = False
    for index in range(clause.start, clause.end):
        if first <= index < last:
            continue
        token = tokens[index]
        if pos.is_preposition(token):
            governed = True
        elif pos.is_noun(token) or pos.is_proper_noun(token):
            if not governed:
                return True
            governed = False
        elif (
            (pos.is_determiner(token) or pos.is_number(token)) and not governed
        ) or token.text.lower() in ("es", "etwas", "alles", "nichts"):
            return True
    return clause.end < len(tokens) and tokens[clause.end].text == ","


def _is_dative(preposition: str | None, determiner: str | None, head: Token) -> bool:
    if preposition in _DATIVE_PREPOSITIONS:
        return True
    if preposition in _ACCUSATIVE_PREPOSITIONS:
        return False
    if pos.is_contracted_preposition(head):
        return head.text.lower() in ("im", "am", "beim", "vom", "zum", "zur")
    return determiner in _DATIVE_DETERMINERS or (determiner or "").endswith("em")


def _where(preposition: str | None, determiner: str | None) -> str:
    if preposition is None:
        return ""
    if preposition in _WHERE_FROM:
        return "Woher"
    if preposition in _WHERE_TO or (
        preposition == "in" and determiner is not None and not _is_dative("in", determiner, _NONE)
    ):
        return "Wohin"
    return "Wo" if preposition in _WHERE else ""


_NONE = Token("", 0, 0)


def _rest(
    clause: Clause, first: int, last: int, earlier: list[Sentence], people: list[Mention]
) -> tuple[str, bool]:
    """The clause without the asked phrase and the verb, with "ihn"/"ihm" replaced by the one
    person the sentence before names; whether the question still leans on that sentence."""
    sentence = clause.sentence
    tokens = sentence.tokens
    pieces: list[str] = []
    last_kept = -1  # the last token kept as it is written
    needs_context = False
    for index in range(clause.start, clause.end):
        if first <= index < last or (first == last and index >= first):
            continue
        token = tokens[index]
        lowered = token.text.lower()
        if left_out_of_questions(tokens, index):
            continue
        if lowered in _OBJECT_PRONOUNS:
            name = _antecedent(earlier, people, _OBJECT_PRONOUNS[lowered], clause.person)
            if name is None:
                needs_context = True
                pieces.append(token.text)
            else:
                pieces.append(name)
            continue
        cataphoric = lowered in _CATAPHORIC and index + 1 == clause.core_end
        glued = pieces and last_kept == index - 1 and hyphen_joined(tokens, index)
        last_kept = index
        if (
            lowered in BACK_POINTING_WORDS
            or leans_on_an_event(tokens, index)
            or pos.is_demonstrative(token)
            or (pos.is_pronominal_adverb(token) and not cataphoric)
        ):
            needs_context = True
        if glued:
            pieces[-1] += token.text
        else:
            pieces.append(token.text)
    body = as_written(pieces)
    if earlier and not needs_context:
        # "Wie viele Stunden dauert die Operation?": which one the sentence before tells.
        kept = set(range(clause.start, clause.end))
        if clause.person is None:
            kept |= set(range(clause.subject_start, clause.subject_end))  # "die Operation"
        dropped = set(range(len(tokens))) - kept
        dropped |= set(range(first, last if first < last else clause.end))
        needs_context = refers_to_a_noun_before(tokens, dropped, earlier[-1])
    return body, needs_context


def _antecedent(
    earlier: Sequence[Sentence], people: Sequence[Mention], gender: str, subject: Person | None
) -> str | None:
    """The one person named in the sentence before, other than the subject, of that gender."""
    if not earlier:
        return None
    persons = {
        id(m.person): m.person
        for m in people
        if m.sentence is earlier[-1] and m.person is not None and m.person is not subject
    }
    fitting = [p for p in persons.values() if p.gender in (gender, None)]
    return fitting[0].canonical if len(fitting) == 1 and len(persons) == 1 else None


def _worded(
    candidate: Candidate, prompt: str, earlier: list[Sentence], needs_context: bool
) -> Asked | None:
    """The question, with the sentence before in front when it leans on it (never one that
    names the answer)."""
    before = ""
    if needs_context:
        if not earlier or word_set(earlier[-1].text) & candidate.forbidden:
            return None
        before = earlier[-1].text + " "
    if word_set(prompt) & candidate.forbidden:
        return None
    return Asked(candidate, Wording(WH, before + prompt, before + candidate.sentence.text))


def ask_why(
    clause: Clause, earlier: list[Sentence], people: list[Mention]
) -> tuple[str, Wording] | None:
    """ "Warum sitzt X in einer Gummizelle?" from "..., weil ...", "- als Strafe dafür, dass",
    "hasst ihn dafür, dass ..." or a leading "Um ... zu ...,": the reason and the wording (the
    reason is asked with choices only, the others from the series' reasons)."""
    sentence = clause.sentence
    tokens = sentence.tokens
    cut = clause.end
    body_end = clause.end
    if clause.core_end >= 0 and tokens[clause.core_end - 1].text.lower() == "dafür":
        if tokens[clause.core_end + 1].text.lower() != "dass":
            return None
        body_end = clause.core_end - 1
        reason = sentence.span_text(clause.core_end - 1, clause.end)  # "dafür, dass ..."
    elif clause.subject_start > clause.verb and tokens[0].text.lower() in _REASON_OPENERS:
        # "Um nicht zur Zielscheibe zu werden, empfiehlt El Cid ...": the reason comes first.
        reason = sentence.span_text(0, clause.verb - 1)
        reason = reason[:1].lower() + reason[1:]
    elif cut + 1 < len(tokens) and tokens[cut].text in (",", "-", "–"):
        opener = tokens[cut + 1]
        is_reason = pos.is_subordinating(opener) and opener.text.lower() in _REASON_OPENERS
        is_penalty = (
            opener.text.lower() == "als"
            and cut + 2 < len(tokens)
            and tokens[cut + 2].text == "Strafe"
        )
        if not (is_reason or is_penalty):
            return None
        reason = sentence.span_text(cut + 1, len(tokens)).rstrip(" .!?")
    else:
        return None
    # "Warum wird Lempke „Schlot“ genannt?": a nickname tells its own reason (he smokes), so
    # the reason of a naming is given away by the name the prompt holds (blind reading).
    if any(token.text.lower() in NAMING_VERBS for token in tokens[clause.verb : body_end]):
        return None
    body, needs_context = _rest(clause, body_end, body_end, earlier, people)
    pieces = body.split()
    if not pieces:
        return None
    before = ""
    if needs_context:
        if not earlier:
            return None
        before = earlier[-1].text + " "
    # "verachtet ihn dafür, dass ...": answered "dafür, dass ...", asked "Wofür" (a "Warum" wants
    # "weil ...", blind reading, round 8).
    lead = "Wofür" if reason.lower().startswith("dafür") else "Warum"
    prompt = f"{lead} {tokens[clause.verb].text} {clause.subject} {body}?"
    if body.startswith("sich "):
        prompt = f"{lead} {tokens[clause.verb].text} sich {clause.subject} {body[5:]}?"
    return reason, Wording(WHY, before + prompt, sentence.text)


def whose(
    sentence: Sentence, mentions: list[Mention], owner_before: Person | None, clause: Clause | None
) -> list[tuple[Mention, Person, str]]:
    """Relations: "Ryan O’Reillys Bruder Cyril", "seinen Sohn Andrew" -> (the related person's
    mention, the owner, the relation noun as in "Wessen Bruder ist ...?")."""
    tokens = sentence.tokens
    found = []
    by_start = {m.start: m for m in mentions if m.person is not None}
    for mention in mentions:
        if mention.person is None or mention.genitive or mention.start < 2:
            continue
        position = mention.start - 1
        while position > 0 and pos.is_noun(tokens[position - 1]) and pos.is_noun(tokens[position]):
            position -= 1  # role words between: "seinen Freund Offizier Sean Murphy"
        relation = tokens[position]
        if not pos.is_noun(relation) or position == 0:
            continue
        before = tokens[position - 1]
        owner: Person | None = None
        owner_mentions = [m for m in mentions if m.end == position and m.genitive]
        if owner_mentions:
            owner = owner_mentions[0].person
        elif pos.is_possessive(before):
            in_subject = clause is not None and position < clause.verb
            if clause is None:
                owner = _owner_named_before(mentions, position - 1, mention, owner_before)
            else:
                owner = owner_before if in_subject else clause.person
            feminine = before.text.lower().startswith("ihr")
            if owner is not None and owner.gender == (MALE if feminine else FEMALE):
                owner = None
        if owner is None or owner is mention.person or by_start.get(position) is not None:
            continue
        noun = relation.lemma or relation.text
        if noun.lower() == relation.text.lower():
            noun = relation.text  # "Co-Pilotin", not the lemma's "Co-pilotin"
        found.append((mention, owner, noun[:1].upper() + noun[1:]))
    return found


def _owner_named_before(
    mentions: list[Mention], at: int, related: Mention, owner_before: Person | None
) -> Person | None:
    """Whose "sein" is in a sentence that opens with no subject: the one person it names
    before ("Gleichzeitig kündigt Kuno das Darlehen, weil sein Neffe Joachim …" is Kuno's
    nephew, not that of the person the sentence before speaks of), none when it names
    several, the earlier sentence's when it names no one before."""
    before = {
        id(m.person): m.person
        for m in mentions
        if m.person is not None and m.end <= at and not m.genitive and m is not related
    }
    if not before:
        return owner_before
    return next(iter(before.values())) if len(before) == 1 else None


def ask_when(sentence: Sentence, mentions: list[Mention]) -> tuple[str, str, Wording] | None:
    """ "Wann hat sich X wieder erholt?" from a sentence that opens with a time phrase ("Nach
    seiner Herzattacke hat sich ..."): the phrase, its noun and the wording."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text.lower() not in _TIME_PREPOSITIONS:
        return None
    verb = next((i for i, t in enumerate(tokens) if pos.is_finite_verb(t)), None)
    if verb is None or verb < 3:
        return None
    lead = tokens[1:verb]
    if not all(pos.is_determiner(t) or pos.is_adjective(t) or pos.is_noun(t) for t in lead):
        return None
    if not pos.is_noun(lead[-1]) or not any(m.start > verb and m.person for m in mentions):
        return None
    rest = tokens[verb:]
    if any(pos.is_demonstrative(t) or t.text.lower() in BACK_POINTING_WORDS for t in rest):
        return None
    phrase = sentence.span_text(0, verb)
    body = sentence.span_text(verb, len(tokens)).rstrip(" .!?")
    return phrase, lead[-1].text, Wording(WHEN, f"Wann {body}?", sentence.text)


def _is_plain_preposition(token: Token) -> bool:
    """ "in", not "im": a preposition without its article."""
    return pos.is_preposition(token) and not pos.is_contracted_preposition(token)
