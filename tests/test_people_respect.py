"""«ایشان», the plural of respect, speaks of someone as «وی» does, so a quote it opens is
still theirs, but it is no mention of them, as the annotators read it; and a spaced «آیت
الله» is an honorific wherever the recognizer starts the name. Read by ``khabar.analyze``
from articles written for these tests."""

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


def test_a_name_the_recognizer_starts_inside_a_spaced_ayatollah_is_the_same_person() -> None:
    body = (
        "به گفته یک منبع آگاه، آیت الله سیستانی از مردم عراق خواسته است آرامش را حفظ کنند "
        "و تاکید کرده است که وی از هیچ گروهی حمایت نمی‌کند.\n\n"
        "نماینده آیت الله سیستانی در کربلا نیز در گفت‌وگو با یک روزنامه گفته بود دیدگاه "
        "آیت الله سیستانی درباره انتخابات روشن است."
    )
    names = set(people(body))
    assert "سیستانی" in names and not any(name.startswith("الله") for name in names)


def test_moazzam_leh_is_the_leader_not_a_person_of_its_own() -> None:
    """«معظم‌له» (he, revered) speaks of the Leader; the recognizer may take it for a name."""
    body = (
        "مطالب راهبردی جدید از سوی معظم‌له مطرح شد.\n\n"
        "حضرت امام خامنه‌ای (مدظله‌العالی) در دیدار با اعضای مجلس خبرگان فرمودند: «این "
        "مجلس استثنایی است.»\n\n"
        "این واژه در بیانات معظم‌له بسیار تکرار شده است. معظم‌له می‌فرمایند: «خبرگان باید "
        "مطالبه‌گر باشند.»"
    )
    assert list(people(body)) == ["خامنه‌ای"]
    assert speakers(body) == ["خامنه‌ای", "خامنه‌ای"]
