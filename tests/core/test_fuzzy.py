"""core.fixes.fuzzy gives what rapidfuzz's process.extract over the whole list gives, only faster."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from core.fixes import fuzzy

FIRST = ["ana", "luis", "maría", "josé", "sofía", "mía", "lee", "ann", "jo", "declan", "o'neil", "zoë"]
LAST = ["lee", "peña", "ortega", "smith", "young", "castillo", "vargas", "de la cruz", "ng", "müller"]
EXTRA = ["inc", "llc", "s.a.", "holdings", "studio", "&", "co", "fitness", "bright"]


def names(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(FIRST), rng.choice(LAST), *rng.sample(EXTRA, rng.randint(0, 2))]
        if rng.random() < 0.1:
            parts.append(parts[-1])                     # a repeated word: token_set_ratio counts it once
        if rng.random() < 0.1:
            parts = [parts[0][:-1] + rng.choice("xyz")]  # a one-word name, misspelt
        rng.shuffle(parts)
        out.append(" ".join(parts) if rng.random() > 0.02 else "")
    return out


def same(got: list[tuple[float, int]], want: list[tuple[str, float, int]]) -> None:
    assert [round(s, 9) for s, _ in got] == [round(s, 9) for _, s, _ in want]
    # the same records, except where a tie at the last place could go either way
    last = round(want[-1][1], 9) if want else None
    assert {i for s, i in got if round(s, 9) != last} == {i for _, s, i in want if round(s, 9) != last}


@pytest.mark.parametrize("seed", range(6))
def test_set_ratio_finds_what_rapidfuzz_finds_over_the_whole_list(seed: int) -> None:
    pool = names(seed, 3000)
    index = fuzzy.SetRatio(pool)
    for query in names(seed + 100, 40):
        if not query:
            continue
        for limit, cutoff in ((50, 55.0), (10, 0.0), (5, 90.0), (1, 0.0), (2, 30.0)):
            want = process.extract(query, pool, scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=cutoff)
            same(index.best(query, limit, cutoff), want)


@pytest.mark.parametrize("seed", range(3))
def test_sort_ratio_finds_what_rapidfuzz_finds_over_the_whole_list(seed: int) -> None:
    pool = names(seed, 3000)
    index = fuzzy.SortRatio(pool)
    for query in names(seed + 200, 40):
        want = process.extract(query, pool, scorer=fuzz.token_sort_ratio, limit=50)
        same(index.best(query, 50), want)


def test_a_name_sharing_no_word_with_the_query_is_still_found() -> None:
    pool = ["acme holdings", "akme holding", "zzz"]
    found = fuzzy.SetRatio(pool).best("acme holding", 3, 55.0)
    assert {i for _, i in found} == {0, 1}
    assert fuzzy.index(["b", "", "b", "c"]) == {"b": [0, 2], "c": [3]}
