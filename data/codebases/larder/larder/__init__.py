"""larder: kitchen inventory and meal planning.

Keep track of what is in the pantry, parse and scale recipes, plan a week of meals and turn the plan into a
priced shopping list that respects a budget.
"""

from .errors import LarderError
from .items import Catalog, Ingredient, Perishable, default_catalog
from .money import Money, format_money, parse_money
from .pantry import Pantry
from .planning import BudgetPlanner, MealPlan, RoundRobinPlanner, ShoppingList, build_shopping_list, plan_week
from .pricing import PriceBook, parse_price_book
from .recipes import Recipe, RecipeLine, nutrition_of, parse_recipe, scale_to_servings
from .units import Quantity, Unit, convert, lookup_unit, parse_quantity

__version__ = "0.3.0"

__all__ = [
    "BudgetPlanner",
    "Catalog",
    "Ingredient",
    "LarderError",
    "MealPlan",
    "Money",
    "Pantry",
    "Perishable",
    "PriceBook",
    "Quantity",
    "Recipe",
    "RecipeLine",
    "RoundRobinPlanner",
    "ShoppingList",
    "Unit",
    "build_shopping_list",
    "convert",
    "default_catalog",
    "format_money",
    "lookup_unit",
    "nutrition_of",
    "parse_money",
    "parse_price_book",
    "parse_quantity",
    "parse_recipe",
    "plan_week",
    "scale_to_servings",
]
