"""quiz: a trivia quiz engine for the terminal.

Layout (the domain knows no screen):
- ``quiz.banks``      question banks: the YAML format, loading, validation, the bank index
- ``quiz.play``       answer checking, scoring and the quiz session (fed a clock)
- ``quiz.scores``     the high-score store (TinyDB, atomic and locked)
- ``quiz.generator``  synopses in, question banks out
- ``quiz.i18n``       every user-visible string, German and English
- ``quiz.ui``         the Textual app: a thin layer over the session
- ``quiz.plain``      the line-based front end over the same session
- ``quiz.cli``        the ``quiz`` command and its subcommands
"""

__version__ = "0.1.0"
