"""Numbers as cooks write them: "1 1/2", "3/4", "2.5", "½"."""

from fractions import Fraction

from .errors import ParseError

_VULGAR = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅔": Fraction(2, 3)}


def parse_number(text: str) -> float:
    """Parse a whole number, decimal, fraction, mixed number or vulgar fraction."""
    total = Fraction(0)
    parts = text.split()
    if not parts:
        raise ParseError(text, "empty number")
    for part in parts:
        total += _parse_part(part, text)
    return float(total)


def _parse_part(part: str, text: str) -> Fraction:
    """Parse one whitespace-free piece of a number."""
    if part in _VULGAR:
        return _VULGAR[part]
    try:
        return Fraction(part)
    except (ValueError, ZeroDivisionError) as error:
        raise ParseError(text, "not a number") from error


def is_number(text: str) -> bool:
    """Tell whether parse_number accepts the text."""
    try:
        parse_number(text)
    except ParseError:
        return False
    return True


def round_to(value: float, step: float) -> float:
    """Round a value to the nearest multiple of step (ties away from zero)."""
    if step <= 0:
        return value
    multiples = int(abs(value) / step + 0.5)
    return multiples * step if value >= 0 else -multiples * step


def format_number(value: float) -> str:
    """Format a number without trailing zeros ("2", "1.5", "0.25")."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
