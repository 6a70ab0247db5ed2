"""A fixture's vault built by commands once per test process, and copied for each test that uses it."""

from __future__ import annotations

import copy
import functools
import inspect
import shutil
from collections.abc import Callable
from pathlib import Path, PurePath

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
    leaves files outside the vault. A value holding anything else (a function, a partial, an
    object) is refused: it could hold the first test's cli where no copy can swap it, and every
    later test's commands would then run on the first test's vault."""
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
        _refuse_all_but_plain_data(held, key)
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
        items = [_swapped(v, by) for v in value]
        # a namedtuple is made from its fields one by one, not from one iterable
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, dict):
        return {k: _swapped(v, by) for k, v in value.items()}
    return value


# What a kept value may hold besides the stand-ins: data a deep copy makes anew, that no cli,
# vault or test folder can hide in (a path naming one is caught by the repr guard).
_PLAIN = (type(None), bool, int, float, str, bytes, PurePath)


def _refuse_all_but_plain_data(value, key: str, where: str = "the value") -> None:
    """TypeError naming where value holds something other than plain data or a stand-in."""
    if isinstance(value, (*_PLAIN, _Cli)):
        return
    if type(value) in (tuple, list) or (isinstance(value, tuple) and hasattr(value, "_fields")):
        for i, v in enumerate(value):
            _refuse_all_but_plain_data(v, key, f"{where}[{i}]")
        return
    if type(value) is dict:
        for k, v in value.items():
            _refuse_all_but_plain_data(k, key, f"a key of {where}")
            _refuse_all_but_plain_data(v, key, f"{where}[{k!r}]")
        return
    raise TypeError(f"{key}: {where} is a {type(value).__name__}; a built fixture returns only "
                    "plain data (str, numbers, bytes, paths, tuples, lists, dicts), its cli or "
                    "cli.vault: anything else may hold the first test's cli, and a later test "
                    "would run on the first test's vault")
