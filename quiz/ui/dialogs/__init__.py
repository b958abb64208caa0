"""Modal questions put to the player."""
