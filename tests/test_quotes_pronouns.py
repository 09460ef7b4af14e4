"""Where the sentence a pronoun stands in starts, which «وی» and «او» are read back from."""

from khabar.news.people.pronouns import sentence_start


def test_a_sentence_starts_after_a_stop_a_glued_period_or_a_line_break() -> None:
    text = "رئیس سازمان به تهران رفت. وی گفت.او افزود\nاین خبر را ج.ا.ا منتشر کرد"
    assert text[sentence_start(text, text.index("وی")) :].lstrip().startswith("وی گفت")
    assert text[sentence_start(text, text.index("او")) :].startswith("او افزود")
    assert text[sentence_start(text, text.index("منتشر")) :].startswith("این خبر")


def test_a_long_line_without_stops_is_one_sentence() -> None:
    text = "، ".join(f"نماینده {i} در جلسه گفت که وی کار را ادامه می‌دهد" for i in range(3000))
    at = len(text)
    assert sentence_start(text, at) == 0
    assert [sentence_start(text, k) for k in range(0, at, 997)] == [0] * len(range(0, at, 997))
