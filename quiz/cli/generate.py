"""`quiz generate`: placeholder until its module lands (replaced in this session)."""


def register(subparsers, common):
    subparsers.add_parser("generate", parents=[common])


def run(args) -> int:
    from quiz.errors import QuizError

    raise QuizError("'quiz generate' is not built yet")
