"""The one duration formatter: what every countdown, lockout and wait says."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock, say_duration


@pytest.mark.parametrize("seconds, said", [
    (0, "0 seconds"), (0.2, "1 second"), (1, "1 second"), (59, "59 seconds"), (119, "119 seconds"),
    (120, "2 minutes"), (245, "4 min 05 s"), (900, "15 minutes"), (3600, "1 hour"), (7200, "2 hours"),
    (3660, "1 h 01 min"), (-5, "0 seconds"),
])
def test_durations_read_as_people_say_them(seconds, said):
    assert say_duration(seconds) == said


def test_the_fake_clock_only_moves_forward():
    clock = FakeClock()
    clock.advance(2.5)
    assert clock.monotonic() == 1002.5
    with pytest.raises(ValueError):
        clock.advance(-1)
