"""Events a speaker reports inside a direct quote, in sentences written for these tests:
what others did, told in the third person past, is news; what will or may happen is talk."""

from test_news_events import events

import khabar


def test_an_agreement_concluded_told_in_a_quote_is_an_event() -> None:
    found = events(
        "حسن رضایی، استاندار کردستان، خاطرنشان کرد: برای نوسازی مدارس استان تفاهم‌نامه‌ای "
        "با سازمان نوسازی مدارس کشور منعقد شده است."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("agreement", ["سازمان نوسازی مدارس کشور"])
    ]


def test_a_session_held_told_in_a_quote_is_an_event() -> None:
    found = events(
        "حسن رضایی، معاون وزیر کشور، تصریح کرد: شب گذشته در جلسه‌ای که با حضور علی کریمی، "
        "وزیر کشور، تشکیل شد این موضوع بررسی شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "علی کریمی" in found[0][1]


def test_a_session_still_to_be_held_told_in_a_quote_is_talk() -> None:
    found = events(
        "حسن رضایی، رئیس کمیسیون، گفت: «نخستین نشست مشترک دو کمیسیون اوایل تیر با حضور "
        "علی کریمی برگزار می‌شود و موضوع آن بودجه خواهد بود."
    )
    assert found == []


def test_the_next_session_a_quote_guesses_at_is_talk() -> None:
    found = events(
        "این اقتصاددان افزود: «بانک مرکزی ممکن است در نشست بعدی خود نرخ بهره را ثابت نگه دارد."
    )
    assert found == []


def test_the_aforesaid_office_is_its_holder_named_before() -> None:
    found = events(
        "به گزارش فارس، حسن رضایی، بازپرس پرونده، تحقیقات را آغاز کرد. رئیس دادسرا گفت: "
        "بازپرس مذکور عصر امروز از زندان اوین بازدید نموده است."
    )
    assert [(kind, who) for kind, who, _ in found] == [("visit", ["حسن رضایی"])]


def test_a_statement_condemning_in_its_own_words_is_its_issuers_accusation() -> None:
    found = events(
        "انجمن اسلامی دانشجویان دانشگاه شیراز طی بیانیه‌ای اعلام کرد: ما دانشجویان "
        "دانشگاه شیراز حمله رژیم صهیونیستی به بیمارستان‌های غزه را به شدت محکوم می‌کنیم."
    )
    accusations = [people for kind, people, _ in found if kind == "accusation"]
    assert accusations == [["انجمن اسلامی دانشجویان دانشگاه شیراز", "رژیم صهیونیستی"]]


def test_condemning_told_as_a_habit_in_a_quote_is_no_accusation() -> None:
    found = events("مهدی نوروزی گفت: ما همواره هر نوع تروریسم را محکوم کرده‌ایم.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_condemning_as_what_should_be_done_in_a_quote_is_no_accusation() -> None:
    found = events("مهدی نوروزی، نماینده مردم تبریز، گفت: ما باید این جنایت را محکوم کنیم.")
    assert [kind for kind, _, _ in found if kind == "accusation"] == []


def test_a_statement_spoken_of_does_not_speak_the_quote() -> None:
    found = events(
        "مهدی نوروزی با اشاره به بیانیه وزارت امور خارجه گفت: ما حمله عربستان به یمن را "
        "محکوم می‌کنیم."
    )
    accusations = [people for kind, people, _ in found if kind == "accusation"]
    # the country accused is named after the colon, outside the topic phrase
    assert accusations == [["مهدی نوروزی", "عربستان"]]


def test_a_joint_press_conferences_co_host_is_not_in_the_speakers_own_meeting() -> None:
    found = events(
        "مهدی نوروزی، وزیر امور خارجه، در نشست خبری مشترک با بدر البوسعیدی، وزیر خارجه "
        "عمان، گفت: امروز با سلطان عمان دیدار کردم."
    )
    meetings = [people for kind, people, _ in found if kind == "meeting"]
    assert len(meetings) == 1
    assert "بدر البوسعیدی" not in meetings[0]


def test_a_joint_press_conferences_co_host_does_not_condemn_with_the_speaker() -> None:
    found = events(
        "مهدی نوروزی، وزیر امور خارجه، در نشست خبری مشترک با بدر البوسعیدی، وزیر خارجه "
        "عمان، گفت: ما حمله به کشتی‌های تجاری را محکوم می‌کنیم."
    )
    accusations = [people for kind, people, _ in found if kind == "accusation"]
    assert accusations == [["مهدی نوروزی"]]


def test_a_body_issuing_a_statement_about_something_condemns_in_its_own_words() -> None:
    found = events(
        "سپاه پاسداران درباره این حادثه طی بیانیه‌ای اعلام کرد: ما این اقدام تروریستی را "
        "به شدت محکوم می‌کنیم."
    )
    accusations = [people for kind, people, _ in found if kind == "accusation"]
    assert accusations == [["سپاه پاسداران"]]


def test_meetings_a_speaker_reports_in_the_first_person_are_the_speakers() -> None:
    found = events(
        "حسن رضایی، نماینده تبریز، گفت که هر چند جلساتی برای رفع مشکلات بازاریان "
        "داشته‌ایم اما مرمت بازار ضروری است."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["حسن رضایی"])]


def test_a_trip_announced_in_a_quote_is_an_event() -> None:
    found = events(
        "وزیر امور خارجه گفت: «سعید مرادی، وزیر اقتصاد ونزوئلا، دعوت ما را پذیرفته است و "
        "سفر او به اصفهان هفته آینده انجام خواهد شد.»"
    )
    assert ("visit", ["سعید مرادی"], "اصفهان") in found


def test_a_trip_the_speaker_awaits_in_a_quote_is_an_event() -> None:
    found = events(
        "نماینده مردم شیراز گفت: اکنون که در آستانه سفر رئیس‌جمهور به استان فارس هستیم، "
        "مطالبات مردم را پیگیری می‌کنیم."
    )
    assert [(kind, who) for kind, who, _ in found if kind == "visit"] == [("visit", ["رئیس‌جمهور"])]


def test_a_trip_a_quote_makes_conditional_is_talk() -> None:
    found = events(
        "نماینده مردم شیراز گفت: اگر شرایط فراهم شود، سفر رئیس‌جمهور به استان فارس در بهار "
        "انجام خواهد شد."
    )
    assert [kind for kind, _, _ in found if kind == "visit"] == []


def test_sessions_held_with_their_guests_told_in_a_quote_are_a_meeting() -> None:
    found = events(
        "فرمانده انتظامی شهرستان گفت: پلیس با برگزاری جلسات آموزشی با مدیران مدارس، "
        "والدین را از خطرات آگاه کرده است."
    )
    meetings = [who for kind, who, _ in found if kind == "meeting"]
    assert len(meetings) == 1 and "مدیران مدارس" in meetings[0]


def test_a_holding_a_quote_holds_possible_is_talk() -> None:
    found = events(
        "فرمانده انتظامی شهرستان گفت: امکان برگزاری جلسات آموزشی با مدیران مدارس در "
        "ماه آینده وجود دارد."
    )
    assert [kind for kind, _, _ in found if kind == "meeting"] == []


def test_a_trip_known_by_what_it_left_or_counted_is_one_made() -> None:
    assert events(
        "حسن رضایی، مدیرکل آتش‌نشانی، افزود: از محل اعتبارات سفر رئیس‌جمهور ۴ میلیارد "
        "تومان برای خرید نردبان اختصاص یافت."
    ) == [("visit", ["رئیس\u200cجمهور"], None)]
    # what is due is done with its resolutions, the trip was made
    assert events(
        "سلیمان فهیمی، فرماندار، افزود: باید مصوبات سفر رئیس جمهور به نفع زارعین منطقه حل شود."
    ) == [("visit", ["رئیس جمهور"], None)]
    assert events(
        "علی پاسندی، مدیرکل شیلات، افزود: در جریان سفر دوم رئیس جمهوری به گلستان ۱۰۹ نامه "
        "مردمی دریافت شد."
    ) == [("visit", ["رئیس جمهوری"], "گلستان")]
    # a trip only hoped for stays talk
    assert (
        events(
            "علی پاسندی، مدیرکل شیلات، افزود: امیدواریم سفر دوم رئیس جمهوری به گلستان زودتر "
            "انجام شود."
        )
        == []
    )


def test_a_session_announced_in_a_quote_is_dated_by_the_day_in_its_clause() -> None:
    article = khabar.analyze(
        "خبر\n\nمحمدرضا حسینی‌پور، فرماندار شوش، افزود: جلسه‌ای با حضور مدیرعامل شرکت و "
        "نمایندگان کارگران فردا در فرمانداری برگزار خواهد شد.",
        date="2021-03-01",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]] == [("meeting", "2021-03-02")]


def test_a_meeting_told_after_the_colon_of_remarks_about_a_trip_has_its_parties() -> None:
    found = events(
        "حسن رضایی، سخنگوی وزارت امور خارجه، درباره سفر رافائل گروسی به تهران گفت: گروسی با "
        "علی کریمی، رئیس سازمان انرژی اتمی، دیدار و گفتگو کرد."
    )
    assert [(kind, who) for kind, who, _ in found if kind == "meeting"] == [
        ("meeting", ["رافائل گروسی", "علی کریمی"])
    ]


def test_whom_a_speaker_says_they_met_ends_before_the_noun_of_their_verb() -> None:
    found = events(
        "حمید کاظمی‌نیا، سرمربی استقلال خوزستان، گفت: هفته پیش با مدیرعامل باشگاه جلسه "
        "داشتیم و قرار شد دو بازیکن جذب کنیم."
    )
    assert [(kind, who) for kind, who, _ in found] == [
        ("meeting", ["حمید کاظمی‌نیا", "مدیرعامل باشگاه"])
    ]
