"""Prices per quantity of an ingredient, and what a given quantity costs."""

from __future__ import annotations

from .constants import DEFAULT_CURRENCY
from .errors import ParseError
from .items.base import Ingredient
from .money import Money, parse_money
from .textutil import normalize_name
from .units import Quantity, parse_quantity


class PriceBook:
    """What ingredients cost: a price for a reference quantity of each."""

    def __init__(self, currency: str = DEFAULT_CURRENCY) -> None:
        """Start empty, in one currency."""
        self.currency = currency
        self._prices: dict[str, tuple[Money, Quantity]] = {}

    def set_price(self, name: str, price: Money, per: Quantity) -> None:
        """Record that per of the named ingredient costs price."""
        self._prices[normalize_name(name)] = (price, per)

    def has_price(self, name: str) -> bool:
        """Tell whether the named ingredient has a price."""
        return normalize_name(name) in self._prices

    def price_of(self, ingredient: Ingredient, quantity: Quantity) -> Money:
        """Return what a quantity of an ingredient costs (zero when it has no price)."""
        entry = self._prices.get(ingredient.name)
        if entry is None:
            return Money.zero(self.currency)
        price, per = entry
        return price.times(quantity.in_base_units() / per.in_base_units())

    def names(self) -> list[str]:
        """Return the priced ingredient names, sorted."""
        return sorted(self._prices)


def parse_price_book(text: str, currency: str = DEFAULT_CURRENCY) -> PriceBook:
    """Read lines such as "flour: 1.20 per 1 kg" into a price book."""
    book = PriceBook(currency)
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, rest = line.partition(":")
        price_text, per_sep, per_text = rest.partition(" per ")
        if not sep or not per_sep:
            raise ParseError(line, "expected '<name>: <price> per <quantity>'")
        book.set_price(name, parse_money(price_text), parse_quantity(per_text))
    return book
