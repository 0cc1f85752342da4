"""The item hierarchy: an abstract Item, ingredients, perishables, spices and equipment."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import date, timedelta

from .. import textutil
from ..constants import GRAMS_PER_PIECE
from ..units import Quantity, Unit
from ..units.registry import GRAM, PIECE


class Item(ABC):
    """Anything a kitchen keeps, identified by its normalized name."""

    def __init__(self, name: str) -> None:
        """Store the normalized name."""
        self.name = textutil.normalize_name(name)

    @property
    @abstractmethod
    def category(self) -> str:
        """The item's category, for sorting shopping lists."""

    @abstractmethod
    def default_unit(self) -> Unit:
        """The unit the item is usually counted in."""

    def key(self) -> str:
        """A stable key for the item."""
        return textutil.slugify(self.name)

    def __repr__(self) -> str:
        """Show the class and the name."""
        return f"{type(self).__name__}({self.name!r})"


class Ingredient(Item):
    """Something that goes into a recipe, with its calories per 100 g or 100 ml."""

    def __init__(self, name: str, unit: Unit = GRAM, calories_per_100: float = 0.0) -> None:
        """Store the name, the usual unit and the energy density."""
        super().__init__(name)
        self.unit = unit
        self.calories_per_100 = calories_per_100

    @property
    def category(self) -> str:
        """Ingredients without a finer kind are dry goods."""
        return "dry goods"

    def default_unit(self) -> Unit:
        """The unit given at construction."""
        return self.unit

    def grams_in(self, quantity: Quantity) -> float:
        """Estimate the weight of a quantity (a piece weighs GRAMS_PER_PIECE, a millilitre a gram)."""
        if quantity.unit is PIECE or quantity.unit.symbol == "piece":
            return quantity.amount * GRAMS_PER_PIECE
        return quantity.in_base_units()

    def calories_in(self, quantity: Quantity) -> float:
        """Estimate the calories in a quantity of this ingredient."""
        return self.grams_in(quantity) * self.calories_per_100 / 100.0


class Perishable(Ingredient):
    """An ingredient that keeps for a limited number of days."""

    def __init__(self, name: str, unit: Unit = GRAM, calories_per_100: float = 0.0, shelf_life_days: int = 7) -> None:
        """Store the ingredient's fields and how long it keeps."""
        super().__init__(name, unit, calories_per_100)
        self.shelf_life_days = shelf_life_days

    @property
    def category(self) -> str:
        """Perishables go to the fridge."""
        return "fresh"

    def expires_on(self, bought: date) -> date:
        """The last good day for an item bought on a day."""
        return bought + timedelta(days=self.shelf_life_days)


class Spice(Ingredient):
    """A spice: used by the pinch, counted in teaspoons."""

    @property
    def category(self) -> str:
        """Spices have their own shelf."""
        return "spices"


class Equipment(Item):
    """A tool rather than food: a tin, a whisk."""

    @property
    def category(self) -> str:
        """Equipment is not food."""
        return "equipment"

    def default_unit(self) -> Unit:
        """Equipment is counted in pieces."""
        return PIECE
