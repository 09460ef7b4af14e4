"""Normalizing normalized text changes nothing, also after a diacritic."""

import pytest

from khabar import normalize
from khabar.text.chars import ZWNJ

# «خلأ» as news often types it: «ا» and a combining hamza above (U+0654).
KHALA = "خلا\u0654"


@pytest.mark.parametrize(
    "text",
    [
        # A line with no half-space, which the first pass gives several.
        f"آنها {KHALA}های قانونی را پوشش میدهند و از امکانات راداری بهره میگیرند.",
        f"پایگاه دریابانی و پوشش {KHALA} های دریایی در دستور کار مرزبانی است.",
        # A writer's own half-space after the hamza, in a line with other half-spaces.
        f"آن‌ها {KHALA}{ZWNJ}های قانونی را پوشش می‌دهند.",
        f"مهمّ{ZWNJ}ترین خبر روز را می‌خوانند.",
    ],
)
def test_normalize_twice_is_normalize_once(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_a_half_space_after_a_diacritic_is_kept() -> None:
    text = f"آن‌ها {KHALA}{ZWNJ}های قانونی را پوشش می‌دهند."
    assert normalize(text) == text
