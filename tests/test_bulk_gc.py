"""The collector's thresholds are raised for a list's import and put back after it."""

import gc
import threading

from app.bulk_gc import BULK_THRESHOLD, fewer_collections


def test_thresholds_raised_inside_and_restored_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == BULK_THRESHOLD
    assert gc.get_threshold() == before


def test_nested_use_keeps_them_raised_until_the_outermost_ends():
    before = gc.get_threshold()
    with fewer_collections():
        with fewer_collections():
            pass
        assert gc.get_threshold() == BULK_THRESHOLD
    assert gc.get_threshold() == before


def test_restored_after_an_error():
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("a bad row")
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_two_threads_overlapping_restore_only_when_both_end():
    before = gc.get_threshold()
    entered, release = threading.Event(), threading.Event()

    def other():
        with fewer_collections():
            entered.set()
            release.wait(5)

    t = threading.Thread(target=other)
    t.start()
    entered.wait(5)
    with fewer_collections():
        pass
    assert gc.get_threshold() == BULK_THRESHOLD  # the other thread's import still runs
    release.set()
    t.join(5)
    assert gc.get_threshold() == before


def test_staging_and_committing_a_list_run_with_the_thresholds_raised(tmp_path):
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault, write_xlsx

    before = gc.get_threshold()
    s = new_vault(tmp_path / "vault")
    svc = ImportService(s)
    plan = svc.prepare(str(write_xlsx(tmp_path / "L.xlsx", [("Sheet", [
        ["Full name", "Village"], ["Nadia Murad Taha", "Kocho"], ["Jamila Qasim", "Hardan"]])])))
    seen = []
    staged = svc.stage_rows(plan, progress=lambda n, total: seen.append(gc.get_threshold()))
    svc.import_at_once(plan, staged, yes=True,
                       progress=lambda n, total: seen.append(gc.get_threshold()))
    assert len(seen) >= 2 and set(seen) == {BULK_THRESHOLD}
    assert gc.get_threshold() == before  # put back once the import is done


def test_duplicates_and_matching_a_list_run_with_the_thresholds_raised(tmp_path):
    from app.domain.person import NamePart, NameText, Person
    from tests.import_helpers import new_vault

    s = new_vault(tmp_path / "vault")
    s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia"),
                                   NamePart.FATHER: NameText("مراد", "Murad")}))
    in_duplicates, in_matching = [], []
    s.matching.duplicates(progress=lambda n, total: in_duplicates.append(gc.get_threshold()))
    row = Person(names={NamePart.GIVEN: NameText("", "Nadia")})
    s.matching.match_rows([row] * 60,
                          progress=lambda n, total: in_matching.append(gc.get_threshold()))
    assert in_duplicates and set(in_duplicates) == {BULK_THRESHOLD}
    assert in_matching and set(in_matching) == {BULK_THRESHOLD}


def test_no_pass_over_the_bulk_works_objects_when_the_thresholds_are_put_back():
    """The objects a bulk import made and still holds are not all walked by the collector at
    the first allocation after it (generation 1, counted fifty times past its threshold).
    In a fresh process: where another test has frozen objects (the search cache), the pass is
    rightly not skipped, and the test would say nothing of the import's own end."""
    import subprocess
    import sys
    import textwrap

    from tests.conftest import ROOT
    code = textwrap.dedent("""
        import gc
        from app.bulk_gc import BULK_THRESHOLD, fewer_collections
        assert gc.get_freeze_count() == 0
        passes = []

        def seen(phase, info):
            if phase == "start" and info["generation"] >= 1:
                passes.append(info["generation"])

        kept = []
        with fewer_collections():
            # past twenty collections of generation 0 at the bulk threshold: the usual
            # threshold of generation 1 (10) is exceeded when the old ones are put back
            kept.extend([i] for i in range(BULK_THRESHOLD[0] * 21))
        gc.callbacks.append(seen)
        made = [[i] for i in range(5000)]  # past the usual threshold of generation 0
        gc.callbacks.remove(seen)
        assert passes == [], passes
        assert gc.get_freeze_count() == 0
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_objects_frozen_before_stay_frozen():
    """The search cache, frozen so that no collection walks it, is not unfrozen by an import."""
    cache = [[i] for i in range(1000)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            made = [[i] for i in range(BULK_THRESHOLD[0] * 2)]
        assert gc.get_freeze_count() == frozen
        del made
    finally:
        gc.unfreeze()
        del cache
