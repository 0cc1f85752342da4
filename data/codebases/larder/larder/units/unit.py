"""A unit of measure: a symbol, the dimension it measures and its size in the dimension's base unit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Dimension(Enum):
    """What a unit measures; each dimension has one base unit (g, ml, piece)."""

    MASS = "mass"
    VOLUME = "volume"
    COUNT = "count"


@dataclass(frozen=True)
class Unit:
    """A unit such as "kg": factor is how many base units one of it holds."""

    symbol: str
    dimension: Dimension
    factor: float = 1.0

    def is_compatible(self, other: Unit) -> bool:
        """Tell whether a quantity in this unit can be converted to other."""
        return self.dimension is other.dimension

    def is_base(self) -> bool:
        """Tell whether this is its dimension's base unit."""
        return self.factor == 1.0

    def __str__(self) -> str:
        """Return the unit's symbol."""
        return self.symbol
