"""The dry run's village values table says a village that lost its letters in cp1256 as not
read ('?'), as its row says it is left out: one truth, not the value mapped to itself."""

from tests.import_helpers import cli

LIST = ("الاسم,اسم الاب,اسم الجد,القرية,الحالة\n"
        "سلمى,علي,حسن,گرە زەرک,مفقودة\n"
        "جميلة,حسن,خلف,كوجو,مفقودة\n")


def test_a_village_left_out_is_not_said_kept_in_the_values_table(tmp_path):
    path = tmp_path / "sorani.csv"
    path.write_bytes(LIST.encode("cp1256", errors="replace"))
    assert cli(tmp_path, "init", "--prefix", "SNJ").returncode == 0
    out = cli(tmp_path, "import", str(path), "--dry-run")
    assert out.returncode == 0, out.stderr
    table = out.stdout.split("village values:\n", 1)[1].split("Rows:", 1)[0]
    assert "  'گر? ز?رک' -> ?\n" in table, table
    assert "'كوجو' -> Kocho" in table
    assert "the village is left out" in out.stdout
