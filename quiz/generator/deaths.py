"""Who the series has reported dead, and from which sentence on.

A dead man offered as the one who frees a suspect on bail, or the murdered father as the one
who seeks his murderer, gives the answer away (blind reading, round 5). The reports read are
plain: "X ist tot", "X wird tot aufgefunden", "sein toter Bruder X", "stirbt X", "X ist
gestorben", "X wurde ermordet", "der Tod von X", "der Mord an X", "die Leiche von X".
A killing still to come ("getötet werden soll", "droht zu sterben") is no death yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.generator import pos
from quiz.generator.persons import Mention, Person, WhoIsWho
from quiz.generator.text import Sentence, Token

# "X ist tot", "X bricht tot zusammen": the one named before it in the clause.
_STATES = frozenset({"tot", "leblos"})
# "sein toter Ex-Zellengefährte Rivera": the one named right after it.
_ATTRIBUTES = frozenset({"tote", "toter", "toten", "totes", "verstorbene", "verstorbenen"})
# Dying and being killed: "stirbt X" (the one right after), else the one named before.
_DYING = frozenset({"stirbt", "starb", "gestorben", "verstorben", "umgekommen", "verunglückt"})
_KILLED = frozenset(
    {
        "getötet",
        "ermordet",
        "umgebracht",
        "erschossen",
        "erstochen",
        "erschlagen",
        "erwürgt",
        "hingerichtet",
        "vergiftet",
    }
)
# Active killings, the killer first and the victim after ("tötet der Rabe den Gefangenen").
_KILLING = frozenset({"tötet", "ermordet", "erschießt", "ersticht", "erschlägt", "erwürgt"})
# "der Tod von X", "der Mord an X", "die Leiche des X": the one named right after.
_NOUNS = frozenset({"tod", "todes", "mord", "ermordung", "tötung", "leiche", "hinrichtung"})
_LINKS = frozenset({"von", "an", "des", "der", "vom"})
# After a participle these make it a death still to come ("getötet werden soll").
_NOT_YET = frozenset({"werden", "zu", "soll", "sollen", "will", "wollen", "muss", "droht"})
# In the clause these undo the death ("fast gestorben", "überlebt").
_UNDONE = frozenset({"fast", "beinahe", "knapp", "nicht", "kaum", "überlebt", "überlebte"})
# How far after a death word its person may stand ("Tod von Häftling Dino").
_REACH_AFTER = 3


@dataclass(slots=True)
class Deaths:
    """The series' sentences in order, and where each dead person's death is first told."""

    order: dict[int, int] = field(default_factory=dict)  # id(sentence) -> position
    dead_from: dict[int, int] = field(default_factory=dict)  # id(person) -> position

    @classmethod
    def of(cls, sentences: list[Sentence], who: WhoIsWho) -> Deaths:
        deaths = cls({id(sentence): index for index, sentence in enumerate(sentences)})
        for index, sentence in enumerate(sentences):
            for person in reported_dead(sentence, who.mentions_in(sentence)):
                deaths.dead_from.setdefault(id(person), index)
            before = sentences[index - 1] if index else None
            if (
                before is not None
                and before.line == sentence.line
                and _kills_one_described(sentence)
            ):
                for person in _not_the_subject(who.mentions_in(before)):
                    deaths.dead_from.setdefault(id(person), index)
        return deaths

    def dead_by(self, person: Person, sentence: Sentence) -> bool:
        """Whether the series has told of the person's death by this sentence (its own
        included: the victim it names is no one to offer as the one who acts)."""
        died = self.dead_from.get(id(person))
        here = self.order.get(id(sentence))
        return died is not None and here is not None and died <= here


def reported_dead(sentence: Sentence, mentions: list[Mention]) -> list[Person]:
    tokens = sentence.tokens
    found: list[Person] = []
    for index, token in enumerate(tokens):
        word = token.text.lower()
        person = None
        if word in _ATTRIBUTES or (word in _NOUNS and _linked(tokens, index)):
            person = _named_after(mentions, index)
        elif word in _STATES:
            person = _named_before(tokens, mentions, index)
        elif word in _DYING:
            person = _named_after(mentions, index) or _named_before(tokens, mentions, index)
        elif word in _KILLED and not _still_to_come(tokens, index):
            person = _named_before(tokens, mentions, index)
        if person is not None and not _undone(tokens, index):
            found.append(person)
    return found


def _linked(tokens: list[Token], index: int) -> bool:
    """ "Tod von", "Mord an", "Leiche des": a noun of death followed by whose it is."""
    return index + 1 < len(tokens) and tokens[index + 1].text.lower() in _LINKS


def _named_after(mentions: list[Mention], index: int) -> Person | None:
    for mention in mentions:
        first = mention.start - len(mention.roles)
        if mention.person is not None and index < first <= index + _REACH_AFTER:
            return mention.person
    return None


def _named_before(tokens: list[Token], mentions: list[Mention], index: int) -> Person | None:
    """The person named last before ``index`` in the same clause, leaving out the doer of a
    passive ("von X getötet")."""
    start = _clause_start(tokens, index)
    before = [m for m in mentions if start <= m.start < index and m.person is not None]
    for mention in reversed(before):
        first = mention.start - len(mention.roles)
        if first > 0 and tokens[first - 1].text.lower() in ("von", "vom", "durch"):
            continue
        return mention.person
    return None


def _clause_start(tokens: list[Token], index: int) -> int:
    position = index - 1
    while position >= 0 and not (
        pos.is_punctuation(tokens[position]) or tokens[position].text in (",", ";", ":", "–")
    ):
        position -= 1
    return position + 1


def _still_to_come(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].text.lower() in _NOT_YET


def _undone(tokens: list[Token], index: int) -> bool:
    start = _clause_start(tokens, index)
    return any(token.text.lower() in _UNDONE for token in tokens[start:index])


def _kills_one_described(sentence: Sentence) -> bool:
    """ "In der Nacht tötet der Rabe den Gefangenen": an active killing of someone told by a
    description ("den" and a noun in the verb's clause), not a name."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text.lower() not in _KILLING or _undone(tokens, index):
            continue
        for at in range(index + 1, len(tokens) - 1):
            if tokens[at].text in (",", ".", ";", "und"):
                break
            if tokens[at].text.lower() == "den" and pos.is_noun(tokens[at + 1]):
                return True
    return False


def _not_the_subject(mentions: list[Mention]) -> list[Person]:
    """Whom the description may stand for: anyone the sentence before names after its first
    person (the one who acts). Counted dead on a guess: that costs a wrong choice at most,
    never a wrong answer (round 7: the prisoner Falkenau offered as his murderer's chaser)."""
    persons = [m.person for m in mentions if m.person is not None and not m.genitive]
    return persons[1:]
