"""The room on the network: an aiohttp server (the page and a WebSocket on one port) and the
client that terminals use. The room itself (``quiz.room``) knows nothing of this.

- ``protocol``  the JSON messages both ways, and the checks on what clients send
- ``server``    one asyncio process owns the room: connections, bounds, broadcasting
- ``client``    a player's connection with rejoin, for ``quiz join`` and the benchmark
- ``static/``   the browser page: plain HTML, CSS and JavaScript, nothing fetched elsewhere
"""
