"""`duplicates` and `import` as the lawyer runs them: sisters born years apart (Nadia and Nada,
Samira, Samra and Samia: a tester's family) are no likely duplicate and no probable match, while
a row of one of them with a slip in her given name still finds her."""

from __future__ import annotations

import json

from app.matching.blocking import DUPLICATE_THRESHOLD

KHIDIR = ["--father", "خضر", "--father", "Khidir", "--grandfather", "قاسم", "--grandfather", "Qasim",
          "--family", "القاسمي", "--family", "al-Qasimi", "--mother", "شيرين", "--mother", "Shirin",
          "--village", "Kocho", "--sex", "F"]
ELIAS = ["--father", "الياس", "--father", "Elias", "--grandfather", "حيدر", "--grandfather", "Haidar",
         "--family", "قيران", "--family", "Qiran", "--mother", "خانم", "--mother", "Xanim",
         "--village", "Hardan", "--sex", "F"]
SISTERS = [("نادية", "Nadia", "1995", KHIDIR), ("سميرة", "Samira", "1992", ELIAS),
           ("سمرة", "Samra", "2000", ELIAS)]


def _vault(cli, *more) -> dict[str, str]:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    ids = {}
    for arabic, latin, born, family in [*SISTERS, *more]:
        out = cli("--json", "person", "add", "--given", arabic, "--given", latin, *family,
                  "--born", born)
        assert out.returncode == 0, out.stderr
        ids[latin] = json.loads(out.stdout)["case_no"]
    return ids


def test_duplicates_lists_sisters_only_when_asked_lower_and_below_the_threshold(cli):
    ids = _vault(cli, ("ندى", "Nada", "1999", KHIDIR), ("سامية", "Samia", "1996", ELIAS))
    out = cli("--json", "duplicates")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
    low = json.loads(cli("--json", "duplicates", "--threshold", "0.1").stdout)
    pairs = {frozenset((p["a"]["case_no"], p["b"]["case_no"])): p["score"] for p in low}
    for one, two in (("Nadia", "Nada"), ("Samira", "Samia"), ("Samra", "Samia"),
                     ("Samira", "Samra")):
        assert pairs[frozenset((ids[one], ids[two]))] < DUPLICATE_THRESHOLD


def test_a_new_sister_in_a_list_is_a_new_person_and_a_slip_still_finds_her(cli, tmp_path):
    ids = _vault(cli)
    listed = tmp_path / "sisters_new.csv"
    listed.write_text("Given,Father,Grandfather,Clan,Mother,Born,Village\n"
                      "Samia,Elias,Haidar,Qiran,Xanim,1996,Hardan\n"
                      "Nadira,Khidir,Qasim,al-Qasimi,Shirin,2001,Kocho\n"
                      "Samiar,Elias,Haidar,Qiran,Xanim,1992,Hardan\n", encoding="utf-8")
    out = cli("--json", "import", str(listed), "--dry-run")
    assert out.returncode == 0, out.stderr
    rows = {r["row"]: r for r in json.loads(out.stdout)["rows"]}
    assert rows[2]["outcome"] == "new" and rows[3]["outcome"] == "new", (rows[2], rows[3])
    assert rows[4]["outcome"] == "probable" and rows[4]["match"] == ids["Samira"]
