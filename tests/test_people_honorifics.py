"""Names after honorifics on sentences written for these tests, with no name from the
recognizer: the honorific vouches for a given name and the surname after it, and so does
a title that ran on to them; one of two offices a person holds, named alone, is that
person."""

import re

from khabar.news.people import People, Person
from khabar.news.people.finder import NameFinder
from khabar.news.people.offices import scored_by_title


def names(text: str) -> list[str]:
    body = text.find("\n\n") + 2
    return [p.name for p in People(text, [], body=body).finish()]


def test_a_given_name_and_surname_after_an_honorific_are_a_name() -> None:
    assert names("خبر\n\nحجت‌الاسلام کاظم نوبری امروز در جمع مردم سخن گفت.") == ["کاظم نوبری"]
    assert names("خبر\n\nآقای محمد رضا صدیقی نامه‌ای به وزیر نوشت.") == ["محمد رضا صدیقی"]


def test_a_given_name_after_an_honorific_without_a_surname_is_no_name() -> None:
    assert names("خبر\n\nدکتر علی در این جلسه حاضر شد.") == []
    assert names("خبر\n\nمهندس علی مدیرعامل شرکت شد.") == []
    assert names("خبر\n\nاو در بیمارستان آیت‌الله مهدی بابایی بستری شد.") == []
    assert names("خبر\n\nشیخ حسن بستی‌زاده فرزند شیخ محمد فرزند شیخ علی است.") == ["حسن بستی‌زاده"]


def test_one_of_two_offices_a_person_holds_named_alone_is_that_person() -> None:
    holder = Person("سعید مرادی", titles=["معاون استاندار فارس و فرماندار ویژه شهرستان مرودشت"])
    other = Person("علی کاظمی", titles=["فرماندار شیراز"])
    found = scored_by_title("فرماندار ویژه شهرستان مرودشت", [holder, other])
    assert found is not None and found[1] is holder
    again = scored_by_title("فرماندار شیراز", [holder, other])
    assert again is not None and again[1] is other


def found(text: str) -> list[str]:
    finder = NameFinder(text, body=text.find("\n\n") + 2)
    return sorted(text[s:e] for s, e in finder.find([]))


def test_a_given_name_and_unlisted_surname_a_title_ran_on_to_are_a_name() -> None:
    assert found("خبر\n\nدر این دیدار رئیس‌جمهور کامبیز نوروزیان‌فر سخن گفت.") == [
        "کامبیز نوروزیان‌فر"
    ]
    assert found("خبر\n\nنخستین مربی پرویز ساعدی‌نیا گفت: کار درستی کرد.") == ["پرویز ساعدی‌نیا"]


def test_a_given_name_that_is_also_a_word_inside_a_title_is_no_name() -> None:
    assert found("خبر\n\nایران عضو پیمان منع گسترش سلاح است.") == []
    assert found("خبر\n\nباشگاه بازیکن امید استرالیا را جذب کرد.") == []


def test_two_words_after_ba_before_a_bare_title_are_a_name_an_ordinary_first_none() -> None:
    assert found("خبر\n\nدر این خصوص مکاتباتی با نیکبین آراسته وزیر کشور داشته‌ایم.") == [
        "نیکبین آراسته"
    ]
    assert found("خبر\n\nبا تصویب هیئت وزیران وزارت نیرو موظف شد.") == []


def test_the_subject_opening_a_report_after_its_dateline_is_a_name() -> None:
    assert found("خبر\n\nبه گزارش خبرگزاری فارس، کیانوش حریری در نشست مدیران سخن گفت.") == [
        "کیانوش حریری"
    ]
    assert found("خبر\n\nخبرگزاری فارس: بیژن نصیری‌پور با پایان شمارش آرا پیروز شد.") == [
        "بیژن نصیری‌پور"
    ]
    assert found("خبر\n\nبه گزارش خبرگزاری فارس، امید زیادی به این طرح وجود دارد.") == []


def guessed(text: str, guess: str) -> list[str]:
    """What the finder keeps of the recognizer's one guess ``guess``."""
    start = text.index(guess)
    finder = NameFinder(text, body=text.find("\n\n") + 2)
    return sorted(text[s:e] for s, e in finder.find([(start, start + len(guess))]))


def test_a_clerics_name_of_ordinary_words_the_recognizer_read_is_whole() -> None:
    cleric = "خبر\n\nحجت‌الاسلام ناطق نوری در این جلسه از روند مذاکرات انتقاد کرد."
    assert guessed(cleric, "ناطق نوری") == ["ناطق نوری"]
    assert guessed(cleric.replace("حجت‌الاسلام", "آیت‌الله"), "ناطق نوری") == ["ناطق نوری"]
    plain = "خبر\n\nمسئولان خواستار شفافیت بیشتر در این باره شدند."
    assert guessed(plain, "شفافیت بیشتر") == []
    office = "خبر\n\nحجت‌الاسلام مسئول نمایندگی ولی فقیه در دانشگاه سخن گفت."
    assert guessed(office, "مسئول نمایندگی") == []


def test_ayatollah_written_with_a_space_is_an_honorific_too() -> None:
    text = "خبر\n\nولی آیت الله هاشمی شاهرودی با این تفسیر مخالف بود."
    assert guessed(text, "آیت الله هاشمی شاهرودی") == ["هاشمی شاهرودی"]
    street = "خبر\n\nترافیک در بولوار آیت الله طالقانی سنگین بود."
    assert names(street) == []


def test_a_commander_praised_as_islams_brave_one_names_no_one() -> None:
    praised = "خبر\n\nبا این شهادت سردار رشید اسلام در کنار یاران خود به آرزویش رسید."
    assert names(praised) == []
    subject = "خبر\n\nبه گفته سردار همدانی انقلاب اسلامی پیروز خواهد شد."
    assert names(subject) == ["همدانی"]


def test_a_grand_ayatollahs_name_the_recognizer_read_from_aluzma_on_is_without_it() -> None:
    # «العظمی», the second half of «آیت‌الله العظمی», is no word of the name it opens.
    grand = "خبر\n\nآیت‌الله العظمی نوری همدانی در دیدار با مسئولان سخن گفت."
    assert guessed(grand, "العظمی نوری همدانی") == ["نوری همدانی"]
    assert guessed(grand.replace("نوری همدانی", "سیستانی"), "العظمی سیستانی") == ["سیستانی"]


def test_a_cause_after_a_commanders_surname_no_praise_is_the_clauses_object() -> None:
    # «سردار شوشتری مقاومت را …» names «شوشتری»; only praise is the honorific's adjective.
    assert names("خبر\n\nسردار شوشتری مقاومت را تنها راه پیروزی دانست.") == ["شوشتری"]
    assert names("خبر\n\nسردار حاجی‌زاده جبهه مقاومت را قوی‌تر از همیشه خواند.") == ["حاجی‌زاده"]
    assert names("خبر\n\nبا این شهادت سردار دلاور اسلام به آرزویش رسید.") == []


def test_given_names_real_news_lost_open_a_name_after_an_honorific() -> None:
    assert names("خبر\n\nآقای ذوالفقار رمضانی به تیم پیوست.") == ["ذوالفقار رمضانی"]
    assert names("خبر\n\nمهندس نصرت‌الله کریمی طرح را ارائه کرد.") == ["نصرت‌الله کریمی"]


def test_an_honorific_the_recognizer_read_alone_is_no_part_of_the_name_after_it() -> None:
    # Real text may lose its half-spaces: «حجتالاسلام», a given name no lexicon lists.
    text = "خبر\n\nامروز حجتالاسلام سیدحبیبالله کریمیفر در جمع هیئت‌ها سخن گفت."
    assert guessed(text, "حجتالاسلام") == ["سیدحبیبالله کریمیفر"]
    finder = NameFinder(text, body=5)
    guesses = [(text.index(w), text.index(w) + len(w)) for w in ("حجتالاسلام", "کریمیفر")]
    assert sorted(text[s:e] for s, e in finder.find(guesses)) == ["سیدحبیبالله کریمیفر"]


def people_of(text: str, guesses: str) -> dict[str, list[str]]:
    """Name → titles, with every place of the words in ``guesses`` (a pattern) for the
    recognizer's guesses."""
    spans = [m.span() for m in re.finditer(guesses, text)]
    return {p.name: p.titles for p in People(text, spans, body=text.find("\n\n") + 2).finish()}


def test_a_holy_figure_with_a_blessing_in_prose_is_a_person_by_given_names() -> None:
    text = (
        "خبر\n\nامام جمعه شهر گفت: امام صادق (ع) در این باره سخن گفته و حضرت فاطمه "
        "زهرا(س) الگوی ماست."
    )
    assert people_of(text, "امام صادق|فاطمه زهرا") == {"صادق": [], "فاطمه زهرا": []}


def test_a_holy_figure_in_a_places_or_occasions_name_is_no_person() -> None:
    shrine = "خبر\n\nزائران به حرم مطهر امام رضا (ع) رفتند و در هیئت امام حسین (ع) عزاداری کردند."
    assert people_of(shrine, "امام رضا|امام حسین") == {}
    occasion = "خبر\n\nمراسم ایام شهادت بزرگ بانوی اسلام حضرت فاطمه زهرا (س) برگزار شد."
    assert people_of(occasion, "فاطمه زهرا") == {}
    epithet = "خبر\n\nمردم برای ظهور امام زمان (عج) دعا کردند."
    assert people_of(epithet, "امام زمان") == {}
    days = "خبر\n\nدر روزهای شهادت امام رضا (ع) هر زائر امام رضا (ع) جا دارد."
    assert people_of(days, "امام رضا") == {}
    book = 'خبر\n\nکتاب‌های "علی (ع) در آینه شعر" و "کاروان عشق" رونمایی شد.'
    assert people_of(book, "علی") == {}


def test_a_holy_figure_shares_no_name_with_the_speaker() -> None:
    text = "خبر\n\nعلی کاظمیان در جمع مردم گفت: امام علی (ع) الگوی عدالت است."
    found = people_of(text, "علی کاظمیان|(?<=امام )علی")
    assert found == {"علی کاظمیان": [], "علی": []}


def test_holy_figures_listed_after_one_a_shrines_name_holds_are_in_that_name() -> None:
    shrines = "خبر\n\nکاروان زیارتی به حرم‌های امام حسین (ع) و حضرت عباس (ع) رسید."
    assert people_of(shrines, "امام حسین|حضرت عباس") == {}
    listed = "خبر\n\nزائران حرم امام رضا (ع)، حضرت معصومه (س) و امام جواد (ع) افزایش یافتند."
    assert people_of(listed, "امام رضا|حضرت معصومه|امام جواد") == {}
    prose = "خبر\n\nپس از شهادت امام حسین (ع) و حضرت عباس (ع) کاروان اسرا به شام رفت."
    assert people_of(prose, "امام حسین|حضرت عباس") == {"حسین": [], "عباس": []}


def test_a_holy_figure_in_a_shrines_court_a_network_or_on_its_night_is_no_person() -> None:
    court = "خبر\n\nصحن حضرت فاطمه زهرا (س) و شبکه امام حسین (ع) افتتاح شد."
    assert people_of(court, "حضرت فاطمه زهرا|امام حسین") == {}
    night = "خبر\n\nمراسم احیای شب شهادت امام علی (ع) در مسجد جامع برگزار شد."
    assert people_of(night, "امام علی") == {}
    branch = "خبر\n\nدانشجویان واحد یادگار امام خمینی (ره) شهرری ثبت‌نام کردند."
    assert people_of(branch, "امام خمینی") == {}
    house = "خبر\n\nرئیس جمهور با حضور در بیت امام خمینی (ره) با یادگار امام دیدار کرد."
    assert people_of(house, "امام خمینی") == {}


def test_a_holy_figure_blessed_twice_beside_a_namesake_is_one_person() -> None:
    text = (
        "خبر\n\nعلی لاریجانی گفت: امام علی (ع) الگوی عدالت است. لاریجانی افزود که مردم "
        "پیرو امام علی (ع) هستند."
    )
    spans = [m.span() for m in re.finditer("علی لاریجانی|(?<=امام )علی", text)]
    people = People(text, spans, body=text.find("\n\n") + 2).finish()
    assert sorted((p.name, len(p.mentions)) for p in people) == [("علی", 2), ("علی لاریجانی", 2)]


def test_a_holy_figure_without_a_blessing_is_a_person_by_given_names_in_prose_only() -> None:
    prose = "خبر\n\nسخنران گفت: یاران امام حسین در کربلا تا آخرین لحظه ایستادند."
    assert people_of(prose, "امام حسین") == {"حسین": []}
    saying = "خبر\n\nسیره حضرت امام جعفر صادق الگوی شاگردان بود."
    assert people_of(saying, "امام جعفر صادق") == {"جعفر صادق": []}
    shrine = "خبر\n\nزائران حرم مطهر امام رضا و میدان امام حسین افزایش یافتند."
    assert people_of(shrine, "امام رضا|امام حسین") == {}
    day = "خبر\n\nمراسم سالروز ولادت امام رضا در مشهد برگزار شد."
    assert people_of(day, "امام رضا") == {}
    office = "خبر\n\nامام جمعه قم گفت که مردم آگاه هستند."
    assert people_of(office, "امام جمعه قم") == {}


def test_a_holy_figure_without_a_blessing_is_no_namesake_of_the_story() -> None:
    text = "خبر\n\nعلی لاریجانی رئیس مجلس در سخنرانی خود گفت که امام علی الگوی عدالت است."
    spans = [m.span() for m in re.finditer("علی لاریجانی|امام علی", text)]
    people = People(text, spans, body=text.find("\n\n") + 2).finish()
    assert sorted((p.name, len(p.mentions)) for p in people) == [("علی", 1), ("علی لاریجانی", 1)]
    text = "خبر\n\nهمایش سیره امام محمدجعفر صادق (ع) برگزار شد. شاگردان امام جعفر صادق بسیار بودند."
    spans = [m.span() for m in re.finditer("(?<=امام )(?:محمد)?جعفر صادق", text)]
    people = People(text, spans, body=text.find("\n\n") + 2).finish()
    assert [(p.name, len(p.mentions)) for p in people] == [("محمدجعفر صادق", 2)]
