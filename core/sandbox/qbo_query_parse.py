"""The QuickBooks Online query language: tokens and parser (evaluation is in qbo_query.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

Scalar = str | int | float | bool

DEFAULT_MAX_RESULTS = 100
MAX_MAX_RESULTS = 1000


class QueryError(Exception):
    """A QBO query fault: ``code`` "4000" (parse) or "4001" (validation), with the service's texts."""

    def __init__(self, code: str, message: str, detail: str) -> None:
        super().__init__(f"{code} {message}: {detail}")
        self.code = code
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class Condition:
    """``field op values``; op is one of = < > <= >= IN LIKE. Only IN has more than one value."""

    field: str
    op: str
    values: tuple[Scalar, ...]
    # LIKE only: the pattern compiled once, matched against casefolded strings.
    pattern: re.Pattern[str] | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.field.casefold().split("."))


@dataclass(frozen=True)
class Query:
    entity: str
    count: bool
    conditions: tuple[Condition, ...]
    order: tuple[tuple[str, bool], ...]  # (field, descending)
    start: int
    max_results: int


# ---- lexer -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "string", "number", "op", "punct", "eof"
    text: str  # the source text, as the error message quotes it
    pos: int
    value: Scalar = ""


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_STRING = re.compile(r"'(?:\\.|[^'\\])*'", re.DOTALL)
_OP = re.compile(r"<=|>=|!=|<>|[=<>]")
_UNESCAPE = re.compile(r"\\([\\'])")


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {column}"


def parse_error(text: str, what: str, pos: int) -> QueryError:
    return QueryError("4000", "Error parsing query",
                      f"QueryParserError: Encountered {what} at {_where(text, pos)}.")


def _tokenize(text: str) -> Iterator[_Token]:
    """Tokens on demand, so a syntax error before a lexical one is reported first (as JavaCC does)."""
    pos, end = 0, len(text)
    while pos < end:
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        if char == "'":
            match = _STRING.match(text, pos)
            if match is None:
                raise QueryError("4000", "Error parsing query",
                                 f'QueryParserError: Encountered "<EOF>" in a string starting at '
                                 f"{_where(text, pos)}.")
            raw = match.group()
            yield _Token("string", raw, pos, _UNESCAPE.sub(r"\1", raw[1:-1]))
        elif match := _NUMBER.match(text, pos):
            raw = match.group()
            yield _Token("number", raw, pos, float(raw) if "." in raw else int(raw))
        elif match := _WORD.match(text, pos):
            yield _Token("word", match.group(), pos)
        elif match := _OP.match(text, pos):
            yield _Token("op", match.group(), pos)
        elif char in "*(),":
            yield _Token("punct", char, pos)
            pos += 1
            continue
        else:
            # e.g. a curly apostrophe pasted from a word processor, or a double-quoted string.
            raise parse_error(text, f'"{char}" (illegal character)', pos)
        pos = match.end()
    while True:
        yield _Token("eof", "<EOF>", end)


# ---- parser ------------------------------------------------------------------------------------------
_KEYWORDS = frozenset({"SELECT", "COUNT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE", "ORDER",
                       "ORDERBY", "BY", "ASC", "DESC", "STARTPOSITION", "MAXRESULTS", "TRUE", "FALSE"})


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.tok = next(self.tokens)  # the current (lookahead) token

    def fail(self) -> QueryError:
        return parse_error(self.text, f'"{self.tok.text}"', self.tok.pos)

    def next(self) -> _Token:
        tok = self.tok
        self.tok = next(self.tokens)
        return tok

    def at_kw(self, *words: str) -> bool:
        return self.tok.kind == "word" and self.tok.text.upper() in words

    def kw(self, word: str) -> None:
        if not self.at_kw(word):
            raise self.fail()
        self.next()

    def punct(self, char: str) -> None:
        if self.tok.kind != "punct" or self.tok.text != char:
            raise self.fail()
        self.next()

    def name(self) -> _Token:
        """An entity or field name: any word that is not a keyword."""
        if self.tok.kind != "word" or self.tok.text.upper() in _KEYWORDS:
            raise self.fail()
        return self.next()

    def literal(self) -> Scalar:
        tok = self.tok
        if tok.kind in ("string", "number"):
            self.next()
            return tok.value
        if self.at_kw("TRUE", "FALSE"):
            self.next()
            return tok.text.upper() == "TRUE"
        raise self.fail()

    def integer(self) -> int:
        tok = self.tok
        if tok.kind != "number" or not isinstance(tok.value, int):
            raise self.fail()
        self.next()
        return tok.value

    def query(self) -> tuple[Query, _Token]:
        self.kw("SELECT")
        count = self.at_kw("COUNT")
        if count:
            self.next()
            self.punct("(")
            self.punct("*")
            self.punct(")")
        else:
            self.select_list()
        self.kw("FROM")
        entity = self.name()
        conditions: list[Condition] = []
        if self.at_kw("WHERE"):
            self.next()
            conditions.append(self.condition())
            while self.at_kw("AND"):
                self.next()
                conditions.append(self.condition())
        order: list[tuple[str, bool]] = []
        if self.at_kw("ORDER", "ORDERBY"):
            if self.next().text.upper() == "ORDER":
                self.kw("BY")
            while True:
                name = self.name().text
                descending = self.at_kw("DESC")
                if self.at_kw("ASC", "DESC"):
                    self.next()
                order.append((name, descending))
                if self.tok.kind != "punct" or self.tok.text != ",":
                    break
                self.next()
        # The service accepts the two paging clauses in either order, each at most once.
        paging: dict[str, int] = {}
        while self.at_kw("STARTPOSITION", "MAXRESULTS") and self.tok.text.upper() not in paging:
            word = self.next().text.upper()
            paging[word] = self.integer()
        if self.tok.kind != "eof":
            raise self.fail()  # OR, a stray parenthesis, the tail of a badly quoted string, ...
        start = paging.get("STARTPOSITION", 1)
        max_results = paging.get("MAXRESULTS", DEFAULT_MAX_RESULTS)
        for value in (start, max_results):
            if value < 1:
                raise QueryError("4001", "Invalid query",
                                 f"QueryValidationError: value {value} is too small. Min allowed value is 1")
        if max_results > MAX_MAX_RESULTS:
            raise QueryError("4001", "Invalid query", f"QueryValidationError: value {max_results} is too large. "
                                                      f"Max allowed value is {MAX_MAX_RESULTS}")
        query = Query(entity.text, count, tuple(conditions), tuple(order), start, max_results)
        return query, entity

    def select_list(self) -> None:
        """`*` optionally with named fields (`SELECT *, Sku FROM Item`, as python-quickbooks asks for Items): the
        service returns every property anyway, so the names only need to parse. A list without `*` is a
        projection, which the service documents as unsupported: refused at its first name."""
        if self.tok.kind != "punct" or self.tok.text != "*":
            raise self.fail()
        self.next()
        while self.tok.kind == "punct" and self.tok.text == ",":
            self.next()
            if self.tok.kind == "punct" and self.tok.text == "*":
                self.next()
            else:
                self.name()

    def condition(self) -> Condition:
        name = self.name().text
        if self.tok.kind == "op":
            if self.tok.text in ("!=", "<>"):
                raise self.fail()  # QBO has no "not equal"
            op = self.next().text
            return Condition(name, op, (self.literal(),))
        if self.at_kw("IN"):
            self.next()
            self.punct("(")
            values = [self.literal()]
            while self.tok.kind == "punct" and self.tok.text == ",":
                self.next()
                values.append(self.literal())
            self.punct(")")
            return Condition(name, "IN", tuple(values))
        if self.at_kw("LIKE"):
            self.next()
            if self.tok.kind != "string":
                raise self.fail()
            pattern = str(self.next().value)
            # Only % is a wildcard; everything else (including _) is literal.
            regex = ".*".join(re.escape(part) for part in pattern.casefold().split("%"))
            return Condition(name, "LIKE", (pattern,), re.compile(regex, re.DOTALL))
        raise self.fail()


def parse(text: str) -> Query:
    """Parse one query; raises QueryError (4000 syntax, 4001 paging limits)."""
    return Parser(text).query()[0]
