"""Whether text is a whole number `int()` reads: ASCII digits only. `str.isdigit()` also says yes to '²' and other
digit signs `int()` refuses, so a hostile reply, file or request checked with it would end in a ValueError."""


def ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()
