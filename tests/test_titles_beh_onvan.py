"""Titles given by «به عنوان»: the role goes to every name listed before it and past where the
holder comes from, to the object rather than a subject set off by commas, not to whom the
holder replaces; it ends before «نام برد» and the noun of a compound verb; a part played that
is no office is a title only there; a prize, a nomination for one or an example is none. A
part the clause says is taken up («… منصوب شود») is the one name's before it in the sentence,
however far, or the one object's with «را», not the name of whoever gives it, says it or is
cited for it; the part alone refers to no one."""

from test_news_people import people
from test_news_titles import titles
from test_people_lists import found_people as titled


def test_a_role_after_beh_onvan_is_every_listed_names_and_the_next_names_bare_role() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، در تیم قهرمان، علی کریمی، رضا احمدی و مهدی نوری به عنوان "
        "بازیکن و حسین رضایی سرمربی و جواد صالحی سرپرستی این تیم را بر عهده داشتند."
    )
    assert found["علی کریمی"] == found["رضا احمدی"] == found["مهدی نوری"] == ["بازیکن"]
    assert found["حسین رضایی"] == ["سرمربی"]
    assert found["جواد صالحی"] == []


def test_a_role_after_beh_onvan_passes_where_the_holder_comes_from() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، «زهرا کاظمی» از ایران به عنوان استاد راهنما در این "
        "مسابقات حضور دارد."
    )
    assert found["زهرا کاظمی"] == ["استاد راهنما"]


def test_beh_onvan_gives_its_role_to_the_object_not_the_subject_set_off_by_commas() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، وزیر ورزش، علی نوری، رضا احمدی را به عنوان معاون خود منصوب کرد."
    )
    assert found["علی نوری"] == ["وزیر ورزش"]
    assert found["رضا احمدی"] == ["معاون"]


def test_whom_the_holder_replaces_named_before_beh_onvan_takes_no_part() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، رضا احمدی به جای علی کریمی به عنوان سرمربی تیم منصوب شد."
    )
    assert found["علی کریمی"] == []
    found = titled(
        "به گزارش خبرگزاری فارس، باشگاه، رضا احمدی را جایگزین علی کریمی به عنوان سرمربی کرد."
    )
    assert found["علی کریمی"] == []


def test_nam_bord_named_ends_a_title() -> None:
    assert titles("او از وی به عنوان مربی تیم ملی نام برد.") == ["مربی تیم ملی"]


def test_a_part_played_ends_before_the_noun_of_a_compound_verb() -> None:
    found = titled("به گزارش خبرگزاری فارس، علیرضا کاظمی به عنوان داور مسابقه نهایی حضور داشت.")
    assert found["علیرضا کاظمی"] == ["داور مسابقه نهایی"]
    found = titled("به گزارش خبرگزاری فارس، حسن نوری به عنوان سخنران مراسم حضور یافت.")
    assert found["حسن نوری"] == ["سخنران مراسم"]
    found = titled("به گزارش خبرگزاری فارس، محمد جعفری به عنوان نامزد ریاست جمهوری ثبت نام کرد.")
    assert found["محمد جعفری"] == ["نامزد ریاست جمهوری"]
    found = titled("به گزارش خبرگزاری فارس، وی از سعید نوری به عنوان ناظر قرارداد نام برد.")
    assert found["سعید نوری"] == ["ناظر قرارداد"]


def test_a_part_played_that_is_no_office_is_a_title_after_beh_onvan_only() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، «مریم رحیمی» از ایران به عنوان ناظر هیأت داوران و «سارا "
        "نوری» از ایران به عنوان داور این دوره حضور دارند."
    )
    assert found["مریم رحیمی"] == ["ناظر هیأت داوران"]
    found = titled(
        "به گزارش خبرگزاری فارس، وی گفت: سلمان فارسی به عنوان فقیه و یار پیامبر(ص)، الگو است."
    )
    assert found["سلمان فارسی"] == ["فقیه", "یار پیامبر"]
    found = titled("به گزارش خبرگزاری فارس، علی احمدی به عنوان یک ناظر بی‌طرف نظر داد.")
    assert found["علی احمدی"] == []
    found = titled("به گزارش خبرگزاری فارس، علی احمدی ناظر هیأت داوران را دید.")
    assert found["علی احمدی"] == []


def test_a_prize_or_an_example_after_beh_onvan_is_no_title() -> None:
    found = titled("به گزارش خبرگزاری فارس، حسن نوروزی به عنوان بازیکن برتر فصل انتخاب شد.")
    assert found["حسن نوروزی"] == []
    found = titled("به گزارش خبرگزاری فارس، حسن نوروزی به عنوان بهترین گلزن جام انتخاب شد.")
    assert found["حسن نوروزی"] == []
    found = titled("به گزارش خبرگزاری فارس، علی احمدی به عنوان نمونه از این طرح یاد کرد.")
    assert found["علی احمدی"] == []


def test_the_nomination_for_a_prize_after_beh_onvan_is_no_title() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، علی نصیری به عنوان نامزد دریافت جایزه بهترین بازیگر معرفی شد."
    )
    assert found["علی نصیری"] == []
    found = titled("به گزارش خبرگزاری فارس، مهدی کریمی به عنوان نامزد بهترین کارگردان معرفی شد.")
    assert found["مهدی کریمی"] == []
    found = titled("به گزارش خبرگزاری فارس، رضا کاظمی به عنوان نامزد حزب در انتخابات معرفی شد.")
    assert found["رضا کاظمی"] == ["نامزد حزب"]


def test_a_part_the_clause_says_is_taken_up_is_the_one_name_before_it_however_far() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، کامران نیکو هفته آینده به مسکو می‌رود تا به عنوان سفیر "
        "ایران در روسیه مشغول کار شود."
    )
    assert found["کامران نیکو"] == ["سفیر ایران در روسیه"]
    found = titled(
        "حسن رفیعی نماینده مردم بیرجند در مجلس که قرار است به عنوان معاون پارلمانی "
        "رئیس‌جمهور منصوب شود، امروز آخرین نطق خود را ایراد کرد."
    )
    assert "معاون پارلمانی رئیس‌جمهور" in found["حسن رفیعی"]


def test_of_two_names_before_the_part_the_object_with_ra_takes_it_up() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، محمد کاظمی رئیس دانشگاه تبریز طی حکمی علی نادری را با حفظ "
        "سمت به عنوان مشاور رئیس دانشگاه منصوب کرد."
    )
    assert found["علی نادری"] == ["مشاور رئیس دانشگاه"]
    assert "مشاور رئیس دانشگاه" not in found["محمد کاظمی"]


def test_who_gives_the_part_does_not_take_it_up() -> None:
    found = titled(
        "به گزارش خبرگزاری فارس، با حکم حسین صالحی هفته گذشته به عنوان مدیرکل ورزش استان منصوب شد."
    )
    assert found.get("حسین صالحی", []) == []


def test_a_part_taken_up_refers_to_no_one_on_its_own() -> None:
    found = people(
        "حسن رفیعی نماینده مردم بیرجند که قرار است به عنوان معاون پارلمانی رئیس‌جمهور منصوب "
        "شود، امروز در مجلس سخن گفت.\n\n"
        "این نماینده مجلس که قرار است به عنوان معاون پارلمانی رئیس‌جمهور منصوب شود، گفت: "
        "دولت باید پاسخگو باشد."
    )
    titles_, mentions = found["حسن رفیعی"]
    assert "معاون پارلمانی رئیس‌جمهور" in titles_
    assert "معاون پارلمانی رئیس‌جمهور" not in mentions


def test_a_part_taken_up_in_what_someone_says_or_is_cited_for_is_not_theirs() -> None:
    found = titled("به گزارش خبرگزاری فارس، علی کریمی گفت تیم ما به عنوان نماینده ایران انتخاب شد.")
    assert found["علی کریمی"] == []
    found = titled("به گفته علی کریمی، تیم ملی به عنوان قهرمان گروه معرفی شد.")
    assert found["علی کریمی"] == []
