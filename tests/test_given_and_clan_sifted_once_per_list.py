"""A list's rows of one given name and clan alone, with nothing more (5,000 of them against
560 namesakes each), are sifted against her clan's records once, not once a row: staging
took twice its time, every row walking the same block to the same answer."""

from __future__ import annotations

from app.domain.person import NamePart, Person, Sex


def _woman(pid: int, father: str) -> Person:
    p = Person(id=pid, case_no=f"SNJ-{pid:05d}", sex=Sex.FEMALE)
    for part, text in ((NamePart.GIVEN, "نادية"), (NamePart.FATHER, father),
                       (NamePart.FAMILY, "حسكاني")):
        if text:
            p.name(part).put(text)
    return p


def test_the_rows_of_one_given_name_and_clan_sift_her_clan_once(monkeypatch):
    from app.importing.dedupe import RowMatcher
    from app.matching import given_clan

    sifted = []
    real = given_clan.none_disagrees
    monkeypatch.setattr(given_clan, "none_disagrees",
                        lambda a, b: sifted.append(1) or real(a, b))
    matcher = RowMatcher([_woman(n, f"father{n}") for n in range(1, 101)])
    for row in range(2, 42):
        matcher.match(_woman(0, ""), row)
    assert len(sifted) <= 100
    assert matcher.match(_woman(0, ""), None) is None
    assert len(matcher.clan_namesakes) == 100
