"""`quiz scores`: placeholder until its module lands (replaced in this session)."""


def register(subparsers, common):
    subparsers.add_parser("scores", parents=[common])


def run(args) -> int:
    from quiz.errors import QuizError

    raise QuizError("'quiz scores' is not built yet")
