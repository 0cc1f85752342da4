"""Calories of a recipe, from its ingredients' energy densities."""

from __future__ import annotations

from dataclasses import dataclass

from ..numerics import format_number
from .recipe import Recipe


@dataclass(frozen=True)
class NutritionFacts:
    """The energy of a whole recipe and the servings it is shared between."""

    calories: float
    servings: int

    def per_serving(self) -> float:
        """Calories in one serving."""
        return self.calories / self.servings

    def combined(self, other: NutritionFacts) -> NutritionFacts:
        """Two recipes' facts together, servings added."""
        return NutritionFacts(self.calories + other.calories, self.servings + other.servings)


def nutrition_of(recipe: Recipe) -> NutritionFacts:
    """Estimate a recipe's calories from its ingredient lines."""
    calories = sum(line.ingredient.calories_in(line.quantity) for line in recipe.lines)
    return NutritionFacts(calories, recipe.servings)


def format_nutrition(facts: NutritionFacts) -> str:
    """Format as "<calories> kcal (<per serving> kcal per serving)"."""
    return f"{format_number(round(facts.calories))} kcal ({format_number(round(facts.per_serving()))} kcal per serving)"
