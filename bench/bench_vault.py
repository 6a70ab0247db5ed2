"""Vault benchmarks: unlock at production KDF settings, bulk insert against a raw floor, listing.

Run: .venv/bin/python bench/bench_vault.py [--persons 100000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, ROOT, machine, peak_rss_mib, summary

from app import demo
from app.vault import create_vault, open_vault
from db import connection, migrations
from db.keyslots import KdfParams
from db.repositories.persons import _name_rows, _person_values


def bench_unlock(tmp: Path) -> str:
    folder = tmp / "prod"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.production())
    s.close()
    times = []
    for _ in range(5):
        t = time.perf_counter()
        open_vault(folder, PASSPHRASE).close()
        times.append(time.perf_counter() - t)
    p = KdfParams.production()
    return (f"unlock (Argon2id {p.memory_kib // 1024} MiB, t={p.iterations}, p={p.lanes}): "
            f"{summary(times)}")


def bench_insert(tmp: Path, n: int) -> list[str]:
    people = [p for p, _ in demo.DemoFactory(7).persons(n)]
    # Floor: the same rows by plain executemany into the same schema, no service layer.
    key = os.urandom(32)
    conn = connection.connect(tmp / "floor.db", key, create=True)
    migrations.migrate(conn)
    for i, p in enumerate(people, 1):
        p.id, p.case_no, p.created_at, p.updated_at = i, f"F-{i:06d}", "x", "x"
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO persons(id, {', '.join(_COLS)}) VALUES(?, "
                     f"{', '.join('?' * len(_COLS))})", [(p.id, *_person_values(p)) for p in people])
    conn.executemany("INSERT INTO person_names(person_id, part, script, value, seq) "
                     "VALUES(?,?,?,?,?)", [r for p in people for r in _name_rows(p.id, p)])
    conn.execute("COMMIT")
    floor = time.perf_counter() - t
    conn.close()
    # The service layer: validation, case numbers, status events, audit chain, one transaction.
    s, _ = create_vault(tmp / "svc", PASSPHRASE, "DEMO", KdfParams.fast(), synthetic=True)
    fresh = [p for p, _ in demo.DemoFactory(7).persons(n)]
    t = time.perf_counter()
    s.persons.create_many(fresh, n)
    service = time.perf_counter() - t
    s.close()
    return [f"insert {n:,} persons through the service layer: {service:.1f} s "
            f"({n / service:,.0f} persons/s)",
            f"floor, plain executemany of the same person and name rows: {floor:.1f} s "
            f"({n / floor:,.0f} persons/s); service/floor = {service / floor:.1f}x",
            f"peak memory of this benchmark process: {peak_rss_mib():.0f} MiB"]


def bench_list(tmp: Path, n: int) -> list[str]:
    folder = tmp / "svc"
    s = open_vault(folder, PASSPHRASE)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        rows = s.persons.list()
        times.append(time.perf_counter() - t)
    assert len(rows) == n
    page = []
    for off in range(0, 20000, 2000):
        t = time.perf_counter()
        s.persons.list(limit=100, offset=off, order="name")
        page.append(time.perf_counter() - t)
    s.close()
    env = dict(os.environ, CASEKEEPER_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "--vault", str(folder), "person",
                          "list"], env=env, capture_output=True, cwd=ROOT, check=True)
    cli = time.perf_counter() - t
    assert out.stdout.count(b"\n") == n
    return [f"service persons.list() of all {n:,}: {summary(times)}",
            f"one page of 100 sorted by name (lazy list): {summary(page)}",
            f"`casekeeper person list` of {n:,} to a pipe, whole command incl. start and "
            f"unlock (fast KDF): {cli:.2f} s"]


_COLS = __import__("db.repositories.persons", fromlist=["_WRITE_COLS"])._WRITE_COLS


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    args = ap.parse_args()
    print(f"# bench_vault ({machine()})")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print("-", bench_unlock(tmp))
        for line in bench_insert(tmp, args.persons):
            print("-", line)
        for line in bench_list(tmp, args.persons):
            print("-", line)


if __name__ == "__main__":
    main()
