"""Footer texts follow the language each time it changes, not only the first time."""

from __future__ import annotations

from quiz.i18n import set_language
from quiz.ui.bindings import translate_bindings


def descriptions(app) -> set[str]:
    return {b.description for bs in app._bindings.key_to_bindings.values() for b in bs}


def test_app_bindings_translate_again_after_a_second_language_switch(build_app):
    app = build_app(lang=None)
    set_language("en")
    translate_bindings(app)
    english = descriptions(app)
    set_language("de")
    translate_bindings(app)
    german = descriptions(app)
    set_language("en")
    translate_bindings(app)
    assert german != english
    assert descriptions(app) == english


def test_the_room_join_footer_shows_words_not_catalogue_keys():
    from quiz.ui.room.join import RoomJoinApp

    set_language("de")
    app = RoomJoinApp(client=None)  # type: ignore[arg-type]  # the footer needs no client
    assert "Beenden" in descriptions(app)
    assert not [text for text in descriptions(app) if text.startswith("ui.key.")]
