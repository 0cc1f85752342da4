"""Recipes and shopping lists as JSON."""

from __future__ import annotations

import json
from typing import Optional

from ..items import Catalog, default_catalog
from ..planning.shopping import ShoppingList
from ..recipes.recipe import Recipe, RecipeLine
from ..units import Quantity, lookup_unit


def recipe_to_json(recipe: Recipe) -> str:
    """Serialize a recipe with sorted keys, so equal recipes give equal text."""
    data = {
        "title": recipe.title,
        "servings": recipe.servings,
        "lines": [
            {"ingredient": line.ingredient.name, "amount": line.quantity.amount, "unit": line.quantity.unit.symbol, "note": line.note}
            for line in recipe.lines
        ],
        "steps": [{"text": step.text, "minutes": step.minutes} for step in recipe.steps],
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def recipe_from_json(text: str, catalog: Optional[Catalog] = None) -> Recipe:
    """Read a recipe written by recipe_to_json."""
    known = catalog if catalog is not None else default_catalog()
    data = json.loads(text)
    recipe = Recipe(data["title"], int(data["servings"]))
    for line in data["lines"]:
        quantity = Quantity(float(line["amount"]), lookup_unit(line["unit"]))
        recipe.add_line(RecipeLine(known.find_or_create(line["ingredient"]), quantity, line.get("note", "")))
    for step in data["steps"]:
        recipe.add_step(step["text"], int(step.get("minutes", 0)))
    return recipe


def shopping_list_to_json(shopping: ShoppingList) -> str:
    """Serialize a shopping list as a list of {ingredient, amount, unit}."""
    items = [
        {"ingredient": item.ingredient.name, "amount": round(item.quantity.amount, 3), "unit": item.quantity.unit.symbol}
        for item in shopping.entries()
    ]
    return json.dumps(items, ensure_ascii=False)
