"""Question banks: the YAML format, loading, validation and the parsed-bank cache.

- ``model``       the dataclasses everyone shares (Question, Bank, Problem, LoadReport)
- ``format``      field names, limits, the schema comment; ``schema.json`` for editors
- ``yamlread``    bytes -> marked data (lines and columns kept), hostile input refused
- ``validation``  the format's rules: marked data -> Bank and findings
- ``types``       one entry per question type: its parsing, validation, checking, display
- ``yamlwrite``   text as YAML scalars, for every writer of banks
- ``findings``    problems as message keys, translated when shown
- ``cache``       parsed banks kept as JSON, served only for the same bytes
- ``loader``      ``load_bank_file`` and ``load_banks``: the entry points
- ``summary``     the one-line summary of ``quiz validate``
"""
