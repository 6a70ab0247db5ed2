"""Where another record's spellings of her names go, for an import's update and a merge alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person
from app.importing.dedupe import norm
from app.importing.names import forebear_name
from app.matching.namesim import text_sim
from app.matching.score import PARTIAL_AT

# The parts of her full name besides her own given name: a father's, grandfather's or clan's.
FOREBEARS = (NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
# The names she is called by herself: another spelling of one is a name of hers (an alias).
HER_OWN = (NamePart.GIVEN, NamePart.NICKNAME)
# A father's or grandfather's name may be written after "daughter of" («بنت سمير»); a clan's
# may begin with such a word (Bin Laden) and is left as it is.
_CHILD_OF = (NamePart.FATHER, NamePart.GRANDFATHER)


@dataclass
class Spellings:
    """What take_spellings put into her record, and what it did not take."""

    changes: list[str] = field(default_factory=list)  # as an import's report names them
    filled: dict[str, str] = field(default_factory=dict)  # "name.father.latin" -> value
    aliases: list[str] = field(default_factory=list)  # added, in order
    conflicts: list[dict] = field(default_factory=list)  # {field, vault, list}: another name
    # Her name parts the list spells otherwise in the same script, hers kept: {part, script,
    # vault, list, spelling}, spelling the other spelling it went into ("" where she had it):
    # an update that only adds a spelling must not read as a name changed (names_kept.py).
    kept: list[dict] = field(default_factory=list)


def take_spellings(p: Person, new: Person, keep_other_names: bool = False) -> Spellings:
    """Bring new's names into p (changed in place): a blank slot is filled; another spelling
    of her given name or nickname is an alias; another spelling of her father's, grandfather's
    or clan's name is kept inside her whole name as new writes it (ڤيان خەلیل عەلی شەرقی),
    never as the word alone, which a dossier would list as a name of hers; a mother's other
    spelling has no place of hers (the list's row, or the merged record, keeps it). new's
    aliases are hers.

    Another name where a spelling was expected (another father, an update or a merge decided
    despite it) is a conflict. keep_other_names (a merge: the two records are one woman by the
    lawyer's word, and the merged record's names must stay findable) keeps it as well: a given
    name or nickname as an alias, a forebear's or clan's inside her whole name."""
    out = Spellings()
    known = known_spellings(p)

    def alias(value: str, change: str) -> None:
        if value and norm(value) not in known:
            p.aliases.append(value)
            out.aliases.append(value)
            known.add(norm(value))
            out.changes.append(change)

    whole: set[str] = set()  # scripts in which new spells a forebear's or clan's name otherwise
    inside: list[dict] = []  # kept entries of forebears: their spelling is her whole name
    for part, text in new.names.items():
        mine = p.name(part)
        for script in ("original", "latin"):
            value = getattr(text, script).strip()
            if part in _CHILD_OF:
                # «بنت سمير» (a list read by an earlier version kept it so) is Samir: the
                # words saying whose daughter she is made «نادية بنت سمير» a spelling of hers.
                value = forebear_name(value)
            if not value:
                continue
            other = None
            if not getattr(mine, script).strip():
                other = getattr(mine, "latin" if script == "original" else "original").strip()
                if not other or text_sim(value, other) >= PARTIAL_AT:
                    setattr(mine, script, value)
                    out.filled[f"name.{part.value}.{script}"] = value
                    out.changes.append(f"{part.value}.{script}")
                    known.add(norm(value))
                    continue
                # Another name, not her name in the other script: filled in, her record would
                # say الياس in one script and Khalaf in the other. The lawyer settles it.
                out.conflicts.append({"field": f"{part.value}.{script}", "vault": other,
                                      "list": value})
            elif norm(value) == norm(getattr(mine, script)):
                continue
            elif part in FOREBEARS and text_sim(value, getattr(mine, script)) < PARTIAL_AT:
                other = getattr(mine, script)
                out.conflicts.append({"field": f"{part.value}.{script}", "vault": other,
                                      "list": value})
            if other is not None and not keep_other_names:
                continue
            said = {"part": part.value, "script": script, "vault": getattr(mine, script).strip(),
                    "list": value, "spelling": ""}
            if part in HER_OWN:
                had = len(out.aliases)
                alias(value, f"alias ({part.value})")
                if other is None:
                    out.kept.append({**said, "spelling": value if len(out.aliases) > had else ""})
            elif part in FOREBEARS:
                whole.add(script)
                if other is None:
                    inside.append(said)
    known |= {norm(p.full_name(script)) for script in whole}  # as the blanks filled made it
    for script in sorted(whole):
        had = len(out.aliases)
        alias(whole_name(p, new, script), "alias (full name)")
        spelt = out.aliases[-1] if len(out.aliases) > had else ""
        out.kept += [{**k, "spelling": spelt} for k in inside if k["script"] == script]
    for a in new.aliases:
        alias(a.strip(), "alias")
    return out


def known_spellings(p: Person) -> set[str]:
    """Her names as matching keys: each part in both scripts, her whole name in each, and her
    aliases. A spelling among them is nothing new to her."""
    known = {norm(a) for a in p.aliases}
    for text in p.names.values():
        known |= {norm(text.original), norm(text.latin)}
    return known | {norm(p.full_name("original")), norm(p.full_name("latin"))}


def whole_name(p: Person, new: Person, script: str) -> str:
    """new's whole name in script (given, father, grandfather, family), headed by a given name
    where new gives none in that script: hers in it, else new's or hers in the other script.
    Without one, "Khalil Ali Sharqi" would read as a name of hers beginning with her father's."""
    parts = [getattr(new.names.get(part, NameText()), script).strip() for part in FULL_NAME_ORDER]
    parts = [forebear_name(x) if part in _CHILD_OF else x
             for part, x in zip(FULL_NAME_ORDER, parts, strict=True)]
    if not parts[0]:
        other = "latin" if script == "original" else "original"
        given = (getattr(x.names.get(NamePart.GIVEN, NameText()), s).strip()
                 for x, s in ((p, script), (new, other), (p, other)))
        parts[0] = next((g for g in given if g), "")
    return " ".join(x for x in parts if x)
