"""Where a clause begins: after the last sentence end before the offset asked about,
the same whether the text's sentence ends were found for an earlier question or not."""

import random

import pytest

from khabar.news.quote_subjects import SENTENCE_END, clause_start

TEXT = (
    "وزیر گفت: «ما آماده‌ایم.» سخنگوی دولت نیز گفت: دولت پاسخ می‌دهد.وی بیان داشت که "
    "ج.ا.ا و بی.بی.سی و اف. بی. آی نام دارند و... کار ادامه دارد! آیا پایان است؟\nبله"
)


def _read_again(text: str, at: int, floor: int) -> int:
    """The clause's start read from ``floor`` to ``at`` alone, with nothing found before."""
    start = floor
    for m in SENTENCE_END.finditer(text, floor, at):
        start = m.end()
    return start


@pytest.mark.parametrize("floor", [0, 10, 40])
def test_every_offset_of_a_text(floor: int) -> None:
    for at in range(floor, len(TEXT) + 1):
        assert clause_start(TEXT, at, floor) == _read_again(TEXT, at, floor), at


def test_marks_close_to_the_offset() -> None:
    """A mark's lookahead reads past the offset in the whole text but not in the text cut
    there; random strings of marks and letters test both sides of that edge."""
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice("اب.» !؟\nج ت.") for _ in range(30))
        at = rng.randint(0, len(text))
        floor = rng.randint(0, at)
        assert clause_start(text, at, floor) == _read_again(text, at, floor), (text, at, floor)
