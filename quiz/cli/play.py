"""`quiz play`: placeholder until its module lands (replaced in this session)."""


def register(subparsers, common):
    subparsers.add_parser("play", parents=[common])


def run(args) -> int:
    from quiz.errors import QuizError

    raise QuizError("'quiz play' is not built yet")
