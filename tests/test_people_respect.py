"""«ایشان», the plural of respect, speaks of someone as «وی» does, so a quote it opens is
still theirs, but it is no mention of them, as the annotators read it; read by
``khabar.analyze`` from an article written for these tests."""

from test_news_people import people
from test_quotes_pronouns import speakers


def test_ishan_as_a_speaker_is_the_speakers_words_but_no_mention() -> None:
    body = (
        "به گزارش خبرنگار ما، آیت‌الله محمود رحیمی امام جمعه ملایر در خطبه‌های نماز گفت: "
        "مردم باید در انتخابات شرکت کنند.\n\n"
        "ایشان افزود: مشارکت مردم پشتوانه کشور است."
    )
    assert speakers(body) == ["محمود رحیمی", "محمود رحیمی"]
    assert "ایشان" not in people(body)["محمود رحیمی"][1]
