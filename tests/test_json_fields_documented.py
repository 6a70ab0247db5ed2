"""docs/JSON.md lists each command's --json fields: its example vault is made here, command by
command through the real CLI, and every field it lists (not marked optional) must be in that
command's output, of the type it says, so the page cannot drift from what scripts read. Every command has its
section. A tester scripting the CLI found birth, status and village under different shapes and
keys, and no page saying which."""

from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path

from tests.import_helpers import cli, write_csv

DOC = Path(__file__).resolve().parent.parent / "docs" / "JSON.md"
NO_JSON = {"gui"}  # starts the desktop program: nothing on stdout
FILES = ("list.csv", "photo.png", "backups", "out.pdf", "sum.pdf", "res.pdf", "demovault")


def _doc():
    text = DOC.read_text(encoding="utf-8")
    block = text.split("## The example vault", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    script = [line.removeprefix("casekeeper --json ") for line in block.splitlines() if line]
    sections = {}
    for part in re.split(r"\n## ", text)[1:]:
        run = re.search(r"^`casekeeper --json (.+)`$", part, re.M)
        if run is None:
            continue
        name = part.splitlines()[0].strip()
        fields = [(m[1], "optional" in m[2], m[2])
                  for m in re.finditer(r"^\| `([^`]+)` \| ([^|]+) \|", part, re.M)]
        sections[name] = (run[1], fields)
    return script, sections


def _present(value, steps: list[str], outer: bool = True) -> bool:
    if not steps:
        return True
    step, rest = steps[0], steps[1:]
    if step == "[]":
        # an empty array would pass any field under it: the example must fill it; an array
        # inside its elements may be empty in some (a row of `match` no record fits), so long as
        # the field is found in the others (_found)
        return isinstance(value, list) and (bool(value) or not outer) and all(
            _present(e, rest, False) for e in value)
    return isinstance(value, dict) and step in value and _present(value[step], rest, outer)


def _found(value, path: str) -> bool:
    """The field is there, in every element of the arrays on its way, and at least once."""
    return _present(value, _steps(path)) and bool(_values(value, _steps(path)))


# The JSON types the page names, as Python reads them (bool is no integer here).
TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict,
         "array": list, "null": type(None)}


def _values(value, steps: list[str]) -> list:
    """Every value at the path: all elements of each array on the way."""
    if not steps:
        return [value]
    step, rest = steps[0], steps[1:]
    if step == "[]":
        return [v for e in value for v in _values(e, rest)] if isinstance(value, list) else []
    return _values(value[step], rest) if isinstance(value, dict) and step in value else []


def _typed(value, said: str) -> bool:
    """Whether value is of the type the page says (`string or null`, `integer, optional`)."""
    words = said.split(",")[0].split(" or ")
    kinds = tuple(TYPES[w.strip()] for w in words if w.strip() in TYPES)
    if isinstance(value, bool) and bool not in kinds:
        return False
    return not kinds or isinstance(value, kinds)


def _steps(path: str) -> list[str]:
    out: list[str] = []
    for part in path.split("."):
        if part == "[]":
            out.append("[]")
        elif part.endswith("[]"):
            out += [part[:-2], "[]"]
        else:
            out.append(part)
    return out


def _commands() -> set[str]:
    from app.cli.main import build_parser

    found: set[str] = set()

    def walk(parser, prefix):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                        walk(sub, [*prefix, name])
                    else:
                        found.add(" ".join([*prefix, name]))
    walk(build_parser(), [])
    return found


def _args(line: str, tmp_path: Path) -> list[str]:
    args = shlex.split(line)
    for i, word in enumerate(args):
        if word in FILES:
            args[i] = str(tmp_path / word)
        elif word == "BACKUP":
            args[i] = str(next(p for p in (tmp_path / "backups").iterdir() if p.is_dir()))
    return args


def test_every_documented_field_is_printed(tmp_path):
    from PIL import Image

    script, sections = _doc()
    write_csv(tmp_path / "list.csv", ["Name", "Father", "Grandfather", "Sex", "Birth year", "Village",
                                      "Status"],
              [["Layla", "Khalil", "Hassan", "F", "1998", "Kocho", "missing"],
               ["Nadia", "Murad", "Taha", "F", "1995", "Kocho", "rescued"], [""] * 7,
               ["Sara", "Elias", "Haydar", "F", "2001", "Hardan", "missing"]])
    Image.new("RGB", (40, 40), "red").save(tmp_path / "photo.png")
    (tmp_path / "backups").mkdir()
    printed = {}
    for line in script:
        r = cli(tmp_path, "--json", *_args(line, tmp_path))
        assert r.returncode == 0, (line, r.stderr)
        printed[line] = json.loads(r.stdout)
    missing, mistyped = [], []
    for name, (run, fields) in sections.items():
        assert run in printed, f"{name}: `{run}` is not a command of the example vault"
        out = printed[run]
        assert isinstance(out, list) == any(f.startswith("[]") for f, _, _ in fields) or not fields, name
        if isinstance(out, list):
            assert out, f"{name}: the example prints an empty array: its fields are not checked"
        missing += [f"{name}: {f}" for f, optional, _ in fields
                    if not optional and not _found(out, f)]
        mistyped += [f"{name}: {f} is {type(v).__name__}, said {said}" for f, _, said in fields
                     for v in _values(out, _steps(f)) if not _typed(v, said)]
    assert missing == []
    assert mistyped == []


def test_every_command_has_its_section():
    _script, sections = _doc()
    assert _commands() - NO_JSON <= {name.split(" --")[0].replace(" BATCH", "")
                                     for name in sections}
