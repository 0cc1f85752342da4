"""A meal plan: which recipe is cooked for how many, on which day and at which meal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..recipes import Recipe, scale_to_servings
from .calendar import Week


@dataclass(frozen=True)
class Meal:
    """One meal: a recipe cooked for a number of servings on a day, at a slot ("dinner")."""

    day: date
    slot: str
    recipe: Recipe
    servings: int

    def scaled_recipe(self) -> Recipe:
        """The recipe scaled to the meal's servings."""
        return scale_to_servings(self.recipe, self.servings)


class MealPlan:
    """The meals of one week."""

    def __init__(self, week: Week) -> None:
        """Start an empty plan for a week."""
        self.week = week
        self.meals: list[Meal] = []

    def add(self, meal: Meal) -> None:
        """Add a meal; it must fall in the plan's week."""
        if not self.week.contains(meal.day):
            raise ValueError(f"{meal.day} is not in the week of {self.week.start}")
        self.meals.append(meal)

    def meals_on(self, day: date) -> list[Meal]:
        """The meals of one day, in the order they were added."""
        return [meal for meal in self.meals if meal.day == day]

    def recipes(self) -> list[Recipe]:
        """Every meal's recipe, scaled to its servings."""
        return [meal.scaled_recipe() for meal in self.meals]

    def titles(self) -> list[str]:
        """The distinct recipe titles of the plan, sorted."""
        return sorted({meal.recipe.title for meal in self.meals})

    def __len__(self) -> int:
        """The number of meals."""
        return len(self.meals)
