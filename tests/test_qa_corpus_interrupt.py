"""Ctrl-C while ``khabar ingest`` counts a large input (before the first batch): exit 130
with a message, no traceback, and no store made. A real process, interrupted while it
holds the input open."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

LINE = '{"title": "خبر کوتاه شماره %d", "paragraphs": ["متن کوتاه خبر شماره %d."]}\n'


def holds_open(pid: int, path: Path) -> bool:
    folder = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(folder / fd) == str(path) for fd in os.listdir(folder))
    except OSError:
        return False


def _interrupt_while_counting(source: Path, db: Path) -> subprocess.Popen | None:
    """Start an ingest and send it Ctrl-C while it counts: it holds the input open and has
    made no store yet. None if this run was seen only after the count (a busy machine can
    keep the test from looking for longer than the count takes); it is stopped then."""
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar", "ingest", str(source), "--db", str(db)],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not holds_open(process.pid, source):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    if db.exists():
        process.kill()
        process.communicate()
        for made in db.parent.glob(db.name + "*"):  # the store and its journal
            made.unlink()
        return None
    process.send_signal(signal.SIGINT)
    return process


def test_ctrl_c_while_counting(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    with source.open("w", encoding="utf-8") as out:
        out.writelines(LINE % (i, i) for i in range(400_000))
    db = tmp_path / "k.db"
    for _ in range(3):
        if (process := _interrupt_while_counting(source, db)) is not None:
            break
    else:
        raise AssertionError("three runs were all seen only after counting")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not db.exists()
