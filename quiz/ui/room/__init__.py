"""The room in the Textual UI: the host's big screen and a player's terminal.

``launch_host`` and ``launch_join`` are what ``quiz host`` and ``quiz join`` call; both
run the app on Textual's asyncio loop, which also carries the server or the connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.errors import QuizError

if TYPE_CHECKING:
    from quiz.net.client import RoomClient
    from quiz.net.hosting import HostedRoom


def launch_host(hosted: HostedRoom) -> int:
    from quiz.ui.room.host import RoomHostApp

    app = RoomHostApp(hosted)
    app.run()
    if app.error is not None:
        raise QuizError(app.error)
    return app.return_code or 0


def launch_join(client: RoomClient) -> int:
    from quiz.ui.room.join import RoomJoinApp

    app = RoomJoinApp(client)
    app.run()
    if app.error is not None:
        raise QuizError(app.error)
    return app.return_code or 0
