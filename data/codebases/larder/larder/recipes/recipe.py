"""A recipe: a title, the servings it makes, ingredient lines and numbered steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..items import Ingredient
from ..units import Quantity


@dataclass(frozen=True)
class RecipeLine:
    """One ingredient line: a quantity of an ingredient, with an optional note ("sifted")."""

    ingredient: Ingredient
    quantity: Quantity
    note: str = ""

    def scaled(self, factor: float) -> RecipeLine:
        """The same line with the quantity multiplied by a factor."""
        return RecipeLine(self.ingredient, self.quantity.scaled(factor), self.note)


class Recipe:
    """A dish: what goes in and what to do, for a number of servings."""

    class Step:
        """One numbered instruction, with the minutes it takes."""

        def __init__(self, number: int, text: str, minutes: int = 0) -> None:
            """Store the step's number, text and duration."""
            self.number = number
            self.text = text
            self.minutes = minutes

        def __repr__(self) -> str:
            """Show the number and the text."""
            return f"Step({self.number}, {self.text!r})"

    def __init__(self, title: str, servings: int, lines: Sequence[RecipeLine] = ()) -> None:
        """Store the title, the servings and the ingredient lines."""
        self.title = title
        self.servings = servings
        self.lines: list[RecipeLine] = list(lines)
        self.steps: list[Recipe.Step] = []

    def add_line(self, line: RecipeLine) -> None:
        """Append an ingredient line."""
        self.lines.append(line)

    def add_step(self, text: str, minutes: int = 0) -> Recipe.Step:
        """Append a step, numbered after the last one."""
        step = Recipe.Step(len(self.steps) + 1, text, minutes)
        self.steps.append(step)
        return step

    def scale(self, factor: float) -> Recipe:
        """A copy with every quantity and the servings multiplied by a factor."""
        scaled = Recipe(self.title, max(1, round(self.servings * factor)), [line.scaled(factor) for line in self.lines])
        for step in self.steps:
            scaled.add_step(step.text, step.minutes)
        return scaled

    def total_minutes(self) -> int:
        """The time all steps take together."""
        return sum(step.minutes for step in self.steps)

    def ingredient_names(self) -> list[str]:
        """The distinct ingredient names, in order of first use."""
        return list(dict.fromkeys(line.ingredient.name for line in self.lines))

    def merged_lines(self) -> list[RecipeLine]:
        """One line per ingredient, quantities added up (notes dropped)."""
        merged: dict[str, RecipeLine] = {}
        for line in self.lines:
            held = merged.get(line.ingredient.name)
            quantity = line.quantity if held is None else held.quantity.plus(line.quantity)
            merged[line.ingredient.name] = RecipeLine(line.ingredient, quantity)
        return list(merged.values())

    def __repr__(self) -> str:
        """Show the title and the servings."""
        return f"Recipe({self.title!r}, serves {self.servings})"
