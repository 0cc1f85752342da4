"""Reading and writing larder's data: plain text, CSV and JSON."""

from .csv_format import dump_pantry_csv, parse_pantry_csv
from .json_format import recipe_from_json, recipe_to_json, shopping_list_to_json
from .report import render_budget, render_plan, render_shopping_list
from .text import format_line, format_quantity, format_recipe

__all__ = [
    "dump_pantry_csv",
    "format_line",
    "format_quantity",
    "format_recipe",
    "parse_pantry_csv",
    "recipe_from_json",
    "recipe_to_json",
    "render_budget",
    "render_plan",
    "render_shopping_list",
    "shopping_list_to_json",
]
