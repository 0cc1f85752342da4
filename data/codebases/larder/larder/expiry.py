"""When perishables go off; every function takes today's date as an argument."""

from __future__ import annotations

from datetime import date

from .items.base import Perishable


def best_before(item: Perishable, bought: date) -> date:
    """The last good day of an item bought on a day."""
    return item.expires_on(bought)


def days_left(item: Perishable, bought: date, today: date) -> int:
    """Days until the item goes off (negative once it has)."""
    return (best_before(item, bought) - today).days


class ExpiryTracker:
    """Remembers when perishables were bought, to list what must be used soon."""

    def __init__(self) -> None:
        """Start with nothing recorded."""
        self._bought: dict[str, tuple[Perishable, date]] = {}

    def record(self, item: Perishable, bought: date) -> None:
        """Record that an item was bought on a day (the latest purchase wins)."""
        self._bought[item.name] = (item, bought)

    def expiring(self, today: date, within_days: int = 2) -> list[Perishable]:
        """Return the items that go off within a number of days of today, soonest first."""
        soon = [
            (days_left(item, bought, today), item.name, item)
            for item, bought in self._bought.values()
            if days_left(item, bought, today) <= within_days
        ]
        return [item for _, _, item in sorted(soon, key=lambda entry: (entry[0], entry[1]))]
