"""The public surface: claimcheck.__all__, check()'s keyword-only options, py.typed."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import claimcheck

DOCUMENTED = {
    "SCHEMA_VERSION",
    "Claim",
    "ClaimcheckError",
    "Cluster",
    "Discrepancy",
    "Document",
    "Embedder",
    "EmbedderError",
    "EntityMention",
    "InputError",
    "Origin",
    "OutputError",
    "Quantity",
    "Quote",
    "Report",
    "Resolution",
    "Review",
    "Settings",
    "Side",
    "Story",
    "TimeRef",
    "Update",
    "UsageError",
    "__version__",
    "check",
    "get_embedder",
}


def test_all_is_the_documented_set() -> None:
    assert set(claimcheck.__all__) == DOCUMENTED
    assert len(claimcheck.__all__) == len(DOCUMENTED)


def test_every_name_is_importable() -> None:
    module = importlib.import_module("claimcheck")
    for name in claimcheck.__all__:
        assert getattr(module, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from claimcheck import *", namespace)
    assert set(namespace) >= DOCUMENTED


def test_errors_form_one_tree_with_codes() -> None:
    errors = [
        claimcheck.InputError,
        claimcheck.UsageError,
        claimcheck.EmbedderError,
        claimcheck.OutputError,
    ]
    assert all(issubclass(e, claimcheck.ClaimcheckError) for e in errors)
    assert len({e.code for e in errors}) == len(errors)
    assert [e.exit_code for e in errors] == [2, 2, 3, 4]
    err = claimcheck.InputError("no such file", path="a.txt")
    assert str(err) == "[E100] a.txt: no such file"


def test_check_options_are_keyword_only() -> None:
    parameters = inspect.signature(claimcheck.check).parameters
    first, *options = parameters.values()
    assert first.name == "sources"
    assert first.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert {"embedder", "settings", "progress"} <= {p.name for p in options}
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in options)
    assert all(parameters[name].default is None for name in ("embedder", "settings", "progress"))


def test_version_and_schema_version() -> None:
    assert isinstance(claimcheck.__version__, str) and claimcheck.__version__
    assert claimcheck.Report.model_fields["schema_version"].default == claimcheck.SCHEMA_VERSION


def test_py_typed_is_shipped() -> None:
    assert (Path(claimcheck.__file__).parent / "py.typed").is_file()


def test_get_embedder_rejects_unknown_specs() -> None:
    import pytest

    with pytest.raises(claimcheck.UsageError, match="unknown embedder"):
        claimcheck.get_embedder("word2vec")


def test_models_are_frozen_and_strict() -> None:
    import pydantic
    import pytest

    doc = claimcheck.Document(id="a", text="t", published="2020-06")
    with pytest.raises(pydantic.ValidationError):
        doc.id = "b"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        claimcheck.Document(id="a", text="t", colour="red")  # type: ignore[call-arg]
    for bad in ("2020-13", "2021-02-29", "June 2020", "20-06"):
        with pytest.raises(pydantic.ValidationError):
            claimcheck.Document(id="a", text="t", published=bad)
    assert claimcheck.Document(id="a", text="t", published="2020-02-29").published == "2020-02-29"
