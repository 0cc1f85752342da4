"""Small text helpers used for names, keys and plurals."""


def normalize_name(name: str) -> str:
    """Lower-case a name and collapse its whitespace."""
    return " ".join(name.lower().split())


def slugify(name: str) -> str:
    """Turn a name into a key made of letters, digits and dashes."""
    kept = [ch if ch.isalnum() else " " for ch in normalize_name(name)]
    return "-".join("".join(kept).split())


def split_words(text: str) -> list[str]:
    """Split text on whitespace and strip commas and full stops from each word."""
    return [word.strip(",.") for word in text.split() if word.strip(",.")]


def plural(word: str, count: float) -> str:
    """Return the word with an English plural ending when count is not one."""
    if count == 1:
        return word
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
