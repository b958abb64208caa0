"""Widgets of the game: each shows one thing and reports upward with messages."""
