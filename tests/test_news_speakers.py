"""Who speaks: the person a quote's subject names, however news refers to them, read by
``khabar.analyze`` from short articles written for these tests."""

import datetime as dt

import khabar

PUBLISHED = dt.date(2019, 5, 2)


def speakers(body: str) -> list[str | None]:
    """The speaker of each quote of an article with a plain headline and ``body``."""
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    return [q["speaker"] for q in data["quotes"]]


def test_the_leader_by_his_honorifics_prayer_and_designations() -> None:
    body = (
        "حضرت امام خامنه‌ای (مدظله‌العالی) در دیدار با جوانان فرمودند: «امید شما سرمایه "
        "کشور است.»\n\n"
        "حضرت امام خمینی (ره) نیز در سال‌های نخست انقلاب می‌فرمایند: «جوانان امید آینده "
        "هستند.»\n\n"
        "رهبر فرزانه انقلاب اسلامی در ادامه این دیدار می‌فرمایند: «دانشگاه باید پیشرو "
        "باشد.»\n\n"
        "معظم‌له در پایان می‌فرمایند: «کار علمی تعطیل‌بردار نیست.»"
    )
    assert speakers(body) == ["خامنه‌ای", "خمینی", "خامنه‌ای", "خامنه‌ای"]


def test_the_leaders_designation_names_no_one_where_he_is_not_named() -> None:
    body = (
        "حجت‌الاسلام حسن محمدی در جمع نمازگزاران گفت: «مردم پای انقلاب ایستاده‌اند.»\n\n"
        "مقام معظم رهبری در دیدار با کارگران می‌فرمایند: «کار عبادت است.»"
    )
    assert speakers(body) == ["حسن محمدی", None]
