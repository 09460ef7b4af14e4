"""Where the sentence a pronoun stands in starts, which «وی» and «او» are read back from; the
emphatic «خود» before a name is no part of the speaker."""

from test_news_people import analyzed, people

from khabar.news.people.pronouns import sentence_start


def speakers(body: str) -> list[str | None]:
    """The speaker of every quote of an article with ``body``, in text order."""
    return [q["speaker"] for q in analyzed(body)["quotes"]]


def test_a_sentence_starts_after_a_stop_a_glued_period_or_a_line_break() -> None:
    text = "رئیس سازمان به تهران رفت. وی گفت.او افزود\nاین خبر را ج.ا.ا منتشر کرد"
    assert text[sentence_start(text, text.index("وی")) :].lstrip().startswith("وی گفت")
    assert text[sentence_start(text, text.index("او")) :].startswith("او افزود")
    assert text[sentence_start(text, text.index("منتشر")) :].startswith("این خبر")


def test_a_long_line_without_stops_is_one_sentence() -> None:
    text = "، ".join(f"نماینده {i} در جلسه گفت که وی کار را ادامه می‌دهد" for i in range(3000))
    at = len(text)
    assert sentence_start(text, at) == 0
    assert [sentence_start(text, k) for k in range(0, at, 997)] == [0] * len(range(0, at, 997))


def test_vi_after_a_reports_quote_takes_up_the_one_it_names() -> None:
    body = (
        "رابرت کینگ، وزیر دفاع آمریکا، گفت که ارتش آماده است.\n\n"
        "در این گزارش آمده است: «سخنان دیروز مایکل براون، رئیس سازمان اطلاعات، "
        "نگران‌کننده بود.»\n\n"
        "وی افزود: «تحریم‌ها ادامه خواهد یافت.»"
    )
    assert speakers(body) == ["رابرت کینگ", None, "مایکل براون"]


def test_vi_after_a_speakers_quote_naming_someone_is_still_the_speaker() -> None:
    body = (
        "رابرت کینگ، وزیر دفاع آمریکا، گفت: «دیروز با مایکل براون دیدار کردم.»\n\n"
        "وی افزود: «تحریم‌ها ادامه خواهد یافت.»"
    )
    assert speakers(body) == ["رابرت کینگ", "رابرت کینگ"]


def test_vi_after_a_named_persons_document_is_still_that_person() -> None:
    body = (
        "رابرت کینگ، وزیر دفاع آمریکا، نامه‌ای به کنگره فرستاد.\n\n"
        "در نامه رابرت کینگ آمده است: «مایکل براون باید استعفا دهد.»\n\n"
        "وی افزود: ارتش آماده است."
    )
    assert speakers(body) == ["رابرت کینگ", "رابرت کینگ"]


def test_vi_after_a_reports_quote_naming_someone_governed_is_who_spoke_last() -> None:
    body = (
        "رابرت کینگ، وزیر دفاع آمریکا، گفت: «ارتش آماده است.»\n\n"
        "در این گزارش آمده است: «از مایکل براون خواسته شده است که استعفا دهد.»\n\n"
        "وی افزود: «تحریم‌ها ادامه خواهد یافت.»"
    )
    assert speakers(body)[-1] == "رابرت کینگ"


def test_vi_as_object_right_after_a_governed_name_takes_it_up() -> None:
    found = people(
        "علی کریمی، نماینده مجلس لبنان، امروز در تهران سخنرانی کرد.\n\n"
        "یک استاد دانشگاه بیروت در تجلیل از شهید مصطفی چمران وی را الگوی مبارزه با استکبار "
        "دانست."
    )
    assert found["مصطفی چمران"][1] == ["مصطفی چمران", "وی"]
    assert found["علی کریمی"][1] == ["علی کریمی"]


def test_vi_as_object_right_after_the_subjects_name_is_someone_else() -> None:
    found = people("کنجی ساتو، سفیر ژاپن، امروز وارد تهران شد.\n\nحسن روحانی وی را به حضور پذیرفت.")
    assert found["کنجی ساتو"][1] == ["کنجی ساتو", "وی"]
    assert found["حسن روحانی"][1] == ["حسن روحانی"]


def test_a_governed_vi_after_a_glued_ke_takes_up_the_subject_before_it() -> None:
    spared = people(
        "نسرین احمدی، وزیر بهداشت، دیروز از یک سانحه رانندگی جان سالم به در برد بی‌آنکه "
        "به وی آسیبی برسد."
    )
    assert spared["نسرین احمدی"][1] == ["نسرین احمدی", "وی"]
    invited = people(
        "حسن کریمی، سفیر ایران، با اشاره به اینکه از وی برای سفر به چین دعوت شده است، از "
        "گسترش روابط خبر داد."
    )
    assert invited["حسن کریمی"][1] == ["حسن کریمی", "وی"]
    half_spaced = people(
        "حسن کریمی، سفیر ایران، با اشاره به این‌که از وی برای سفر به چین دعوت شده است، از "
        "گسترش روابط خبر داد."
    )
    assert half_spaced["حسن کریمی"][1] == ["حسن کریمی", "وی"]


def test_a_word_ending_in_ke_opens_no_clause_before_a_governed_vi() -> None:
    found = people(
        "حسن کریمی، سفیر ایران، در گفت‌وگو با شبکه خبر از علی رضایی انتقاد کرد و از وی "
        "خواست استعفا دهد."
    )
    assert found["علی رضایی"][1] == ["علی رضایی", "وی"]
    assert found["حسن کریمی"][1] == ["حسن کریمی"]


def test_vi_as_object_right_after_a_clauses_subject_is_someone_else() -> None:
    reported = people("علی رضایی، وزیر کشور، گفت که حسن روحانی وی را به حضور پذیرفت.")
    assert reported["علی رضایی"][1] == ["علی رضایی", "وی"]
    assert reported["حسن روحانی"][1] == ["حسن روحانی"]
    joined = people("کنجی ساتو، سفیر ژاپن، امروز وارد تهران شد و حسن روحانی وی را به حضور پذیرفت.")
    assert joined["کنجی ساتو"][1] == ["کنجی ساتو", "وی"]
    assert joined["حسن روحانی"][1] == ["حسن روحانی"]


def test_a_cue_in_the_present_plural_takes_no_speaker_from_before() -> None:
    body = (
        "عبدالرضا رحمانی فضلی وزیر کشور امروز گفت: انتخابات باید سالم برگزار شود.\n\n"
        "در این باره می‌گویند: مردم آماده‌اند.\n\n"
        "در اهمیت انتخابات رئیس‌جمهور محترم نیز می‌فرمایند: «مشارکت حق مردم است».\n\n"
        "وی افزود: صندوق‌ها آماده است."
    )
    assert speakers(body) == ["عبدالرضا رحمانی فضلی", None, None, "عبدالرضا رحمانی فضلی"]


def test_vi_after_a_sourcing_phrase_is_not_the_source() -> None:
    found = people(
        "بنابر اعلام «کاوه رحیمی» سخنگوی «منوچهر سینا» رئیس هیئت، وی فردا به چین سفر "
        "می‌کند.\n\n"
        "حسن نوری روز گذشته وارد نیویورک شد. به گفته مینا کاظمی، وی با رهبران دیدار می‌کند."
    )
    assert found["منوچهر سینا"][1] == ["منوچهر سینا", "وی"]
    assert found["کاوه رحیمی"][1] == ["کاوه رحیمی"]
    assert found["حسن نوری"][1] == ["حسن نوری", "وی"]
    assert found["مینا کاظمی"][1] == ["مینا کاظمی"]


def test_the_emphatic_khod_before_a_surname_is_no_part_of_the_speaker() -> None:
    found = speakers(
        "«رافائل مورائس» وینگر برزیلی باشگاه والنسیا هفته گذشته به مادرید رفت.\n\n"
        "خود مورائس نیز در پاسخ به پرسش خبرنگار گفت: من در والنسیا خوشحالم."
    )
    assert found == ["رافائل مورائس"]
    assert people("«رافائل مورائس» وینگر برزیلی باشگاه والنسیا به مادرید رفت.") == {
        "رافائل مورائس": (["وینگر برزیلی باشگاه والنسیا"], ["رافائل مورائس"])
    }


def test_a_member_of_parliament_goes_on_called_by_the_commission_they_sit_on() -> None:
    found = speakers(
        "غلامرضا نوروزی، نماینده مردم اهواز در مجلس، امروز گفت: برق قطع است.\n\n"
        "وی با اشاره به وعده‌های حسین صادقی‌پور، وزیر نیرو، تصریح کرد: هیچ وعده‌ای عملی "
        "نشده است.\n\n"
        "عضو کمیسیون انرژی مجلس با بیان اینکه خشکسالی توجیه نیست، گفت: بودجه جذب نشده است."
    )
    assert found == ["غلامرضا نوروزی"] * len(found) and len(found) == 4


def test_a_county_s_governor_is_not_the_province_s_named_before() -> None:
    found = speakers(
        "خبرگزاری فارس: استاندار کرمانشاه در سفر یک‌روزه به شهرستان اسلام‌آباد غرب ۴۲ طرح "
        "عمرانی را افتتاح کرد.\n\n"
        "به گزارش خبرگزاری فارس از کرمانشاه، مهندس علی‌اصغر رستمی امروز با حضور دکتر فرهاد "
        "کریمی نماینده مردم اسلام‌آباد غرب در مجلس شورای اسلامی، فرماندار این شهرستان و "
        "جمعی از مدیران کل استان، در آیین بهره‌برداری از شبکه آبیاری حضور یافت.\n\n"
        "رستمی در ادامه این سفر از روند ساخت بیمارستان ۹۶ تختخوابی شهر بازدید کرد و با "
        "اشاره به پیشرفت ۷۰ درصدی این طرح گفت: این بیمارستان سال آینده به بهره‌برداری "
        "می‌رسد.\n\n"
        "به گفته فرماندار اسلام‌آباد غرب، از مجموع طرح‌های افتتاح‌شده در این سفر، ۱۸ طرح در "
        "بخش راه و مسکن است. استاندار کرمانشاه همچنین پیش از ترک شهرستان در جلسه شورای "
        "اداری شرکت کرد."
    )
    assert found == ["علی‌اصغر رستمی", None]


def test_a_quote_closing_with_its_period_ends_the_sentence_a_pronoun_steps_back_over() -> None:
    text = "حسینی‌فر گفت: «روستا نباید در برف بماند.» او همچنین از فرمانداران خواست."
    assert text[sentence_start(text, text.index("او همچنین")) :].lstrip().startswith("او همچنین")
    found = speakers(
        "سیدجواد حسینی‌فر، استاندار کرمانشاه، با حضور عبدالرضا مرادی معاون سیاسی استاندار "
        "و فرهاد کاکایی معاون عمرانی در نشست شورای اداری حاضر شد.\n\n"
        "فرماندار قصرشیرین اعلام کرد که راه ۲۳ روستا مسدود است.\n\n"
        "حسینی‌فر در پایان دستور داد کمیته‌ای به ریاست معاون عمرانی استانداری تشکیل شود و "
        "گفت: «هیچ روستایی نباید در محاصره برف بماند.» او همچنین از فرمانداران خواست "
        "برنامه‌های دهه فجر را برگزار کنند."
    )
    assert found == [None, "سیدجواد حسینی‌فر", "سیدجواد حسینی‌فر"]
