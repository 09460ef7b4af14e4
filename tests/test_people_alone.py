"""A head that is a whole title alone («امام جمعه», «استاندار») standing alone for the one
person the story gave it with its place is one of their titles as written and a mention of
them, as the guidelines write titles used alone; a title of «این کشور» is of the country the
story spoke of, not Iran's; read by ``khabar.analyze`` from articles written for these
tests."""

from test_news_people import people


def test_the_friday_imam_alone_is_a_title_and_a_mention_of_the_towns_imam() -> None:
    body = (
        "به گزارش خبرنگار ما، حسین نوروزی امام جمعه ملایر در دیدار با دانشجویان گفت: "
        "دانشگاه باید پیشرو باشد.\n\n"
        "در پایان این دیدار، دانشجویان مشکلات خوابگاه را با امام جمعه در میان گذاشتند."
    )
    titles, mentions = people(body)["حسین نوروزی"]
    assert titles == ["امام جمعه ملایر", "امام جمعه"]
    assert mentions[-1] == "امام جمعه"


def test_the_governor_alone_is_a_title_and_a_mention_of_the_provinces_governor() -> None:
    body = (
        "به گزارش خبرنگار ما، علی کریمی استاندار یزد امروز از کارخانه کاشی بازدید کرد.\n\n"
        "کارگران این کارخانه خواسته‌های خود را با استاندار در میان گذاشتند."
    )
    titles, mentions = people(body)["علی کریمی"]
    assert titles == ["استاندار یزد", "استاندار"]
    assert mentions[-1] == "استاندار"


def test_the_minister_of_this_country_is_whom_the_story_named_for_it() -> None:
    body = (
        "سفیر سوریه در واشنگتن از اظهارات وزیر دفاع این کشور انتقاد کرد.\n\n"
        "جیمز والتر، وزیر دفاع آمریکا، سوریه را به ارسال سلاح متهم کرده بود."
    )
    mentions = people(body)["جیمز والتر"][1]
    assert mentions[0] == "وزیر دفاع این کشور"
