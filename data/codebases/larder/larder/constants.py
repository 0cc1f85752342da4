"""Constants shared across larder: currencies, conversion factors and planning defaults."""

__all__ = [
    "CURRENCY_SYMBOLS",
    "DEFAULT_CURRENCY",
    "DEFAULT_SERVINGS",
    "GRAMS_PER_KILOGRAM",
    "MILLILITRES_PER_LITRE",
    "MINOR_UNITS",
]

DEFAULT_CURRENCY = "EUR"
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
MINOR_UNITS = 100

GRAMS_PER_KILOGRAM = 1000.0
MILLILITRES_PER_LITRE = 1000.0

DEFAULT_SERVINGS = 4
DEFAULT_SLOTS = ("lunch", "dinner")
GRAMS_PER_PIECE = 50.0
