"""Human-readable reports: a priced shopping list, a budget line, a week's plan."""

from __future__ import annotations

from ..money import format_money
from ..planning.budget import BudgetReport
from ..planning.meal_plan import MealPlan
from ..planning.shopping import ShoppingList
from ..pricing import PriceBook
from .text import format_quantity


def render_shopping_list(shopping: ShoppingList, prices: PriceBook) -> str:
    """One line per item with its price, then the total."""
    out = []
    for item in shopping.entries():
        price = prices.price_of(item.ingredient, item.quantity)
        out.append(f"{item.ingredient.name:<16} {format_quantity(item.quantity):>10} {format_money(price):>9}")
    out.append(f"{'total':<16} {'':>10} {format_money(shopping.total_cost(prices)):>9}")
    return "\n".join(out) + "\n"


def render_budget(report: BudgetReport) -> str:
    """The budget summary, flagged when over budget."""
    flag = " (over budget)" if report.over_budget() else ""
    return report.summary() + flag


def render_plan(plan: MealPlan) -> str:
    """One line per meal: date, slot, title and servings."""
    return "\n".join(
        f"{meal.day.isoformat()} {meal.slot:<7} {meal.recipe.title} (x{meal.servings})" for meal in plan.meals
    ) + "\n"
