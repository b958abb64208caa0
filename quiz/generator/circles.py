"""Whether a person may stand as a wrong choice beside the answer: of the answer's circle.

A wrong person of another walk of life is told apart without reading the question: inmates
offered as the one a director fires, a pastor and a nurse as the one who leads a police
investigation (blind reading, round 5). So a choice shares the answer's circle, the one the
series' role words give each person: before the name ("Häftling X", ``Person.circles``) or
said of it ("X ist sein Mithäftling", "X, der Wärter von ...").

Family, relation, people and title words say how someone stands to others, not what they do:
a person known only by them, or by no role word at all, is of no known walk of life. Beside
such an answer stand only persons of that same weak circle, or, in a series that calls its
persons by first names (a comedy of flatmates), anyone of no known walk of life. Elsewhere
the question gets no person choices (it is typed) rather than guessed ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quiz.generator import pos
from quiz.generator.deaths import Deaths
from quiz.generator.lexicon import CIRCLE_PRIORITY, CIRCLE_SIDES, SHARED_RELATIONS
from quiz.generator.persons import Person, WhoIsWho
from quiz.generator.roles import role_circle, role_key
from quiz.generator.text import Sentence, Token

WEAK_CIRCLES = frozenset({"family", "relation", "people", "title"})
# Those who learn a trade where they stand: of the walk of life of their workplace.
TRAINEES = frozenset({"praktikant"})  # the role words of the lexicon for them
_FEWEST_FOR_A_WORKPLACE = 3
_COPULAS = frozenset({"ist", "war", "wird", "wurde", "bleibt"})
_APPOSITION_ARTICLES = frozenset({"der", "die", "ein", "eine"})
_LONGEST_LEAD = 3
_HEADS_OF_OTHERS = frozenset(
    {"leader", "relation"}
)  # article, possessive and adjectives before the role word said of a person


@dataclass(slots=True)
class Circles:
    """Each person's circle: from the role words before their names and those said of them."""

    said: dict[int, Counter[str]] = field(default_factory=dict)  # id(person) -> circles

    @classmethod
    def of(cls, sentences: list[Sentence], who: WhoIsWho) -> Circles:
        circles = cls()
        trainees: dict[int, Person] = {}
        for sentence in sentences:
            for mention in who.mentions_in(sentence):
                if mention.person is None:
                    continue
                circle = _said_of(sentence, mention.end) or _said_before(sentence, mention.start)
                if circle is not None:
                    circles.said.setdefault(id(mention.person), Counter())[circle] += 1
                if any(role_key(role) in TRAINEES for role in mention.roles):
                    trainees[id(mention.person)] = mention.person
        circles._place_trainees(list(trainees.values()), who.persons)
        return circles

    def _place_trainees(self, trainees: list[Person], persons: list[Person]) -> None:
        """ "den Praktikanten Tim Seidel" in a clinic is a trainee of medicine: a trainee of
        no known walk of life learns the one most persons of the series are of, at least
        three and more than any other; otherwise he stays of none."""
        held = Counter(circle for person in persons if (circle := self.strong(person)))
        ranked = held.most_common(2)
        if not ranked or ranked[0][1] < _FEWEST_FOR_A_WORKPLACE:
            return
        if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
            return
        workplace = ranked[0][0]
        for trainee in trainees:
            if self.strong(trainee) is None:
                self.said.setdefault(id(trainee), Counter())[workplace] += 1

    def circle(self, person: Person) -> str | None:
        said = self.said.get(id(person), Counter())
        for circle in CIRCLE_PRIORITY:
            if person.circles[circle] or said[circle]:
                return circle
        return None

    def strong(self, person: Person) -> str | None:
        circle = self.circle(person)
        return None if circle in WEAK_CIRCLES else circle


def _said_of(sentence: Sentence, end: int) -> str | None:
    """ "X ist sein Mithäftling", "X, der Wärter ...": the circle of the role word said of the
    person named right before ``end``."""
    tokens = sentence.tokens
    position = end
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
        if position < len(tokens) and (bare := _bare_apposition(tokens, position)) is not None:
            return bare
        if position >= len(tokens) or tokens[position].text.lower() not in _APPOSITION_ARTICLES:
            return None
    elif position < len(tokens) and tokens[position].text.lower() in _COPULAS:
        position += 1
    else:
        return None
    return _role_at(tokens, position)


def _bare_apposition(tokens: list[Token], position: int) -> str | None:
    """ "Herr Voss, Sportlehrer und Leiter der AG, ...": the circle of a role word right after
    the comma that no name follows (in "Mia, Lehrer Voss und Jonas" it is Voss's, not Mia's)."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and following.is_capitalised:
        return None
    return role_circle(tokens[position].text)


def _said_before(sentence: Sentence, start: int) -> str | None:
    """ "Der erste Häftling, der ..., ist X": the role word that opens the sentence whose
    predicate the person is."""
    tokens = sentence.tokens
    if start == 0 or tokens[start - 1].text.lower() not in _COPULAS:
        return None
    if not (pos.is_article(tokens[0]) or pos.is_determiner(tokens[0])):
        return None
    return _role_at(tokens, 0)


def _role_at(tokens: list[Token], position: int) -> str | None:
    """The circle of the role word after an article and adjectives from ``position``; a head
    of others ("der Anführer der Latino-Häftlinge") is of the circle of those he heads."""
    for index in range(position, min(position + _LONGEST_LEAD + 1, len(tokens))):
        token = tokens[index]
        if pos.is_noun(token) or token.is_capitalised:
            circle = role_circle(token.text)
            heads = circle in _HEADS_OF_OTHERS and index + 2 < len(tokens)
            if heads and tokens[index + 1].text.lower() in ("der", "des"):
                return role_circle(tokens[index + 2].text) or circle
            return circle
        if not (pos.is_article(token) or pos.is_possessive(token) or pos.is_adjective(token)):
            return None
    return None


def of_answers_circle(
    answer: Person, person: Person, circles: Circles | None, by_first_names: bool
) -> bool:
    if circles is None:
        return True
    wanted = circles.circle(answer)
    if wanted is not None and wanted not in WEAK_CIRCLES:
        return _side(circles.circle(person)) == _side(wanted)
    if by_first_names:
        return circles.strong(person) is None
    return wanted is not None and circles.circle(person) == wanted


def _side(circle: str | None) -> str | None:
    return CIRCLE_SIDES.get(circle, circle) if circle is not None else None


def alive(person: Person, sentence: Sentence, deaths: Deaths | None) -> bool:
    return deaths is None or not deaths.dead_by(person, sentence)


def asks_a_shared_relation(prompt: str) -> bool:
    """ "Wessen Knastgenosse ist X?": a relation that holds between many of one circle, so
    more than one person answers (blind reading, round 5)."""
    words = prompt.rsplit(". ", 1)[-1].rstrip("?.").split()
    return len(words) >= 2 and words[0] == "Wessen" and is_shared_relation(words[1])


def is_shared_relation(word: str) -> bool:
    lowered = word.lower()
    return any(
        lowered.endswith(ending) and lowered[: len(lowered) - len(ending)] in SHARED_RELATIONS
        for ending in ("", "n", "en", "s", "in", "innen")
    )
