"""``khabar normalize`` as a user runs it: a real process, real files, real pipes."""

import subprocess
import sys
from pathlib import Path

import pytest

from khabar.text.chars import ZWNJ


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "khabar", "normalize", *args], input=stdin, capture_output=True
    )


def test_file_in_lines_out(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("میکنند\n\nكتاب ها\n", encoding="utf-8")
    result = run(str(src))
    assert result.returncode == 0
    assert result.stdout.decode().split("\n") == [f"می{ZWNJ}کنند", "", f"کتاب{ZWNJ}ها", ""]


def test_stdin() -> None:
    result = run(stdin="طرحهای".encode())
    assert result.stdout.decode() == f"طرح{ZWNJ}های\n"


def test_mixed_restores_endings_in_a_line_with_half_spaces() -> None:
    line = f"طرحهای تازه را نمی{ZWNJ}پذیرند"
    assert run(stdin=line.encode()).stdout.decode() == line + "\n"
    mixed = run("--mixed", stdin=line.encode()).stdout.decode()
    assert mixed == f"طرح{ZWNJ}های تازه را نمی{ZWNJ}پذیرند\n"


def test_invalid_utf8_is_reported_with_its_offset(tmp_path: Path) -> None:
    src = tmp_path / "bad.txt"
    src.write_bytes("درست\n".encode() + b"\xff\xfe\n")
    result = run(str(src))
    assert result.returncode == 2
    assert b"invalid UTF-8 at byte 9" in result.stderr
    assert b"Traceback" not in result.stderr


def test_binary_file(tmp_path: Path) -> None:
    src = tmp_path / "image.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    result = run(str(src))
    assert result.returncode == 2
    assert b"binary" in result.stderr


def test_empty_input() -> None:
    result = run(stdin=b"")
    assert result.returncode == 2
    assert b"empty" in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert b"No such file" in result.stderr


def test_bad_option_value() -> None:
    result = run("--digits", "roman", stdin="۱".encode())
    assert result.returncode != 0
    assert b"digits" in result.stderr


def test_one_long_line_streams_in_pieces(tmp_path: Path) -> None:
    # 6 MB on one line, larger than the reader's piece size, comes out whole and repaired.
    src = tmp_path / "long.txt"
    src.write_text("کتاب ها و ، " * 300_000 + "\n", encoding="utf-8")
    result = run(str(src))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.count("\n") == 1
    assert out.count(f"کتاب{ZWNJ}ها") == 300_000


def test_a_long_line_cut_inside_a_word_gets_no_space_there(tmp_path: Path) -> None:
    """A line with no space in its first piece is cut between two letters; the pieces are
    put back together as they were, not with a space between."""
    src = tmp_path / "nospace.txt"
    text = "کتاب" * 200_000  # 1.6 MB
    src.write_text(text + "\n", encoding="utf-8")
    result = run(str(src))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.count(" ") == 0
    assert out == text + "\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("command", ["normalize", "tokenize"])
def test_output_that_cannot_be_written_is_reported(command: str) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "khabar", command],
            input="طرحهای تازه".encode(),
            stdout=full,
            stderr=subprocess.PIPE,
        )
    assert result.returncode == 1
    assert b"No space left on device" in result.stderr
    assert b"Traceback" not in result.stderr


def test_byte_offsets_count_crlf_line_ends(tmp_path: Path) -> None:
    """Each «\\r\\n» was counted as one byte, so the offset drifted one per line."""
    src = tmp_path / "windows.txt"
    src.write_bytes(b"a\r\nb\r\n\xff\n")
    result = run(str(src))
    assert result.returncode == 2
    assert b"invalid UTF-8 at byte 6" in result.stderr


def test_a_nul_byte_is_reported_where_it_is(tmp_path: Path) -> None:
    src = tmp_path / "data.bin"
    src.write_bytes(b"abc\ndef\0\n")
    result = run(str(src))
    assert result.returncode == 2
    assert b"NUL byte at byte 7" in result.stderr
