"""Export commands: files only where asked, audited with their hash, neutral, optionally locked."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.domain.errors import ValidationError
from app.reports.pdfcrypt import saslprep
from tests.report_vault import PASSPHRASE, make_canary_vault

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cli_vault(tmp_path, monkeypatch):
    folder = tmp_path / "vault"
    v = make_canary_vault(folder)
    v.session.close()
    monkeypatch.setenv("CASEKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEKEEPER_VAULT", str(folder))
    return v, folder


def _audit_exports(folder: Path) -> list[dict]:
    from app.vault import open_vault

    s = open_vault(folder, PASSPHRASE)
    try:
        return [{"action": r.action, "ref": r.entity_ref, **json.loads(r.detail)}
                for r in s.audit.repo.all() if r.action.startswith("export.")]
    finally:
        s.close()


def test_each_export_is_written_and_audited_with_its_hash(cli_vault, tmp_path, capsys):
    v, folder = cli_vault
    out = tmp_path / "out"
    out.mkdir()
    assert main(["dossier", v.case_no, "-o", str(out / "d.pdf"), "--profile", "court",
                 "--lang", "ar"]) == 0
    assert main(["summary", "-o", str(out / "s.pdf"), "--profile", "public", "--lang", "kmr",
                 "--status", "missing"]) == 0
    assert main(["rescue-report", str(v.rescue_id), "-o", str(out / "r.pdf"),
                 "--profile", "internal", "--lang", "ckb"]) == 0
    entries = _audit_exports(folder)
    assert [(e["action"], e["profile"], e["lang"]) for e in entries] == [
        ("export.dossier", "court", "ar"), ("export.summary", "public", "kmr"),
        ("export.rescue", "internal", "ckb")]
    for entry, name in zip(entries, ["d.pdf", "s.pdf", "r.pdf"], strict=True):
        data = (out / name).read_bytes()
        assert data.startswith(b"%PDF-")
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert (out / name).stat().st_mode & 0o077 == 0  # readable by the owner only
    assert entries[1]["persons"] == 1 and entries[1]["filters"] == {"status": "missing"}
    assert sorted(p.name for p in out.iterdir()) == ["d.pdf", "r.pdf", "s.pdf"]


def test_the_profile_must_be_chosen(cli_vault, tmp_path, capsys):
    v, folder = cli_vault
    assert main(["dossier", v.case_no, "-o", str(tmp_path / "d.pdf")]) == 2
    assert "--profile" in capsys.readouterr().err
    assert not (tmp_path / "d.pdf").exists()
    assert _audit_exports(folder) == []


def test_unknown_case_number_is_a_one_line_error(cli_vault, tmp_path, capsys):
    assert main(["dossier", "SNJ-99999", "-o", str(tmp_path / "d.pdf"),
                 "--profile", "family"]) == 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "d.pdf").exists()


def test_metadata_is_neutral(cli_vault, tmp_path):
    v, folder = cli_vault
    pdf_path = tmp_path / "d.pdf"
    assert main(["dossier", v.case_no, "-o", str(pdf_path), "--profile", "internal"]) == 0
    data = pdf_path.read_bytes()
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines())
    for key in ("Title", "Author", "Creator", "Producer", "Subject", "Keywords"):
        assert fields.get(key, "").strip() in ("", "(anonymous)", "(unspecified)"), key
    assert "2000" in fields["CreationDate"]  # a fixed date, not the time of printing
    for leak in (b"ReportLab", b"reportlab", getpass.getuser().encode(),
                 platform.node().encode(), str(folder).encode(), str(tmp_path).encode()):
        # a name of a few letters turns up by chance in compressed bytes; longer ones do not
        assert len(leak) < 6 or leak not in data, leak


def test_password_protects_the_pdf_with_aes_256(cli_vault, tmp_path):
    v, _ = cli_vault
    secret = tmp_path / "pw.txt"
    secret.write_text("correct staple 2014\n", encoding="utf-8")
    pdf_path = tmp_path / "d.pdf"
    assert main(["dossier", v.case_no, "-o", str(pdf_path), "--profile", "family",
                 "--password-file", str(secret)]) == 0
    locked = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True)
    assert locked.returncode != 0
    opened = subprocess.run(["pdfinfo", "-upw", "correct staple 2014", str(pdf_path)],
                            capture_output=True, text=True, check=True).stdout
    assert "algorithm:AES-256" in opened
    text = subprocess.run(["pdftotext", "-upw", "correct staple 2014", str(pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert v.case_no in text


def test_passwords_pdf_readers_would_refuse_are_refused_up_front():
    assert saslprep("كوجو 2014 آب") == "كوجو 2014 آب"
    assert saslprep("ﬁle\u00a0x") == "file x"  # NFKC and non-ASCII space mapping
    for bad in ("abc كوجو", "كوجو 1", "pass\u0007word"):
        with pytest.raises(ValidationError):
            saslprep(bad)


def test_a_password_of_characters_readers_drop_is_refused(cli_vault, tmp_path, capsys):
    """A soft hyphen alone is a password of nothing to a PDF reader: the file would open for
    anyone, and the audit trail would say encrypted."""
    v, folder = cli_vault
    secret = tmp_path / "pw.txt"
    secret.write_text("\u00ad\u200b\n", encoding="utf-8")
    out = tmp_path / "d.pdf"
    assert main(["dossier", v.case_no, "-o", str(out), "--profile", "internal",
                 "--password-file", str(secret)]) == 2
    assert "empty" in capsys.readouterr().err
    assert not out.exists() and _audit_exports(folder) == []


def test_a_replaced_pdf_is_readable_by_its_owner_only(cli_vault, tmp_path):
    v, folder = cli_vault
    out = tmp_path / "old.pdf"
    out.write_bytes(b"%PDF-1.4 an older paper anyone could read")  # a file not a PDF: --force
    out.chmod(0o644)
    assert main(["--vault", str(folder), "dossier", v.case_no, "-o", str(out),
                 "--profile", "family"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600


def test_nothing_is_written_outside_the_chosen_file(cli_vault, tmp_path):
    v, folder = cli_vault
    home, tmp, xdg, out = (tmp_path / n for n in ("home", "tmp", "xdg", "out"))
    for d in (home, tmp, xdg, out):
        d.mkdir()
    env = {k: val for k, val in os.environ.items() if not k.startswith("CASEKEEPER_")}
    env.update(HOME=str(home), TMPDIR=str(tmp), XDG_DATA_HOME=str(xdg), XDG_CACHE_HOME=str(xdg),
               XDG_CONFIG_HOME=str(xdg), PYTHONPATH=str(ROOT), CASEKEEPER_VAULT=str(folder),
               CASEKEEPER_PASSPHRASE=PASSPHRASE)
    before = sorted(p.name for p in folder.iterdir())
    for args in (["dossier", v.case_no, "-o", str(out / "d.pdf"), "--profile", "internal"],
                 ["summary", "-o", str(out / "s.pdf"), "--profile", "court", "--lang", "ar"]):
        done = subprocess.run([sys.executable, "-m", "app.cli.main", *args], env=env,
                              capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    assert [p for d in (home, tmp, xdg) for p in d.rglob("*")] == []
    assert sorted(p.name for p in out.iterdir()) == ["d.pdf", "s.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == before


@pytest.mark.parametrize("command", ["dossier", "summary", "rescue-report"])
def test_every_report_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "--profile" in capsys.readouterr().out


def test_batch_writes_one_audited_dossier_per_person_and_stops_on_cancel(tmp_path):
    import threading

    from app.domain.errors import Cancelled
    from app.reports.profiles import Profile
    from app.reports.service import ReportService

    v = make_canary_vault(tmp_path / "vault")
    try:
        service = ReportService(v.session)
        out = tmp_path / "batch"
        out.mkdir()
        seen = []
        done = service.export_dossier_batch(["SNJ-00001", "SNJ-00002"], out,
                                            profile=Profile.FAMILY, lang="kmr",
                                            progress=lambda i, n: seen.append((i, n)))
        assert sorted(p.name for p in out.iterdir()) == ["SNJ-00001.pdf", "SNJ-00002.pdf"]
        assert seen == [(1, 2), (2, 2)]
        hashes = {r.entity_ref: json.loads(r.detail)["sha256"]
                  for r in v.session.audit.repo.all() if r.action == "export.dossier"}
        assert hashes == {e.path.stem: e.sha256 for e in done}
        stop = threading.Event()
        stop.set()
        with pytest.raises(Cancelled):
            service.export_dossier_batch(["SNJ-00001"], tmp_path, profile=Profile.FAMILY,
                                         lang="en", cancel=stop)
        assert not (tmp_path / "SNJ-00001.pdf").exists()
    finally:
        v.session.close()


def test_a_dossier_is_logged_under_its_case_number_and_a_summary_under_no_one(cli_vault,
                                                                               tmp_path):
    """'dossier snj-1' was logged as typed, so the person's history (kept under SNJ-00001) never
    showed the export; a summary, about no one person, kept a reference given to it."""
    from app.reports.profiles import Profile
    from app.reports.service import ReportService
    from app.vault import open_vault

    v, folder = cli_vault
    prefix, number = v.case_no.split("-")
    typed = f" {prefix.lower()}-{int(number)} "
    assert main(["dossier", typed, "-o", str(tmp_path / "d.pdf"), "--profile", "family"]) == 0
    s = open_vault(folder, PASSPHRASE)
    try:
        service = ReportService(s)
        service.write(b"%PDF-1.4 summary", tmp_path / "s.pdf", what="summary", ref=typed,
                      profile=Profile.PUBLIC, lang="en", encrypted=False)
        assert [r.action for r in s.audit.history("dossier", v.case_no)] == ["export.dossier"]
    finally:
        s.close()
    assert [(e["action"], e["ref"]) for e in _audit_exports(folder)] == [
        ("export.dossier", v.case_no), ("export.summary", "")]
