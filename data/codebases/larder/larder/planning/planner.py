"""Planners choose a recipe for every meal slot of a week."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import date
from typing import Optional

from ..constants import DEFAULT_SERVINGS, DEFAULT_SLOTS
from ..money import Money
from ..pantry import Pantry
from ..pricing import PriceBook
from ..recipes import Recipe
from .budget import Budget
from .calendar import Week, week_of
from .meal_plan import Meal, MealPlan
from .shopping import build_shopping_list


class Planner(ABC):
    """Fills a week's meal slots with recipes; subclasses decide which recipe goes where."""

    class Options:
        """Settings every planner shares: the daily slots and the servings per meal."""

        def __init__(self, slots: Sequence[str] = DEFAULT_SLOTS, servings: int = DEFAULT_SERVINGS) -> None:
            """Store the slots and the servings."""
            self.slots = tuple(slots)
            self.servings = servings

    def __init__(self, options: Optional[Planner.Options] = None) -> None:
        """Use the given options, or the defaults."""
        self.options = options if options is not None else Planner.Options()

    @abstractmethod
    def choose(self, recipes: list[Recipe], day: date, slot: str) -> Recipe:
        """Pick the recipe for one slot of one day."""

    def plan(self, recipes: list[Recipe], week: Week) -> MealPlan:
        """Fill every slot of the week."""
        if not recipes:
            raise ValueError("a plan needs at least one recipe")
        plan = MealPlan(week)
        for day in week.days():
            for slot in self.options.slots:
                plan.add(Meal(day, slot, self.choose(recipes, day, slot), self.options.servings))
        return plan


class RoundRobinPlanner(Planner):
    """Cycles through the recipes in order."""

    def __init__(self, options: Optional[Planner.Options] = None) -> None:
        """Start at the first recipe."""
        super().__init__(options)
        self._next = 0

    def choose(self, recipes: list[Recipe], day: date, slot: str) -> Recipe:
        """The next recipe in turn."""
        recipe = recipes[self._next % len(recipes)]
        self._next += 1
        return recipe


class BudgetPlanner(RoundRobinPlanner):
    """Cycles through the recipes that fit the budget left for the week; the cheapest when none does."""

    def __init__(self, prices: PriceBook, budget: Budget, pantry: Pantry, options: Optional[Planner.Options] = None) -> None:
        """Store the prices, the budget and the pantry to price recipes against."""
        super().__init__(options)
        self.prices = prices
        self.budget = budget
        self.pantry = pantry
        self.spent = Money.zero(budget.limit.currency)

    def cost_of(self, recipe: Recipe) -> Money:
        """What one meal of the recipe costs beyond the pantry, at the planner's servings."""
        portion = recipe.scale(self.options.servings / recipe.servings)
        return build_shopping_list([portion], self.pantry).total_cost(self.prices)

    def choose(self, recipes: list[Recipe], day: date, slot: str) -> Recipe:
        """The next affordable recipe in turn, or the cheapest."""
        meals_left = 7 * len(self.options.slots) - self._next
        allowance = self.budget.limit.subtract(self.spent).times(1 / max(1, meals_left))
        affordable = [recipe for recipe in recipes if self.cost_of(recipe) <= allowance]
        if affordable:
            recipe = super().choose(affordable, day, slot)
        else:
            recipe = min(recipes, key=lambda candidate: (self.cost_of(candidate), candidate.title))
            self._next += 1
        self.spent = self.spent.add(self.cost_of(recipe))
        return recipe


def plan_week(recipes: list[Recipe], start: date, planner: Optional[Planner] = None) -> MealPlan:
    """Plan the week that contains a date (round robin unless another planner is given)."""
    chosen = planner if planner is not None else RoundRobinPlanner()
    return chosen.plan(recipes, week_of(start))
