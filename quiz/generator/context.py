"""Whether a sentence leans on the one before, so that a question from it needs that sentence.

A sentence leans back when, once the words the question takes out are gone, it still holds
- a pronoun with no person before it to point at ("... stach ihn ..."), or it opens with a
  pronoun, possessive or description ("Ihr Kollege ...", "Der Arzt ...");
- a definite noun phrase whose noun, or the head of the compound, stands in the sentence
  before ("bauen eine Leiter. Als die Leiter bricht ..."), or a definite "shell" noun
  that sums up what was told ("den Auftrag", "die Tat");
- a demonstrative ("Dieser Plan ...", "dessen Bruder" with nothing before it to belong to), an
  adverb that sets it against what was told ("hofft dagegen ...", "nimmt sie jedoch nicht
  ernst") or a time counted from it ("stirbt wenige Tage später");
- a verb whose object was told ("Greta lehnt ab, weil ...": turns down what?);
- a person called by a short name right after being named in full ("Eva Brandner soll ...
  Brandner lehnt ab ...": the story goes on from the sentence before).
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Sequence

from quiz.generator import pos
from quiz.generator.gender import FEMALE
from quiz.generator.lexicon import (
    BACK_POINTING_WORDS,
    DEFINITE_ARTICLES,
    FUSED_DEFINITE_ARTICLES,
    NEEDS_COMPLEMENT,
    OPENING_CONNECTIVES,
    SHELL_NOUNS,
    TIME_NOUNS,
)
from quiz.generator.moments import counted_from_before, may_be_counted
from quiz.generator.persons import Mention
from quiz.generator.pos import is_finite_verb
from quiz.generator.tagging import noun_parts
from quiz.generator.text import Sentence, Token
from quiz.text.normalize import fold

_OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "ihnen"})
# Words whose sense lies in what was told before (also read by the stand-alone check): a verb
# whose object was told ("zögert", "weigert sich"), an "es" that stands for it ("versucht es
# selbst"; not "gibt es", not an "es" a "dass" clause fills), a group counted ("die drei").
OBJECT_BEFORE = frozenset({"zögert", "zögern", "weigert", "weigern", "willigt", "verweigert"})
NOT_POINTING_BACK = frozenset({"gibt", "geht", "wie", "dass", "ob", "weil", "als", "wenn"})
COUNTING_WORDS = {"beiden": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6}
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "die", "der"})
_POSSESSIVE_RELATIVES = frozenset({"dessen", "deren"})
_THINGS_TOLD = frozenset({"das", "dies", "dem"})  # standing alone, not before a noun
_DEMONSTRATIVE_STEMS = ("dies", "jen")
# Adverbs that set the sentence against, or after, what was told before ("hofft dagegen",
# "nimmt die Schüler jedoch nicht ernst": blind reading, round 9), unless a clause of the same
# sentence stands before them to be set against ("spricht ihn frei, verurteilt ihn aber ...").
_BACK_POINTING_ADVERBS = frozenset(
    {
        "jedoch",
        "doch",
        "aber",
        "also",
        "daher",
        "dazu",
        "dagegen",
        "daraufhin",
        "deshalb",
        "deswegen",
        "trotzdem",
        "dennoch",
        "ebenfalls",
        "stattdessen",
        "danach",
    }
)
# Adverbs of a moment the story has reached ("Der zweite Zeuge, der nun verhört werden
# soll": now, after what?): they lean on what was told wherever they stand, a relative clause
# too (blind reading, round 8): a cloze takes its sentence before, a question written fresh
# leaves them out. Also read by the stand-alone check.
MOMENT_WORDS = frozenset(
    {"nun", "jetzt", "inzwischen", "mittlerweile", "unterdessen", "derweil", "damals"}
)
# Words that lean on an event the sentence does not tell: "bekommt sofort ..." (after what?),
# "entkommt" (from what?), "noch immer im Krankenhaus" (since what?).
_EVENT_LEANING_WORDS = frozenset({"sofort", "erneut"})
_BARE_ESCAPES = frozenset({"entkommt", "entkommen", "entkam"})  # "entkommt in einem Boot" is fine
_SAME_AS_BEFORE = frozenset({"selben", "gleichen"})
_SHORTEST_NOUN = 4  # "Tag", "Ort": too short for a part to say "the same thing"
# Words for a person that no role list holds ("den Mörder", "die Nachbarin").
DESCRIBED_PERSONS = frozenset(
    {
        "mörder",
        "mörderin",
        "täter",
        "täterin",
        "junge",
        "jungen",
        "mädchen",
        "mann",
        "frau",
        "nachbar",
        "nachbarin",
        "witwer",
        "witwe",
        "fremde",
        "fremden",
        "unbekannte",
        "unbekannten",
        "verdächtige",
        "verdächtigen",
        "arzt",
        "ärztin",
        "opfer",
        "kind",
        "neue",
        "neuen",
        "verbrecher",
    }
)


def needs_context(
    sentence: Sentence,
    mentions: list[Mention],
    dropped: range,
    before: Sentence | None,
    *,
    subject_asked: bool = False,
) -> bool:
    """Whether the sentence leans on ``before`` once the ``dropped`` tokens are gone (a gap
    still leans back when the word cut out stood in the sentence before). ``subject_asked``:
    the question asks for the subject ("Wer ...?"), which a pronoun of a clause inside may
    point at ("Wer hasst X dafür, dass er ihm ...?")."""
    tokens = sentence.tokens
    if _opens_with_reference(tokens, dropped, mentions):
        return True
    for index, _token in enumerate(tokens):
        if index in dropped or (subject_asked and _may_point_at_the_subject(tokens, index)):
            continue
        if subject_asked and left_out_of_questions(tokens, index):
            continue  # a "Wer ...?" is written fresh, without "nun", "sofort"
        if _pronoun_points_back(tokens, index, mentions):
            return True
    if before is None:
        return False
    if leans_on_what_was_told(tokens, dropped):
        return True
    # A name cut out of a cloze no longer goes on from the sentence before ("____ braucht eine
    # Niere von ihrem Bruder" after "Die Zwillinge Lena Fischer und Paul Fischer ...": that
    # context would name the answer). A "Wer" question keeps the rule: it may still ask the
    # part of the clause that stands alone (``forms._who_of_the_second_verb``).
    shown = [m for m in mentions if subject_asked or m.start not in dropped]
    return _goes_on_with_a_short_name(shown, before) or refers_to_a_noun_before(
        tokens, dropped, before
    )


def leans_back(sentence: Sentence) -> bool:
    """Whether a sentence points back: it opens with a pronoun, possessive, "Dabei", "Der
    Täter", or says something only what was told before explains ("versucht es selbst")."""
    tokens = sentence.tokens
    return (
        _opens_with_reference(tokens, range(0), [])
        or leans_on_what_was_told(tokens, range(0))
        or any(_time_from_before(tokens, index) for index in range(len(tokens)))
    )


def leans_on_what_was_told(tokens: list[Token], dropped: Container[int]) -> bool:
    """A word of the sentence (not ``dropped``) whose sense lies in what was told before:
    "zögert" (to do what?), "versucht es selbst" (what?), "die drei" (which three?)."""
    for index, token in enumerate(tokens):
        if index in dropped:
            continue
        word = token.text.lower()
        after = [t.text.lower() for t in tokens[index + 1 : index + 12]]
        if word in OBJECT_BEFORE and not ("," in after[:3] and "zu" in after):
            return True
        if _object_left_to_before(tokens, index) or _only_an_amount_offered(tokens, index):
            return True
        if (
            word == "es"
            and index > 0
            and tokens[index - 1].text.lower() not in NOT_POINTING_BACK
            and "," not in after[:4]
        ):
            return True
        if word in ("die", "den", "der") and after[:1] and after[0] in COUNTING_WORDS:
            # "die drei", "die beiden Sippen" (which?); "die beiden Brüder Max und Karl":
            # the names after the noun say which (blind reading, round 8)
            counted = tokens[index + 2] if index + 2 < len(tokens) else None
            if counted is None or not counted.is_capitalised or not pos.is_noun(counted):
                return True
            if not _names_follow(tokens, index + 3):
                return True
    return False


def _object_left_to_before(tokens: list[Token], index: int) -> bool:
    """ "Greta lehnt ab, weil ...", "Jonas stimmt zu": a verb that needs its object, with
    its particle right after it, so that what is turned down or agreed to was told before (not
    "nimmt an, dass ...", "bietet an, ihm zu helfen": the clause after it is the object)."""
    token = tokens[index]
    if not is_finite_verb(token) or index + 1 >= len(tokens):
        return False
    verb, particle = token.text.lower(), tokens[index + 1].text.lower()
    if not any(verb.startswith(stem) and particle == wanted for stem, wanted in _OBJECT_VERBS):
        return False
    following = [t.text.lower() for t in tokens[index + 2 : index + 12]]
    if following[:1] == [","] and ("dass" in following[:2] or "zu" in following):
        return False
    return not following or not tokens[index + 2].is_word or following[0] in ("und", "oder")


def _only_an_amount_offered(tokens: list[Token], index: int) -> bool:
    """ "Jonas schlägt 50 Euro im Monat vor": a verb that needs its object ("schlägt vor",
    "bietet an") with nothing but an amount and a time before its particle; what the money
    is for (the rent) was told before (round 13)."""
    token = tokens[index]
    if not is_finite_verb(token):
        return False
    verb = token.text.lower()
    particle = next(
        (i for i in range(index + 1, len(tokens)) if pos.is_verb_particle(tokens[i])), None
    )
    if particle is None or particle == index + 1:
        return False
    wanted = tokens[particle].text.lower()
    if not any(verb.startswith(stem) and wanted == ending for stem, ending in _OBJECT_VERBS):
        return False
    between = tokens[index + 1 : particle]
    amounts = [t for t in between if pos.is_number(t)]
    return bool(amounts) and all(
        pos.is_number(t)
        or t.text.lower() in _TIME_LEADS
        or (pos.is_noun(t) and fold(t.text.rstrip("sn")) in TIME_NOUNS)
        or (pos.is_noun(t) and i and pos.is_number(between[i - 1]))  # the unit: "50 Euro"
        for i, t in enumerate(between)
    )


_TIME_LEADS = frozenset({"im", "pro", "je", "jeden", "jede", "jedes", "in", "der", "die", "das"})


# Verbs with a particle that need an object (lexicon's NEEDS_COMPLEMENT, "lehnt ab").
_OBJECT_VERBS = tuple((stem, particle) for stem, particle in NEEDS_COMPLEMENT if particle)


def _names_follow(tokens: list[Token], index: int) -> bool:
    """A name or an owner right after a counted group's noun ("die beiden Brüder Max und
    Karl", "die beiden Söhne des Barons")."""
    if index >= len(tokens):
        return False
    following = tokens[index]
    return pos.is_proper_noun(following) or following.text.lower() in ("von", "des", "der")


def _opens_with_reference(tokens: list[Token], dropped: range, mentions: list[Mention]) -> bool:
    first = tokens[0]
    if 0 in dropped or first.text.lower() == "es":
        return False
    if _points_back_by_its_kind(first) or first.text.lower() in BACK_POINTING_WORDS:
        return True
    if first.text.lower() in OPENING_CONNECTIVES and first.is_capitalised:
        return True
    described = (
        first.text.lower() in DEFINITE_ARTICLES
        and len(tokens) > 2
        and pos.is_noun(tokens[1])
        and 1 not in dropped
    )
    # "Der Gefangene Max Roth ..." names its person: only a description with no name leans back.
    return described and not any(m.start == 2 for m in mentions) and not tokens[2].is_capitalised


def leans_on_an_event(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` leans on an event told before: "entkommt," (from what?)."""
    word = tokens[index].text.lower()
    return word in _BARE_ESCAPES and (index + 1 >= len(tokens) or not tokens[index + 1].is_word)


def left_out_of_questions(tokens: Sequence[Token], index: int) -> bool:
    """ "sofort", "erneut", "noch immer", "nun", "wenige Tage später": words that lean on an
    event or a moment told before ("bekommt sofort ..." after what?); a question written fresh
    leaves them out."""
    word = tokens[index].text.lower()
    if word in _EVENT_LEANING_WORDS or word in MOMENT_WORDS or _counted_from_before(tokens, index):
        return True
    neighbours = {t.text.lower() for t in tokens[max(index - 1, 0) : index + 2]} - {word}
    return (word == "noch" and "immer" in neighbours) or (word == "immer" and "noch" in neighbours)


def _pronoun_points_back(tokens: list[Token], index: int, mentions: list[Mention]) -> bool:
    token = tokens[index]
    word = token.text.lower()
    if (
        leans_on_an_event(tokens, index)
        or word in MOMENT_WORDS
        or _counted_from_before(tokens, index)
    ):
        return True
    if word.startswith(_DEMONSTRATIVE_STEMS) and pos.is_demonstrative(token):
        # "Als X kommt, kostet ihn dies ...": after a clause of its own it points into the sentence.
        return not any(t.text == "," for t in tokens[:index])
    if word in _BACK_POINTING_ADVERBS:
        # "bringt ihn dazu, ... zu": it points ahead, to the clause after its comma
        ahead = index + 1 < len(tokens) and tokens[index + 1].text == ","
        return not ahead and not _a_clause_before(tokens, index)
    if word in _POSSESSIVE_RELATIVES:
        return not any(pos.is_noun(t) or pos.is_tagged_name(t) for t in tokens[:index])
    if word in _THINGS_TOLD and pos.is_demonstrative_pronoun(token):
        # "hält das für Verrat" (round 13): what the sentence before told; "das, was ..." and
        # "dem, der ..." point ahead, to their relative clause.
        return not (index + 1 < len(tokens) and tokens[index + 1].text == ",")
    if not (pos.is_personal_pronoun(token) or pos.is_demonstrative_pronoun(token)):
        return False
    # "stach ihn": an object pronoun points at someone not named in its own clause.
    if word in _OBJECT_PRONOUNS:
        return not _points_ahead(tokens, index, mentions)
    # "will sie entlassen": a "sie" right after the main clause's verb is its object (or its
    # subject after the verb), someone the sentence does not name.
    if (
        word == "sie"
        and index > 0
        and is_finite_verb(tokens[index - 1])
        and not any(t.text == "," for t in tokens[:index])
    ):
        return True
    return word in _SUBJECT_PRONOUNS and not any(m.end <= index for m in mentions)


def _a_clause_before(tokens: list[Token], index: int) -> bool:
    """Whether a clause with a verb of its own stands before ``index`` in the sentence, for an
    adverb there to be set against ("Das Gericht gibt das Boot frei, doch X stirbt"); a relative
    clause or an apposition is none ("X, der Bruder des Bäckers, nimmt sie jedoch nicht ernst")."""
    breaks = [i for i in range(index) if tokens[i].text in (",", ";")]
    for start, stop in itertools.pairwise([-1, *breaks]):
        segment = tokens[start + 1 : stop]
        if (
            segment
            and not pos.is_relative_pronoun(segment[0])
            and any(is_finite_verb(token) for token in segment)
        ):
            return True
    return False


def _counted_from_before(tokens: Sequence[Token], index: int) -> bool:
    """The word at ``index`` is part of a time counted from a moment ("wenige Tage später")."""
    if not may_be_counted(tokens[index].text.lower()):
        return False
    return index in counted_from_before(tuple(token.text.lower() for token in tokens))


def _time_from_before(tokens: list[Token], index: int) -> bool:
    """The word at ``index`` is part of a time counted from a moment told before: not from a
    clause of its own sentence ("Das Gericht gibt das Boot frei, doch X stirbt wenige Tage
    später")."""
    return _counted_from_before(tokens, index) and not _a_clause_before(tokens, index)


def _points_ahead(tokens: list[Token], index: int, mentions: list[Mention]) -> bool:
    """An object pronoun in the clause a sentence opens with ("Erst als X anbietet, sein
    Zimmer mit ihm zu teilen, packt Kemal seine Koffer"): it points at the man the main
    clause after it names, right after its verb."""
    # The tagger reads the "als" of "Erst als" as a preposition at times.
    opening = next(
        (
            i
            for i, token in enumerate(tokens[:2])
            if pos.is_subordinating_conjunction(token) or token.text.lower() == "als"
        ),
        None,
    )
    if opening is None or (opening == 1 and not pos.is_adverb(tokens[0])):
        return False
    main = next(
        (
            i + 1
            for i in range(index + 1, len(tokens) - 1)
            if tokens[i].text == "," and is_finite_verb(tokens[i + 1])
        ),
        None,
    )
    return main is not None and any(
        m.start == main + 1 and m.person is not None and m.person.gender != FEMALE for m in mentions
    )


def _may_point_at_the_subject(tokens: list[Token], index: int) -> bool:
    """An object pronoun in a "dass er ihm ..." clause: its own subject is someone else, so the
    pronoun may point at the subject of the main clause."""
    if tokens[index].text.lower() not in _OBJECT_PRONOUNS:
        return False
    opening = next(
        (j for j in range(index - 1, -1, -1) if pos.is_subordinating_conjunction(tokens[j])), None
    )
    return (
        opening is not None
        and opening + 1 < index
        and tokens[opening + 1].text.lower() in _SUBJECT_PRONOUNS
    )


def _goes_on_with_a_short_name(mentions: list[Mention], before: Sentence) -> bool:
    """A person named in full in the sentence before and by one name here."""
    named_before = set(_words(before))
    for mention in mentions:
        person = mention.person
        opening = mention.sentence.tokens[mention.start]
        if (
            person is None
            or mention.genitive
            or len(mention.written.split()) >= len(person.name)
            or pos.is_personal_pronoun(opening)
            or pos.is_demonstrative_pronoun(opening)
            or pos.is_article(opening)
        ):
            # a full name, a pronoun or description standing for the person ("Er ..."), or a
            # genitive that only says whose ("Von Ottos Mut beeindruckt, beschließt X ...": the
            # story goes on with someone else; blind reading, round 9)
            continue
        if {fold(word) for word in person.name} <= named_before:
            return True
    return False


def refers_to_a_noun_before(tokens: list[Token], dropped: Container[int], before: Sentence) -> bool:
    """A definite noun phrase, among the tokens not ``dropped``, that points at something the
    sentence before told ("die Leiter" after "eine Leiter"), or sums it up ("die Operation")."""
    nouns_before = {
        key for token in before.tokens if pos.is_noun(token) for key in noun_keys(token)
    }
    for index in _definite_articles(tokens, dropped):
        if index + 1 < len(tokens) and tokens[index + 1].text.lower() in _SAME_AS_BEFORE:
            return True  # "Zur selben Zeit ...": the same as something told before
        noun = _noun_after(tokens, index)
        if noun is None:
            continue
        if noun_keys(tokens[noun]) & nouns_before or _sums_up(tokens, noun):
            return True
        if _names_the_act_before(tokens, index, noun, before):
            return True
        if _someone_told_of(tokens, noun):
            return True
    return False


def act_stems(noun: str, *, neuter: bool) -> tuple[str, ...]:
    """The verb stems a folded noun of doing names: "sprengung" sprengt; after a neuter
    article a verb used as a noun, its present stem's e also turned i or ie as strong verbs
    turn it ("treffen": treff, triff, trieff)."""
    if noun.endswith("ung"):
        return (noun[: -len("ung")],)
    if not (neuter and noun.endswith("en")):
        return ()
    stem = noun[: -len("en")]
    last_e = stem.rfind("e")
    if last_e <= 0:
        return (stem,)
    return (stem, *(stem[:last_e] + vowel + stem[last_e + 1 :] for vowel in ("i", "ie")))


def _names_the_act_before(tokens: list[Token], article: int, noun: int, before: Sentence) -> bool:
    """ "beobachtet das Treffen" after "X trifft sich mit Y": the noun of the act the
    sentence before tells with its verb (round 13)."""
    neuter = tokens[article].text.lower() in NEUTER_DEFINITE
    stems = [
        s for s in act_stems(fold(tokens[noun].text), neuter=neuter) if len(s) >= _SHORTEST_NOUN
    ]
    verbs = [fold(t.text) for t in before.tokens if pos.is_full_verb(t)]
    return any(verb.startswith(stem) for stem in stems for verb in verbs)


# Articles before a verb used as a noun ("das Treffen"); also read by the stand-alone check.
NEUTER_DEFINITE = frozenset({"das", "dem", "des", "beim", "vom", "zum"})


def sums_up_what_was_told(tokens: list[Token]) -> bool:
    """A definite shell noun: "zahlt die Summe", "lehnt den Auftrag ab"."""
    return any(
        noun is not None and _sums_up(tokens, noun)
        for noun in (_noun_after(tokens, i) for i in _definite_articles(tokens, ()))
    )


def describes_someone_told_of(tokens: list[Token]) -> bool:
    """A definite word for a person the sentence does not name: "kennt den Täter"."""
    return any(
        noun is not None and _someone_told_of(tokens, noun)
        for noun in (_noun_after(tokens, i) for i in _definite_articles(tokens, ()))
    )


def leans_on_a_moment(tokens: list[Token]) -> bool:
    """ "nun", "wenige Tage später", "legt dazu ... vor": a moment or an event the story
    reached, which any sentence before tells."""
    return any(
        token.text.lower() in MOMENT_WORDS
        or pos.is_pronominal_adverb(token)
        or _time_from_before(tokens, index)
        for index, token in enumerate(tokens)
    )


def _definite_articles(tokens: list[Token], dropped: Container[int]) -> list[int]:
    return [
        index
        for index, token in enumerate(tokens)
        if index not in dropped
        and token.text.lower() in DEFINITE_ARTICLES | FUSED_DEFINITE_ARTICLES
    ]


def _sums_up(tokens: list[Token], noun: int) -> bool:
    return fold(tokens[noun].lemma) in SHELL_NOUNS


def _someone_told_of(tokens: list[Token], noun: int) -> bool:
    """ "kennt den Täter", "befreit den Entführten": someone the sentence before told of."""
    described = tokens[noun].text.lower()
    someone = described in DESCRIBED_PERSONS | _BEHIND_IT or pos.is_nominalised_adjective(
        tokens[noun]
    )
    return someone and not _owned(tokens, noun)


# Those behind what the sentence before told ("die Hintermänner ausfindig machen": of what?)
_BEHIND_IT = frozenset(
    {"hintermänner", "hintermann", "drahtzieher", "schuldigen", "verantwortlichen", "täter"}
)


def _owned(tokens: list[Token], noun: int) -> bool:
    """ "der Mörder von Häftling X", "die Mutter des Jungen": said whose it is."""
    following = tokens[noun + 1].text.lower() if noun + 1 < len(tokens) else ""
    return following in ("von", "vom", "des", "der", "eines", "einer")


def _noun_after(tokens: list[Token], article: int) -> int | None:
    """The noun an article belongs to, unless a name follows it ("der Richter Max Roth")."""
    position = article + 1
    while position < len(tokens) and _is_modifier(tokens[position]):
        position += 1
    if position >= len(tokens) or not pos.is_noun(tokens[position]):
        return None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if (
        following is not None
        and following.is_capitalised
        and (pos.is_tagged_name(following) or pos.is_plain_noun(following))
    ):
        return None
    return position


def noun_keys(token: Token) -> set[str]:
    """The noun and the head of its compound, folded ("Oz-Gefängnis": oz-gefängnis, gefängnis)."""
    lemma = token.lemma or token.text
    keys = {fold(lemma)}
    parts = noun_parts(lemma.split("-")[-1])
    if parts:
        keys.add(fold(parts[-1]))
    return {key for key in keys if len(key) >= _SHORTEST_NOUN}


def _words(sentence: Sentence) -> list[str]:
    return [fold(token.text.rstrip("’'")) for token in sentence.tokens if token.is_word]


def _points_back_by_its_kind(token: Token) -> bool:
    """A possessive, a pronoun or a "dafür" opening a sentence stands for something before."""
    return (
        pos.is_possessive(token)
        or pos.is_demonstrative_pronoun(token)
        or pos.is_personal_pronoun(token)
        or pos.is_pronominal_adverb(token)
    )


def _is_modifier(token: Token) -> bool:
    return pos.is_adjective(token) or pos.is_adverb(token) or pos.is_number(token)
