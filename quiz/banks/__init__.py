"""Question banks: the YAML format, loading, validation and the bank index.

- ``model``       the dataclasses everyone shares (Question, Bank, Problem, LoadReport)
- ``format``      field names, limits, the schema comment; ``schema.json`` for editors
- ``yamlread``    bytes -> marked data (lines and columns kept), hostile input refused
- ``validation``  the format's rules: marked data -> Bank and findings
- ``types``       one entry per question type: its parsing, validation, checking, display
- ``yamlwrite``   text as YAML scalars, for every writer of banks
- ``findings``    problems as message keys, translated when shown
- ``index``       the bank index (SQLite): parsed banks by content hash, read per question
- ``loader``      ``load_bank_file`` and ``load_banks``: the entry points
- ``summary``     the one-line summary of ``quiz validate``
"""
