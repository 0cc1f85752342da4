"""A catalog of known ingredients, and the default one larder ships with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Optional

from ..errors import LarderError
from ..textutil import normalize_name
from ..units.registry import GRAM, MILLILITRE, PIECE, TEASPOON
from .base import Ingredient, Perishable, Spice


class Catalog:
    """Ingredients by normalized name."""

    def __init__(self, ingredients: Iterable[Ingredient] = ()) -> None:
        """Start with the given ingredients."""
        self._by_name: dict[str, Ingredient] = {}
        for ingredient in ingredients:
            self.add(ingredient)

    def add(self, ingredient: Ingredient) -> None:
        """Add or replace an ingredient."""
        self._by_name[ingredient.name] = ingredient

    def find(self, name: str) -> Optional[Ingredient]:
        """Return the ingredient of that name, or None."""
        return self._by_name.get(normalize_name(name))

    def require(self, name: str) -> Ingredient:
        """Return the ingredient of that name, or raise LarderError."""
        ingredient = self.find(name)
        if ingredient is None:
            raise LarderError(f"unknown ingredient: {name!r}")
        return ingredient

    def find_or_create(self, name: str) -> Ingredient:
        """Return the named ingredient, adding a plain one when it is unknown."""
        ingredient = self.find(name)
        if ingredient is None:
            ingredient = Ingredient(name)
            self.add(ingredient)
        return ingredient

    def perishables(self) -> list[Perishable]:
        """Return the perishable ingredients, by name."""
        return [item for _, item in sorted(self._by_name.items()) if isinstance(item, Perishable)]

    def __len__(self) -> int:
        """The number of ingredients."""
        return len(self._by_name)

    def __iter__(self) -> Iterator[Ingredient]:
        """Iterate over the ingredients by name."""
        return iter([self._by_name[name] for name in sorted(self._by_name)])


def default_catalog() -> Catalog:
    """Build the catalog of everyday ingredients larder's examples use."""
    return Catalog(
        [
            Ingredient("flour", GRAM, 364),
            Ingredient("sugar", GRAM, 387),
            Ingredient("rice", GRAM, 360),
            Ingredient("pasta", GRAM, 371),
            Ingredient("olive oil", MILLILITRE, 884),
            Perishable("butter", GRAM, 717, shelf_life_days=30),
            Perishable("eggs", PIECE, 155, shelf_life_days=21),
            Perishable("milk", MILLILITRE, 42, shelf_life_days=7),
            Perishable("tomatoes", GRAM, 18, shelf_life_days=7),
            Perishable("onions", GRAM, 40, shelf_life_days=30),
            Perishable("cheese", GRAM, 402, shelf_life_days=28),
            Spice("salt", TEASPOON),
            Spice("pepper", TEASPOON, 251),
        ]
    )
