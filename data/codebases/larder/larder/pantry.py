"""The pantry: what is in stock, shelf by shelf."""

from __future__ import annotations

from typing import Optional

from .errors import OutOfStockError
from .items import Ingredient
from .units import Quantity, convert


class Pantry:
    """Stock of ingredients, kept on labelled shelves."""

    class Shelf:
        """One shelf: quantities of ingredients stored together."""

        def __init__(self, label: str) -> None:
            """Start an empty shelf."""
            self.label = label
            self.stock: dict[str, Quantity] = {}

        def put(self, ingredient: Ingredient, quantity: Quantity) -> None:
            """Add a quantity of an ingredient to the shelf."""
            held = self.stock.get(ingredient.name)
            self.stock[ingredient.name] = quantity if held is None else held.plus(quantity)

        def amount_of(self, ingredient: Ingredient) -> Optional[Quantity]:
            """Return how much of an ingredient the shelf holds, or None."""
            return self.stock.get(ingredient.name)

        def remove(self, ingredient: Ingredient, quantity: Quantity) -> Quantity:
            """Take up to a quantity off the shelf; return what was taken."""
            held = self.stock.get(ingredient.name)
            if held is None:
                return Quantity(0, quantity.unit)
            taken = quantity if held.at_least(quantity) else convert(held, quantity.unit)
            left = held.minus(taken)
            if left.is_zero():
                del self.stock[ingredient.name]
            else:
                self.stock[ingredient.name] = left
            return taken

    def __init__(self) -> None:
        """Start with no shelves."""
        self.shelves: dict[str, Pantry.Shelf] = {}
        self._ingredients: dict[str, Ingredient] = {}

    def shelf(self, label: str) -> Pantry.Shelf:
        """Return the shelf of that label, adding it when new."""
        if label not in self.shelves:
            self.shelves[label] = Pantry.Shelf(label)
        return self.shelves[label]

    def stock(self, ingredient: Ingredient, quantity: Quantity, shelf: str = "main") -> None:
        """Put a quantity of an ingredient on a shelf."""
        self._ingredients[ingredient.name] = ingredient
        self.shelf(shelf).put(ingredient, quantity)

    def available(self, ingredient: Ingredient) -> Quantity:
        """Return how much of an ingredient all shelves hold together, in its default unit."""
        total = Quantity(0, ingredient.default_unit())
        for shelf in self.shelves.values():
            held = shelf.amount_of(ingredient)
            if held is not None:
                total = total.plus(held)
        return total

    def missing(self, ingredient: Ingredient, needed: Quantity) -> Optional[Quantity]:
        """Return how much more of an ingredient is needed than is in stock, or None when there is enough."""
        have = self.available(ingredient)
        if have.is_zero():
            return needed
        if have.at_least(needed):
            return None
        return needed.minus(convert(have, needed.unit))

    def take(self, ingredient: Ingredient, quantity: Quantity) -> None:
        """Use a quantity of an ingredient, shelf by shelf; raise OutOfStockError when there is too little."""
        short = self.missing(ingredient, quantity)
        if short is not None:
            raise OutOfStockError(ingredient.name, short.in_base_units())
        wanted = quantity
        for shelf in self.shelves.values():
            if wanted.is_zero():
                break
            wanted = wanted.minus(shelf.remove(ingredient, wanted))

    def ingredients(self) -> list[Ingredient]:
        """Return every ingredient ever stocked, by name."""
        return [self._ingredients[name] for name in sorted(self._ingredients)]

    def __contains__(self, ingredient: object) -> bool:
        """Tell whether any of an ingredient is in stock."""
        return isinstance(ingredient, Ingredient) and not self.available(ingredient).is_zero()
