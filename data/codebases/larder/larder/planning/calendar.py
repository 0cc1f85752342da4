"""Weeks that start on Monday; dates are always passed in, never read from the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Week:
    """Seven days from a Monday."""

    start: date

    def days(self) -> list[date]:
        """The week's seven dates."""
        return [self.start + timedelta(days=offset) for offset in range(7)]

    def next(self) -> Week:
        """The following week."""
        return Week(self.start + timedelta(days=7))

    def contains(self, day: date) -> bool:
        """Tell whether a date falls in the week."""
        return self.start <= day < self.start + timedelta(days=7)


def week_of(day: date) -> Week:
    """The week a date falls in."""
    return Week(day - timedelta(days=day.weekday()))
