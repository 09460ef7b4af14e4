"""Events in shapes unseen real reports write them, found reading Fars News articles no
gold set holds. The sentences are written for these tests in those constructions."""

from test_news_events import events, when_where


def test_a_letter_and_a_later_interview_are_two_statements() -> None:
    found = events(
        "مریم صادقی، نماینده مردم شیراز، در نامه‌ای به وزیر نیرو خواستار رسیدگی به قطعی برق شد.\n\n"
        "صادقی در گفت‌وگو با خبرنگار فارس اظهار کرد: قطعی برق به صنایع آسیب زده است."
    )
    assert found == [("statement", ["مریم صادقی"], None), ("statement", ["مریم صادقی"], None)]


def test_an_interview_told_again_is_one_statement() -> None:
    found = events(
        "مریم صادقی، نماینده مردم شیراز، در گفت‌وگو با خبرنگار فارس از قطعی برق انتقاد کرد.\n\n"
        "صادقی در گفت‌وگو با خبرنگار فارس افزود: قطعی برق به صنایع آسیب زده است."
    )
    assert [kind for kind, _, _ in found].count("statement") == 1


def test_a_statement_announced_and_then_quoted_from_is_one() -> None:
    found = events(
        "وزارت بهداشت در اطلاعیه‌ای از تعطیلی مدارس استان تهران خبر داد.\n\n"
        "در اطلاعیه وزارت بهداشت آمده است: مدارس تا پایان هفته تعطیل است."
    )
    assert found == [("statement", ["وزارت بهداشت"], None)]


def test_a_session_numbered_in_words_is_the_bodys_meeting() -> None:
    found = events(
        "شورای اسلامی شهر شیراز در بیست و سومین جلسه رسمی خود طرح توسعه حمل و نقل عمومی "
        "را تصویب کرد."
    )
    assert found == [("meeting", ["شورای اسلامی شهر شیراز"], None)]


def test_a_city_and_a_numbered_session_after_it_are_not_one_ordinal() -> None:
    found = events("علی رضایی، استاندار فارس، گفت در شیراز و سومین شهر بزرگ استان طرح اجرا می‌شود.")
    assert found == []


def test_a_gathering_held_with_a_long_list_of_guests_is_a_meeting() -> None:
    found = events(
        "همایش بانوان قرآن‌پژوه عصر امروز با حضور حجت‌الاسلام حسن محمدی مسئول دفتر "
        "نمایندگی ولی فقیه در سپاه ناحیه شهرستان رباط‌کریم، مدیرکل امور بانوان استانداری "
        "تهران و فرمانده حوزه مقاومت بسیج خواهران شهرستان رباط‌کریم در سالن اجتماعات "
        "فرمانداری برگزار شد."
    )
    assert [(kind, people[0]) for kind, people, _ in found] == [("meeting", "حسن محمدی")]


def test_a_trip_to_the_country_told_before_is_a_visit() -> None:
    found = events(
        "روابط ژاپن با چین بهبود یافته است و شینزو آبه، نخست‌وزیر ژاپن، هفته آینده راهی این "
        "کشور می‌شود."
    )
    assert found == [("visit", ["شینزو آبه"], None)]


def test_a_trip_to_the_province_told_before_does_not_hide_the_city_entered() -> None:
    found = events(
        "حسن روحانی، رئیس‌جمهور، در سفر خود به استان کردستان وارد شهرستان سقز شد.\n\n"
        "حسن روحانی در دومین روز از سفر خود به این استان صبح امروز وارد شهرستان سقز شد."
    )
    assert [(kind, place) for kind, _, place in found] == [
        ("visit", "استان کردستان"),
        ("visit", "شهرستان سقز"),
    ]


def test_goods_or_tourists_entering_the_country_told_before_are_no_visit() -> None:
    found = events(
        "محموله‌ای از گندم روسیه هفته گذشته وارد این کشور شد و سه هزار گردشگر نیز "
        "به این کشور سفر کردند."
    )
    assert found == []


def test_those_attending_end_before_the_time_of_the_session() -> None:
    found = events(
        "نشست هم‌اندیشی فعالان فرهنگی با حضور مدیران و کارشناسان استان پیش از ظهر امروز "
        "در تالار فرمانداری برگزار شد."
    )
    assert found == [("meeting", ["مدیران و کارشناسان استان"], "تالار فرمانداری")]


def test_those_attending_end_before_tonight_too() -> None:
    found = events(
        "نشست هم‌اندیشی فعالان فرهنگی با حضور مدیران و کارشناسان استان امشب "
        "در تالار فرمانداری برگزار می‌شود."
    )
    assert found == [("meeting", ["مدیران و کارشناسان استان"], "تالار فرمانداری")]


def test_a_morning_word_inside_a_groups_name_does_not_end_it() -> None:
    found = events("علی رضایی امروز با مدیران شرکت‌های صبح و شام دیدار کرد.")
    assert found == [("meeting", ["علی رضایی", "مدیران شرکت‌های صبح و شام"], None)]


def test_who_is_named_in_the_charge_is_no_party_to_it() -> None:
    found = events(
        "محمد کریمی، سخنگوی وزارت خارجه، دولت هلند را به ممانعت از ارسال دارو به سوریه و "
        "عراق متهم کرد."
    )
    assert found == [("accusation", ["محمد کریمی", "دولت هلند"], None)]


def test_an_object_sent_elsewhere_before_the_charge_is_not_charged() -> None:
    found = events("علی رضایی پرونده را به دادگاه فرستاد و شرکت ملی نفت ایران را متهم کرد.")
    assert found == [("accusation", ["علی رضایی", "شرکت ملی نفت ایران"], None)]


def test_an_agency_making_news_known_is_a_source_not_a_statement() -> None:
    found = events("خبرگزاری رسمی اردن اعلام کرد که در آتش‌سوزی بازار امان سه نفر زخمی شدند.")
    assert found == []


def test_an_institution_making_news_known_states() -> None:
    found = events("سازمان هواشناسی کشور اعلام کرد که بارش‌ها از فردا شدت می‌گیرد.")
    assert found == [("statement", ["سازمان هواشناسی کشور"], None)]


def test_a_health_or_veterinary_network_making_news_known_states() -> None:
    found = events("شبکه دامپزشکی استان فارس اعلام کرد شیوع آنفلوانزای پرندگان مهار شد.")
    assert found == [("statement", ["شبکه دامپزشکی استان فارس"], None)]
    found = events("شبکه تلویزیونی المیادین اعلام کرد که سه نفر در این حمله کشته شدند.")
    assert found == []


def test_whom_a_condemned_attack_was_on_is_no_party() -> None:
    found = events(
        "حسن نادری، امام جمعه زاهدان، حمله تروریست‌ها به فرماندهی انتظامی چابهار را محکوم کرد."
    )
    assert found == [("accusation", ["حسن نادری"], None)]


def test_whose_attack_is_condemned_stays_a_party() -> None:
    found = events("وزارت امور خارجه ایران حمله رژیم صهیونیستی به سوریه را به شدت محکوم کرد.")
    assert found == [("accusation", ["وزارت امور خارجه ایران", "رژیم صهیونیستی"], None)]


def test_a_notice_told_again_under_the_countrys_full_name_is_one() -> None:
    found = events(
        "سفارت ایران در پکن در اطلاعیه‌ای از برقراری پرواز ویژه برای دانشجویان خبر داد.\n\n"
        "به گزارش خبرگزاری فارس، سفارت جمهوری اسلامی ایران در پکن در اطلاعیه‌ای خطاب به "
        "دانشجویان اعلام کرد که ثبت‌نام از فردا آغاز می‌شود."
    )
    assert found == [("statement", ["سفارت ایران"], None)]


def test_another_countrys_embassy_makes_another_statement() -> None:
    found = events(
        "سفارت ایران در پکن در اطلاعیه‌ای از برقراری پرواز ویژه برای دانشجویان خبر داد.\n\n"
        "سفارت عراق در پکن نیز در اطلاعیه‌ای از برقراری پرواز ویژه خبر داد."
    )
    assert [kind for kind, _, _ in found] == ["statement", "statement"]


def test_irans_ministry_in_its_long_form_is_not_another_countrys() -> None:
    found = events(
        "وزارت امور خارجه در اطلاعیه‌ای اعلام کرد که سفر به عراق ممنوع است.\n\n"
        "وزارت خارجه عراق نیز در اطلاعیه‌ای اعلام کرد که مرزها بسته است."
    )
    assert [who for _, who, _ in found] == [["وزارت امور خارجه"], ["وزارت خارجه عراق"]]


def test_irans_ministry_in_its_long_form_is_its_ministry_named_with_iran() -> None:
    for lead, body in (
        ("وزارت امور خارجه", "وزارت خارجه ایران"),
        ("وزارت خارجه", "وزارت امور خارجه ایران"),
    ):
        found = events(
            f"{lead} در بیانیه‌ای حمله تروریستی در زاهدان را محکوم کرد.\n\n"
            f"{body} روز شنبه در بیانیه‌ای با محکوم کردن این حمله اعلام کرد که عاملان آن "
            "مجازات می‌شوند."
        )
        assert [kind for kind, _, _ in found].count("statement") == 1, body


def test_an_embassy_elsewhere_stating_too_makes_another_statement() -> None:
    found = events(
        "سفارت جمهوری اسلامی ایران در باکو در اطلاعیه‌ای اعلام کرد که سفر اتباع ایرانی آزاد "
        "است.\n\nسفارت ایران در ایروان نیز در اطلاعیه‌ای اعلام کرد که مرز نوردوز باز است."
    )
    assert [who for _, who, _ in found] == [["سفارت جمهوری اسلامی ایران"], ["سفارت ایران"]]


def test_a_statement_its_noun_calls_another_is_another() -> None:
    found = events(
        "جمهوری اسلامی ایران در بیانیه‌ای حمله به کشتی‌ها را محکوم کرد.\n\n"
        "ایران همچنین در بیانیه‌ای دیگر از عربستان انتقاد کرد."
    )
    assert [kind for kind, _, _ in found].count("statement") == 2


def test_the_leads_gathering_named_again_in_the_body_is_one_meeting() -> None:
    found = events(
        "همایش تجلیل از برگزیدگان جشنواره قرآنی به همت سازمان تبلیغات اسلامی استان یزد "
        "برگزار شد.\n\nبه گزارش خبرگزاری فارس از یزد، همایش تجلیل از برگزیدگان جشنواره "
        "قرآنی با حضور مدیران و مسئولان استان صبح امروز در تالار فرهنگ برگزار شد."
    )
    # the group it honours takes part in it, by the guidelines
    assert found == [
        ("meeting", ["سازمان تبلیغات اسلامی استان یزد", "برگزیدگان جشنواره قرآنی"], None)
    ]


def test_sessions_of_a_province_and_a_countys_council_are_two() -> None:
    found = events(
        "جلسه شورای اداری استان فارس با حضور عنایت‌الله رحیمی، استاندار فارس، برگزار شد.\n\n"
        "جلسه شورای اداری شهرستان مرودشت با حضور علی رضایی، فرماندار مرودشت، برگزار شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting", "meeting"]


def test_two_sessions_told_by_an_indefinite_noun_are_not_one_name() -> None:
    found = events(
        "علی رضایی در جلسه‌ای که با حضور مدیران آموزش و پرورش برگزار شد، گفت: مدارس آماده‌اند."
        "\n\nحسن نادری نیز در جلسه‌ای که با حضور مدیران بهداشت برگزار شد، گفت: واکسن رسیده است."
    )
    assert [kind for kind, _, _ in found] == ["meeting", "meeting"]


def test_a_press_conference_is_held_where_the_report_is_filed_from() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از زنجان، حسین رضایی، مدیرکل بهزیستی استان، امروز در نشست "
        "خبری با اصحاب رسانه از افزایش مستمری مددجویان خبر داد."
    )
    assert found == [("statement", ["حسین رضایی"], "زنجان")]


def test_a_report_filed_from_a_listed_city_without_its_comma_places_the_event() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از بجنورد حسین رضایی امروز در نشست خبری با اصحاب رسانه از "
        "افزایش مستمری مددجویان خبر داد."
    )
    assert found == [("statement", ["حسین رضایی"], "بجنورد")]
    found = events(
        "به گزارش خبرگزاری فارس از مشاهده حسین رضایی امروز در نشست خبری با اصحاب رسانه از "
        "افزایش مستمری مددجویان خبر داد."
    )
    assert [place for _, _, place in found] == [None]


def test_a_visit_of_how_a_work_goes_on_is_where_the_sentence_says_it_goes_on() -> None:
    found = events(
        "محمد رضایی، استاندار کرمان، امروز در بازدید از روند اجرای این طرح در شهرستان "
        "رفسنجان اظهار کرد: طرح تا پایان سال تمام می‌شود."
    )
    assert [(kind, place) for kind, _, place in found] == [("visit", "شهرستان رفسنجان")]


def test_a_visit_goes_where_it_goes_not_where_the_report_is_filed_from() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از زنجان، حسین رضایی، استاندار زنجان، امروز از کارخانه "
        "سیمان ابهر بازدید کرد."
    )
    assert [(kind, place) for kind, _, place in found] == [("visit", "کارخانه سیمان ابهر")]


def test_an_event_on_a_trip_is_where_the_trip_goes_not_where_the_report_is_filed() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از ارومیه، استاندار آذربایجان غربی در سفر به تهران با وزیر "
        "کشور دیدار کرد."
    )
    assert [(kind, place) for kind, _, place in found] == [
        ("visit", "تهران"),
        ("meeting", "تهران"),
    ]
    found = events(
        "به گزارش خبرگزاری فارس از ارومیه، محمدمهدی شهریاری، استاندار آذربایجان غربی، در سفر "
        "به تهران در گفت‌وگو با خبرنگاران گفت: بودجه استان افزایش می‌یابد."
    )
    assert [(kind, place) for kind, _, place in found] == [
        ("visit", "تهران"),
        ("statement", "تهران"),
    ]


def test_a_press_conference_before_a_trip_is_where_the_report_is_filed() -> None:
    for body in (
        "به گزارش خبرگزاری فارس از ارومیه، استاندار آذربایجان غربی پیش از سفر به تهران در "
        "نشست خبری گفت: مشکلات آب جدی است.",
        "به گزارش خبرگزاری فارس از ارومیه، استاندار آذربایجان غربی که قرار است هفته آینده "
        "به تهران سفر کند، در نشست خبری گفت: مشکلات آب جدی است.",
        "به گزارش خبرگزاری فارس از ارومیه، استاندار آذربایجان غربی در نشست خبری از سفر "
        "هفته آینده خود به تهران خبر داد.",
    ):
        found = events(body)
        assert ("statement", "ارومیه") in [(kind, place) for kind, _, place in found], body
    found = events(
        "به گزارش خبرگزاری فارس از ارومیه، استاندار آذربایجان غربی که صبح امروز وارد "
        "میاندوآب شد، در نشست خبری گفت: مشکلات آب جدی است."
    )
    assert ("statement", "میاندوآب") in [(kind, place) for kind, _, place in found]


def when(body: str) -> list[tuple[str, str | None]]:
    """(type, date) of each event, published on 2020-06-01."""
    return [(kind, date) for kind, _, date in when_where(body, "2020-06-01")]


def test_a_year_an_interviewee_speaks_of_does_not_date_the_interview() -> None:
    found = when(
        "علی رضایی، نماینده مجلس، در گفت‌وگو با خبرنگار اقتصادی فارس، با اشاره به کسری "
        "بودجه سال ۹۹ اظهار کرد: دولت باید اوراق منتشر کند."
    )
    assert found == [("statement", None)]


def test_the_day_a_session_on_a_topic_was_held_dates_it() -> None:
    found = when(
        "نشست سه‌جانبه ایران، روسیه و ترکیه درباره سوریه روز پنجشنبه ۲۵ اردیبهشت در مسکو برگزار شد."
    )
    assert found == [("meeting", "2020-05-14")]


def test_a_day_right_before_the_speech_verb_dates_the_talk_after_a_topic() -> None:
    found = when(
        "علی رضایی، مدیرکل صنعت استان فارس، در گفت‌وگو با خبرنگار فارس درباره وضعیت بازار "
        "امروز اظهار کرد: قیمت‌ها کاهش یافته است."
    )
    assert found == [("statement", "2020-06-01")]
    found = when(
        "علی رضایی، وزیر نیرو، در دیدار با وزیر انرژی عراق درباره قرارداد گازی روز یکشنبه "
        "گفت‌وگو کرد."
    )
    assert found == [("meeting", "2020-05-31")]


def test_the_day_of_a_happening_spoken_about_right_before_the_verb_dates_no_talk() -> None:
    found = when(
        "علی رضایی، استاندار فارس، در گفت‌وگو با خبرنگار فارس با اشاره به حادثه دیروز "
        "اظهار کرد: خسارت زیادی وارد نشد."
    )
    assert found == [("statement", None)]
    found = when("علی رضایی، استاندار فارس، در دیدار با وزیر کشور درباره سیل روز جمعه گفت‌وگو کرد.")
    assert found == [("meeting", None)]


def test_a_day_of_a_session_spoken_about_dates_no_meeting() -> None:
    found = when(
        "علی رضایی، وزیر نیرو، در دیدار با همتای عراقی خود در خصوص نشست روز پنجشنبه اوپک "
        "بیان کرد که ایران از افزایش تولید حمایت می‌کند."
    )
    assert found == [("meeting", None)]


def test_a_group_met_ends_before_the_speech_verb_and_its_colon() -> None:
    found = events("علی رضایی، استاندار فارس، در دیدار با کارگران گفت: تولید باید حمایت شود.")
    assert found == [("meeting", ["علی رضایی", "کارگران"], None)]


def test_a_meeting_whose_remarks_are_spoken_about_is_not_the_speakers() -> None:
    found = events(
        "علی رضایی، استاندار فارس، با اشاره به بیانات رهبر معظم انقلاب در دیدار با کارگران "
        "گفت: تولید باید حمایت شود."
    )
    assert found == [("meeting", ["رهبر معظم انقلاب", "کارگران"], None)]


def test_remarks_closed_by_a_comma_leave_the_meeting_to_the_speaker() -> None:
    found = when_where(
        "علی رضایی، استاندار فارس، با اشاره به سخنان رئیس‌جمهور، امروز در دیدار با کارگران "
        "شیراز گفت: تولید باید حمایت شود.",
        "2020-06-01",
    )
    assert found == [("meeting", None, "2020-06-01")]
    assert events(
        "علی رضایی، استاندار فارس، با اشاره به سخنان رئیس‌جمهور، امروز در دیدار با کارگران "
        "شیراز گفت: تولید باید حمایت شود."
    ) == [("meeting", ["علی رضایی", "کارگران شیراز"], None)]


def test_an_office_met_that_no_name_is_read_for_is_met() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از زاهدان، رضا کرمی در دیدار سرپرست میراث فرهنگی، "
        "صنایع‌دستی و گردشگری سیستان و بلوچستان گفت: برای جذب گردشگر برنامه داریم."
    )
    assert found == [("meeting", ["رضا کرمی"], "زاهدان")]


def test_a_match_against_a_champion_or_a_title_holder_is_no_meeting() -> None:
    assert events("تیم فوتبال استقلال تهران در دیدار قهرمان فصل گذشته به برتری رسید.") == []
    assert events("پرسپولیس در دیدار مدافع عنوان قهرمانی مغلوب شد.") == []


def test_a_match_against_a_team_is_no_meeting() -> None:
    assert events("تیم ملی بسکتبال کشورمان در دیدار مقابل عراق به پیروزی رسید.") == []


def test_a_session_named_alike_elsewhere_is_another_meeting() -> None:
    found = events(
        "جلسه شورای اداری استان فارس صبح امروز در شیراز برگزار شد.\n\n"
        "جلسه شورای اداری استان فارس هفته آینده در کازرون برگزار خواهد شد."
    )
    assert [place for _, _, place in found] == ["شیراز", "کازرون"]


def test_a_sitting_to_come_or_held_also_is_another_meeting_of_the_body() -> None:
    found = when(
        "جلسه شورای تامین استان سیستان و بلوچستان با حضور احمدعلی موهبتی، استاندار، در زاهدان "
        "برگزار شد.\n\nجلسه شورای تامین استان سیستان و بلوچستان هفته آینده با حضور عبدالرضا "
        "رحمانی فضلی، وزیر کشور، برگزار می‌شود."
    )
    assert [date is None for _, date in found] == [True, False]
    found = when(
        "جلسه شورای تامین استان سیستان و بلوچستان با حضور احمدعلی موهبتی، استاندار، برگزار "
        "شد.\n\nجلسه شورای تامین استان سیستان و بلوچستان ماه گذشته نیز با حضور عبدالرضا "
        "رحمانی فضلی، وزیر کشور، برگزار شد."
    )
    assert [date is None for _, date in found] == [True, False]


def test_a_guest_there_too_leaves_a_sitting_named_again_the_one_told() -> None:
    for retold in (
        "جلسه شورای اداری استان فارس با حضور استاندار و نیز نماینده ولی فقیه در استان برگزار شد.",
        "جلسه شورای اداری استان فارس که نماینده ولی فقیه در استان نیز در آن حضور داشت با "
        "حضور استاندار برگزار شد.",
    ):
        found = events(
            "جلسه شورای اداری استان فارس صبح امروز با حضور استاندار برگزار شد.\n\n"
            f"به گزارش فارس، {retold}"
        )
        assert [kind for kind, _, _ in found] == ["meeting"], retold


def test_a_writing_its_clause_says_was_not_given_is_no_statement() -> None:
    for body in (
        "وزارت خارجه آمریکا اطلاعیه‌ای رسمی در این مورد در اختیار رسانه‌ها قرار نداد.",
        "وزارت خارجه آمریکا تاکنون بیانیه‌ای در این باره صادر نکرده است.",
    ):
        assert events(body) == [], body
    found = events("وزارت خارجه آمریکا بیانیه‌ای صادر کرد و در آن به حمله اشاره نکرد.")
    assert [kind for kind, _, _ in found] == ["statement"]


def test_a_statement_also_made_beside_anothers_act_is_the_leads_told_again() -> None:
    found = events(
        "وزارت امور خارجه ایران در بیانیه‌ای حمله تروریستی زاهدان را محکوم کرد.\n\n"
        "به گزارش فارس، دبیرکل سازمان ملل متحد این حمله را محکوم کرد. وزارت امور خارجه "
        "ایران نیز در بیانیه‌ای با محکوم کردن این حمله اعلام کرد که عاملان آن مجازات "
        "خواهند شد."
    )
    assert [kind for kind, _, _ in found].count("statement") == 1


def test_a_countys_sitting_is_not_the_provinces_told_without_its_name() -> None:
    found = events(
        "جلسه شورای اداری با حضور استاندار فارس برگزار شد.\n\n"
        "جلسه شورای اداری شهرستان مرودشت با حضور فرماندار برگزار شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting", "meeting"]


def test_a_date_in_what_an_interview_announces_is_not_the_interviews() -> None:
    found = when_where(
        "داوود منظور در گفت‌وگو با خبرنگار فارس از افزایش ۲۰ درصدی حقوق در سال آینده خبر داد."
    )
    assert found == [("statement", None, None)]
    # A session that is the news keeps the date announced for it.
    found = when_where(
        "وزیر نفت از برگزاری نشست مشترکی با وزارت برق عراق در تهران در هفته آینده خبر داد."
    )
    assert [(kind, when is not None) for kind, _, when in found] == [("meeting", True)]
