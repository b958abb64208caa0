"""General German (and common English) word lists the rules rely on.

Nothing here belongs to one series: these are ordinary roles, professions, titles, family
words, place nouns and function words. A role word maps to its *circle*, a small generic
taxonomy, so that distractors can come from the same walk of life as the answer.
"""

from __future__ import annotations

from quiz.play.normalize import fold

# circle -> role heads (lower case, singular, masculine or base form; feminine "-in" forms and
# case endings are handled by ``role_circle``).
ROLE_CIRCLES: dict[str, tuple[str, ...]] = {
    "inmate": (
        "häftling", "insasse", "gefangene", "gefangener", "sträfling", "knacki", "verurteilte",
        "verurteilter", "straftäter", "verbrecher", "zellengenosse", "zellengefährte", "knastbruder",
        "inmate", "prisoner", "convict",
    ),
    "guard": (
        "wärter", "wachmann", "aufseher", "justizbeamte", "justizbeamter", "vollzugsbeamte",
        "officer", "offizier", "guard", "wache", "beamte", "beamter",
    ),
    "police": (
        "polizist", "kommissar", "hauptkommissar", "oberkommissar", "inspektor", "detective",
        "sergeant", "ermittler", "kriminalbeamte", "streifenpolizist", "sheriff", "deputy",
        "agent", "leutnant", "lieutenant", "captain", "kapitän", "polizeichef",
    ),
    "leader": (
        "gouverneur", "direktor", "bürgermeister", "präsident", "senator", "minister", "chef",
        "boss", "leiter", "anführer", "vorsitzende", "vorsitzender", "kanzler", "könig", "fürst",
        "graf", "baron", "bischof", "abt", "governor", "mayor", "director", "warden",
    ),
    "medicine": (
        "arzt", "chefarzt", "oberarzt", "assistenzarzt", "krankenschwester",
        "pfleger", "krankenpfleger", "sanitäter", "hebamme", "chirurg", "psychiater",
        "psychologe", "therapeut", "apotheker", "doctor", "nurse", "ärztin",
    ),
    "justice": (
        "richter", "anwalt", "anwältin", "staatsanwalt", "verteidiger", "notar", "judge",
        "lawyer", "attorney",
    ),
    "church": (
        "pfarrer", "pastor", "priester", "kaplan", "pater", "nonne", "mönch", "imam", "rabbi",
        "vikar", "sister", "father", "reverend", "diakon",
    ),
    "school": (
        "lehrer", "schüler", "student", "professor", "rektor", "schulleiter", "referendar",
        "erzieher", "teacher",
    ),
    "work": (
        "journalist", "reporter", "kellner", "wirt", "händler",
        "mechaniker", "pilot", "fahrer", "taxifahrer", "sekretär", "mitarbeiter", "arbeiter", "angestellte",
        "angestellter", "kollege", "geschäftsmann", "unternehmer", "ingenieur", "architekt",
        "soldat", "matrose", "förster", "tischler", "gärtner", "hausmeister",
        "detektiv", "spion", "sänger", "musiker", "maler", "schauspieler", "autor", "dichter", "fotograf",
    ),
    "family": (
        "mutter", "vater", "sohn", "tochter", "bruder", "schwester", "onkel", "tante", "neffe",
        "nichte", "cousin", "cousine", "großvater", "großmutter", "opa", "oma", "enkel",
        "ehemann", "ehefrau", "witwe", "witwer", "verlobte", "verlobter", "schwager", "schwägerin",
        "stiefvater", "stiefmutter", "stiefsohn", "stieftochter",
    ),
    "relation": (
        "freund", "feind", "erzfeind", "genosse", "gefährte", "partner", "nachbar", "widersacher",
        "rivale", "komplize", "mitbewohner", "vertraute", "vertrauter", "geliebte", "geliebter",
        "lover", "gegner",
    ),
    # People the story is about without saying what they do.
    "people": (
        "patient", "praktikant", "junge", "zwilling", "opfer", "zeuge", "verdächtige",
        "verdächtiger", "besucher", "gast", "fremde", "fremder", "amerikaner", "engländer",
        "franzose", "italiener", "russe", "türke", "pole", "deutsche", "deutscher",
    ),
    "title": (
        "herr", "frau", "mr.", "mrs.", "ms.", "sir", "lady", "lord", "fräulein", "dr.", "doktor", "prof.",
    ),
}

# A person's circle comes from the most telling role word seen with them: what they do says
# more than who they are related to.
CIRCLE_PRIORITY = (
    "inmate", "guard", "police", "leader", "medicine", "justice", "church", "school", "work",
    "family", "relation", "people", "title",
)

ROLE_TO_CIRCLE: dict[str, str] = {
    role: circle for circle, roles in ROLE_CIRCLES.items() for role in roles
}

# Capitalised words that open a compound role but are roles themselves at the end ("Küchenchef").
ROLE_ENDINGS = sorted(
    (role for role in ROLE_TO_CIRCLE if len(role) >= 4 and not role.endswith(".")),
    key=len,
    reverse=True,
)

# Nouns for places: a capitalised name right after them is a place, not a person.
PLACE_NOUNS = (
    "gefängnis", "knast", "trakt", "flügel", "stadt", "dorf", "ort", "insel", "land", "staat",
    "bundesstaat", "krankenhaus", "klinik", "hospital", "spital", "schule", "gymnasium",
    "internat", "kirche", "kloster", "gemeinde", "revier", "präsidium", "station", "hotel",
    "restaurant", "kneipe", "café", "hafen", "fluss", "berg", "tal", "see", "straße",
    "viertel", "bezirk", "lager", "straflager", "anstalt", "heim", "hof", "bahnhof", "flughafen",
    "universität", "gericht", "museum", "theater", "firma", "werk", "fabrik", "zentrum", "region",
    "provinz", "kanton", "county", "city", "island", "bay", "street", "park", "square",
)

# Prepositions after which a capitalised name is a place ("in Köln", "nach Rom").
PLACE_PREPOSITIONS = frozenset({"in", "nach", "im", "aus", "am"})

# Nouns too empty to ask about (a gap on them tests nothing); compared folded ("höhepunkt").
_EMPTY_NOUNS = frozenset({
    "tag", "tage", "tagen", "zeit", "mal", "fall", "art", "weise", "folge", "situation", "sache",
    "dinge", "ding", "leben", "möglichkeit", "hände", "hand", "weg", "ende", "anfang", "teil",
    "seite", "licht", "haare", "grab", "rücken", "kontrolle", "ordnung", "weiteres", "vielzahl",
    "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen", "stunde",
    "stunden", "minute", "minuten", "nacht", "abend", "morgen", "problem", "probleme", "frage",
    "antwort", "grund", "zug", "stück", "menge", "reihe", "kurzem", "laufe", "visier", "amt",
    # abstract nouns that idioms give away ("seine Strafe verbüßen", "große Fortschritte machen")
    "gewalt", "strafe", "haft", "freiheit", "respekt", "fortschritt", "charakter", "konflikt",
    "prozess", "prozeß", "unterricht", "auftrag", "regel", "beschwerde", "fehler", "schwierigkeit",
    "tat", "hilfe", "angst", "liebe", "hass", "wut", "ruhe", "macht", "chance", "rolle", "ziel",
    "plan", "idee", "wahrheit", "kampf", "streit", "ärger", "sorge", "erfolg", "verbrechen",
    "situation", "beziehung", "entscheidung", "erinnerung", "familie", "leute", "mann", "frau",
    "besuch", "hand", "hände", "augen", "auge", "kopf", "seite", "wort", "worte", "namen", "name",
    # nouns of set phrases ("den Höhepunkt erreichen", "zur Zielscheibe werden", "Blut fließt")
    "höhepunkt", "zielscheibe", "blut", "spur", "ohr", "herz", "schuld", "rache", "tod", "rede",
    "griff", "fuß", "boden", "luft", "feuer", "wasser", "brot", "stirn", "nerven", "atem",
})
EMPTY_NOUNS = frozenset(fold(noun) for noun in _EMPTY_NOUNS)

# "Shell" nouns: with a definite article they sum up what the sentence before told
# ("lehnt den Auftrag ab", "hinter der Tat stecken"). Compared folded.
SHELL_NOUNS = frozenset(fold(noun) for noun in (
    "auftrag", "plan", "tat", "idee", "vorschlag", "angebot", "entscheidung", "vorfall",
    "vorhaben", "aktion", "sache", "nachricht", "neuigkeit", "verdacht", "vorwurf", "bitte",
    "forderung", "drohung", "wunsch", "versuch", "geschichte", "ereignis", "zwischenfall",
    "unglück", "mord", "tod", "anschlag", "überfall", "unfall", "verbrechen", "streit", "diebstahl",
    "einbruch", "raub", "entführung", "flucht",
    "entdeckung", "geständnis", "aussage",
))
# Endings of abstract simple nouns, given away by the words around them ("sexueller Belästigung").
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "nis", "tät", "ismus")

# Words that point back to someone or something of the sentence before.
BACK_POINTING_WORDS = frozenset({
    "er", "ihn", "ihm", "sie", "ihr", "ihnen", "dessen", "deren", "dieser", "diese", "dies",
    "daraufhin", "dabei", "dort", "deshalb", "dafür", "damit", "doch",
})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})

# Two-part names with lower-case particles ("Hanna von Stetten", "Luis de la Cruz").
NAME_PARTICLES = frozenset({"von", "van", "de", "del", "della", "la", "le", "di", "da", "zu", "ten", "vom"})

# Adjectives that begin with a number ("neunjähriges", "3-tägige", "zehnfache").
NUMBER_ADJECTIVE_SUFFIXES = ("jährig", "tägig", "wöchig", "monatig", "stündig", "köpfig", "stöckig", "fach")

# Words that look like number words but are articles or pronouns when alone.
NOT_NUMBERS = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "eins"})

# Role words that say a person is a woman or a man (heads of compounds too: "Ordensschwester",
# "Ehemann"); compared lower case, after case endings are taken off.
FEMALE_WORDS = (
    "frau", "mutter", "tochter", "schwester", "tante", "nichte", "cousine", "oma", "witwe",
    "nonne", "hebamme", "fräulein", "mrs.", "ms.", "lady", "sister", "mädchen", "dame",
)
MALE_WORDS = (
    "herr", "mann", "vater", "sohn", "bruder", "onkel", "neffe", "cousin", "opa", "witwer",
    "schwager", "mönch", "pater", "mr.", "sir", "lord", "father", "junge", "enkel",
)
# Roles said of women and men alike: grammatically masculine ones without a feminine form in
# use, titles, and English roles. They tell nothing about a person's gender.
COMMON_GENDER_ROLES = (
    "häftling", "sträfling", "knacki", "zwilling", "opfer", "gast", "wache", "boss",
    "dr.", "doktor", "prof.", "inmate", "prisoner", "convict", "officer", "guard", "detective",
    "sergeant", "deputy", "lieutenant", "captain", "sheriff", "governor", "mayor", "director",
    "warden", "doctor", "nurse", "judge", "lawyer", "attorney", "teacher", "reverend", "lover",
    "agent",
)
