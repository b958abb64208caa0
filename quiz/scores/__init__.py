"""The high-score store: lean session records in a TinyDB file, outcomes in a file beside it.

- ``model``    what callers get back (``SavedScore``, ``ScoreEntry``)
- ``store``    ``ScoreStore``: the one entry point (locking, saving, moving damaged files aside)
- ``storage``  the TinyDB storage and table: orjson, atomic writes, damage check, read cache
- ``ranking``  the order of the table, built once per version of the file
- ``details``  per-question outcomes as JSON lines, appended, never parsed for the table
- ``table``    the plain-text table of ``quiz scores``
- ``unicode``  text made safe to write as UTF-8
"""
