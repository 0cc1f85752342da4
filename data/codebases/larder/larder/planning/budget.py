"""Budgets, and how a cost compares to one."""

from __future__ import annotations

from dataclasses import dataclass

from ..constants import DEFAULT_CURRENCY
from ..money import Money, format_money


@dataclass(frozen=True)
class Budget:
    """A spending limit with a label ("week of 3 March")."""

    limit: Money
    label: str = "week"


@dataclass(frozen=True)
class BudgetReport:
    """What was spent against a budget."""

    budget: Budget
    spent: Money

    def remaining(self) -> Money:
        """What is left (negative when over budget)."""
        return self.budget.limit.subtract(self.spent)

    def over_budget(self) -> bool:
        """Tell whether more was spent than the limit."""
        return self.remaining().is_negative()

    def summary(self) -> str:
        """One line: spent, limit and what is left."""
        return (
            f"{self.budget.label}: spent {format_money(self.spent)} of {format_money(self.budget.limit)}, "
            f"{format_money(self.remaining())} left"
        )


def check_budget(cost: Money, budget: Budget) -> BudgetReport:
    """Compare a cost to a budget."""
    return BudgetReport(budget, cost)


def weekly_budget(amount: float, currency: str = DEFAULT_CURRENCY) -> Budget:
    """A weekly budget of an amount in major units."""
    return Budget(Money.from_amount(amount, currency), "week")
