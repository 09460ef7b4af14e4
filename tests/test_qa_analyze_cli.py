"""``khabar analyze`` as a user runs it: a terminal, odd line ends, a bad ``--out``."""

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

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


def test_json_lines_are_split_only_at_line_feeds() -> None:
    """JSON keeps U+2028 and U+0085 raw inside strings; they end no line of the stream."""
    rows = [
        {"title": "خبر اول", "paragraphs": ["وزیر نیرو گفت:\u2028 «آب کافی است.»"]},
        {"title": "خبر دوم", "paragraphs": ["جلسه\x85 دولت برگزار شد."]},
    ]
    stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    result = run("-", stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    found = [json.loads(line) for line in result.stdout.decode().strip().split("\n")]
    assert [(d["input"], d["headline"]) for d in found] == [
        ("<stdin>:1", "خبر اول"),
        ("<stdin>:2", "خبر دوم"),
    ]


def test_a_text_file_with_old_mac_line_ends_has_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "cr.txt"
    path.write_bytes("سفر وزیر نیرو\r\rعلی رضایی وزیر نیرو امروز به مشهد سفر کرد.\r".encode())
    result = run(str(path))
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["headline"] == "سفر وزیر نیرو"
    assert data["lead"] == "علی رضایی وزیر نیرو امروز به مشهد سفر کرد."


def test_an_out_folder_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (article,) = _files(tmp_path)[:1]
    result = run(article, "--out", article)
    assert result.returncode == 2
    errors = result.stderr.decode()
    assert "--out" in errors and "Traceback" not in errors


def test_a_solar_hijri_publication_date_resolves_yesterday(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("تیتر خبر\n\nوزیر نیرو دیروز گفت: «آب کافی است.»", encoding="utf-8")
    result = run(str(path), "--date", "۱۴۰۲/۰۲/۲۴")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["published"] == "2023-05-14"
    assert [d["value"] for d in data["dates"]] == ["2023-05-13"]
    refused = run(str(path), "--date", "1402-13-01")
    assert refused.returncode == 2 and b"YYYY-MM-DD" in refused.stderr


def test_a_bad_byte_in_json_lines_loses_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = '{"title": "خبر %s", "paragraphs": ["جلسه دولت امروز برگزار شد."]}'
    path.write_bytes(
        b"\n".join([(good % "اول").encode(), b'{"title": "\xff"}', (good % "سوم").encode()])
    )
    result = run(str(path))
    assert result.returncode == 1
    found = [json.loads(line)["headline"] for line in result.stdout.decode().splitlines()]
    assert found == ["خبر اول", "خبر سوم"]
    assert f"{path}:2: invalid UTF-8" in result.stderr.decode()


def test_a_json_lines_stream_is_not_held_to_one_article_s_size(tmp_path: Path, monkeypatch) -> None:
    """The cap on an article's size is no cap on a stream of them."""
    from khabar.cli import analyze as cli

    monkeypatch.setattr(cli, "MAX_FILE_BYTES", 300)
    line = json.dumps({"title": "خبر", "paragraphs": ["جلسه دولت برگزار شد."]}, ensure_ascii=False)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([line] * 4) + "\n", encoding="utf-8")
    found = list(cli._articles(path))
    assert [(label, kind) for label, _, kind in found] == [
        (f"{path}:{n}", "json") for n in range(1, 5)
    ]
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 200, encoding="utf-8")
    with pytest.raises(cli.InputError, match="larger than"):
        list(cli._articles(big))


def test_output_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    (article,) = _files(tmp_path)[:1]
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "khabar", "analyze", article],
            stdout=full,
            stderr=subprocess.PIPE,
        )
    assert result.returncode == 1
    assert b"cannot write the output" in result.stderr and b"Traceback" not in result.stderr


def test_a_json_list_of_articles_is_each_of_them(tmp_path: Path) -> None:
    """A news collection shipped as one JSON list is its articles, not one text of JSON."""
    articles = [
        {"title": "خبر اول", "paragraphs": ["جلسه دولت امروز برگزار شد."]},
        {"title": "خبر دوم", "paragraphs": ["وزیر نیرو به مشهد سفر کرد."]},
        {"paragraphs": []},
    ]
    path = tmp_path / "news.json"
    path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 1
    found = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(d["input"], d["headline"]) for d in found] == [
        (f"{path}[0]", "خبر اول"),
        (f"{path}[1]", "خبر دوم"),
    ]
    assert f"{path}[2]: " in result.stderr.decode()
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    refused = run(str(empty))
    assert refused.returncode == 1 and b"no article" in refused.stderr
    path.write_text(json.dumps(articles[:2], ensure_ascii=False)[:-1] + ",]", encoding="utf-8")
    broken = run(str(path))
    assert broken.returncode == 1 and broken.stdout == b""
    assert f"{path}: invalid JSON at line 1" in broken.stderr.decode()


def test_out_names_each_file_after_its_input_and_never_overwrites_one(tmp_path: Path) -> None:
    """A report is told by its name whichever inputs failed before it, and analysing JSON
    into the folder it lies in keeps the input."""
    first, second = _files(tmp_path)
    feed = tmp_path / "feed.jsonl"
    line = {"title": "خبر", "paragraphs": ["جلسه دولت امروز برگزار شد."]}
    feed.write_text(json.dumps(line, ensure_ascii=False) + "\n" * 2, encoding="utf-8")
    stored = tmp_path / "a1.json"
    stored.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    result = run(missing, first, second, str(feed), "--format", "html", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "سفر وزیر نیرو" in (tmp_path / "a1.html").read_text(encoding="utf-8")
    assert "نشست خبری" in (tmp_path / "a2.html").read_text(encoding="utf-8")
    assert (tmp_path / "feed-1.html").is_file()
    kept = stored.read_text(encoding="utf-8")
    result = run(str(stored), first, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert stored.read_text(encoding="utf-8") == kept
    written = {json.loads(p.read_text(encoding="utf-8"))["input"] for p in tmp_path.glob("a1~*")}
    assert written == {str(stored), first}


def test_many_good_articles_leave_a_log_file_on_stderr_empty(tmp_path: Path) -> None:
    """No progress bar is drawn where no one watches: ``2> log`` stays empty when all is well."""
    result = run(*_files(tmp_path))
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 2
    assert result.stderr == b""


@pytest.mark.parametrize("command", ["analyze", "conllu"])
def test_utf16_text_is_told_to_be_saved_as_utf8_not_called_binary(
    command: str, tmp_path: Path
) -> None:
    """Windows Notepad's «Unicode» is UTF-16: NUL bytes, but text all the same."""
    path = tmp_path / "a.txt"
    path.write_bytes("سفر وزیر نیرو\n\nعلی آمد.\n".encode("utf-16"))
    result = subprocess.run(
        [sys.executable, "-m", "khabar", command, str(path)], capture_output=True
    )
    assert result.returncode != 0
    assert f"{path}: UTF-16 text" in result.stderr.decode()
    assert b"binary" not in result.stderr


@pytest.mark.parametrize("field", ["title", "paragraphs", "url"])
def test_half_a_utf16_pair_escaped_in_json_is_the_article_s_error(
    field: str, tmp_path: Path
) -> None:
    """«\\ud800» is valid JSON but no character: it cannot be written out as UTF-8."""
    article = {"title": "خبر", "paragraphs": ["جلسه دولت برگزار شد."], "url": "http://a.ir/1"}
    value = article[field]
    article[field] = [value[0] + "\ud800"] if isinstance(value, list) else value + "\ud800"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(article), encoding="ascii")
    (good,) = _files(tmp_path)[:1]
    result = run(str(bad), good)
    assert result.returncode == 1
    errors = result.stderr.decode()
    assert f"{bad}: \\ud800 in the JSON" in errors and "internal error" not in errors
    assert [json.loads(line)["input"] for line in result.stdout.decode().splitlines()] == [good]


def test_several_inputs_print_json_lines_whichever_of_them_fail(tmp_path: Path) -> None:
    """A script reading the output line by line must not meet indented JSON because all
    but one of its files failed; and the errors come in the inputs' order."""
    _files(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    inputs = [str(tmp_path / name) for name in ("missing.txt", "a1.txt", "empty.txt", "gone.txt")]
    result = run(*inputs)
    assert result.returncode == 1
    (line,) = result.stdout.decode().splitlines()
    assert json.loads(line)["headline"] == "سفر وزیر نیرو"
    errors = result.stderr.decode().splitlines()
    assert [e.split(": ")[1] for e in errors] == [inputs[0], inputs[2], inputs[3]]


def test_json_lines_on_stdin_are_analysed_as_each_arrives() -> None:
    """``tail -f feed.jsonl | khabar analyze -``: the first article's result comes out
    while the stream is still open."""
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar", "analyze", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    for text in ARTICLES:
        headline, _, body = text.partition("\n\n")
        line = json.dumps({"title": headline, "paragraphs": [body]}, ensure_ascii=False)
        process.stdin.write(line.encode() + b"\n")
        process.stdin.flush()
        reader.join(timeout=300)
        assert lines, "no result while the stream is open"
        assert json.loads(lines.pop())["headline"] == headline
        reader = threading.Thread(
            target=lambda: lines.append(process.stdout.readline()), daemon=True
        )
        reader.start()
    process.stdin.close()
    assert process.wait(timeout=60) == 0


def test_a_pipe_is_read_as_stdin_is(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        pipe.write_text(ARTICLES[0], encoding="utf-8")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = run(str(pipe))
    writer.join(timeout=10)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["headline"] == "سفر وزیر نیرو"
