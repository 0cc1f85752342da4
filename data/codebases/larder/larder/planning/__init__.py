"""Planning: weeks, meal plans, planners, shopping lists and budgets."""

from .budget import Budget, BudgetReport, check_budget, weekly_budget
from .calendar import Week, week_of
from .meal_plan import Meal, MealPlan
from .planner import BudgetPlanner, Planner, RoundRobinPlanner, plan_week
from .shopping import ShoppingItem, ShoppingList, build_shopping_list, merge_lists, shopping_list_for_plan

__all__ = [
    "Budget",
    "BudgetPlanner",
    "BudgetReport",
    "Meal",
    "MealPlan",
    "Planner",
    "RoundRobinPlanner",
    "ShoppingItem",
    "ShoppingList",
    "Week",
    "build_shopping_list",
    "check_budget",
    "merge_lists",
    "plan_week",
    "shopping_list_for_plan",
    "week_of",
    "weekly_budget",
]
