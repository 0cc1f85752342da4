"""Reading quantities from text such as "1 1/2 cups" or "250 g"."""

from __future__ import annotations

from typing import Optional

from ..errors import ParseError
from ..numerics import is_number, parse_number
from .quantity import Quantity
from .registry import PIECE, UnitRegistry, default_registry, lookup_unit
from .unit import Unit


def parse_unit(text: str) -> Unit:
    """Read a unit name with the default registry."""
    return lookup_unit(text.strip())


def split_quantity(text: str, registry: Optional[UnitRegistry] = None) -> tuple[Quantity, str]:
    """Split "200 g flour, sifted" into the quantity and the rest ("flour, sifted")."""
    units = registry if registry is not None else default_registry()
    words = text.split()
    count = 0
    while count < len(words) and is_number(" ".join(words[: count + 1])):
        count += 1
    if count == 0:
        raise ParseError(text, "no amount")
    amount = parse_number(" ".join(words[:count]))
    if count < len(words) and words[count] in units:
        return Quantity(amount, units.lookup(words[count])), " ".join(words[count + 1 :])
    return Quantity(amount, PIECE), " ".join(words[count:])


def parse_quantity(text: str, registry: Optional[UnitRegistry] = None) -> Quantity:
    """Read a whole text as one quantity; a bare number counts pieces."""
    quantity, rest = split_quantity(text, registry)
    if rest:
        raise ParseError(text, "unexpected words after the quantity")
    return quantity
