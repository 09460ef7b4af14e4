"""Quote shapes in Persian news, each pinned with a sentence written for it."""

from khabar.news.quotes import find_quotes


def read(text: str) -> list[tuple[str, str | None, str]]:
    """Each quote as (kind, the words naming its speaker, its text)."""
    return [
        (q.kind, text[q.subject[0] : q.subject[1]] if q.subject else None, q.text)
        for q in find_quotes(text)
    ]


def test_a_fronted_quote_whose_speaker_goes_on_after_it() -> None:
    text = (
        "«بندرهای دو کشور باید با خط کشتیرانی منظم به هم وصل شوند»، وی با بیان این مطلب "
        "افزود که نخستین کشتی ماه آینده راه می‌افتد.\n\n"
        "«ما سه مدال طلا می‌خواستیم و به آن نرسیدیم.» سرمربی تیم ملی با بیان این مطلب "
        "افزود: مسئولیت نتیجه با من است."
    )
    assert read(text) == [
        ("direct", "وی", "بندرهای دو کشور باید با خط کشتیرانی منظم به هم وصل شوند"),
        ("indirect", "وی", "نخستین کشتی ماه آینده راه می‌افتد"),
        ("direct", "سرمربی تیم ملی", "ما سه مدال طلا می‌خواستیم و به آن نرسیدیم."),
        ("direct", "سرمربی تیم ملی", "مسئولیت نتیجه با من است"),
    ]


def test_a_term_opening_a_paragraph_is_no_fronted_quote() -> None:
    text = "«ضیافت افطار»، شهردار تهران با بیان این مطلب افزود: این طرح ادامه دارد."
    assert [q.text for q in find_quotes(text)] == ["این طرح ادامه دارد"]


def test_a_belief_reported_after_its_holder() -> None:
    text = (
        "به باور وی، بندر دقم به دروازه کالاهای ایرانی تبدیل می‌شود. "
        "به اعتقاد متخصصان ریه، ذرات معلق به مجاری تنفسی آسیب می‌زنند. "
        "به اعتقاد من، غدیر اینجا بود."
    )
    assert read(text) == [
        ("indirect", "وی", "بندر دقم به دروازه کالاهای ایرانی تبدیل می‌شود"),
        ("indirect", "متخصصان ریه", "ذرات معلق به مجاری تنفسی آسیب می‌زنند"),
    ]


def test_speech_reported_in_the_perfect_and_hopes_with_that() -> None:
    text = (
        "صندوق بین‌المللی پول پیش‌بینی کرده بود که تورم ایران کاهش یابد. "
        "وزیر اقتصاد عمان ابراز امیدواری کرد که خط کشتیرانی دوباره راه‌اندازی شود. "
        "روحانیون شهر ابراز نگرانی کردند به ویژه پس از اینکه خودروی امام آتش زده شد. "
        "پیونگ یانگ هشدار داده است (جزئیات بیشتر)"
    )
    assert read(text) == [
        ("indirect", "صندوق بین‌المللی پول", "تورم ایران کاهش یابد"),
        ("indirect", "وزیر اقتصاد عمان", "خط کشتیرانی دوباره راه‌اندازی شود"),
    ]


def test_an_outlet_speaks_by_its_own_name() -> None:
    text = (
        "روزنامه «عکاظ» چاپ جده امروز نوشت که زائران هفته آینده وارد مدینه می‌شوند. "
        "خبرگزاری رویترز روز دوشنبه گزارش داد که صادرات برنج هند متوقف شده است."
    )
    assert read(text) == [
        ("indirect", "عکاظ", "زائران هفته آینده وارد مدینه می‌شوند"),
        ("indirect", "رویترز", "صادرات برنج هند متوقف شده است"),
    ]


def test_an_interview_in_questions_and_answers() -> None:
    text = (
        "ایسنا: امسال چند زائر به حج می‌روند؟\n\n"
        "افشاری‌مقدم: سهمیه ایران ۸۷ هزار نفر است.\n\n"
        "رئیس سازمان: این سهمیه کافی است."
    )
    assert read(text) == [("direct", "افشاری‌مقدم", "سهمیه ایران ۸۷ هزار نفر است")]


# The sourcing chain: who the whole story is attributed to (the lead's formulas).


def test_the_subject_after_a_sourcing_formula_or_a_dateline() -> None:
    text = (
        "به گزارش سرویس بین‌الملل ایسنا، خبرگزاری رویترز روز دوشنبه گزارش داد که صادرکنندگان "
        "هند به دلیل تأخیر در دریافت مطالبات خود، قراردادها را متوقف کرده‌اند.\n\n"
        "خبرگزاری فارس- سفیر ایران در روسیه گفت: روسیه خواسته‌های خود را مطرح می‌کند."
    )
    assert [speaker for _, speaker, _ in read(text)] == ["رویترز", "سفیر ایران"]


def test_when_it_was_said_ends_the_speaker_and_a_formula_opens_the_sentence() -> None:
    text = (
        "ستار علیزاده شامگاه پنج‌شنبه در جمع خادمان گفت: این طرح آغاز شده است.\n\n"
        "شایان ذکر است آیت‌الله جوادی آملی در خطبه‌های نماز جمعه گفت: بنده معذورم."
    )
    assert [speaker for _, speaker, _ in read(text)] == ["ستار علیزاده", "آیت‌الله جوادی آملی"]


def test_an_embassy_keeps_its_post_in_its_name() -> None:
    text = "سفارت آلمان در تهران نیز اعلام کرد که روادید تجاری ظرف ده روز صادر می‌شود."
    assert read(text)[0][1] == "سفارت آلمان در تهران"


def test_formal_and_further_speech_verbs() -> None:
    text = (
        "وی تأکید نمود که طرح تا پایان سال اجرا می‌شود. "
        "وزیر اظهار امیدواری کرد که مذاکرات به نتیجه برسد. "
        "روانشناس خانواده با تأکید بر اینکه همسران نباید از گذشته یکدیگر کنکاش کنند، افزود: "
        "گذشت مهم است."
    )
    assert [(kind, speaker, quote) for kind, speaker, quote in read(text)] == [
        ("indirect", "وی", "طرح تا پایان سال اجرا می‌شود"),
        ("indirect", "وزیر", "مذاکرات به نتیجه برسد"),
        ("indirect", "روانشناس خانواده", "همسران نباید از گذشته یکدیگر کنکاش کنند"),
        ("direct", "روانشناس خانواده", "گذشت مهم است"),
    ]


def test_what_is_said_with_ba_bayan_inke_runs_to_the_main_verb() -> None:
    listed = (
        "استاندار با تأکید بر اینکه پزشکان، پرستاران و دیگر عوامل باید همراهی کنند، "
        "افزود: جلسات برگزار می‌شود."
    )
    plain = "مدیرکل با اشاره به اینکه ۳۴ مکان دفن زباله در استان وجود دارد گفت: اینها بهداشتی نیست."
    assert read(listed)[0][2] == "پزشکان، پرستاران و دیگر عوامل باید همراهی کنند"
    assert read(plain)[0][2] == "۳۴ مکان دفن زباله در استان وجود دارد"


def test_a_meetings_statement_is_issued_by_its_body() -> None:
    text = (
        "بیست و هشتمین نشست شورای وزیران سازمان همکاری اقتصادی (اکو) امروز با صدور بیانیه "
        "پایانی در باکو به کار خود پایان داد. در بیانیه پایانی اجلاس آمده است که کشورهای "
        "عضو برای اجرای موافقت‌نامه تجاری تلاش می‌کنند."
    )
    assert read(text)[0][1] == "شورای وزیران سازمان همکاری اقتصادی"
