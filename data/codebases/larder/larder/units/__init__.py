"""Units of measure, quantities and conversions between them."""

from .convert import best_unit, convert, to_base
from .parse import parse_quantity, parse_unit, split_quantity
from .quantity import Quantity
from .registry import UnitRegistry, default_registry, lookup_unit
from .unit import Dimension, Unit

__all__ = [
    "Dimension",
    "Quantity",
    "Unit",
    "UnitRegistry",
    "best_unit",
    "convert",
    "default_registry",
    "lookup_unit",
    "parse_quantity",
    "parse_unit",
    "split_quantity",
    "to_base",
]
