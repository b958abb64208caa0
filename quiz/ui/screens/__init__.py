"""The screens of the game, each handing its result back with ``dismiss``."""
