"""One message catalogue for core and gui.

Core never builds a sentence in a language. It marks its texts with `N_(context, source)`, which returns a
`Message` (context, English source, arguments) and does nothing else; `pyside6-lupdate` reads the call like
QT_TRANSLATE_NOOP (`make translations` passes `-tr-function-alias QT_TRANSLATE_NOOP+=N_` and scans core/ and
gui/), so core's texts land in the same resources/translations/*.ts as the GUI's:

    MISSING = N_("missing_customer", "No QuickBooks customer has the email {email}")
    found = MISSING.format(email="ana@example.com")        # still a Message: stored, sent, compared
    found.render("es")                                     # "Ningún cliente de QuickBooks tiene el correo …"

Whoever shows a message renders it: the GUI through Qt's translator (gui/i18n.py passes its lookup), core's
own outputs (CLI, exports, the report) through `catalogue()`, a reader of the same .ts file, which is the
source of truth and ships in resources/. Arguments render by type: a Message in turn, an int or a Decimal as a
number (a count, a quantity), a float as money, a date as a date (core/formatting.py, one rule per language), a
list joined by commas.

Messages travel as JSON (`to_json`/`from_json`), e.g. in the journal, so a stored entry is shown in whatever
language the reader uses today; plain text stored by an older version comes back as a `verbatim` message.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias

from core import formatting
from core.formatting import language

log = logging.getLogger(__name__)

# core.paths.RESOURCES, spelled out: core.paths raises core.errors' ConfigError, and core.errors builds on this
# module (a UserError carries a Message), so importing core.paths here would close a cycle.
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "syncdoctor"
Lookup = Callable[[str, str], str]
"""(context, English source) → the pattern to fill in: a translation, or the source itself."""


@dataclass(frozen=True)
class Message:
    """A text to show, not yet in any language: where it is in the catalogue, and what fills it in."""

    context: str                        # "" = verbatim text (plain text from an older version): never translated
    source: str                         # the English pattern, with {name} placeholders
    args: tuple[tuple[str, Arg], ...] = ()

    def format(self, **args: Arg) -> Message:
        merged = {**dict(self.args), **args}
        return Message(self.context, self.source, tuple(sorted(merged.items())))

    @property
    def arguments(self) -> dict[str, Arg]:
        return dict(self.args)

    def render(self, lang: str = "en", lookup: Lookup | None = None) -> str:
        return render(self, lang, lookup)

    def __str__(self) -> str:   # English: logs, exceptions, the command line's JSON
        return self.render("en")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"context": self.context, "source": self.source}
        if self.args:
            out["args"] = {k: _encode(v) for k, v in self.args}
        return out

    @staticmethod
    def from_json(data: Any) -> Message:
        """A message stored by to_json; plain text (what older versions stored) becomes a verbatim message."""
        if isinstance(data, Message):
            return data
        if isinstance(data, Mapping) and isinstance(data.get("source"), str):
            args = data.get("args") or {}
            return Message(str(data.get("context") or ""), data["source"],
                           tuple(sorted((str(k), _decode(v)) for k, v in args.items())))
        return verbatim("" if data is None else str(data))


Arg: TypeAlias = "str | int | float | Decimal | date | Message | Sequence[Arg] | None"


def N_(context: str, source: str) -> Message:
    """Mark a text for the catalogue (lupdate extracts it) and return it as a Message. Literals only."""
    return Message(context, source)


def verbatim(text: str) -> Message:
    """Text shown exactly as it is, in every language: a name, a service's own words, text stored long ago."""
    return Message("", text)


def plain(value: Message | str) -> Message:
    return value if isinstance(value, Message) else verbatim(value)


def joined(parts: Sequence[Message], separator: str = " ") -> Message:
    """Several messages shown one after the other (sentences, say), each translated on its own."""
    pattern = separator.join(f"{{part{n}}}" for n in range(len(parts)))
    return Message("", pattern, tuple((f"part{n}", part) for n, part in enumerate(parts)))


YES, NO = N_("Value", "Yes"), N_("Value", "No")
NOTHING = "—"


def render(value: Any, lang: str = "en", lookup: Lookup | None = None) -> str:
    """Any message argument as text in `lang`: messages through the catalogue (or `lookup`), values by type."""
    if type(value) is str:   # the commonest argument first: diagnose renders every failure's summary
        return value or NOTHING
    if isinstance(value, Message):
        if not value.args and not value.context:
            return value.source   # verbatim: braces in a name or an old stored text are not placeholders
        args = {k: v if type(v) is str and v else render(v, lang, lookup) for k, v in value.args}
        pattern = (lookup or catalogue(lang).find)(value.context, value.source) if value.context else value.source
        try:
            return pattern.format(**args)
        except (KeyError, IndexError, ValueError):   # a damaged translation: the English pattern still fits
            log.warning("translation of %r does not fit its arguments", value.source)
            return value.source.format(**args)
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return render(YES if value else NO, lang, lookup)
    if isinstance(value, int):
        return formatting.number(value, lang)
    if isinstance(value, Decimal):
        return formatting.number(float(value), lang)
    if isinstance(value, float):
        return formatting.money(value, lang)
    if isinstance(value, datetime):
        return formatting.moment(value, lang)
    if isinstance(value, date):
        return formatting.day(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(render(v, lang, lookup) for v in value)
    if isinstance(value, Mapping):   # a part of an API record (an address, a reference)
        return _record_part(value, lang, lookup)
    return str(value)


REFERENCE_KEYS = frozenset({"value", "name", "type"})
HIDDEN_KEYS = frozenset({"Id", "Lat", "Long", "type"})


def _record_part(value: Mapping[str, Any], lang: str, lookup: Lookup | None) -> str:
    """A part of an API record as a bookkeeper reads it, never its API keys: a reference by its name (else its
    value), an email by its address, an address by its lines, anything else by its values."""
    if value.keys() and value.keys() <= REFERENCE_KEYS:
        return render(value.get("name") or value.get("value"), lang, lookup)
    if "Address" in value:
        return render(value["Address"], lang, lookup)
    parts = [render(v, lang, lookup) for k, v in value.items() if k not in HIDDEN_KEYS and v not in (None, "")]
    return ", ".join(parts) or NOTHING


# ---- the catalogue, read from the .ts file ----------------------------------------------------------------
@dataclass(frozen=True)
class Catalogue:
    lang: str
    entries: Mapping[tuple[str, str], str]

    def find(self, context: str, source: str) -> str:
        return self.entries.get((context, source), source)

    def __contains__(self, message: object) -> bool:
        return isinstance(message, Message) and (message.context, message.source) in self.entries


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language(lang)}.ts"


def read_ts(path: Path, lang: str) -> Catalogue:
    """The finished, non-plural translations of a Qt Linguist .ts file."""
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type"):
                continue
            if translation.text and message.findtext("comment") is None:
                entries[(name, message.findtext("source") or "")] = translation.text
    return Catalogue(language(lang), entries)


@functools.cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of `lang`; English (the source language) and a missing file need none: sources show."""
    code = language(lang)
    path = ts_path(code)
    if code == "en":
        return Catalogue("en", {})
    try:
        return read_ts(path, code)
    except (OSError, ET.ParseError) as exc:
        log.warning("no usable catalogue at %s (%s): texts stay in English", path, exc)
        return Catalogue(code, {})


# ---- JSON ------------------------------------------------------------------------------------------------
def _encode(value: Arg) -> Any:
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, Decimal):
        return {"number": str(value)}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Arg:
    if isinstance(value, Mapping):
        if "message" in value:
            return Message.from_json(value["message"])
        if "number" in value:
            return Decimal(str(value["number"]))
        if "datetime" in value:
            return datetime.fromisoformat(str(value["datetime"]))
        if "date" in value:
            return date.fromisoformat(str(value["date"]))
        return str(value)
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value if isinstance(value, str | int | float) or value is None else str(value)
