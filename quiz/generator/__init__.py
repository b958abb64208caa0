"""Synopses in, question banks out (``quiz generate``). No Textual, no game.

In the order the work flows:
- ``sources``      read and check synopsis files (one episode a line)
- ``text``         sentences and tokens; ``tagging`` HanTa tags and noun lemmas
- ``corpus``       what a whole series says about its capitalised words
- ``roles``/``lexicon``  general role words, their circles, place nouns, empty nouns
- ``places``, ``persons``  who is who across a series; ``gender`` what the role words before a
                   name say of the person; ``nouns`` key nouns, gender, number
- ``candidates``   what is worth asking in a sentence
- ``context``      whether a sentence leans on the one before
- ``forms``        cloze or "Wer ...?" wording with context; ``distractors`` wrong choices
- ``pipeline``     the steps together; ``naming`` titles, tags, ids
- ``writer``       YAML with the generated-file marker; ``command`` what the CLI runs
"""
