"""A fixture's vault built by commands once per test process, and copied for each test that uses it."""

from __future__ import annotations

import copy
import functools
import inspect
import shutil
from collections.abc import Callable
from pathlib import Path

# Where the built vaults are kept: set by conftest.py's vault_template before the first test.
folder: Path | None = None
_built: dict[str, tuple[Path, object]] = {}


class _Cli:
    """Stands in the kept value for the cli the fixture was given, or for its vault's path."""

    def __init__(self, vault: bool) -> None:
        self.vault = vault


def built_once(fixture: Callable) -> Callable:
    """For a fixture fn(cli) that fills cli's new vault with commands (a dozen take a second or
    more) and returns plain data, cli or its vault's path: the first test runs it; every later
    one gets a copy of the vault it left, closed, byte for byte, in its own folder, and the same
    value (its own cli and path). A test's changes stay its own, as before. Not for a fixture
    whose vault a test expects made anew (its salts, its recovery code unlike another's) or that
    leaves files outside the vault."""
    assert list(inspect.signature(fixture).parameters) == ["cli"], fixture.__qualname__
    assert not inspect.isgeneratorfunction(fixture), fixture.__qualname__
    key = f"{fixture.__module__}.{fixture.__qualname__}"

    @functools.wraps(fixture)
    def copied(cli):
        if key in _built:
            kept, value = _built[key]
            shutil.copytree(kept, cli.vault)  # owner-only modes kept
            return _swapped(copy.deepcopy(value), {_Cli: lambda c: cli.vault if c.vault else cli})
        value = fixture(cli)
        held = _swapped(value, {id(cli): _Cli(False), id(cli.vault): _Cli(True)})
        # anything else naming the test's own folder would name the first test's in a copy
        assert folder is not None and str(cli.vault.parent) not in repr(held), key
        kept = folder / key / "vault"
        shutil.copytree(cli.vault, kept)
        _built[key] = (kept, copy.deepcopy(held))
        return value

    return copied


def _swapped(value, by: dict):
    """value with what by names (an object's id, or a class) put for its stand-in, in tuples,
    lists and dicts too."""
    if id(value) in by:
        return by[id(value)]
    if type(value) in by:
        return by[type(value)](value)
    if isinstance(value, tuple | list):
        return type(value)(_swapped(v, by) for v in value)
    if isinstance(value, dict):
        return {k: _swapped(v, by) for k, v in value.items()}
    return value
