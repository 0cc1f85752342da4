"""Recipes: parsing, scaling, substitutions and nutrition."""

from .nutrition import NutritionFacts, format_nutrition, nutrition_of
from .parse import parse_line, parse_recipe
from .recipe import Recipe, RecipeLine
from .scaling import halve, round_quantities, scale_to_servings
from .substitutions import SubstitutionRules, substitute, vegan_rules

__all__ = [
    "NutritionFacts",
    "Recipe",
    "RecipeLine",
    "SubstitutionRules",
    "format_nutrition",
    "halve",
    "nutrition_of",
    "parse_line",
    "parse_recipe",
    "round_quantities",
    "scale_to_servings",
    "substitute",
    "vegan_rules",
]
