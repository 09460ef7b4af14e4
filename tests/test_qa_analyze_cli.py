"""``khabar analyze`` as a user runs it: a terminal, odd line ends, a bad ``--out``."""

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

ARTICLES = [
    "سفر وزیر نیرو\n\nعلی رضایی وزیر نیرو امروز به مشهد سفر کرد.",
    "نشست خبری\n\nحسن بهرامی گفت: «این طرح مفید است.»",
]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "khabar", "analyze", *args], input=stdin, capture_output=True
    )


def _files(folder: Path) -> list[str]:
    paths = []
    for number, text in enumerate(ARTICLES, 1):
        path = folder / f"a{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_many_articles_with_a_terminal_on_stderr_print_json_lines_on_stdout(
    tmp_path: Path,
) -> None:
    """The progress bar draws on a terminal; the results must still go, unbroken, to
    stdout (``khabar analyze *.txt > out.jsonl`` typed in a terminal)."""
    main, side = pty.openpty()
    drawn = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                return
            if not chunk:
                return
            drawn.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "80"}
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "analyze", *_files(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=side,
        env=env,
        timeout=600,
    )
    os.close(side)
    reader.join(timeout=10)
    os.close(main)
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["headline"] for line in lines] == ["سفر وزیر نیرو", "نشست خبری"]
    assert b'"headline"' not in drawn
