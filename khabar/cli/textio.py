"""Reading text input for the line-oriented commands, safely and in bounded memory.

Input is read in binary and decoded strictly, so invalid UTF-8 and binary files are
reported with their byte offset instead of being silently mangled. A line longer than
``MAX_PIECE`` is handed out in pieces cut at a space, so a 100 MB single line streams
through without being held in memory at once.
"""

import errno
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import typer

MAX_PIECE = 1 << 20


class InputError(Exception):
    """Input that cannot be read as text; the message is meant for the user."""


_CLAUSE_ENDS = tuple(p.encode() + b" " for p in ".!?؟،؛:")
# What Windows Notepad writes as «Unicode»: text, though full of NUL bytes.
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def not_text(name: str, head: bytes, nul: int) -> InputError:
    """The error for input holding a NUL byte at ``nul``: UTF-16 text (by its byte order
    mark at the start, ``head``) is told to be saved as UTF-8, rather than called binary."""
    if head.startswith(_UTF16_MARKS):
        return InputError(f"{name}: UTF-16 text; khabar reads UTF-8, save the file as UTF-8")
    return InputError(f"{name}: looks like a binary file (NUL byte at byte {nul})")


def _cut_at_space(data: bytes) -> int:
    """Where to cut an over-long piece: after a clause ends, else after its last space.

    A cut between two words could separate a stem from an affix the normalizer would join
    («کتاب ها»), so a space after punctuation is preferred; failing that, any space; failing
    that, a UTF-8 character boundary.
    """
    cut, end = max((data.rfind(end), end) for end in _CLAUSE_ENDS)
    if cut > len(data) // 2:
        return cut + len(end)
    cut = data.rfind(b" ")
    if cut > 0:
        return cut + 1
    cut = len(data)
    while cut > 0 and data[cut - 1] & 0xC0 == 0x80:
        cut -= 1
    # Step back off the lead byte of a multi-byte character that is not yet complete.
    return cut - 1 if cut > 0 and data[cut - 1] >= 0xC0 else cut


def iter_pieces(stream: BinaryIO, name: str) -> Iterator[tuple[str, bool]]:
    """Yield ``(text, ends_line)``; pieces of one line share ``ends_line=False`` until its last.

    Raises ``InputError`` for binary data or invalid UTF-8, naming the byte offset.
    """
    offset = 0
    carry = b""
    while True:
        data = carry + stream.readline(MAX_PIECE)
        carry = b""
        if not data:
            return
        size = len(data)  # bytes taken from the input, line ending included
        ends_line = True
        if data.endswith(b"\n"):
            data = data[:-1]
            if data.endswith(b"\r"):
                data = data[:-1]
        elif len(data) >= MAX_PIECE:
            cut = _cut_at_space(data)
            data, carry = data[:cut], data[cut:]
            size = cut
            ends_line = False
        nul = data.find(b"\0")
        if nul >= 0:
            raise not_text(name, data if offset == 0 else b"", offset + nul)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: invalid UTF-8 at byte {offset + e.start} ({e.reason})"
            ) from None
        if offset == 0 and text.startswith("\ufeff"):
            text = text[1:]
        offset += size
        yield text, ends_line


def open_input(path: Path | None) -> tuple[BinaryIO, str]:
    """The binary stream for ``path``, or standard input when it is ``None`` or ``-``."""
    if path is None or str(path) == "-":
        return sys.stdin.buffer, "<stdin>"
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        return open(path, "rb"), str(path)
    except OSError as e:
        raise InputError(f"{path}: {e.strerror}") from None


def read_pieces(path: Path | None) -> Iterator[tuple[str, bool]]:
    """``iter_pieces`` over a file or standard input; empty input is an error too."""
    stream, name = open_input(path)
    empty = True
    with stream:
        for piece in iter_pieces(stream, name):
            empty = False
            yield piece
    if empty:
        raise InputError(f"{name}: input is empty")


@contextmanager
def reported_input_errors() -> Iterator[None]:
    """Turn an ``InputError`` into a one-line message on stderr and exit status 2."""
    try:
        yield
    except InputError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def reported_output_errors() -> Iterator[None]:
    """Output that cannot be written (a full disk, a lost device): a one-line message on
    stderr and exit status 1 instead of a traceback. Output is flushed here so that an
    error of the last buffer is caught too. A closed pipe (``| head``) is left to Click,
    which exits quietly."""
    try:
        yield
        sys.stdout.flush()
    except OSError as e:
        if e.errno == errno.EPIPE:
            raise
        typer.echo(f"khabar: cannot write the output: {e.strerror}", err=True)
        raise typer.Exit(1) from None
