"""`khabar conllu` writes valid CoNLL-U whatever whitespace the text holds between words."""

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc

from khabar.pipeline.conllu import to_conllu
from khabar.pipeline.conventions import Conventions

# Whitespace the normalizer leaves (U+1680, U+001F) or once left (a lone carriage return,
# the line separator) inside a paragraph is a token of its own.
TEXT = "علی\u1680رضا به تهران آمد.\nیک\x1fدو سه کتاب خرید.\nاو\u2028\r\u2028آمد و رفت.\n"


def _khabar_conllu(*args: str, text: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "conllu", *args],
        input=text.encode(),
        capture_output=True,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def _blocks(conllu: str) -> list[list[str]]:
    """Sentences as lines, split on "\\n" alone, as a strict CoNLL-U reader splits them."""
    return [block.split("\n") for block in conllu.strip("\n").split("\n\n")]


def _assert_valid(block: list[str]) -> None:
    comments = [line for line in block if line.startswith("#")]
    rows = [line.split("\t") for line in block if not line.startswith("#")]
    assert all(len(r) == 10 for r in rows), block
    words = [r for r in rows if r[0].isdigit()]
    assert [int(r[0]) for r in words] == list(range(1, len(words) + 1)), block
    assert all(0 <= int(r[6]) <= len(words) and r[6] != r[0] for r in words), block
    assert [r[7] for r in words if r[6] == "0"] == ["root"], block
    for r in rows:
        if "-" in r[0]:
            first, last = (int(x) for x in r[0].split("-"))
            assert 1 <= first < last <= len(words), block
    assert any(c.startswith("# text = ") for c in comments), block


@pytest.mark.parametrize("conventions", ["perdt", "seraji"])
def test_whitespace_tokens_leave_no_gap_in_ids_and_heads(conventions: str) -> None:
    blocks = _blocks(_khabar_conllu("--conventions", conventions, text=TEXT))
    assert len(blocks) == 3
    for block in blocks:
        _assert_valid(block)
    text = next(c for c in blocks[1] if c.startswith("# text = "))
    assert text == "# text = یک دو سه کتاب خرید."


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parsed one-sentence Doc as the pipeline may leave it, whitespace tokens and all."""
    spaces = [False] * len(words)
    return Doc(spacy.blank("fa").vocab, words=words, spaces=spaces, heads=heads, deps=deps)


@pytest.mark.parametrize(
    ("words", "heads", "deps"),
    [
        # a word hangs on the whitespace token, which hangs on the root
        (["علی", "\r", "رضا", "آمد", "."], [1, 3, 3, 3, 3], ["nsubj", "flat", "x", "ROOT", "p"]),
        # the whitespace token is the root: its dependents need one root among them
        (["یک", "\u2028", "دو", "سه", "."], [1, 1, 1, 2, 1], ["nummod", "ROOT", "obl", "x", "p"]),
        # the sentence starts with whitespace
        (["\u2028", "علی", "آمد", "."], [2, 2, 2, 2], ["dep", "nsubj", "ROOT", "punct"]),
    ],
)
def test_whitespace_tokens_take_no_id_and_words_hang_through_them(
    words: list[str], heads: list[int], deps: list[str]
) -> None:
    (block,) = _blocks("".join(to_conllu([_parsed(words, heads, deps)])))
    _assert_valid(block)
    forms = [line.split("\t")[1] for line in block if not line.startswith("#")]
    assert forms == [w for w in words if not w.isspace()]


def test_a_paragraph_longer_than_spacy_allows_is_analysed_in_pieces() -> None:
    word = "x" * 1_100_000  # over spaCy's max_length of 1,000,000 characters
    blocks = _blocks(_khabar_conllu(text=f"{word}\nاو آمد.\n"))
    forms = [r.split("\t")[1] for b in blocks for r in b if r[:1].isdigit()]
    assert "".join(forms[:-3]) == word
    assert forms[-3:] == ["او", "آمد", "."]


@pytest.mark.parametrize("args", [(), ("--pretokenized",)])
def test_a_bad_byte_keeps_the_sentences_read_before_it(args: tuple[str, ...]) -> None:
    """The pipeline reads in batches: the lines before a bad byte must still be written."""
    result = subprocess.run(
        [sys.executable, "-m", "khabar", "conllu", *args],
        input="علی به تهران رفت .\nاو آمد .\n".encode() + b"\xff\n",
        capture_output=True,
    )
    assert result.returncode == 2
    assert b"invalid UTF-8" in result.stderr
    blocks = _blocks(result.stdout.decode())
    assert len(blocks) == 2
    for block in blocks:
        _assert_valid(block)


# Every part of a conversion table, empty: Seraji's conventions, but for the rewrites.
SERAJI = Conventions(
    {p: {} for p in ("form", "upos", "feats", "lemma", "rel", "deprel", "mark", "punct")},
    parsed=True,
)


@pytest.mark.parametrize(
    ("words", "surface", "perdt", "seraji"),
    [
        (
            ["معتقد", "ند", "،"],
            "معتقدند،",
            [("1-3", "معتقدند،", "_")],
            [("1-2", "معتقدند", "SpaceAfter=No")],
        ),
        (
            ["کتاب", "ش", "»", "."],
            "کتابش».",
            [("1-4", "کتابش».", "_")],
            [("1-2", "کتابش", "SpaceAfter=No")],
        ),
        (["«", "کتاب", "ش"], "«کتابش", [("1-3", "«کتابش", "_")], [("2-3", "کتابش", "_")]),
        (["او", "؟"], "او؟", [("1-2", "او؟", "_")], []),
    ],
)
def test_a_mark_glued_to_a_split_word_is_in_its_token_in_perdt_and_apart_in_seraji(
    words: list[str],
    surface: str,
    perdt: list[tuple[str, str, str]],
    seraji: list[tuple[str, str, str]],
) -> None:
    """PerDT writes «معذورم.» as one token of three words, Seraji the mark as a token of
    its own; either way the forms spell the sentence's text."""
    spaces = [False] * (len(words) - 1) + [True, False]
    heads, deps = [len(words)] * (len(words) + 1), ["dep"] * len(words) + ["ROOT"]
    doc = Doc(spacy.blank("fa").vocab, words=[*words, "آمد"], spaces=spaces, heads=heads, deps=deps)
    doc._.multiword = [(0, len(words) - 1, surface)]
    for conventions, ranges in ((None, perdt), (SERAJI, seraji)):
        (block,) = _blocks("".join(to_conllu([doc], conventions=conventions)))
        _assert_valid(block)
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        assert [(r[0], r[1], r[9]) for r in rows if "-" in r[0]] == ranges
        assert next(c for c in block if c.startswith("# text = ")) == f"# text = {surface} آمد"
        assert _spelled(rows) == f"{surface} آمد"


def _spelled(rows: list[list[str]]) -> str:
    """The text the tokens spell: range lines stand for their words, SpaceAfter=No joins."""
    spelled, inside = "", 0
    for r in rows:
        if "-" in r[0]:
            inside = int(r[0].split("-")[1])
        elif int(r[0]) <= inside:
            continue
        spelled += r[1] + ("" if "SpaceAfter=No" in r[9].split("|") else " ")
    return spelled.rstrip(" ")


def test_output_that_cannot_be_written_is_one_line_not_a_traceback() -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "khabar", "conllu"],
            input="علی به تهران رفت.\n".encode(),
            stdout=full,
            stderr=subprocess.PIPE,
        )
    assert result.returncode == 1
    assert b"cannot write the output" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("conventions", ["perdt", "seraji"])
def test_no_field_is_empty_in_either_conventions(conventions: str) -> None:
    """A lone «#» looks like PerDT's «past#present» verb lemma with neither stem."""
    blocks = _blocks(_khabar_conllu("--conventions", conventions, text="شماره # یک است.\n"))
    rows = [line.split("\t") for block in blocks for line in block if line[:1].isdigit()]
    assert [r[1] for r in rows if r[1] == "#"] == ["#"]
    assert all(all(fields) for fields in rows), rows
