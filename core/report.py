"""The accountant's report: failures (one row per invoice) and fixes, from the cache and the fix journal.

`build_report` assembles plain data; `write_csv` / `write_xlsx` write it. The PDF is drawn GUI-side
(gui/pdf_report.py) from the same `Report`, so every format says the same thing.
"""

from __future__ import annotations

import csv
import importlib
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from core import app
from core.failures import registry
from core.fixes.model import JournalEntry
from core.i18n import N_, Arg, Message, verbatim
from core.store.db import get_meta, open_db

log = logging.getLogger(__name__)

What = Literal["failures", "fixes", "both"]
# Where the QuickBooks company name is kept in the cache's meta table (first found wins).
COMPANY_META_KEYS = ("qbo.company_name", "company_name")


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice that fails (or may fail) to sync, with all its causes: the root cause first."""

    hubspot_invoice_id: str
    invoice_number: str
    invoice_date: date | None
    customer: str
    amount: float | None
    currency: str
    status: str                 # in the report's language
    causes: tuple[str, ...]     # kind titles, in the report's language; an ignored one says so
    kinds: tuple[str, ...]
    ignored: bool               # every cause of the invoice was set aside by the user


@dataclass(frozen=True)
class FixRow:
    """One journaled change, as an accountant reads it."""

    at: datetime                # local time, naive (spreadsheets have no time zones)
    invoices: str               # invoice numbers the change helps, comma-separated
    cause: str
    change: str                 # the label: 'Customer "Acme Corp"'
    details: str                # "field: before → after; ..."
    system: str                 # QuickBooks / HubSpot
    result: str
    error: str
    user: str


@dataclass(frozen=True)
class CauseCount:
    kind: str
    title: str
    invoices: int
    warning: bool


@dataclass(frozen=True)
class Report:
    lang: str
    company: str
    period_start: date | None
    period_end: date | None
    generated_at: datetime
    diagnosed_at: datetime | None
    counts: tuple[CauseCount, ...]
    rows: tuple[InvoiceRow, ...]
    fixes: tuple[FixRow, ...]

    def label(self, key: str, **args: Arg) -> str:
        return label(key, self.lang, **args)

    @property
    def period_text(self) -> str:
        if self.period_start is None or self.period_end is None:
            return self.label("no_period")
        return f"{self.period_start.isoformat()} – {self.period_end.isoformat()}"


# Headings and fixed words, in plain language, from the one catalogue (resources/translations).
LABELS: dict[str, Message] = {
    "title": N_("Report", "Invoices that do not sync"), "company": N_("Report", "Company"),
    "period": N_("Report", "Period"), "generated": N_("Report", "Prepared"),
    "diagnosed": N_("Report", "Last checked"), "no_period": N_("Report", "No invoices"),
    "counts": N_("Report", "Invoices per cause"), "cause": N_("Report", "Cause"),
    "invoices": N_("Report", "Invoices"), "total": N_("Report", "Invoices with a problem"),
    "invoice": N_("Report", "Invoice"), "date": N_("Report", "Date"), "customer": N_("Report", "Customer"),
    "amount": N_("Report", "Amount"), "currency": N_("Report", "Currency"), "status": N_("Report", "Status"),
    "causes": N_("Report", "Causes"), "ignored": N_("Report", "Ignored"), "yes": N_("Value", "Yes"),
    "no": N_("Value", "No"), "failing": N_("Report", "Does not sync"), "warning": N_("Report", "May not sync"),
    "ignored_status": N_("Report", "Ignored by you"), "fixes": N_("Report", "Fixes made"),
    "when": N_("Report", "When"), "change": N_("Report", "Change"), "details": N_("Report", "Details"),
    "where": N_("Report", "Where"), "result": N_("Report", "Result"), "error": N_("Report", "Problem"),
    "user": N_("Report", "By"), "no_rows": N_("Report", "No invoices with problems."),
    "ignored_cause": N_("Report", "{cause} (ignored)"), "no_fixes": N_("Report", "No fixes made."),
    "page": N_("Report", "Page {page} of {pages}"), "sheet_failures": N_("Report", "Failures"),
    "sheet_fixes": N_("Report", "Fixes"), "may_not": N_("Report", "(may not block the sync)"),
    "state.pending": N_("Report", "Not sent yet"), "state.sent": N_("Report", "Sent, no answer"),
    "state.done": N_("Report", "Done"), "state.failed": N_("Report", "Refused"),
    "state.conflict": N_("Report", "Changed meanwhile, not written"), "state.undone": N_("Report", "Undone"),
    "undo": N_("Report", "Undo of an earlier fix"),
}
DETAIL = N_("Report", "{field}: {before} → {after}")
SYSTEMS = {"quickbooks": "QuickBooks", "hubspot": "HubSpot"}


def label(key: str, lang: str = "en", **args: Arg) -> str:
    """A heading or fixed word in `lang`, its placeholders filled from `args`."""
    return LABELS[key].format(**args).render(lang)


def kind_title(kind: str, lang: str) -> str:
    known = registry.get(kind)
    return known.title.render(lang) if known else kind


# ---- building --------------------------------------------------------------------------------------------
def build_report(db_path: Path, profile: str, lang: str = "en", *, start: date | None = None,
                 end: date | None = None, journal: Iterable[JournalEntry] | None = None,
                 ignored: Collection[tuple[str, str]] | None = None, now: datetime | None = None) -> Report:
    """The report of the newest diagnosis stored in the cache at db_path, limited to invoices dated in
    [start, end] (either may be None) and fixes journaled in it. `journal` (entries) and `ignored`
    ((invoice id, kind) pairs) default to what core.journal / core.ignores hold, when those modules exist."""
    failure_rows = app.load_failure_rows(db_path, lang)
    db = open_db(db_path)
    try:
        company = next((v for k in COMPANY_META_KEYS if (v := get_meta(db, k))), "") or profile
        diagnosed = _parse_time(get_meta(db, "last_diagnose"))
        numbers = {str(r["id"]): str(r["number"] or "") for r in db.query("SELECT id, number FROM hs_invoices")}
    finally:
        db.close()
    ignored_pairs = set(ignored) if ignored is not None else _ignored_pairs(db_path)
    rows = [r for r in _invoice_rows(failure_rows, ignored_pairs, lang) if _within(r.invoice_date, start, end)]
    entries = sorted(journal if journal is not None else _journal_entries(profile), key=lambda e: (e.at, e.id))
    fixes = [f for f in (_fix_row(e, numbers, lang) for e in entries) if _within(f.at.date(), start, end)]
    dates = [r.invoice_date for r in rows if r.invoice_date]
    return Report(
        lang=lang, company=company,
        period_start=start or (min(dates) if dates else None), period_end=end or (max(dates) if dates else None),
        generated_at=(now or datetime.now(UTC)).astimezone().replace(tzinfo=None),
        diagnosed_at=diagnosed, counts=_counts(rows, failure_rows, lang), rows=tuple(rows), fixes=tuple(fixes))


def _invoice_rows(failures: Sequence[app.FailureRow], ignored: set[tuple[str, str]],
                  lang: str) -> list[InvoiceRow]:
    by_invoice: dict[str, list[app.FailureRow]] = {}
    for f in failures:  # already ordered: by invoice number, root cause first
        by_invoice.setdefault(f.hubspot_invoice_id, []).append(f)
    out = []
    for inv_id, group in by_invoice.items():
        first = group[0]
        set_aside = {f.kind for f in group if (inv_id, f.kind) in ignored}
        is_ignored = len(set_aside) == len(group)
        failing = any(f.severity == "failure" and f.kind not in set_aside for f in group)
        status = "ignored_status" if is_ignored else "failing" if failing else "warning"
        out.append(InvoiceRow(
            hubspot_invoice_id=inv_id, invoice_number=first.invoice_number,
            invoice_date=_parse_date(first.invoice_date), customer=first.customer, amount=first.amount,
            currency=first.currency, status=label(status, lang),
            causes=tuple(label("ignored_cause", lang, cause=f.title) if f.kind in set_aside else f.title
                         for f in group),
            kinds=tuple(f.kind for f in group), ignored=is_ignored))
    return out


def _counts(rows: Sequence[InvoiceRow], failures: Sequence[app.FailureRow], lang: str) -> tuple[CauseCount, ...]:
    severity = {f.kind: f.severity for f in failures}
    counted = Counter(kind for r in rows for kind in r.kinds)

    def order(kind: str) -> tuple[bool, int, int]:  # blocking causes first, then the most frequent, then rank
        return (severity.get(kind) == "warning", -counted[kind], registry.rank(kind))

    return tuple(CauseCount(kind, kind_title(kind, lang), counted[kind], severity.get(kind) == "warning")
                 for kind in sorted(counted, key=order))


def _fix_row(entry: JournalEntry, numbers: dict[str, str], lang: str) -> FixRow:
    at = _parse_time(entry.at) or datetime.min
    details = "; ".join(DETAIL.format(field=_field(c.field), before=_plain(c.before), after=_plain(c.after))
                        .render(lang) for c in entry.fields)
    cause = label("undo", lang) if entry.kind == "undo" else kind_title(entry.kind, lang)
    return FixRow(
        at=at, invoices=", ".join(numbers.get(i, i) for i in entry.invoice_ids), cause=cause,
        change=entry.label.render(lang),
        details=details, system=SYSTEMS.get(entry.system, str(entry.system)),
        result=label(f"state.{entry.state.value}", lang), error=entry.error, user=entry.user)


def _field(name: Message) -> Message:
    """A field's name; one stored as an API name by an older version ('PrimaryEmailAddr.Address') is shown
    without the API's spelling ('Primary email addr')."""
    if name.context:
        return name
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name.source.split(".")[0].replace("_", " ")).split()
    return verbatim(" ".join(words).capitalize() if words else name.source)


def _plain(value: Any) -> Any:
    """A field's value as a message argument: None and "" read "—", anything else renders by its type."""
    return None if value == "" else value


def _within(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:  # an undated invoice only shows when no range was chosen
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _parse_time(text: str | None) -> datetime | None:
    """ISO time → local naive datetime (what a spreadsheet cell and a reader expect)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)


# Other engineers' modules, used only when present: the report must not break while they are being written.
def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def _journal_entries(profile: str) -> list[JournalEntry]:
    module = _optional("core.journal")
    if module is None or not hasattr(module, "Journal"):
        return []
    journal = module.Journal.for_profile(profile)
    try:
        return list(journal.entries())
    finally:
        if callable(getattr(journal, "close", None)):
            journal.close()


def _ignored_pairs(db_path: Path) -> set[tuple[str, str]]:
    module = _optional("core.ignores")
    load_at = getattr(module, "load_at", None)
    return {(str(i), str(k)) for i, k in load_at(db_path)} if callable(load_at) else set()


# ---- writing ---------------------------------------------------------------------------------------------
def failure_table(report: Report) -> tuple[list[str], list[list[Any]]]:
    """Headers and typed rows (dates as date, amounts as float) of the failures, for any writer."""
    keys = ("invoice", "date", "customer", "amount", "currency", "status", "causes", "ignored")
    rows = [[r.invoice_number, r.invoice_date, r.customer, r.amount, r.currency, r.status, "; ".join(r.causes),
             report.label("yes" if r.ignored else "no")] for r in report.rows]
    return [report.label(k) for k in keys], rows


def fix_table(report: Report) -> tuple[list[str], list[list[Any]]]:
    keys = ("when", "invoices", "cause", "change", "details", "where", "result", "error", "user")
    rows = [[f.at, f.invoices, f.cause, f.change, f.details, f.system, f.result, f.error, f.user]
            for f in report.fixes]
    return [report.label(k) for k in keys], rows


def output_paths(path: Path, what: What, fmt: str) -> list[Path]:
    """The files an export writes: CSV holds one table per file, so "both" writes `<name>-fixes.csv` too."""
    if fmt == "csv" and what == "both":
        return [path, path.with_name(f"{path.stem}-fixes{path.suffix}")]
    return [path]


def write_csv(path: Path, report: Report, what: What = "failures") -> list[Path]:
    """UTF-8 with a BOM (so Excel reads accents right), ISO dates, plain decimal amounts."""
    paths = output_paths(path, what, "csv")
    tables = {"failures": [failure_table], "fixes": [fix_table], "both": [failure_table, fix_table]}[what]
    for target, table in zip(paths, tables, strict=True):
        headers, rows = table(report)
        with open(target, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return paths


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    # Names come from HubSpot: a leading = + - @ would run as a formula when the file is opened in Excel.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_xlsx(path: Path, report: Report, what: What = "both") -> list[Path]:
    """Sheets Failures and/or Fixes: bold frozen header, fitted widths, real dates and numbers."""
    from openpyxl import Workbook  # lazy: start-up time, a CSV export need not load it

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    if what in ("failures", "both"):
        _sheet(book, report.label("sheet_failures"), *failure_table(report), amount_col=4)
    if what in ("fixes", "both"):
        _sheet(book, report.label("sheet_fixes"), *fix_table(report), amount_col=None)
    book.save(path)
    return [path]


def _sheet(book: Any, title: str, headers: list[str], rows: list[list[Any]], amount_col: int | None) -> None:
    from openpyxl.styles import Font  # lazy: start-up time, as in write_xlsx
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(h) for h in headers]
    for row in rows:
        sheet.append(row)
        for col, (cell, value) in enumerate(zip(sheet[sheet.max_row], row, strict=True)):
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula
            elif isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif col + 1 == amount_col:
                cell.number_format = "#,##0.00"
            widths[col] = max(widths[col], len(_csv_cell(value)) if value is not None else 0)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 10), 60)
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
