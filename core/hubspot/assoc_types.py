"""HubSpot's own association types between the objects Sync Doctor reads (HUBSPOT_API.md §4.2), and how the
v3 object endpoints name them when associations come inline with a list page."""

from __future__ import annotations

# HUBSPOT_DEFINED association types by (from, to).
DEFAULT_TYPES: dict[tuple[str, str], int] = {
    ("invoices", "contacts"): 177, ("contacts", "invoices"): 178,
    ("invoices", "companies"): 179, ("companies", "invoices"): 180,
    ("invoices", "line_items"): 409, ("line_items", "invoices"): 410,
    ("contacts", "companies"): 279, ("companies", "contacts"): 280,
}
# The invoice links the diagnosis reads (invoice → company feeds no rule); line items first: their reads wait on them.
INVOICE_LINKS = ("line_items", "contacts")
PRIMARY = {("contacts", "companies"): 1, ("companies", "contacts"): 2}
SINGULAR = {"contacts": "contact", "companies": "company", "invoices": "invoice", "line_items": "line_item"}


def default_type(from_type: str, to_type: str) -> int:
    try:
        return DEFAULT_TYPES[(from_type, to_type)]
    except KeyError:
        raise ValueError(f"No association type between {from_type} and {to_type}") from None


def inline_type_id(from_type: str, to_type: str, name: str) -> int:
    """The typeId of an inline association's `type` name; 0 for a label the portal defined itself.

    v3 names the pair's default type `<from>_to_<to>`, except where a Primary type exists (contact → company):
    then the plain name is the Primary one and the default type is `<from>_to_<to>_unlabeled`."""
    plain = f"{SINGULAR.get(from_type, from_type)}_to_{SINGULAR.get(to_type, to_type)}"
    primary = PRIMARY.get((from_type, to_type))
    if name == plain:
        return primary if primary is not None else DEFAULT_TYPES.get((from_type, to_type), 0)
    if name == f"{plain}_unlabeled" and primary is not None:
        return DEFAULT_TYPES.get((from_type, to_type), 0)
    return 0
