"""Pantry stock as CSV: name,amount,unit,shelf."""

from __future__ import annotations

import csv
from typing import Optional

from ..errors import ParseError
from ..items import Catalog, default_catalog
from ..numerics import format_number
from ..pantry import Pantry
from ..units import Quantity, lookup_unit

HEADER = ["name", "amount", "unit", "shelf"]


def parse_pantry_csv(text: str, catalog: Optional[Catalog] = None) -> Pantry:
    """Read pantry stock from CSV text with the header name,amount,unit,shelf."""
    known = catalog if catalog is not None else default_catalog()
    rows = list(csv.reader(text.strip().splitlines()))
    if not rows or [cell.strip() for cell in rows[0]] != HEADER:
        raise ParseError(text[:40], "expected the header " + ",".join(HEADER))
    pantry = Pantry()
    for row in rows[1:]:
        if len(row) != len(HEADER):
            raise ParseError(",".join(row), "expected 4 cells")
        name, amount, unit, shelf = (cell.strip() for cell in row)
        pantry.stock(known.find_or_create(name), Quantity(float(amount), lookup_unit(unit)), shelf or "main")
    return pantry


def dump_pantry_csv(pantry: Pantry) -> str:
    """Write pantry stock as CSV, shelf by shelf and name by name."""
    out = [",".join(HEADER)]
    for label in sorted(pantry.shelves):
        shelf = pantry.shelves[label]
        for name in sorted(shelf.stock):
            quantity = shelf.stock[name]
            out.append(",".join([name, format_number(quantity.amount), quantity.unit.symbol, label]))
    return "\n".join(out) + "\n"
