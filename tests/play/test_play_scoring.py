import pytest

from quiz.play.scoring import points_for, streak_bonus


@pytest.mark.parametrize(
    ("seconds", "limit", "points"),
    [
        (0.0, 20, 1000),
        (0.49, 20, 1000),
        (0.5, 20, 988),  # 1000 * (1 - 0.5/20/2) = 987.5 -> 988
        (5, 20, 875),
        (10, 20, 750),
        (15, 30, 750),
        (20, 20, 500),  # at the limit: half
        (20.01, 20, 0),  # late: the session counts it as a timeout
        (100, None, 1000),  # untimed
    ],
)
def test_points_fall_linearly_from_1000_to_500_at_the_limit(seconds, limit, points):
    assert points_for(seconds, limit) == points


@pytest.mark.parametrize(
    ("streak", "bonus"),
    [(0, 0), (1, 0), (2, 100), (3, 200), (5, 400), (6, 500), (7, 500), (50, 500)],
)
def test_streak_bonus_grows_by_100_after_the_first_and_stops_at_500(streak, bonus):
    assert streak_bonus(streak) == bonus
