"""Speech in real news as it is written: sentences glued to the mark before them,
«و...» inside a sentence, formulas without their spaces and clauses without their
main verb. Each pinned with a sentence written for it."""

from test_news_quotes import read


def test_a_sentence_glued_to_the_mark_before_it_ends_the_words_after_a_colon() -> None:
    text = (
        "مدیر موزه اظهار داشت: این نمایشگاه ده روز برپاست.وی بیان داشت: بلیت رایگان است.\n\n"
        "وی به کتاب‌ها، نشریات و... اشاره کرد و گفت: کتابخانه باز است."
    )
    assert read(text) == [
        ("direct", "مدیر موزه", "این نمایشگاه ده روز برپاست"),
        ("direct", "وی", "بلیت رایگان است"),
        ("direct", "وی", "کتابخانه باز است"),
    ]


def test_an_abbreviation_ends_no_sentence() -> None:
    text = "فرمانده ارتش اظهار داشت که رژه ارتش ج.ا.ا با حضور یگان‌ها برگزار می‌شود."
    assert read(text) == [
        ("indirect", "فرمانده ارتش", "رژه ارتش ج.ا.ا با حضور یگان‌ها برگزار می‌شود")
    ]


def test_a_clause_named_before_it_opens_written_loosely() -> None:
    text = (
        "وی بابیان اینکه جاده شمال پرترافیک است، گفت: پلیس آماده است.\n\n"
        "وی با یادآوری اینکه سیل سال گذشته خسارت زد، افزود: سدها پر است.\n\n"
        "نماینده مردم کرج با اشاره به این که شاید مردم از نظر ما دور شده بودند."
    )
    assert [(kind, who, quoted) for kind, who, quoted in read(text) if kind == "indirect"] == [
        ("indirect", "وی", "جاده شمال پرترافیک است"),
        ("indirect", "وی", "سیل سال گذشته خسارت زد"),
        ("indirect", "نماینده مردم کرج", "شاید مردم از نظر ما دور شده بودند"),
    ]


def test_sourcing_without_its_comma_before_the_name_but_with_one_after_a_phrase() -> None:
    text = (
        "به گزارش خبرگزاری فارس از کرج علی‌محمد رضایی در نشست شورای شهر که امروز برگزار "
        "شد، اظهار داشت: بودجه کافی است."
    )
    assert read(text) == [("direct", "علی‌محمد رضایی", "بودجه کافی است")]


def test_the_perfect_without_its_auxiliary_before_that() -> None:
    text = (
        "سخنگوی پلیس تصریح کرده که جاده‌ها باز است. "
        "اندیشکده آمریکایی در گزارشی مدعی شده که آزمایش ادامه دارد."
    )
    assert read(text) == [
        ("indirect", "سخنگوی پلیس", "جاده‌ها باز است"),
        ("indirect", "اندیشکده آمریکایی", "آزمایش ادامه دارد"),
    ]


def test_a_conversation_is_no_speech_verb() -> None:
    text = "دو وزیر در تهران دیدار و گفت و\u200cگو کردند. دو هیئت دیدار و گفت گو کردند."
    assert read(text) == []


def test_according_to_a_pronoun_without_its_comma() -> None:
    text = (
        "به گفته وی سفر وزیر به استان هفته آینده انجام می‌شود. "
        "از نگاه این کارشناس، بازار مسکن آرام است. "
        "از نگاه اسلام، خانواده بنیاد جامعه است. "
        "به گفته سخنگوی وزارت نیرو، برق قطع نمی‌شود."
    )
    assert read(text) == [
        ("indirect", "وی", "سفر وزیر به استان هفته آینده انجام می‌شود"),
        ("indirect", "این کارشناس", "بازار مسکن آرام است"),
        ("indirect", "سخنگوی وزارت نیرو", "برق قطع نمی‌شود"),
    ]


def test_a_clause_named_before_it_opens_may_hold_a_speech_verb_of_its_own() -> None:
    text = (
        "کارشناس آموزش با بیان اینکه نویسنده مطالب را ساده، روان و روشن بیان کرده است، "
        "ادامه داد: این کتاب برای همه است."
    )
    assert read(text)[0] == (
        "indirect",
        "کارشناس آموزش",
        "نویسنده مطالب را ساده، روان و روشن بیان کرده است",
    )


def test_a_clause_of_reason_after_a_comma_has_its_own_subject() -> None:
    text = (
        "پژوهش در این زمینه حیاتی است، چرا که سازمان جهانی بهداشت هشدار داده است که "
        "بیماری گسترش می‌یابد."
    )
    assert read(text) == [("indirect", "سازمان جهانی بهداشت", "بیماری گسترش می‌یابد")]


def test_a_contrast_set_off_by_commas_is_an_aside() -> None:
    text = (
        "مدیر مدرسه در پاسخ به دانشجویی که گفت پیش‌تر خبری نبود، ولی وزیر با شعار آمد، "
        "گفت: کسی مخالف نیست."
    )
    assert read(text)[-1] == ("direct", "مدیر مدرسه", "کسی مخالف نیست")


def test_openers_and_glued_words_of_real_text() -> None:
    text = (
        "بنا به گزارش وبگاه خبری «صبا»، وزیر کار افزود: بیکاری کم شد.\n\n"
        "بلافاصله پس از انتشار این خبر، استاندار گلستان گفت: خبر درست نیست.\n\n"
        "رضا کریمی درپایان افزود: جلسه بعدی فردا است.\n\n"
        "ازاین‌رو، درباره این دو مفهوم می توان گفت که هر دو لازم است."
    )
    assert read(text) == [
        ("direct", "وزیر کار", "بیکاری کم شد"),
        ("direct", "استاندار گلستان", "خبر درست نیست"),
        ("direct", "رضا کریمی", "جلسه بعدی فردا است"),
    ]


def test_a_question_in_the_clause_a_relative_clause_and_sourcing_before_a_name() -> None:
    text = (
        "سخنگوی دولت گفت: بودجه آماده است.\n\n"
        "وی در پاسخ به این سؤال که آیا مالیات بالا می‌رود؟ گفت: چنین طرحی نداریم.\n\n"
        "در این مراسم که با نام «یاد یاران» برگزار شد، رئیس انجمن شعر هم گفت: شعر زنده است.\n\n"
        "به نوشته بی‌بی‌سی «جان اسمیت» وزیر خارجه انگلستان درباره رای مردم گفت، "
        "انگلیس آماده است."
    )
    assert [who for _, who, _ in read(text)] == [
        "سخنگوی دولت",
        "وی",
        "رئیس انجمن شعر",
        "جان اسمیت",
    ]


def test_a_second_speaker_joined_by_a_comma_ends_the_words_after_a_colon() -> None:
    text = (
        "وزیر نیرو نیز گفت: برق قطع نخواهد شد، مدیر توانیر با اشاره به گرما افزود: "
        "مصرف بالا رفته است."
    )
    assert read(text) == [
        ("direct", "وزیر نیرو", "برق قطع نخواهد شد"),
        ("direct", "مدیر توانیر", "مصرف بالا رفته است"),
    ]


def test_words_in_guillemets_after_a_speech_verb_without_its_colon() -> None:
    text = (
        "وزیر خارجه در گفت‌وگو با رادیو گفت «اگر خارج شویم، جدایی سختی خواهد بود.»\n\n"
        "سخنگو با رد این ادعا تأکید کرد، «مسکو هیچ نقشی در این حادثه نداشته است.»\n\n"
        "وی گفت «داعش» را شکست خواهیم داد."
    )
    assert read(text) == [
        ("direct", "وزیر خارجه", "اگر خارج شویم، جدایی سختی خواهد بود."),
        ("direct", "سخنگو", "مسکو هیچ نقشی در این حادثه نداشته است."),
    ]


def test_according_to_a_title_without_its_comma() -> None:
    text = (
        "به گفته معاون امور عمرانی استانداری اردبیل مشارکت مردم گره‌گشای مشکلات است. "
        "به گفته او و همکارانش کار ادامه دارد."
    )
    assert read(text) == [
        ("indirect", "معاون امور عمرانی استانداری اردبیل", "مشارکت مردم گره‌گشای مشکلات است"),
    ]


def test_a_suggestion_or_a_point_made_with_that() -> None:
    text = (
        "امام جمعه پیشنهاد کرد که گروه‌های جهادی بسته فرهنگی هم بدهند. "
        "مدیر بانک در این نشست به این نکته اشاره کرد که نرخ سود ثابت می‌ماند. "
        "وزیر به اهمیت صادرات اشاره کرد و گفت: بازار آماده است."
    )
    assert read(text) == [
        ("indirect", "امام جمعه", "گروه‌های جهادی بسته فرهنگی هم بدهند"),
        ("indirect", "مدیر بانک", "نرخ سود ثابت می‌ماند"),
        ("direct", "وزیر", "بازار آماده است"),
    ]


def test_what_is_suggested_or_pointed_to_with_a_relative_clause_is_no_speech() -> None:
    text = (
        "رئیس‌جمهور هند نکاتی را پیشنهاد کرد که ایران باید بررسی کند. "
        "وزیر به مسائلی اشاره کرد که در جلسه مطرح شد.\n\n"
        "براساس این گزارش وی به شهرداری پیشنهاد کرد که با مردم مهربان باشند."
    )
    assert read(text) == [("indirect", "وی", "با مردم مهربان باشند")]


def test_the_honorific_and_the_present_of_reporting_verbs() -> None:
    text = (
        "رهبر انقلاب در این دیدار فرمودند: «این مجلس یک مجلس استثنایی است.»\n\n"
        "نویسنده در ادامه تأکید می‌کند: «مذاکره تنها راه است.»\n\n"
        "کارشناسان می‌گویند: بازار آرام است.\n\n"
        "دولت به کار خود ادامه می‌دهد تا طرح تمام شود. "
        "نتایج فردا اعلام می‌شود که برندگان جایزه می‌گیرند."
    )
    assert read(text) == [
        ("direct", "رهبر انقلاب", "این مجلس یک مجلس استثنایی است."),
        ("direct", "نویسنده", "مذاکره تنها راه است."),
        ("direct", "کارشناسان", "بازار آرام است"),
    ]


def test_naming_something_with_unvan_kard_is_no_speech() -> None:
    text = (
        "رئیس دانشگاه نقاشی و موسیقی را رشته‌هایی عنوان کرد که دانشجو می‌پذیرند. "
        "وی با بیان اینکه طرح را آغاز کرده‌ایم، عنوان کرد که بودجه کافی است."
    )
    assert [q for q in read(text) if q[2].startswith(("دانشجو", "بودجه"))] == [
        ("indirect", "وی", "بودجه کافی است")
    ]
