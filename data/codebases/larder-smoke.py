"""Smoke run of larder's typed chains (RETURNS → ACCEPTS), outside the package so it is not part of its graph.

Run: PYTHONPATH=data/codebases/larder /usr/bin/python3 data/codebases/larder-smoke.py
"""

from datetime import date

from larder import __version__
from larder.io import dump_pantry_csv, parse_pantry_csv, recipe_from_json, recipe_to_json, render_shopping_list
from larder.io.text import format_quantity, format_recipe
from larder.items import default_catalog
from larder.money import Money, format_money, parse_money
from larder.planning import (
    BudgetPlanner,
    check_budget,
    plan_week,
    shopping_list_for_plan,
    weekly_budget,
    build_shopping_list,
)
from larder.pricing import parse_price_book
from larder.recipes import format_nutrition, nutrition_of, parse_recipe, scale_to_servings, substitute, vegan_rules
from larder.expiry import days_left
from larder.units import convert, lookup_unit, parse_quantity, to_base

PANCAKES = """
# Pancakes
serves 4
- 200 g flour, sifted
- 2 eggs
- 300 ml milk
- 15 g butter
1. Whisk everything together. (5 min)
2. Fry in butter. (15 min)
"""

TOMATO_PASTA = """
# Tomato pasta
serves 2
- 200 g pasta
- 400 g tomatoes
- 150 g onions
- 2 tbsp olive oil
- 1/2 tsp salt
1. Boil the pasta. (10 min)
2. Simmer the sauce. (20 min)
"""

PANTRY = """name,amount,unit,shelf
flour,1,kg,dry
pasta,250,g,dry
milk,0.5,l,fridge
eggs,3,piece,fridge
"""

PRICES = """
flour: 1.20 per 1 kg
pasta: 1.50 per 500 g
tomatoes: 2.40 per 1 kg
onions: 0.80 per 1 kg
milk: 1.10 per 1 l
eggs: 3.00 per 10
butter: 2.50 per 250 g
olive oil: 7.00 per 1 l
"""


def check(label: str, value: object, expected: object) -> None:
    if value != expected:
        raise AssertionError(f"{label}: {value!r} != {expected!r}")
    print(f"ok  {label}: {value}")


check("version", __version__, "0.3.0")
catalog = default_catalog()

# 1. parse_quantity -> Quantity -> convert(Quantity, Unit) -> Quantity -> format_quantity(Quantity)
check("chain 1", format_quantity(convert(parse_quantity("1 1/2 cups"), lookup_unit("ml"))), "360 ml")
# 2. lookup_unit -> Unit -> convert(..., to: Unit) -> Quantity -> to_base(Quantity)
check("chain 2", str(to_base(convert(parse_quantity("2 kg"), lookup_unit("g")))), "2000 g")
# 3. parse_recipe -> Recipe -> scale_to_servings(Recipe) -> Recipe -> nutrition_of(Recipe) -> NutritionFacts -> format_nutrition
pancakes = parse_recipe(PANCAKES, catalog)
check("chain 3", format_nutrition(nutrition_of(scale_to_servings(pancakes, 2))), "558 kcal (279 kcal per serving)")
# 4. parse_pantry_csv -> Pantry -> build_shopping_list(list[Recipe], Pantry) -> ShoppingList -> total_cost(PriceBook) -> Money
pasta = parse_recipe(TOMATO_PASTA, catalog)
pantry = parse_pantry_csv(PANTRY, catalog)
prices = parse_price_book(PRICES)
cost = build_shopping_list([pancakes, pasta], pantry).total_cost(prices)
check("chain 4", format_money(cost), "€1.44")
# 5. ShoppingList.total_cost -> Money -> check_budget(Money, Budget) -> BudgetReport -> summary
check("chain 5", check_budget(cost, weekly_budget(1.0)).over_budget(), True)
# 6. parse_money -> Money -> Money.add(Money) -> Money -> format_money(Money)
check("chain 6", format_money(parse_money("€3.50").add(Money.from_amount(1.25))), "€4.75")
# 7. plan_week -> MealPlan -> shopping_list_for_plan(MealPlan, Pantry) -> ShoppingList -> render_shopping_list
plan = plan_week([pancakes, pasta], date(2026, 3, 4))
check("plan size", len(plan), 14)
check("plan week", plan.week.start, date(2026, 3, 2))
report = render_shopping_list(shopping_list_for_plan(plan, pantry), prices)
check("chain 7", report.splitlines()[-1].split()[-1], "€32.30")
# 8. recipe_from_json(str) -> Recipe -> substitute(Recipe, SubstitutionRules) -> Recipe -> recipe_to_json(Recipe)
vegan = substitute(recipe_from_json(recipe_to_json(pancakes), catalog), vegan_rules(catalog))
check("chain 8", [line.ingredient.name for line in vegan.lines], ["flour", "chickpea water", "oat milk", "olive oil"])
check("json round trip", recipe_to_json(recipe_from_json(recipe_to_json(pancakes), catalog)), recipe_to_json(pancakes))
# 9. Catalog.find -> Optional[Ingredient] -> Pantry.available(Ingredient) -> Quantity -> format_quantity
check("chain 9", format_quantity(pantry.available(catalog.find("milk"))), "500 ml")
# 10. Catalog.require -> Ingredient ... perishables -> days_left(Perishable, date, date)
check("chain 10", days_left(catalog.perishables()[0], date(2026, 3, 1), date(2026, 3, 10)), 21)
# 11. BudgetPlanner(PriceBook, Budget, Pantry).plan -> MealPlan
cheap = BudgetPlanner(prices, weekly_budget(20.0), pantry).plan([pancakes, pasta], plan.week)
check("budget plan", len(cheap), 14)
# text round trip
check("text round trip", format_recipe(parse_recipe(format_recipe(pancakes), catalog)), format_recipe(pancakes))
check("pantry csv", dump_pantry_csv(parse_pantry_csv(dump_pantry_csv(pantry), catalog)), dump_pantry_csv(pantry))
print("all chains ran")
