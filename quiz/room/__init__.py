"""A live room: many players, one question at a time, one authority.

The room is a state machine fed a clock, like the session it is built from: every player
plays a ``QuizSession`` of the same draw, so answers are checked and scored by exactly the
code of a game alone. No network here: ``quiz.net`` carries the room's views to players.

- ``model``   phases, limits, the errors a player can be told, the views sent out
- ``room``    the state machine: join, start, answer, close, reveal, rejoin, end
- ``codes``   room codes and rejoin tokens
"""
