"""Shopping lists: what the planned recipes need beyond what the pantry holds."""

from __future__ import annotations

from dataclasses import dataclass

from ..items import Ingredient
from ..money import Money, total
from ..pantry import Pantry
from ..pricing import PriceBook
from ..recipes import Recipe
from ..units import Quantity, best_unit
from .meal_plan import MealPlan


@dataclass(frozen=True)
class ShoppingItem:
    """A quantity of an ingredient to buy."""

    ingredient: Ingredient
    quantity: Quantity


class ShoppingList:
    """Ingredients to buy, one entry per ingredient."""

    def __init__(self) -> None:
        """Start an empty list."""
        self._items: dict[str, ShoppingItem] = {}

    def need(self, ingredient: Ingredient, quantity: Quantity) -> None:
        """Add a quantity of an ingredient, merging with what is already listed."""
        held = self._items.get(ingredient.name)
        merged = quantity if held is None else held.quantity.plus(quantity)
        self._items[ingredient.name] = ShoppingItem(ingredient, merged)

    def entries(self) -> list[ShoppingItem]:
        """The entries by category, then name, in sensible units."""
        ordered = sorted(self._items.values(), key=lambda item: (item.ingredient.category, item.ingredient.name))
        return [ShoppingItem(item.ingredient, best_unit(item.quantity)) for item in ordered]

    def total_cost(self, prices: PriceBook) -> Money:
        """What the whole list costs at the given prices."""
        return total((prices.price_of(item.ingredient, item.quantity) for item in self.entries()), prices.currency)

    def __len__(self) -> int:
        """The number of entries."""
        return len(self._items)

    def __contains__(self, name: object) -> bool:
        """Tell whether an ingredient name is on the list."""
        return name in self._items


def build_shopping_list(recipes: list[Recipe], pantry: Pantry) -> ShoppingList:
    """List what the recipes need together beyond what the pantry holds."""
    needed = ShoppingList()
    for recipe in recipes:
        for line in recipe.merged_lines():
            needed.need(line.ingredient, line.quantity)
    shopping = ShoppingList()
    for item in needed.entries():
        short = pantry.missing(item.ingredient, item.quantity)
        if short is not None:
            shopping.need(item.ingredient, short)
    return shopping


def shopping_list_for_plan(plan: MealPlan, pantry: Pantry) -> ShoppingList:
    """The shopping list of a whole meal plan."""
    return build_shopping_list(plan.recipes(), pantry)


def merge_lists(first: ShoppingList, second: ShoppingList) -> ShoppingList:
    """One list with the entries of both."""
    merged = ShoppingList()
    for item in first.entries() + second.entries():
        merged.need(item.ingredient, item.quantity)
    return merged
