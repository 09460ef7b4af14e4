"""Whose words a quote is when the story names them away from the speech verb: a message
or a report quoted by its noun, «وی» after a source left unnamed. Short articles written
for these tests, read by ``khabar.analyze``."""

import datetime as dt

import khabar

PUBLISHED = dt.date(2019, 5, 2)


def quotes(body: str) -> list[tuple[str, str | None, str]]:
    """Each quote's kind, speaker and first words, of an article with ``body``."""
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    return [(q["kind"], q["speaker"], " ".join(q["text"].split()[:3])) for q in data["quotes"]]


def test_a_message_speaks_for_the_name_it_was_sent_by() -> None:
    body = (
        "وزیر ورزش به مناسبت آغاز بازی‌های آسیایی پیامی صادر کرد.\n\n"
        "به گزارش خبرگزاری فارس، در پیام محمد کریمی وزیر ورزش آمده است: ورزشکاران ما "
        "نماینده همه مردم هستند.\n\n"
        "ورزش در سال‌های اخیر جایگاه ویژه‌ای در کشور یافته است.\n\n"
        "در بخش دیگری از این پیام آمده است: امیدواریم کاروان ایران با دست پر بازگردد."
    )
    assert quotes(body) == [
        ("direct", "محمد کریمی", "ورزشکاران ما نماینده"),
        ("direct", "محمد کریمی", "امیدواریم کاروان ایران"),
    ]


def test_a_message_named_by_a_title_alone_is_left_and_a_person_called_payam_speaks() -> None:
    body = (
        "در پیام رئیس سازمان فرهنگ و ارتباطات اسلامی تاکید شده است: گفت‌وگوی فرهنگ‌ها "
        "ضرورت امروز است.\n\n"
        "پیام صادقیان در این مراسم گفت: برنامه‌های هفته آینده به‌زودی اعلام می‌شود."
    )
    assert quotes(body) == [("direct", "پیام صادقیان", "برنامه‌های هفته آینده")]


def test_a_report_claims_a_point_in_its_own_words() -> None:
    body = (
        "در این گزارش ادعا شده است: «ساخت این سد به محیط زیست منطقه آسیب زده است.»\n\n"
        "در این گزارش آمده است که کار ساخت سد دو سال دیگر پایان می‌یابد."
    )
    assert quotes(body) == [
        ("direct", None, "ساخت این سد"),
        ("indirect", None, "کار ساخت سد"),
    ]


def test_he_after_a_source_left_unnamed_behind_a_connective_is_no_one() -> None:
    body = (
        "علی اکبری نماینده ایران در آژانس گفت که بازرسی‌ها به تعویق می‌افتد.\n\n"
        "در این میان یک مقام آمریکایی گفت که این تصمیم به زیان تهران است.\n\n"
        "وی افزود: آنها باید به بازرسان اجازه ورود بدهند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["علی اکبری", None, None]


def test_he_after_a_named_speaker_behind_a_connective_is_that_speaker() -> None:
    body = (
        "یک مقام آمریکایی گفت که این تصمیم به زیان تهران است.\n\n"
        "در این میان علی اکبری نماینده ایران در آژانس گفت که بازرسی‌ها به تعویق می‌افتد.\n\n"
        "وی افزود: بازرسان پس از تعطیلات به تهران می‌آیند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == [None, "علی اکبری", "علی اکبری"]


def test_a_sourcing_formula_closed_by_a_semicolon_leaves_the_body_that_speaks() -> None:
    body = (
        "به گزارش خبرنگار تشکل‌های دانشگاهی خبرگزاری فارس؛ انجمن اسلامی دانشجویان دانشگاه "
        "شیراز طی بیانیه‌ای اعلام کرد: ما از مردم مظلوم فلسطین حمایت می‌کنیم.\n\n"
        "به گزارش خبرگزاری فارس، محمد کریمی در این مراسم گفت: برنامه‌ها ادامه دارد."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == [
        "انجمن اسلامی دانشجویان دانشگاه شیراز",
        "محمد کریمی",
    ]


def test_a_surname_after_the_sourcing_opens_a_name_no_lexicon_lists() -> None:
    body = (
        "شهردار اردبیل گفت: دو ایستگاه جدید آتش‌نشانی تا سال آینده تکمیل می‌شود.\n\n"
        "به گزارش خبرگزاری فارس از اردبیل، صدیف بدری صبح امروز در مراسم روز آتش‌نشانی "
        "اظهار کرد: آتش‌نشانان در همه صحنه‌ها حاضرند.\n\n"
        "بدری نمونه این ایثار را در خدمت به مردم یادآور شد و بیان کرد: مجموعه آتش‌نشانی "
        "شبانه‌روز کار می‌کند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["صدیف بدری"] * 3


def test_a_body_after_the_sourcing_is_no_name_when_it_goes_on_with_an_object() -> None:
    body = (
        "به گزارش خبرگزاری فارس از اردبیل، شورای شهر امروز جلسه‌ای برگزار کرد.\n\n"
        "شورای شهر این طرح را تصویب کرد و اعلام کرد که اجرای آن از ماه آینده آغاز می‌شود."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["شورای شهر"]


def test_the_dateline_after_a_headline_that_asks_answers_no_one() -> None:
    text = (
        "چهره خوش‌نام سیاسی کجاست؟\n\n"
        "خبرگزاری فارس: وزیر کشور هنوز معاون سیاسی خود را معرفی نکرده است.\n\n"
        "فارس: برنامه شما برای انتخابات آینده چیست؟\n\n"
        "محمدی: ما برای برگزاری انتخاباتی سالم آماده‌ایم."
    )
    data = khabar.analyze(text, date=PUBLISHED).to_dict()
    assert [(q["speaker"], q["text"][:8]) for q in data["quotes"]] == [("محمدی", "ما برای ")]


def test_a_source_left_unnamed_after_a_phrase_without_its_comma_speaks() -> None:
    body = (
        "ترزا می نخست وزیر انگلیس گفت که توافق نزدیک است.\n\n"
        "در واپسین ساعات روز پنجشنبه یک منبع در دولت انگلستان گفت «هنوز توافقی حاصل نشده "
        "است.»\n\n"
        "علی رضایی سفیر ایران در لندن گفت که مذاکرات ادامه دارد.\n\n"
        "وی در دیدار با یک مقام آمریکایی نیز گفت: تهران به تعهداتش پایبند است.\n\n"
        "در دیدار با یک مقام آمریکایی گفت: تحریم‌ها باید لغو شود."
    )
    speakers = [speaker for _, speaker, _ in quotes(body)]
    assert speakers == ["ترزا می", None, "علی رضایی", "علی رضایی", "علی رضایی"]


def test_a_concession_goes_on_with_the_speaker_but_not_every_few_days() -> None:
    body = (
        "منوچهر زنگنه هنرمند معرق‌کار گفت که این هنر علاقه‌مندان بسیار دارد.\n\n"
        "او سال‌هاست برای هنر این سرزمین کار کرده است. هر چند می‌گوید زندگی از حقوق "
        "کارمندی نمی‌گذرد.\n\n"
        "هر چند روز یک بار یکی از بازدیدکنندگان می‌گوید که قیمت‌ها بالاست."
    )
    speakers = [speaker for _, speaker, _ in quotes(body)]
    assert speakers == ["منوچهر زنگنه", "منوچهر زنگنه", None]


def test_the_prophet_or_an_outcome_is_no_message_issuing_a_statement() -> None:
    body = (
        "وزارت امور خارجه با انتشار بیانیه‌ای ولادت پیامبر اکرم را تبریک گفت. پیامبر "
        "اسلام پیام‌آور رحمت بود. پیامدهای این میلاد برای بشریت روشن است.\n"
        "در این بیانیه آمده است: «میلاد پیامبر فرصتی برای وحدت است.»"
    )
    assert quotes(body) == [("direct", "وزارت امور خارجه", "میلاد پیامبر فرصتی")]


def test_a_letter_is_not_read_inside_a_programme_named_after_a_person() -> None:
    body = (
        "جمعی از نمایندگان مجلس در نامه‌ای به رئیس‌جمهور خواستار توقف برنامه حسن روحانی "
        "برای خصوصی‌سازی شدند.\n\n"
        "نمایندگان در ادامه از عملکرد وزارت اقتصاد انتقاد کردند.\n\n"
        "در بخش دیگری از این نامه آمده است: «این برنامه قابل اجرا نیست.»"
    )
    assert quotes(body) == [("direct", None, "این برنامه قابل")]


def test_an_unnamed_source_whose_words_a_noun_names_leaves_the_one_speaking_on() -> None:
    body = (
        "محمدجواد ظریف وزیر امور خارجه امروز گفت: «ایران به تعهدات خود پایبند است.» در "
        "واکنش به اظهارات یک مقام آمریکایی درباره برجام افزود: «آمریکا باید به توافق "
        "بازگردد.»"
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["محمدجواد ظریف", "محمدجواد ظریف"]


def test_a_third_place_won_is_no_unnamed_official() -> None:
    body = (
        "حسن یزدانی بهترین کشتی‌گیر مسابقات شد. در این میان یک مقام سوم هم به تیم رسید. "
        "وی گفت: «این مدال را به مردم تقدیم می‌کنم.»"
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["حسن یزدانی"]


def test_a_province_after_a_title_after_the_sourcing_is_no_surname() -> None:
    body = (
        "به گزارش خبرگزاری فارس از تبریز، استاندار آذربایجان‌شرقی امروز از پروژه‌های "
        "عمرانی بازدید کرد.\n\n"
        "آذربایجان‌شرقی سهم بزرگی در صادرات کشور را دارد و استاندار گفت: «صادرات امسال "
        "افزایش می‌یابد.»"
    )
    assert [speaker for _, speaker, _ in quotes(body)] == [None]


def test_a_message_of_hope_is_sent_by_no_one_called_hope() -> None:
    body = (
        "رئیس‌جمهور به مناسبت آغاز سال نو پیامی صادر کرد و پیام امید را به مردم رساند.\n\n"
        "در این پیام آمده است: «سال نو سال رونق تولید خواهد بود.»"
    )
    assert quotes(body) == [("direct", None, "سال نو سال")]


def test_an_unnamed_source_a_comma_parts_from_the_verb_leaves_the_one_speaking_on() -> None:
    body = (
        "محمدجواد ظریف وزیر امور خارجه امروز گفت: «ایران به تعهدات خود پایبند است.» پس از "
        "اینکه یک مقام آمریکایی این خبر را تایید کرد، افزود: «آمریکا باید به توافق "
        "بازگردد.»"
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["محمدجواد ظریف", "محمدجواد ظریف"]


def test_this_letter_is_the_one_named_last_not_an_earlier_letter_with_a_sender() -> None:
    body = (
        "هفته گذشته نامه محمدجواد ظریف به دبیرکل سازمان ملل منتشر شد.\n\n"
        "امروز جمعی از نمایندگان مجلس نامه‌ای به رئیس‌جمهور نوشتند.\n\n"
        "نمایندگان خواستار شفافیت در مذاکرات شدند.\n\n"
        "نمایندگان از عملکرد دولت انتقاد کردند.\n\n"
        "در این نامه آمده است: «دولت باید پاسخگو باشد.»"
    )
    assert quotes(body) == [("direct", None, "دولت باید پاسخگو")]


def test_an_unnamed_source_whose_own_words_a_comma_ends_still_speaks() -> None:
    body = (
        "علی لاریجانی رئیس مجلس گفت که بودجه تصویب می‌شود.\n\n"
        "در حاشیه این نشست یک منبع نزدیک به تیم مذاکره‌کننده، در گفت‌وگو با خبرنگار ما گفت "
        "که مذاکرات هفته آینده از سر گرفته می‌شود."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["علی لاریجانی", None]


def test_the_prophet_between_a_message_and_its_rest_leaves_the_sender() -> None:
    body = (
        "وزیر آموزش و پرورش به مناسبت آغاز سال تحصیلی پیامی صادر کرد.\n\n"
        "به گزارش خبرگزاری فارس، در پیام علی‌اصغر فانی وزیر آموزش و پرورش آمده است: "
        "معلمان ستون‌های جامعه هستند.\n\n"
        "وی به سیره پیامبر اکرم در تعلیم و تربیت اشاره کرده است.\n\n"
        "در بخش دیگری از این پیام آمده است: دانش‌آموزان آینده‌سازان کشورند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["علی‌اصغر فانی", "علی‌اصغر فانی"]


def test_a_message_pointed_back_to_between_is_no_statement_of_its_own() -> None:
    body = (
        "وزیر آموزش و پرورش به مناسبت آغاز سال تحصیلی پیامی صادر کرد.\n\n"
        "به گزارش خبرگزاری فارس، در پیام علی‌اصغر فانی وزیر آموزش و پرورش آمده است: "
        "معلمان ستون‌های جامعه هستند.\n\n"
        "متن کامل این پیام از طریق رسانه‌های داخلی نیز منتشر شد.\n\n"
        "در بخش دیگری از این پیام آمده است: دانش‌آموزان آینده‌سازان کشورند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["علی‌اصغر فانی", "علی‌اصغر فانی"]


def test_an_unnamed_source_a_question_or_the_words_of_govern_is_no_speaker() -> None:
    for clause in ("با اشاره به سخنان اخیر یک مقام آمریکایی", "در پاسخ به سوال یک منبع آگاه"):
        body = (
            "محمدجواد ظریف وزیر امور خارجه گفت که ایران به تعهداتش پایبند است.\n\n"
            f"در ادامه {clause} گفت که آمریکا باید پاسخگو باشد."
        )
        assert [speaker for _, speaker, _ in quotes(body)] == ["محمدجواد ظریف"] * 2


def test_a_station_named_by_its_medium_speaks_for_itself() -> None:
    body = (
        "محمدجواد ظریف وزیر امور خارجه دیروز برای دور تازه مذاکرات به ژنو رفت.\n\n"
        "رادیو صدای آمریکا گفت: توافق تازه می‌تواند میراث دولت باشد.\n\n"
        "تلویزیون دولتی سوریه نیز اعلام کرد که ارتش وارد شهر شده است."
    )
    assert quotes(body) == [
        ("direct", "رادیو صدای آمریکا", "توافق تازه می‌تواند"),
        ("indirect", "تلویزیون دولتی سوریه", "ارتش وارد شهر"),
    ]
    # A presenter of a station is someone left unnamed.
    assert quotes("مجری تلویزیون گفت: «برنامه هفته آینده پخش می‌شود.»") == [
        ("direct", None, "برنامه هفته آینده"),
    ]


def test_a_paper_reporting_without_ke_is_the_speaker_of_an_indirect_quote() -> None:
    text = (
        "خبر\n\nبه گزارش خبرگزاری فارس، خبرهای زیادی از این انتقال شنیده شده است.\n\n"
        "امروز روزنامه دیلی میل گزارش کرد باشگاه میلان مهاجمش را به بارسلونا می‌فروشد."
    )
    quotes = khabar.analyze(text).to_dict()["quotes"]
    assert [(q["kind"], q["speaker"], q["cue"]) for q in quotes] == [
        ("indirect", "دیلی میل", "گزارش کرد")
    ]


def test_an_outlet_speaks_by_its_name_without_the_words_of_its_kind() -> None:
    for outlet, name in (
        ("شبکه تلویزیونی کانال‌پلاس", "کانال‌پلاس"),
        ("شبکه خبری سی‌ان‌ان", "سی‌ان‌ان"),
        ("روزنامه آمریکایی نیویورک تایمز", "نیویورک تایمز"),
        ("روزنامه دیلی میل", "دیلی میل"),
    ):
        text = f"خبر\n\nبه گزارش خبرگزاری فارس، {outlet} گزارش داد که مذاکرات ادامه دارد."
        quotes = khabar.analyze(text).to_dict()["quotes"]
        assert [q["speaker"] for q in quotes] == [name]


def test_an_outlet_speaks_after_a_phrase_of_what_about_without_its_comma() -> None:
    text = (
        "خبر\n\nبه گزارش خبرگزاری فارس، خبرهای زیادی شنیده شد. در این مورد شبکه تلویزیونی "
        "کانال‌پلاس گزارش کرد که مذاکرات ادامه دارد."
    )
    quotes = khabar.analyze(text).to_dict()["quotes"]
    assert [q["speaker"] for q in quotes] == ["کانال‌پلاس"]


def test_an_outlet_left_unnamed_is_the_one_named_speaking_next() -> None:
    body = (
        "خبرگزاری فارس: یک روزنامه آمریکایی نوشت بانک مرکزی نرخ بهره را افزایش می‌دهد.\n\n"
        "روزنامه نیویورک تایمز روز شنبه نوشت این تصمیم هفته آینده اعلام می‌شود."
    )
    assert quotes(body) == [
        ("indirect", "نیویورک تایمز", "بانک مرکزی نرخ"),
        ("indirect", "نیویورک تایمز", "این تصمیم هفته"),
    ]


def test_this_paper_takes_up_the_paper_not_the_agency_reporting() -> None:
    body = (
        "خبرگزاری فارس: گزارش یک روزنامه انگلیسی حاکی است قمار در این کشور رایج است.\n\n"
        "دیلی‌تلگراف در شماره امروز خود گزارش داد: «هر انگلیسی سالانه ۸۰۰ پوند قمار "
        "می‌کند.»\n\n"
        "این روزنامه دولت را مقصر دانسته و نوشت: «دولت قوانین را نرم کرده است.»"
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["دیلی‌تلگراف", "دیلی‌تلگراف"]


def test_according_to_this_source_after_an_outlets_words_is_the_outlet() -> None:
    body = (
        "به گزارش خبرگزاری فارس، روزنامه الوطن گفت: نشست سران در کابل موفق بود.\n\n"
        "به گفته این منبع، همکاری اقتصادی محور این نشست بود.\n\n"
        "یک منبع آگاه در وزارت خارجه گفت: نشست بعدی در تهران است.\n\n"
        "به گفته این منبع، تاریخ آن هنوز معلوم نیست."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["الوطن", "الوطن", None, None]


def test_according_to_this_source_after_an_outlet_left_unnamed_is_the_outlet_named_next() -> None:
    body = (
        "خبرگزاری فارس: یک روزنامه آمریکایی نوشت بانک مرکزی نرخ بهره را افزایش می‌دهد.\n\n"
        "به گفته این منبع، تصمیم نهایی هفته آینده گرفته می‌شود.\n\n"
        "روزنامه نیویورک تایمز روز شنبه نوشت این تصمیم تورم را مهار می‌کند."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == ["نیویورک تایمز"] * 3


def test_this_paper_taken_up_after_it_spoke_is_the_paper_named_before() -> None:
    body = (
        "روزنامه آمریکایی «واشنگتن پست» امروز نوشت که تحریم‌ها اثر نداشته است.\n\n"
        "ریچارد کولمن، تحلیلگر امور انرژی، در گفت‌وگو با این روزنامه گفت: «تحریم‌ها هزینه "
        "داشته است.»\n\n"
        "به نوشته این روزنامه، نگرانی کاخ سفید افزایش یافته است."
    )
    assert [speaker for _, speaker, _ in quotes(body)] == [
        "واشنگتن پست",
        "ریچارد کولمن",
        "واشنگتن پست",
    ]
