"""The fast word-frequency tables agree with wordfreq, word for word, cached or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from claimcheck.lang import frequencies, word_zipf

# Invented or awkward forms: capitals, apostrophes, digits, hyphens, ligatures, other
# scripts, compatibility letters, and plain words that are in no list.
ODD = [
    "Préfecture", "PARIS", "aujourd'hui", "l'incendie", "don't", "covid-19", "3e", "1er",
    "œuvre", "cœur", "ﬁn", "ĳs", "ſtreet", "straße", "Straße", "москва", "東京", "naïve",
    "zzqxjw", "quelqueschosesinconnues", "brûlée", "éé", "", "a", "x",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    frequencies._table.cache_clear()


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_word_of_the_lists_scores_as_wordfreq_scores_it(code: str) -> None:
    words = list(get_frequency_dict(code))
    sample = words[::9] + [w.upper() for w in words[:2000:7]] + ODD
    differ = [w for w in sample if word_zipf(w, code) != zipf_frequency(w, code)]
    assert not differ, differ[:10]
    assert sum(frequencies.is_plain(w) for w in sample) > 0.8 * len(words[::9])


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_cached_table_is_the_built_one(code: str, tmp_path: Path) -> None:
    def table() -> tuple[list[bytes], list[float]]:
        frequencies._table.cache_clear()
        found = frequencies._table(code)
        assert found is not None
        return found.words.tolist(), found.values.tolist()

    built = table()
    assert len(built[0]) > 100_000 and built[0] == sorted(built[0])
    (words,) = tmp_path.glob(f"wordfreq-*/{code}.words.npy")
    assert table() == built  # read back from the cache
    words.write_bytes(b"\x00broken")
    assert table() == built  # rebuilt, and rewritten
    assert table() == built


def test_a_language_without_a_list_scores_zero() -> None:
    assert word_zipf("maison", "xx") == 0.0
    assert word_zipf("Maison", "xx") == 0.0
    assert word_zipf("maison", "fr") > 4.0 > word_zipf("maisonnette", "fr") > 0.0


def test_answers_are_remembered_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frequencies, "_MEMO", {})
    monkeypatch.setattr(frequencies, "_MEMO_SIZE", 50)
    words = [*list(get_frequency_dict("fr"))[:400:3], "Préfecture", "l'incendie", "zzqxjw"]
    for _ in range(2):  # asked again: answered from memory, the same
        assert [word_zipf(w, "fr") for w in words] == [zipf_frequency(w, "fr") for w in words]
    assert 0 < len(frequencies._MEMO["fr"]) <= 50
    assert "en" not in frequencies._MEMO
