"""Whether a command line with a mistake asked for --json output, as argparse reads its words."""

from __future__ import annotations

import argparse

# The --json options argparse has taken in this run's parse, before any mistake stopped it: an
# abbreviation (--js) is resolved by argparse itself, and `person add --json FILE` is a file to
# read, not output. main() empties it before each parse.
TAKEN: list[bool] = []


class JsonFlag(argparse.Action):
    """--json: machine-readable output (store_true, remembered in TAKEN as argparse takes it)."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        TAKEN.append(True)
        setattr(namespace, self.dest, True)


class JsonOrFile(argparse.Action):
    """`person add --json [FILE]`: alone, output (remembered in TAKEN); with FILE, input."""

    def __call__(self, parser, namespace, values, option_string=None):
        TAKEN.append(values is True)
        setattr(namespace, self.dest, values)


def json_unread(parser: argparse.ArgumentParser, argv: list[str]) -> bool:
    """Whether a --json the parse stopped before (the mistake came first: `person list --status
    lost --js`) would have asked for output, read as the parser that stopped reads it: its
    abbreviations (allow_abbrev), and a --json taking a FILE there given none."""
    words = argv[:argv.index("--")] if "--" in argv else argv
    for i, word in enumerate(words):
        action = _json_option(parser, word)
        if action is None:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if action.nargs != "?" or after is None or parser._parse_optional(after) is not None:
            return True
    return False


def _json_option(parser: argparse.ArgumentParser, word: str) -> argparse.Action | None:
    """The parser's --json action if word names it, whole or as its one abbreviation; None for
    another option, an ambiguous one (argparse refuses it) or --json=... (refused, or a FILE)."""
    options = parser._option_string_actions
    if "=" in word or not word.startswith("--") or len(word) < 3:
        return None
    found = ({options[word]} if word in options
             else {a for o, a in options.items() if o.startswith(word)} if parser.allow_abbrev
             else set())
    if len(found) != 1:
        return None
    (action,) = found
    return action if "--json" in action.option_strings else None
