"""Replacing ingredients in a recipe: dietary swaps and what-the-pantry-has swaps."""

from __future__ import annotations

from typing import Optional

from ..items import Catalog, Ingredient
from ..textutil import normalize_name
from .recipe import Recipe, RecipeLine


class SubstitutionRules:
    """Which ingredient may replace which, and in what ratio."""

    def __init__(self) -> None:
        """Start with no rules."""
        self._rules: dict[str, tuple[Ingredient, float]] = {}

    def allow(self, original: str, replacement: Ingredient, ratio: float = 1.0) -> None:
        """Allow replacing the named ingredient by another, ratio units for each unit."""
        self._rules[normalize_name(original)] = (replacement, ratio)

    def replacement_for(self, name: str) -> Optional[tuple[Ingredient, float]]:
        """Return the replacement and its ratio for an ingredient name, or None."""
        return self._rules.get(normalize_name(name))

    def __len__(self) -> int:
        """The number of rules."""
        return len(self._rules)


def substitute(recipe: Recipe, rules: SubstitutionRules) -> Recipe:
    """A copy of the recipe with every replaceable ingredient replaced."""
    result = Recipe(recipe.title, recipe.servings)
    for line in recipe.lines:
        rule = rules.replacement_for(line.ingredient.name)
        if rule is None:
            result.add_line(line)
        else:
            replacement, ratio = rule
            result.add_line(RecipeLine(replacement, line.quantity.scaled(ratio), line.note))
    for step in recipe.steps:
        result.add_step(step.text, step.minutes)
    return result


def vegan_rules(catalog: Catalog) -> SubstitutionRules:
    """Rules that replace butter, milk and eggs with plant-based ingredients from a catalog."""
    rules = SubstitutionRules()
    rules.allow("butter", catalog.find_or_create("olive oil"), 0.8)
    rules.allow("milk", catalog.find_or_create("oat milk"))
    rules.allow("eggs", catalog.find_or_create("chickpea water"))
    return rules
