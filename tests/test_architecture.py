"""The layer rules of ARCHITECTURE.md, checked on every import statement of the source tree."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = {"socket", "ssl", "socketserver", "urllib.request", "http.client", "http.server",
                   "requests", "httpx", "aiohttp", "urllib3", "websockets", "webbrowser",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
                   "PySide6.QtWebSockets", "PySide6.QtWebChannel", "ftplib", "smtplib", "imaplib",
                   "poplib", "telnetlib", "xmlrpc.client", "xmlrpc.server"}


def python_files(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def _absolute(path: Path, node: ast.ImportFrom, root: Path) -> str:
    """`from ..db import x` in ui/a/b.py is `ui.db`... resolved against the file's package."""
    if node.level == 0:
        return node.module or ""
    package = list(path.relative_to(root).with_suffix("").parts[:-1])
    base = package[:len(package) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


_DYNAMIC = {"import_module", "__import__"}


# Every check asks for the same files' imports, some once per banned module: parse each file once.
@cache
def imports_of(path: Path, root: Path = ROOT) -> frozenset[str]:
    """Every module a file imports: plain, from-, relative and importlib calls with a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(path, node, root)
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str) and getattr(
                    node.func, "attr", getattr(node.func, "id", "")) in _DYNAMIC:
            found.add(node.args[0].value)
    return frozenset(found)


def _hits(modules: set[str], banned: str) -> bool:
    return any(m == banned or m.startswith(banned + ".") for m in modules)


@pytest.mark.parametrize("layer", ["app", "db"])
def test_app_and_db_never_import_qt(layer):
    offenders = [str(p.relative_to(ROOT)) for p in python_files(layer)
                 if _hits(imports_of(p), "PySide6")]
    assert offenders == []


def test_db_imports_only_the_domain_from_app():
    """db/ sits below the services: it may know domain types, never a service or a front end."""
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in python_files("db") for m in imports_of(p)
                 if _hits({m}, "app") and not _hits({m}, "app.domain")]
    assert offenders == []


def test_services_never_import_a_front_end():
    """app/ services serve both the CLI and the GUI, so they import neither (the CLI's `gui`
    command is itself a front end that starts the other one)."""
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in python_files("app")
                 if "cli" not in p.relative_to(ROOT).parts for m in imports_of(p)
                 if _hits({m}, "ui") or _hits({m}, "app.cli")]
    assert offenders == []


def test_import_scan_sees_relative_and_dynamic_imports(tmp_path):
    """The checks above are only as good as this scan: it must not miss the indirect forms."""
    probe = tmp_path / "ui" / "views" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("from ...db import database\nfrom . import sibling\nimport importlib\n"
                     "importlib.import_module('socket')\n__import__('ssl')\n", encoding="utf-8")
    found = imports_of(probe, root=tmp_path)
    assert {"db.database", "ui.views.sibling", "socket", "ssl"} <= found


def test_ui_never_imports_db_or_sqlcipher():
    offenders = [str(p.relative_to(ROOT)) for p in python_files("ui")
                 if _hits(imports_of(p), "db") or _hits(imports_of(p), "sqlcipher3")
                 or _hits(imports_of(p), "sqlite3")]
    assert offenders == []


def test_only_db_talks_to_sqlcipher_and_nobody_uses_stdlib_sqlite3():
    offenders = []
    for layer in ("app", "ui"):
        offenders += [str(p.relative_to(ROOT)) for p in python_files(layer)
                      if _hits(imports_of(p), "sqlcipher3")]
    for layer in ("app", "db", "ui"):
        offenders += [str(p.relative_to(ROOT)) for p in python_files(layer)
                      if _hits(imports_of(p), "sqlite3")]
    assert offenders == []


def test_no_network_modules_anywhere():
    offenders = []
    for layer in ("app", "db", "ui"):
        for p in python_files(layer):
            bad = [m for m in NETWORK_MODULES if _hits(imports_of(p), m)]
            if bad:
                offenders.append(f"{p.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_domain_uses_only_the_standard_library():
    import sys
    for p in python_files("app/domain"):
        for m in imports_of(p):
            top = m.split(".")[0]
            assert top in sys.stdlib_module_names or top in ("app", "__future__"), (p, m)
            if top == "app":
                assert m.startswith("app.domain"), (p, m)


def test_every_module_has_a_docstring():
    missing = []
    for layer in ("app", "db", "ui"):
        for p in python_files(layer):
            tree = ast.parse(p.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(str(p.relative_to(ROOT)))
    assert missing == []


def test_no_sql_outside_db():
    """A crude but useful net: SQL keywords in string literals outside db/."""
    import re
    pattern = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                         r"CREATE\s+TABLE)\b", re.IGNORECASE | re.DOTALL)
    offenders = []
    for layer in ("app", "ui"):
        for p in python_files(layer):
            for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and pattern.search(node.value):
                    offenders.append(f"{p.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
