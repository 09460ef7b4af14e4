"""Sentence boundaries, on text and on bare token sequences."""

import time

from khabar.text.sentences import sentence_ends
from khabar.text.tokenizer import tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in tokenize(text)]


def test_full_stop_question_and_exclamation():
    assert sentences("باران آمد. چرا رفتی؟ چه خوب! تمام") == [
        "باران آمد.",
        "چرا رفتی؟",
        "چه خوب!",
        "تمام",
    ]


def test_marks_run_together_end_one_sentence():
    assert sentences("واقعاً آمد؟! بله.") == ["واقعاً آمد؟!", "بله."]


def test_closing_quote_and_bracket_stay_with_the_sentence():
    assert sentences("او پرسید: «کجا می‌روی؟». من نگفتم.") == [
        "او پرسید: «کجا می‌روی؟».",
        "من نگفتم.",
    ]
    assert sentences('گفت: "برو." من رفتم.') == ['گفت: "برو."', "من رفتم."]
    assert sentences("(این هم گذشت.) فردا آمد.") == ["(این هم گذشت.)", "فردا آمد."]


def test_colon_before_speech_is_not_a_boundary():
    assert sentences("وزیر گفت: این طرح اجرا می‌شود.") == ["وزیر گفت: این طرح اجرا می‌شود."]
    assert sentences("وی افزود: «کار ادامه دارد.»") == ["وی افزود: «کار ادامه دارد.»"]


def test_news_dateline_is_a_sentence():
    assert sentences("اصفهان - ایرنا: همایش امروز آغاز شد.") == [
        "اصفهان - ایرنا:",
        "همایش امروز آغاز شد.",
    ]


def test_abbreviations_decimals_and_urls_do_not_end_sentences():
    assert sentences("او در ۱۳۲۰ ه.ش. به تهران آمد.") == ["او در ۱۳۲۰ ه.ش. به تهران آمد."]
    assert sentences("این بنا در 1890 م. ساخته شد.") == ["این بنا در 1890 م. ساخته شد."]
    assert sentences("رشد ۲.۵ درصد بود.") == ["رشد ۲.۵ درصد بود."]
    assert sentences("به www.example.com سر بزنید.") == ["به www.example.com سر بزنید."]


def test_ellipsis_alone_does_not_end_a_sentence():
    assert sentences("سیب، گلابی و… خریدیم.") == ["سیب، گلابی و… خریدیم."]


def test_multiword_token_with_folded_full_stop_ends_a_sentence():
    assert sentences("من معذورم. تو برو.") == ["من معذورم.", "تو برو."]


def test_sentence_ends_on_tokens():
    texts = ["او", "آمد", ".", "»", "ما", "رفتیم", "؟"]
    assert sentence_ends(texts, [(t,) for t in texts]) == [4, 7]
    assert sentence_ends([], []) == []
    # A folded multiword token ends a sentence but does not close the one before it.
    folded = ("معذور", "م", ".")
    assert sentence_ends(["معذورم.", "معذورم."], [folded, folded]) == [1, 2]
    # An abbreviation ends in a dot but not a sentence.
    assert sentence_ends(["سال", "م.", "رفت"], [("سال",), ("م.",), ("رفت",)]) == [3]


def test_a_long_line_of_colons_is_split_in_linear_time():
    """Each colon sliced everything since the sentence began to test for a dateline: a
    200,000-character line of «نام: …» pairs took over 15 seconds."""
    line = "الف: " * 40_000
    started = time.perf_counter()
    assert len(tokenize(line)) == 1
    assert time.perf_counter() - started < 8
