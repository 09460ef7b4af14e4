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


def _ctrl_c_as_in_a_terminal() -> None:
    """Ctrl-C reaches a command run in a terminal with SIGINT at its default. A test runner
    started in the background of a script (as CI may be) ignores SIGINT, and a child
    inherits that: the ingest would not hear the signal at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_counting(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    with source.open("w", encoding="utf-8") as out:
        out.writelines(LINE % (i, i) for i in range(400_000))
    db = tmp_path / "k.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar", "ingest", str(source), "--db", str(db)],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )
    deadline = time.monotonic() + 120
    while not holds_open(process.pid, source):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not db.exists()
