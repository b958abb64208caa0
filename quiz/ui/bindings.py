"""Key bindings whose footer descriptions come from the catalogue.

``BINDINGS`` are read when a class is defined, before the player's language is known, so
screens write catalogue keys as descriptions and translate them when an instance is made.
"""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from quiz.i18n import catalogue, t


def translate_bindings(node: DOMNode) -> None:
    """Write the current language's descriptions into the node's bindings.

    Always from the class's declared bindings (catalogue keys), never from the node's own,
    which hold the texts of the last language and would not translate again.
    """
    known = catalogue()
    declared = type(node)._merged_bindings
    if declared is None:
        return
    for key, bindings in declared.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            dataclasses.replace(binding, description=t(binding.description))
            if binding.description in known
            else binding
            for binding in bindings
        ]
