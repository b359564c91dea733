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


@pytest.mark.parametrize(
    ("code", "joined", "odd"),
    [
        (
            "fr",
            ["saint-denis", "jean-pierre", "vingt-trois", "l'opération", "qu'elle", "Saint-Malo",
             "rue-zzqxjw", "porte-parole", "grand-mère"],
            ["covid-19", "3e-rang", "москва-сити", "aujourd'hui"],
        ),
        (
            "en",
            ["well-known", "x-ray", "e-mail", "New-York", "zzqxjw-road", "SELF-MADE",
             "mother-in-law", "-a"],
            ["covid-19", "24-hour", "東京-tower", "o'brien", "don't"],
        ),
    ],
)  # fmt: skip
def test_words_of_plain_tokens_score_from_the_table_as_wordfreq_scores_them(
    code: str, joined: list[str], odd: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hyphenated name or an elided article is scored from the table, token by token, the
    way wordfreq combines its tokens, without building wordfreq's dictionary of the
    language; a token that is not plain (digits, another script, an apostrophe wordfreq
    keeps inside it) is still asked of wordfreq."""
    import wordfreq

    expected = {w: zipf_frequency(w, code) for w in joined + odd}
    assert frequencies._table(code) is not None  # built (and cached) with wordfreq's help
    monkeypatch.setattr(frequencies, "_MEMO", {})
    built: list[str] = []
    dictionary = wordfreq.get_frequency_dict

    def counted(lang: str, *args: object, **kwargs: object) -> dict[str, float]:
        built.append(lang)
        return dictionary(lang, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(wordfreq, "get_frequency_dict", counted)
    wordfreq._wf_cache.clear()
    assert {w: word_zipf(w, code) for w in joined} == {w: expected[w] for w in joined}
    assert not built
    assert {w: word_zipf(w, code) for w in odd} == {w: expected[w] for w in odd}
    assert built  # asked of wordfreq, which built its dictionary
    assert any(expected[w] > 3.0 for w in joined) and any(expected[w] == 0.0 for w in joined)
