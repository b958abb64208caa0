"""One module per area; see ``quiz.i18n``."""
