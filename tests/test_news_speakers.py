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


def test_a_speaking_pronoun_passes_over_subheadings_and_governed_names() -> None:
    body = (
        "علی محمدی، رئیس هیئت فوتبال استان، گفت: «تیم آماده فصل جدید است.»\n\n"
        "بازیکنانی چون کریمی و رضایی به تیم می‌آیند\n\n"
        "وی افزود: «اردوی تیم از هفته آینده آغاز می‌شود.»\n\n"
        "این مقام ورزشی آسیب‌های ناشی از حضور نکونام در لیگ قطر را جدی خواند.\n\n"
        "وی تاکید کرد: «باید به بازیکنان جوان فرصت داد.»"
    )
    assert speakers(body) == ["علی محمدی", "علی محمدی", "علی محمدی"]


def test_a_speaking_pronoun_after_according_to_takes_up_who_it_cites() -> None:
    body = (
        "حسن رحیمی، نماینده ولی فقیه در استان، گفت: «عاشورا درس ایستادگی است.»\n\n"
        "به گفته نماینده ولی فقیه در استان، قیام امام حسین برای اصلاح جامعه بود.\n\n"
        "وی تصریح کرد: «جوانان باید این پیام را بشنوند.»"
    )
    assert speakers(body) == ["حسن رحیمی", "حسن رحیمی", "حسن رحیمی"]


def test_a_speaking_pronoun_glued_to_the_period_before_it() -> None:
    body = (
        "کارشناسان می‌گویند که سعید کاظمی در انتخابات شانس زیادی دارد.\n\n"
        "مهدی نوری، استاد دانشگاه، کاظمی را نامزد اصلی این دوره دانست و کاظمی را "
        "بارها ستود.وی با بیان این که رقابت نزدیک است، مشارکت بالا را پیش‌بینی کرد."
    )
    assert speakers(body)[-1] == "مهدی نوری"


def test_a_lone_word_that_is_no_name_speaks_as_no_one_but_a_country_does() -> None:
    body = (
        "پسرک با خوشحالی گفت: «پدرم امروز برمی‌گردد.»\n\n"
        "سوریه در واکنش به این حمله اعلام کرد که مرزهای خود را بسته است."
    )
    assert speakers(body) == [None, "سوریه"]


def test_a_speaker_named_in_full_with_a_given_name_that_is_an_ordinary_word() -> None:
    body = (
        "رییس هیات مدیره صندوق بیمه کشاورزی از پوشش تازه خبر داد.\n\n"
        "به گزارش خبرگزاری فارس، طاهر موحدی در آستانه سال زراعی درباره بیمه گندم افزود: "
        "«کشاورزان زیان نمی‌بینند.»\n\n"
        "موحدی گفت: «بیمه باغ‌ها هم آغاز شد.»\n\n"
        "نیروی انتظامی در اطلاعیه‌ای اعلام کرد که جاده باز است."
    )
    assert speakers(body) == ["طاهر موحدی", "طاهر موحدی", None]


def test_a_message_going_on_speaks_as_no_one_named_in_it() -> None:
    body = (
        "وزیر ورزش به مناسبت آغاز لیگ پیامی صادر کرد.\n\n"
        "در این پیام آمده است: به تعبیر علامه محمدتقی جعفری «ورزش پرورش روح است».\n\n"
        "این پیام می‌افزاید: امیدوارم تماشاگران با اخلاق به ورزشگاه بیایند."
    )
    assert speakers(body)[-1] is None


def test_an_outlet_cited_by_what_it_wrote_goes_on_by_name_alone() -> None:
    body = (
        "به نوشته «نیویورک تایمز»، دولت فرانسه طرح بازنشستگی را پس گرفت.\n\n"
        "نیویورک تایمز می‌نویسد: «اعتراضات خیابانی دولت را به عقب راند.»"
    )
    assert speakers(body) == ["نیویورک تایمز", "نیویورک تایمز"]


def test_a_group_left_unnamed_by_what_it_wrote_speaks_as_no_one() -> None:
    body = "به نوشته برخی رسانه‌ها، دولت قصد دارد قیمت بنزین را افزایش دهد."
    assert speakers(body) == [None]


def test_a_scripture_or_kin_speaks_as_no_one_and_is_no_person() -> None:
    body = (
        "حجت‌الاسلام محمد قمی امروز در جمع مردم گفت مردم باید صبور باشند.\n\n"
        "چنانکه قرآن کریم می‌فرماید: «ان الله مع الصابرین».\n\n"
        "پدرش معتقد بود که او باید درس بخواند."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == ["محمد قمی", None, None]
    assert [p["name"] for p in data["people"]] == ["محمد قمی"]


def test_this_country_speaks_as_the_country_named_before_it() -> None:
    body = (
        "علی رضایی گفت: «کار سختی بود.» این کشور مدعی است که تحریم‌ها اثر ندارد.\n\n"
        "عربستان سعودی در بیانیه‌ای حمله را رد کرد. "
        "این کشور مدعی است که هیچ نقشی در حمله نداشته است."
    )
    assert speakers(body) == ["علی رضایی", None, "عربستان سعودی"]


def test_according_to_the_reflexive_is_whom_the_story_named_last() -> None:
    body = (
        "حسن کریمی گفت: «کار سخت است.»\n\n"
        "علی رضایی راننده اتوبوس است. به گفته خودش از کودکی به رانندگی علاقه داشت."
    )
    assert speakers(body) == ["حسن کریمی", "علی رضایی"]


def test_this_country_is_the_subjects_country_not_the_object_or_the_words() -> None:
    body = (
        "وزارت خارجه آمریکا روز سه‌شنبه ایران را به حمایت از تروریسم متهم کرد. "
        "این کشور مدعی است که تهران در یمن دخالت می‌کند.\n\n"
        "عادل الجبیر وزیر خارجه عربستان پس از دیدار با همتای اماراتی در ریاض گفت ایران "
        "تهدید است. این کشور همچنین اعلام کرد از ائتلاف حمایت می‌کند."
    )
    assert speakers(body) == ["آمریکا", "عادل الجبیر", "عربستان"]


def test_a_plural_reflexive_is_no_one_person() -> None:
    body = (
        "نمایندگان مجلس در دیدار با علی لاریجانی از طرح جدید حمایت کردند. "
        "به گفته خودشان، این طرح به نفع مردم است."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == [None]
    assert [p["name"] for p in data["people"]] == ["علی لاریجانی"]


def test_a_surname_after_kin_or_a_team_is_not_named_in_full() -> None:
    body = (
        "موهبتی در این نشست گفت بیمه‌ها باید گسترش یابند.\n\n"
        "خانواده موهبتی اعلام کرد از این تصمیم حمایت می‌کند."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == ["موهبتی", None]
    assert [p["name"] for p in data["people"]] == ["موهبتی"]


def test_a_surname_that_is_an_ordinary_word_speaks_and_is_a_person() -> None:
    body = (
        "روحانی در سفر به زنجان گفت دولت از کشاورزان حمایت می‌کند.\n\n"
        "جهانگیری در نشست با فعالان اقتصادی گفت تحریم‌ها اثر ندارد. نوبخت نیز گفت بودجه "
        "متوازن است. ربیعی افزود دولت پاسخگو است."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == ["روحانی", "جهانگیری", "نوبخت", "ربیعی"]
    assert {p["name"] for p in data["people"]} == {"روحانی", "جهانگیری", "نوبخت", "ربیعی"}


def test_a_team_named_by_its_leader_is_no_person() -> None:
    body = (
        "ترامپ روز سه‌شنبه گفت آمریکا از توافق خارج می‌شود.\n\n"
        "تیم ترامپ نیز اعلام کرد که انتخابات را خواهد برد."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == ["ترامپ", None]
    assert [p["name"] for p in data["people"]] == ["ترامپ"]


def test_a_lone_noun_of_a_role_speaks_as_no_one() -> None:
    body = (
        "متهم در جلسه دادگاه گفت از کار خود پشیمان است.\n\nقاضی نیز گفت حکم هفته آینده صادر می‌شود."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert [q["speaker"] for q in data["quotes"]] == [None, None]
    assert data["people"] == []


def test_an_indefinite_noun_of_a_person_speaks_as_no_one() -> None:
    body = (
        "در حادثه دیروز چند نفر زخمی شدند. مردی گفت: اوضاع آرام نبود.\n\n"
        "دانشجویی گفت: صدای انفجار را شنیدیم. هواداری گفت: همه ترسیده بودند. "
        "هرکس گفت: کسی کمک نکرد.\n\n"
        "مردی به نام «حسن کریمی» گفت: آمبولانس دیر رسید."
    )
    data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
    assert "مردی" not in [q["speaker"] for q in data["quotes"]]
    assert [q["speaker"] for q in data["quotes"]][:4] == [None, None, None, None]
    assert [p["name"] for p in data["people"]] == ["حسن کریمی"]


def test_this_country_is_not_one_in_a_phrase_opening_the_sentence() -> None:
    body = (
        "در پی حمله آمریکا به سوریه، روسیه خواستار نشست فوری شورای امنیت شد. "
        "این کشور اعلام کرد که حمله غیرقانونی بود."
    )
    assert speakers(body) == ["روسیه"]


def test_an_interviews_answers_news_from_no_one_and_words_used_to_be_said() -> None:
    interview = (
        "در گفت‌وگویی کوتاه با مهدی کاظمی استاد دانشگاه تبریز به این موضوع پرداخته‌ایم.\n\n"
        "* آینده کشاورزی در این استان چگونه است؟\n\n"
        "کم‌آبی بزرگ‌ترین تهدید است.\n\n"
        "* دولت چه باید بکند؟\n\n"
        "وام‌های کم‌بهره راه‌گشاست."
    )
    assert speakers(interview) == ["مهدی کاظمی", "مهدی کاظمی"]
    assert speakers("بر اساس برخی خبرها، وزیر هفته آینده به مسکو می‌رود.") == [None]
    told = "حسن رضایی به اردوگاه رفت.\n\nنگهبانان مرتب به او می‌گفتند: اینجا جای ماندن نیست."
    assert speakers(told) == [None]


def test_answers_labelled_answer_are_said_by_whom_the_story_talks_with() -> None:
    body = (
        "ایسنا با مرتضی رضایی، رئیس سازمان حج، گفت‌وگو کرده است.\n\n"
        "پرسش: امسال چند زائر به حج می‌روند؟\n\n"
        "پاسخ: سهمیه ایران ۸۷ هزار نفر است.\n\n"
        "بیشتر آنها از تهران هستند.\n\n"
        "پرسش: هزینه چقدر است؟\n\n"
        "پاسخ: هزینه هر زائر ۲۸۰ میلیون تومان است."
    )
    assert speakers(body) == ["مرتضی رضایی"] * 3


def test_a_dateline_of_a_place_and_an_agency_is_no_part_of_the_speaker() -> None:
    for dateline in (
        "تهران- ایرنا- ",
        "تهران - ایرنا - ",
        "تهران (ایرنا) - ",
        "خبرگزاری فارس - اهواز: ",
        "خبرگزاری مهر - گروه استان‌ها: ",
    ):
        body = f"{dateline}علی رضایی، وزیر امور خارجه، امروز گفت: «همکاری ادامه دارد.»"
        assert speakers(body) == ["علی رضایی"]


def test_a_title_after_two_named_side_by_side_is_neither_s() -> None:
    """«سخنگوی …» after «علی مفتح و حسن نوری حضور داشتند» may be either or a third person;
    after one named alone it is theirs, as news writes a title for someone named before."""
    said = "\n\nسخنگوی وزارت نفت گفت: «این پالایشگاه به زودی افتتاح می‌شود.»"
    assert speakers("علی مفتح و حسن نوری از پالایشگاه آبادان بازدید کردند." + said) == [None]
    assert speakers("حسن نوری از پالایشگاه آبادان بازدید کرد." + said) == ["حسن نوری"]


def test_a_title_is_not_given_to_a_name_that_only_owns_something_after_it() -> None:
    body = (
        "وزیر امور خارجه آمریکا، مایک پمپئو، روز پنجشنبه گفت: «فشارها را افزایش می‌دهیم.»\n\n"
        "در واکنش به این اظهارات، سخنگوی وزارت خارجه ایران گفت: «این ادعاها بی‌اساس است.»"
        "\n\nروزنامه نیویورک تایمز نیز در گزارشی نوشت که دولت ترامپ در حال بررسی "
        "تحریم‌های جدید علیه ایران است."
    )
    assert speakers(body)[:2] == ["مایک پمپئو", None]


def test_a_dateline_of_a_place_alone_is_no_part_of_the_speaker() -> None:
    """Agencies open a lead with the city it is filed from: «رشت- استاندار گیلان گفت»."""
    for dateline in ("رشت- ", "رشت - ", "رشت– "):
        body = (
            f"{dateline}استاندار گیلان گفت: «ماسک به اندازه کافی وجود دارد.»\n\n"
            "ارسلان زارع روز شنبه افزود: «توزیع ادامه دارد.»"
        )
        data = khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()
        assert [p["name"] for p in data["people"]] == ["ارسلان زارع"]
        assert [q["speaker"] for q in data["quotes"]] == ["ارسلان زارع"] * 2


def test_a_phrase_before_ra_is_the_object_not_the_speaker() -> None:
    """Sourcing without its comma runs into the speaker's name; the phrase after the
    comma that closes the adverbial is the object of «… را … دانست», not who spoke."""
    for obj in ("روابط عمومی", "گردشگری"):
        body = (
            "به گزارش خبرگزاری فارس به نقل از روابط عمومی استانداری هرمزگان جاسم جادری در "
            f"آیین گرامیداشت هفته روابط عمومی، {obj} را زبان گویای هر سازمان دانست و بیان "
            "داشت: «روابط عمومی در هر مجموعه نقش‌آفرین است.»"
        )
        assert speakers(body) == ["جاسم جادری"]


def test_a_speaker_after_a_phrase_and_its_relative_clause_is_named_not_their_kin() -> None:
    body = (
        "پیکر استاد محمدرضا شجریان امروز تشییع شد.\n\n"
        "به گزارش خبرگزاری فارس، در این مراسم که با حضور جمعی از هنرمندان برگزار شد، "
        "همایون شجریان فرزند این هنرمند گفت: پدرم عاشق مردم ایران بود."
    )
    assert speakers(body) == ["همایون شجریان"]
