"""One wizard per failure kind, found by kind id: the panel's "Fix…" is a registry lookup."""
