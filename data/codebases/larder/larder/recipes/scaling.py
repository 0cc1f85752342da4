"""Scaling recipes to a number of servings, and rounding their quantities."""

from __future__ import annotations

from ..numerics import round_to
from ..units import Quantity
from .recipe import Recipe, RecipeLine


def scale_to_servings(recipe: Recipe, servings: int) -> Recipe:
    """A copy of the recipe for another number of servings."""
    if servings < 1:
        raise ValueError("servings must be at least 1")
    scaled = recipe.scale(servings / recipe.servings)
    scaled.servings = servings
    return scaled


def halve(recipe: Recipe) -> Recipe:
    """Half the recipe (at least one serving)."""
    return scale_to_servings(recipe, max(1, recipe.servings // 2))


def round_quantities(recipe: Recipe, step: float = 5.0) -> Recipe:
    """A copy with gram and millilitre amounts rounded to a step; pieces round to halves."""
    rounded = Recipe(recipe.title, recipe.servings)
    for line in recipe.lines:
        unit_step = 0.5 if line.quantity.unit.symbol == "piece" else step
        amount = max(unit_step, round_to(line.quantity.amount, unit_step))
        rounded.add_line(RecipeLine(line.ingredient, Quantity(amount, line.quantity.unit), line.note))
    for original in recipe.steps:
        rounded.add_step(original.text, original.minutes)
    return rounded
