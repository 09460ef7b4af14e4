"""A killed ingest loses nothing and, rerun, stores nothing twice.

``khabar ingest`` runs as a real process on 60 small articles, is killed with SIGKILL
once its first batch is committed, then runs again to the end.
"""

import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from khabar.corpus import variants

ARTICLES = 60
BATCH = 10


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def test_kill_mid_batch_then_resume(tmp_path: Path) -> None:
    rng = random.Random(11)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(variants.synthetic(i, rng), ensure_ascii=False) + "\n"
            for i in range(ARTICLES)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "khabar.db"
    command = [sys.executable, "-m", "khabar", "ingest", str(corpus), "--db", str(db)]
    command += ["--batch", str(BATCH)]

    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while stored(db) < BATCH and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    first.kill()
    _, err = first.communicate()
    assert first.returncode == -9, err.decode()
    at_kill = stored(db)
    assert BATCH <= at_kill < ARTICLES
    assert at_kill % BATCH == 0  # only whole batches were committed

    second = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"{ARTICLES - at_kill} articles stored, {at_kill} already stored" in second.stderr

    with sqlite3.connect(db) as conn:
        urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY id")]
        assert sorted(urls) == sorted(f"https://example.org/news/{i}" for i in range(ARTICLES))
        for table in ("signatures", "article_fts"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == ARTICLES
        for article_id, analysis in conn.execute("SELECT id, analysis FROM articles"):
            people = conn.execute(
                "SELECT count(*) FROM people WHERE article_id = ?", (article_id,)
            ).fetchone()[0]
            assert people == len(json.loads(analysis)["people"])
