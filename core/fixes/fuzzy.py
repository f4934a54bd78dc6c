"""Fuzzy look-ups over a company's names, read once and asked many times (`diagnose --json` asks for every failure).

Each gives what rapidfuzz's `process.extract` over the whole list gives (the same scores, the same best `limit`)
at a fraction of the cost, by preparing the list's side once:
- token_sort_ratio(a, b) is ratio(sorted tokens of a, sorted tokens of b);
- token_set_ratio(a, b) of two names that share no token is ratio(their sorted *distinct* tokens), so only the
  names sharing a token with the query need the full scorer (tests/core/test_fuzzy.py checks both against rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process


def sorted_tokens(text: str) -> str:
    return " ".join(sorted(text.split()))


def index(keys: Sequence[str]) -> dict[str, list[int]]:
    """Positions by key (empty keys left out)."""
    out: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            out.setdefault(key, []).append(i)
    return out


class SortRatio:
    """`token_sort_ratio` of a query against every name of a list."""

    def __init__(self, names: Sequence[str]) -> None:
        self.sorted = [sorted_tokens(n) for n in names]

    def best(self, query: str, limit: int) -> list[tuple[float, int]]:
        """(score, position) of the `limit` best, best first."""
        return [(float(s), i) for _, s, i in process.extract(sorted_tokens(query), self.sorted, scorer=fuzz.ratio,
                                                              limit=limit)]


class SetRatio:
    """`token_set_ratio` of a query against every name of a list."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.distinct = [" ".join(sorted(set(n.split()))) for n in names]
        self.by_token: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            for token in set(name.split()):
                self.by_token.setdefault(token, []).append(i)

    def best(self, query: str, limit: int, cutoff: float) -> list[tuple[float, int]]:
        """(score, position) of the `limit` best at or above `cutoff`, best first (ties by position)."""
        sharing = sorted({i for token in set(query.split()) for i in self.by_token.get(token, ())})
        scores: dict[int, float] = {}
        if sharing:
            subset = [self.names[i] for i in sharing]
            for _, s, j in process.extract(query, subset, scorer=fuzz.token_set_ratio, limit=limit,
                                           score_cutoff=cutoff):
                scores[sharing[j]] = float(s)
        own = " ".join(sorted(set(query.split())))
        shared = set(sharing)
        # The best of the others: enough of the whole list that `limit` of them are among it.
        for _, s, i in process.extract(own, self.distinct, scorer=fuzz.ratio, limit=limit + len(sharing),
                                       score_cutoff=cutoff):
            if i not in shared:
                scores[i] = float(s)
        return sorted(((s, i) for i, s in scores.items()), key=lambda p: (-p[0], p[1]))[:limit]
