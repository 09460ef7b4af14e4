"""Names written in guillemets («…») take their titles as bare names do: in a list a title
or a plural office names, one office each in turn, and beside the title of the name before
it in a list of names each with their own, from articles written for these tests; bare names
listed each with the title set off after it hold their own."""

from test_news_people import people
from test_titles_ends import titles


def test_names_in_guillemets_listed_after_a_plural_title_hold_it() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، معاونان وزیر نفت، «علی کریمی» و «رضا احمدی» امروز در "
        "نشست خبری شرکت کردند."
    )
    assert found["علی کریمی"][0] == ["معاون وزیر نفت"]
    assert found["رضا احمدی"][0] == ["معاون وزیر نفت"]


def test_names_in_guillemets_listed_before_a_plural_title_hold_it() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، «علی کریمی» و «رضا احمدی»، معاونان وزیر نفت، امروز در "
        "نشست خبری شرکت کردند."
    )
    assert found["علی کریمی"][0] == ["معاون وزیر نفت"]
    assert found["رضا احمدی"][0] == ["معاون وزیر نفت"]


def test_a_name_in_guillemets_takes_its_office_in_turn() -> None:
    found = people(
        "وزیران نفت ایران و عراق روز گذشته در بغداد یک سند همکاری امضا کردند.\n\n"
        "به گزارش خبرگزاری فارس، بیژن زنگنه و «احسان عبدالجبار» در این مراسم بر گسترش "
        "همکاری‌ها تاکید کردند."
    )
    assert found["بیژن زنگنه"][0] == ["وزیر نفت ایران"]
    assert found["احسان عبدالجبار"][0] == ["وزیر نفت عراق"]


def test_a_title_between_names_in_guillemets_is_the_one_befores() -> None:
    found = people(
        "در این جلسه که با حضور «محمد همافر» رئیس مرکز موسیقی، «علیرضا مشایخی» و «شاهین "
        "فرهت» برگزار شد، آثار جدید بررسی شد."
    )
    assert found["محمد همافر"][0] == ["رئیس مرکز موسیقی"]
    assert found["علیرضا مشایخی"][0] == []


def test_an_awards_category_is_no_title() -> None:
    assert titles("در بخش بهترین بازیگر زن نقش مکمل، «کیت بلانچت» نامزد شد.") == []
    assert titles("او جایزه بهترین کارگردان را از آن خود کرد.") == []


def test_a_foreign_given_name_in_guillemets_opens_the_name_its_surname_takes_up() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، «جاناتان هیوز» که نخستین وزیر خارجه اروپایی است که به "
        "تهران سفر می‌کند، صبح امروز وارد تهران شد.\n\n"
        "هیوز در پاسخ به پرسش یک خبرنگار گفت که انتخابات گام بزرگی بود."
    )
    assert list(found) == ["جاناتان هیوز"]
    assert found["جاناتان هیوز"][1] == ["جاناتان هیوز", "هیوز"]


def test_each_name_of_a_list_holds_the_title_set_off_after_it() -> None:
    found = people(
        "این بازدید با حضور محمدرضا شجاعی، معاون عمرانی استاندار گیلان، فرهاد نیک‌سیرت، "
        "فرماندار رشت و سعید آقاجانی، مدیرکل راهداری استان انجام شد."
    )
    assert found["محمدرضا شجاعی"][0] == ["معاون عمرانی استاندار گیلان"]
    assert found["فرهاد نیک‌سیرت"][0] == ["فرماندار رشت"]
    assert found["سعید آقاجانی"][0] == ["مدیرکل راهداری استان"]
    # titles each before its name still go forward
    found = people(
        "در این جلسه وزیر نفت، بیژن زنگنه، وزیر نیرو، رضا اردکانیان، وزیر راه، عباس آخوندی، "
        "حضور داشتند."
    )
    assert found["رضا اردکانیان"][0] == ["وزیر نیرو"]
