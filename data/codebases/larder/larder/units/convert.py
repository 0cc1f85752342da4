"""Conversions between units of the same dimension."""

from __future__ import annotations

from typing import Optional

from ..errors import IncompatibleUnitsError
from .quantity import Quantity
from .registry import UnitRegistry, default_registry
from .unit import Unit


def convert(quantity: Quantity, to: Unit) -> Quantity:
    """Express a quantity in another unit of the same dimension."""
    if not quantity.unit.is_compatible(to):
        raise IncompatibleUnitsError(quantity.unit.symbol, to.symbol)
    return Quantity(quantity.in_base_units() / to.factor, to)


def to_base(quantity: Quantity, registry: Optional[UnitRegistry] = None) -> Quantity:
    """Express a quantity in its dimension's base unit (g, ml or piece)."""
    units = registry if registry is not None else default_registry()
    return convert(quantity, units.base_unit(quantity.unit.dimension))


def best_unit(quantity: Quantity, registry: Optional[UnitRegistry] = None) -> Quantity:
    """Express a quantity in the largest unit that keeps the amount at one or more."""
    units = registry if registry is not None else default_registry()
    base = quantity.in_base_units()
    chosen = quantity.unit
    for unit in units.units_of(quantity.unit.dimension):
        if base >= unit.factor and unit.symbol in ("g", "kg", "ml", "l", "piece"):
            chosen = unit
    return convert(quantity, chosen)
