"""Plain-text formatting: the inverse of larder.recipes.parse."""

from __future__ import annotations

from ..numerics import format_number
from ..recipes import Recipe, RecipeLine
from ..units import Quantity


def format_quantity(quantity: Quantity) -> str:
    """Format a quantity; pieces are written as a bare number."""
    if quantity.unit.symbol == "piece":
        return format_number(quantity.amount)
    return f"{format_number(quantity.amount)} {quantity.unit.symbol}"


def format_line(line: RecipeLine) -> str:
    """Format an ingredient line as parse_line reads it."""
    text = f"{format_quantity(line.quantity)} {line.ingredient.name}"
    return f"{text}, {line.note}" if line.note else text


def format_recipe(recipe: Recipe) -> str:
    """Format a whole recipe as parse_recipe reads it."""
    out = [f"# {recipe.title}", f"serves {recipe.servings}"]
    out.extend(f"- {format_line(line)}" for line in recipe.lines)
    for step in recipe.steps:
        out.append(f"{step.number}. {step.text} ({step.minutes} min)" if step.minutes else f"{step.number}. {step.text}")
    return "\n".join(out) + "\n"
