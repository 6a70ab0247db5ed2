"""The layer rules of ARCHITECTURE.md, checked on every import statement of the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = {"socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
                   "ftplib", "smtplib", "telnetlib", "xmlrpc.client"}


def python_files(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _hits(modules: set[str], banned: str) -> bool:
    return any(m == banned or m.startswith(banned + ".") for m in modules)


@pytest.mark.parametrize("layer", ["app", "db"])
def test_app_and_db_never_import_qt(layer):
    offenders = [str(p.relative_to(ROOT)) for p in python_files(layer)
                 if _hits(imports_of(p), "PySide6")]
    assert offenders == []


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
