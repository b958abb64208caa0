"""``python -m quiz`` does what the ``quiz`` command does."""

import sys

from quiz.cli import main

sys.exit(main())
