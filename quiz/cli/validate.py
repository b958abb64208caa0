"""`quiz validate`: placeholder until its module lands (replaced in this session)."""


def register(subparsers, common):
    subparsers.add_parser("validate", parents=[common])


def run(args) -> int:
    from quiz.errors import QuizError

    raise QuizError("'quiz validate' is not built yet")
