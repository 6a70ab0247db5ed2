"""Every audit action a one-time pass at unlock writes (each ensure_* open_vault calls, read from
the code, and the functions it calls) is a one-time action to a restore: person.merge_aliases was
not, and the merge-aliases pass alone refused the pre-upgrade backup as '1 person record changed'."""

from __future__ import annotations

import ast
import importlib
import inspect
import sys
import textwrap

import app.vault
from app.audit_words import ACTIONS
from app.backup_compare import ONE_TIME, ROUTINE


def _tree(fn) -> ast.AST:
    return ast.parse(textwrap.dedent(inspect.getsource(fn)))


def _called(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _method(name: str):
    """A method of that name on a class of app/ already imported (session.persons.ensure_...)."""
    found = [getattr(c, name) for m in list(sys.modules.values())
             if getattr(m, "__name__", "").startswith("app.")
             for c in vars(m).values() if inspect.isclass(c) and c.__module__ == m.__name__
             and name in vars(c)]
    assert len(found) == 1, (name, found)
    return found[0]


def _value(node: ast.AST, module) -> object:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    return None


def _written(fn, seen: set) -> set[str]:
    """The actions fn writes (action=X, .append(X, ...), .append_many([(X, ...)])), and those of
    the app/ functions it calls, followed."""
    if fn in seen:
        return set()
    seen.add(fn)
    module = importlib.import_module(fn.__module__)
    owner = vars(module).get(fn.__qualname__.split(".")[0]) if "." in fn.__qualname__ else None
    out: set[str] = set()
    for call in (n for n in ast.walk(_tree(fn)) if isinstance(n, ast.Call)):
        heads = [k.value for k in call.keywords if k.arg == "action"]
        if _called(call) == "append" and call.args:
            heads.append(call.args[0])
        if _called(call) == "append_many" and call.args:
            heads += [t.elts[0] for t in ast.walk(call.args[0]) if isinstance(t, ast.Tuple) and t.elts]
        out |= {v for v in (_value(h, module) for h in heads) if v in ACTIONS}
        name = _called(call)
        target = getattr(owner, name, None) if isinstance(call.func, ast.Attribute) \
            and isinstance(call.func.value, ast.Name) and call.func.value.id == "self" \
            else vars(module).get(name) if isinstance(call.func, ast.Name) else None
        if inspect.isfunction(target) and target.__module__.startswith("app."):
            out |= _written(target, seen)
    return out


def _passes() -> list:
    """The one-time passes open_vault runs, as it calls them."""
    calls = [c for c in ast.walk(_tree(app.vault.open_vault)) if isinstance(c, ast.Call)
             and _called(c).startswith("ensure_")]
    return [vars(app.vault)[_called(c)] if isinstance(c.func, ast.Name) else _method(_called(c))
            for c in calls]


def test_every_pass_at_unlock_is_found():
    assert len(_passes()) >= 9


def test_each_pass_writes_a_vault_entry_read_from_its_code():
    for fn in _passes():  # the reading above finds what each writes, or it reads nothing
        assert any(a.startswith("vault.") for a in _written(fn, set())), fn.__name__


def test_every_action_a_pass_writes_is_no_work_of_hers():
    written = set().union(*(_written(fn, set()) for fn in _passes()))
    assert {"person.merge_aliases", "person.set_right"} <= written
    assert written <= ONE_TIME | ROUTINE, written - (ONE_TIME | ROUTINE)
