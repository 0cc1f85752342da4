"""Amounts of money in minor units (cents), so sums are exact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .constants import *
from .errors import CurrencyMismatchError, ParseError

_SYMBOL_TO_CURRENCY = {symbol: code for code, symbol in CURRENCY_SYMBOLS.items()}


@dataclass(frozen=True, order=True)
class Money:
    """An amount of money: whole cents in one currency."""

    cents: int
    currency: str = DEFAULT_CURRENCY

    @classmethod
    def zero(cls, currency: str = DEFAULT_CURRENCY) -> Money:
        """Return nothing, in a currency."""
        return cls(0, currency)

    @classmethod
    def from_amount(cls, amount: float, currency: str = DEFAULT_CURRENCY) -> Money:
        """Build from an amount in major units (3.5 → 350 cents)."""
        return cls(round(amount * MINOR_UNITS), currency)

    @property
    def amount(self) -> float:
        """The amount in major units."""
        return self.cents / MINOR_UNITS

    def add(self, other: Money) -> Money:
        """Add an amount in the same currency."""
        self._check(other)
        return Money(self.cents + other.cents, self.currency)

    def subtract(self, other: Money) -> Money:
        """Subtract an amount in the same currency."""
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def times(self, factor: float) -> Money:
        """Multiply by a factor, rounding to whole cents."""
        return Money(round(self.cents * factor), self.currency)

    def is_negative(self) -> bool:
        """Tell whether the amount is below zero."""
        return self.cents < 0

    def _check(self, other: Money) -> None:
        """Raise CurrencyMismatchError when other is in another currency."""
        if other.currency != self.currency:
            raise CurrencyMismatchError(f"{self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        """Add with the + operator."""
        return self.add(other)


def parse_money(text: str) -> Money:
    """Read "€3.50", "3.50 EUR" or "3.50" (the default currency)."""
    cleaned = text.strip()
    currency = DEFAULT_CURRENCY
    if cleaned[:1] in _SYMBOL_TO_CURRENCY:
        currency, cleaned = _SYMBOL_TO_CURRENCY[cleaned[0]], cleaned[1:]
    elif cleaned[-3:].isalpha() and cleaned[-3:].isupper():
        currency, cleaned = cleaned[-3:], cleaned[:-3]
    try:
        return Money.from_amount(float(cleaned.strip()), currency)
    except ValueError as error:
        raise ParseError(text, "not an amount of money") from error


def format_money(money: Money) -> str:
    """Format with the currency's symbol when it has one ("€3.50")."""
    sign = "-" if money.is_negative() else ""
    magnitude = f"{abs(money.cents) // MINOR_UNITS}.{abs(money.cents) % MINOR_UNITS:02d}"
    symbol = CURRENCY_SYMBOLS.get(money.currency)
    return f"{sign}{symbol}{magnitude}" if symbol else f"{sign}{magnitude} {money.currency}"


def total(amounts: Iterable[Money], currency: str = DEFAULT_CURRENCY) -> Money:
    """Add up amounts of money, starting from zero in a currency."""
    result = Money.zero(currency)
    for amount in amounts:
        result = result.add(amount)
    return result
