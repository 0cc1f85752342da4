"""The exceptions larder raises; all derive from LarderError."""


class LarderError(Exception):
    """Base class of every error larder raises."""


class UnitError(LarderError):
    """A unit of measure could not be used."""


class UnknownUnitError(UnitError):
    """A unit name that no registry knows."""

    def __init__(self, name: str) -> None:
        """Remember the unknown name."""
        super().__init__(f"unknown unit: {name!r}")
        self.name = name


class IncompatibleUnitsError(UnitError):
    """Two units measure different dimensions (mass and volume, say)."""

    def __init__(self, source: str, target: str) -> None:
        """Remember both unit symbols."""
        super().__init__(f"cannot convert {source} to {target}")
        self.source = source
        self.target = target


class ParseError(LarderError):
    """A piece of text did not have the expected shape."""

    def __init__(self, text: str, reason: str) -> None:
        """Remember the text and why it was rejected."""
        super().__init__(f"{reason}: {text!r}")
        self.text = text
        self.reason = reason


class PantryError(LarderError):
    """The pantry cannot do what was asked."""


class OutOfStockError(PantryError):
    """More of an ingredient was taken than the pantry holds."""

    def __init__(self, ingredient: str, missing: float) -> None:
        """Remember the ingredient and the missing amount (in its base unit)."""
        super().__init__(f"not enough {ingredient}: {missing:g} missing")
        self.ingredient = ingredient
        self.missing = missing


class CurrencyMismatchError(LarderError):
    """Two amounts of money in different currencies were combined."""
