"""An amount in a unit, with arithmetic that keeps units honest."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import IncompatibleUnitsError
from ..numerics import format_number
from .unit import Unit


@dataclass(frozen=True)
class Quantity:
    """An amount of something in a unit, such as 250 g."""

    amount: float
    unit: Unit

    def in_base_units(self) -> float:
        """Return the amount expressed in the dimension's base unit."""
        return self.amount * self.unit.factor

    def plus(self, other: Quantity) -> Quantity:
        """Add another quantity, converted into this quantity's unit."""
        self._check(other)
        return Quantity(self.amount + other.in_base_units() / self.unit.factor, self.unit)

    def minus(self, other: Quantity) -> Quantity:
        """Subtract another quantity, converted into this quantity's unit."""
        self._check(other)
        return Quantity(self.amount - other.in_base_units() / self.unit.factor, self.unit)

    def scaled(self, factor: float) -> Quantity:
        """Multiply the amount by a factor, keeping the unit."""
        return Quantity(self.amount * factor, self.unit)

    def is_zero(self) -> bool:
        """Tell whether the amount is (practically) nothing."""
        return abs(self.amount) < 1e-9

    def at_least(self, other: Quantity) -> bool:
        """Tell whether this quantity is no smaller than other."""
        self._check(other)
        return self.in_base_units() + 1e-9 >= other.in_base_units()

    def _check(self, other: Quantity) -> None:
        """Raise IncompatibleUnitsError when other measures another dimension."""
        if not self.unit.is_compatible(other.unit):
            raise IncompatibleUnitsError(self.unit.symbol, other.unit.symbol)

    def __str__(self) -> str:
        """Format as "<amount> <unit>"."""
        return f"{format_number(self.amount)} {self.unit}"
