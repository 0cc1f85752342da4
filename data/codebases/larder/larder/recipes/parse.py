"""Reading recipes from a small text format.

    # Pancakes
    serves 4
    - 200 g flour, sifted
    - 2 eggs
    1. Whisk everything together. (5 min)
    2. Fry in butter. (15 min)
"""

from __future__ import annotations

from typing import Optional

from ..errors import ParseError
from ..items import Catalog, default_catalog
from ..units import split_quantity
from .recipe import Recipe, RecipeLine


def parse_line(text: str, catalog: Catalog) -> RecipeLine:
    """Read one ingredient line ("200 g flour, sifted"); unknown ingredients join the catalog."""
    quantity, rest = split_quantity(text.strip())
    name, _, note = rest.partition(",")
    if not name.strip():
        raise ParseError(text, "no ingredient")
    return RecipeLine(catalog.find_or_create(name), quantity, note.strip())


def _step_minutes(text: str) -> tuple[str, int]:
    """Split a trailing "(15 min)" off a step's text."""
    body, open_paren, tail = text.rpartition("(")
    if open_paren and tail.endswith("min)") and tail[:-4].strip().isdigit():
        return body.strip(), int(tail[:-4])
    return text.strip(), 0


def parse_recipe(text: str, catalog: Optional[Catalog] = None) -> Recipe:
    """Read a recipe from the text format above."""
    known = catalog if catalog is not None else default_catalog()
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or not lines[0].startswith("#"):
        raise ParseError(text[:40], "a recipe starts with '# <title>'")
    title = lines[0].lstrip("#").strip()
    servings = 1
    recipe = Recipe(title, servings)
    for line in lines[1:]:
        if line.startswith("serves "):
            recipe.servings = int(line.split()[1])
        elif line.startswith("- "):
            recipe.add_line(parse_line(line[2:], known))
        elif line[:1].isdigit() and "." in line:
            step_text, minutes = _step_minutes(line.partition(".")[2])
            recipe.add_step(step_text, minutes)
        else:
            raise ParseError(line, "not a recipe line")
    return recipe
