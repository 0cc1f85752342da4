"""The units larder knows, looked up by symbol or alias."""

from __future__ import annotations

from collections.abc import Iterable

from ..constants import GRAMS_PER_KILOGRAM, MILLILITRES_PER_LITRE
from ..errors import UnknownUnitError
from ..textutil import normalize_name
from .unit import Dimension, Unit

GRAM = Unit("g", Dimension.MASS)
KILOGRAM = Unit("kg", Dimension.MASS, GRAMS_PER_KILOGRAM)
MILLILITRE = Unit("ml", Dimension.VOLUME)
LITRE = Unit("l", Dimension.VOLUME, MILLILITRES_PER_LITRE)
TEASPOON = Unit("tsp", Dimension.VOLUME, 5.0)
TABLESPOON = Unit("tbsp", Dimension.VOLUME, 15.0)
CUP = Unit("cup", Dimension.VOLUME, 240.0)
PIECE = Unit("piece", Dimension.COUNT)


class UnitRegistry:
    """A lookup table from unit names (symbols and aliases) to units."""

    def __init__(self, units: Iterable[Unit] = ()) -> None:
        """Start with the given units, each under its own symbol."""
        self._by_name: dict[str, Unit] = {}
        for unit in units:
            self.register(unit)

    def register(self, unit: Unit, *aliases: str) -> None:
        """Make a unit known under its symbol and any aliases."""
        for name in (unit.symbol, *aliases):
            self._by_name[normalize_name(name)] = unit

    def lookup(self, name: str) -> Unit:
        """Return the unit of that name or raise UnknownUnitError."""
        unit = self.find(name)
        if unit is None:
            raise UnknownUnitError(name)
        return unit

    def find(self, name: str) -> Unit | None:
        """Return the unit of that name, or None."""
        return self._by_name.get(normalize_name(name))

    def base_unit(self, dimension: Dimension) -> Unit:
        """Return the base unit of a dimension."""
        for unit in self._by_name.values():
            if unit.dimension is dimension and unit.is_base():
                return unit
        raise UnknownUnitError(dimension.value)

    def units_of(self, dimension: Dimension) -> list[Unit]:
        """Return the distinct units of a dimension, smallest first."""
        found = {unit for unit in self._by_name.values() if unit.dimension is dimension}
        return sorted(found, key=lambda unit: unit.factor)

    def __contains__(self, name: object) -> bool:
        """Tell whether a name is known."""
        return isinstance(name, str) and normalize_name(name) in self._by_name


def default_registry() -> UnitRegistry:
    """Build the registry of metric and kitchen units with their usual aliases."""
    registry = UnitRegistry()
    registry.register(GRAM, "gram", "grams")
    registry.register(KILOGRAM, "kilogram", "kilograms", "kilo")
    registry.register(MILLILITRE, "millilitre", "millilitres", "milliliter", "milliliters")
    registry.register(LITRE, "litre", "litres", "liter", "liters")
    registry.register(TEASPOON, "teaspoon", "teaspoons")
    registry.register(TABLESPOON, "tablespoon", "tablespoons")
    registry.register(CUP, "cups")
    registry.register(PIECE, "pieces", "pc", "pcs")
    return registry


_DEFAULT = default_registry()


def lookup_unit(name: str) -> Unit:
    """Look a unit up in the default registry."""
    return _DEFAULT.lookup(name)
