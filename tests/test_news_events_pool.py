"""Errors that recurred in khabar's events on real news no gold set holds, each in a
sentence written for these tests: interviews and articles told in the ways scraped reports
tell them, and who takes part in a trip."""

import pytest
from test_news_events import events, when_where


def test_an_interview_spelled_with_a_space_before_vav() -> None:
    found = events(
        "بهرام صفایی، رئیس سازمان بنادر، امروز در گفت وگو با خبرنگار فارس در بوشهر اظهار کرد: "
        "صادرات امسال بیشتر شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["بهرام صفایی"])]


def test_an_interview_with_a_foreign_magazine_named_bare() -> None:
    found = events(
        "جان اسمیت، سخنگوی وزارت دفاع آمریکا، در گفت‌وگو با نیوزویک مدعی شد: «تحریم‌ها ادامه "
        "خواهد داشت.»"
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["جان اسمیت"])]


def test_an_interview_with_the_outlet_the_sourcing_line_named() -> None:
    found = events(
        "به گزارش پایگاه خبری الوطن، احمد الصالح، وزیر اوقاف اردن، در گفتگو با این پایگاه "
        "اعلام کرد کمک‌ها هفته آینده ارسال می‌شود."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["احمد الصالح"])]


def test_an_article_published_in_a_newspaper_is_a_statement() -> None:
    found = events(
        "ولادیمیر ژیرینوفسکی، رهبر حزب لیبرال دموکرات روسیه، با انتشار مقاله‌ای در یک روزنامه "
        "روسی گفت: «اروپا راه خود را گم کرده است.»"
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["ولادیمیر ژیرینوفسکی"])]


def test_a_country_beside_a_traveller_is_not_in_the_trip() -> None:
    found = events(
        "ماریا ایوانوا، شهروند روسیه که در آمریکا زندانی بود، روز شنبه وارد مسکو شد. "
        "علی جنتی هفته آینده عازم کویت می‌شود."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["ماریا ایوانوا"]),
        ("visit", ["علی جنتی"]),
    ]


def test_a_delegation_named_in_a_visits_noun_is_who_visits() -> None:
    found = events(
        "حسن رضایی، شهردار تبریز، در جریان بازدید هیات تجاری ترکیه از پروژه قطار شهری "
        "افزود: این پروژه سال آینده به پایان می‌رسد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("visit", ["هیات تجاری ترکیه"])]


def test_a_session_that_was_to_be_held_is_no_event() -> None:
    found = events(
        "حسن رضایی، رئیس کمیته، در گفت‌وگو با خبرنگار فارس در خصوص جلسه‌ای که قرار بود هفته "
        "گذشته با حضور علی کریمی برگزار شود، اظهار داشت: این جلسه به تعویق افتاد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["حسن رضایی"])]


def test_a_session_that_was_to_be_held_and_then_was_is_an_event() -> None:
    body = (
        "جلسه شورای شهر که قرار بود هفته گذشته برگزار شود، امروز با حضور محسن هاشمی رئیس "
        "شورا برگزار شد."
    )
    assert [(kind, people[0]) for kind, people, _ in events(body)] == [("meeting", "محسن هاشمی")]
    assert when_where(body, "2019-06-14") == [("meeting", None, "2019-06-14")]


def test_a_session_spoken_about_in_a_relative_clause_is_not_the_speakers() -> None:
    found = events(
        "حسن رضایی، رئیس کمیته، در خصوص جلسه‌ای که هفته آینده با حضور علی کریمی، وزیر کشور، "
        "برگزار می‌شود، اظهار داشت: این جلسه مهم است."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["علی کریمی"])]


def test_who_attends_a_session_spoken_about_takes_part_not_the_speaker() -> None:
    body = (
        "وزیر کشور در خصوص جلسه‌ای که روز شنبه با حضور استانداران برگزار شد گفت این جلسه "
        "برای هماهنگی انتخابات بود."
    )
    assert [(kind, people) for kind, people, _ in events(body)] == [("meeting", ["استانداران"])]
    assert when_where(body, "2019-06-14") == [("meeting", None, "2019-06-08")]


def test_a_country_in_a_persons_name_is_the_persons() -> None:
    found = events(
        "«دیوید کامرون» نخست وزیر انگلستان از عصر دیروز با سران دیگر کشورهای عضو این "
        "اتحادیه وارد گفت‌وگو شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["دیوید کامرون"])]


def test_office_holders_counted_are_no_office() -> None:
    found = events(
        "نمایندگان مجلس در جلسه امروز طرح حمایت از کارگران را با ۱۵۰ رأی موافق از مجموع "
        "۲۱۰ نماینده حاضر تصویب کردند."
    )
    assert all("نماینده حاضر" not in people for _, people, _ in found)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        ("در ۱۳ آبان ۱۳۹۸ رئیس جمهور در دیدار با دانش‌آموزان درباره آمریکا سخن گفت.", "رئیس جمهور"),
        ("صبح امروز ساعت ۱۰ وزیر کشور با استانداران دیدار کرد.", "وزیر کشور"),
        ("روز ۱۲ آبان ۹۸ وزیر خارجه با سفیر چین دیدار کرد.", "وزیر خارجه"),
    ],
    ids=["year", "clock", "short year"],
)
def test_an_office_after_a_date_or_a_clock_time_is_no_count(body: str, office: str) -> None:
    found = events(body)
    assert [(kind, people[0]) for kind, people, _ in found] == [("meeting", office)]


def test_a_count_after_a_month_is_no_year() -> None:
    found = events("در آبان ۱۲۰ نماینده طرح استیضاح وزیر را امضا کردند.")
    assert all("نماینده" not in " ".join(people) for _, people, _ in found)


def test_a_question_reports_no_event() -> None:
    assert events("خبرنگار: آیا برای فصل آینده با باشگاه پرسپولیس مذاکره می‌کنید؟") == []


def test_an_interview_an_unnamed_source_gives_is_the_sources() -> None:
    found = events(
        "یک منبع موثق در استانداری زنجان ساعاتی پیش در گفتگو با خبرنگار فارس اظهار داشت: "
        "بیشتر آرا به نام این نامزد است. حسن رضایی، یکی از مسئولان وزارت نفت، در گفت‌وگو با "
        "خبرنگار فارس گفت: صادرات افزایش یافت."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("statement", ["منبع موثق در استانداری زنجان"]),
        ("statement", ["حسن رضایی"]),
    ]


def test_the_unnamed_source_told_before_is_whom_a_pronoun_stands_for() -> None:
    found = events(
        "یک منبع آگاه لبنانی از بازداشت چند تبعه خارجی خبر داد. وی در گفت‌وگو با خبرنگار "
        "فارس افزود: «آنها دیروز بازداشت شدند.»"
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["منبع آگاه لبنانی"])]


def test_an_unnamed_source_announcing_makes_no_statement() -> None:
    assert events("یکی از مقامات آژانس در گفت‌وگو با رویترز گفت: بازرسی ادامه دارد.") == []
    assert events("یک منبع آگاه در وزارت نفت اعلام کرد که صادرات افزایش یافت.") == []


def test_a_criticism_while_speaking_is_of_whom_its_phrase_names() -> None:
    found = events(
        "مایک پنس، معاون رئیس‌جمهور آمریکا، با انتقاد از مواضع ترکیه در قبال این درگیری‌ها، "
        "خواستار گفت‌وگوی مستقیم ارمنستان و آذربایجان شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("accusation", ["مایک پنس", "ترکیه"])]


def test_a_criticism_told_again_with_more_in_its_phrase_is_the_same() -> None:
    found = events(
        "مایک پنس، معاون رئیس‌جمهور آمریکا، با انتقاد از مواضع ترکیه در قبال این درگیری‌ها، "
        "خواستار مذاکره شد. مایک پنس در این مصاحبه از مواضع ترکیه و حمایت این کشور از جمهوری "
        "آذربایجان انتقاد کرد."
    )
    assert [kind for kind, _, _ in found] == ["accusation"]


def test_talking_with_the_broadcasters_news_unit_is_an_interview() -> None:
    found = events("جورج حداد که با واحد مرکزی خبر گفت و گو می‌کرد افزود: این انقلاب الگو بود.")
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["جورج حداد"])]


def test_a_claim_for_damages_accuses_no_one() -> None:
    found = events(
        "به موجب این قانون، شهروندان آمریکایی که علیه دولت ایران ادعای خسارت کنند می‌توانند "
        "به دادگاه‌های آمریکا شکایت کنند."
    )
    assert found == []


def test_a_charge_is_another_accusation_than_a_criticism() -> None:
    found = events(
        "خوان پرز، وزیر دادگستری شیلی، اقدام آلبرتو فوجیموری را شرم‌آور خواند. آلبرتو "
        "فوجیموری به اتهام فساد مالی تحت تعقیب قرار دارد."
    )
    assert [kind for kind, _, _ in found] == ["accusation", "accusation"]
    assert found[1][1] == ["آلبرتو فوجیموری"]


def test_who_a_trips_noun_names_is_who_travels() -> None:
    found = events(
        "درگیری قومی ازبک‌ها و قزاق‌ها، سفر محمد جواد ظریف به بروکسل و مانور نظامی در جنوب "
        "لبنان از عناوین اخبار امروز است."
    )
    assert [(kind, people) for kind, people, _ in found] == [("visit", ["محمد جواد ظریف"])]


def test_a_next_session_is_the_body_named_after_it() -> None:
    found = events(
        "محمد البرادعی، مدیر کل آژانس، نتایج بازرسی‌ها را برای نشست آتی شورای حکام آژانس "
        "در ماه ژوئن آماده می‌کند."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["شورای حکام آژانس"])]


def test_who_takes_part_in_a_next_session_is_in_it_with_the_body() -> None:
    found = events(
        "علی اکبر صالحی رئیس سازمان انرژی اتمی در نشست آتی شورای حکام آژانس در ماه ژوئن "
        "شرکت خواهد کرد."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["علی اکبر صالحی", "شورای حکام آژانس"])
    ]


def test_a_lists_bullet_is_no_part_of_who_travels() -> None:
    found = events("-دوازده تن از نمایندگان مجلس افغانستان برای گفت‌وگو راهی تاجیکستان شدند.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["دوازده تن از نمایندگان مجلس افغانستان"])
    ]


def test_an_office_ends_before_a_perfect_light_verb() -> None:
    found = events(
        "چمران گفت: در دوره‌های گذشته افراد دیگری در انتخاب رئیس شورا نقش داشته‌اند ولی بنده در "
        "زمان ملاقات از مقام معظم رهبری با شهردار تهران گفت‌وگویی داشتم."
    )
    assert all(not name.startswith("رئیس شورا ") for _, people, _ in found for name in people)
    assert "رئیس شورا" in found[0][1]


def test_a_meeting_and_what_was_discussed_with_one_light_verb() -> None:
    found = events(
        "حسن روحانی و حامد کرزی با استفاده از فرصتی که در کابل داشتند با هم دیدار و مسائل "
        "توسعه روابط دو کشور را مورد بحث و بررسی قرار دادند."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["حسن روحانی", "حامد کرزی"])
    ]


def test_who_a_visits_noun_names_is_who_visits() -> None:
    found = events(
        "حسن رضایی، مدیرعامل شرکت آب، در جریان بازدید علی کریمی از سد کرج گفت: این سد پر است."
    )
    assert [kind for kind, _, _ in found] == ["visit"]
    assert found[0][1] == ["علی کریمی"]


def test_a_message_issued_is_a_statement_and_on_the_eve_is_no_place() -> None:
    found = events("وزیر آموزش و پرورش در آستانه بازگشایی مدارس پیامی صادر کرد.")
    assert found == [("statement", ["وزیر آموزش و پرورش"], None)]


def test_a_letter_written_to_someone_is_a_statement() -> None:
    found = events("حسن رضایی، نماینده مردم تبریز، دیروز نامه‌ای درباره قطعی برق به وزیر نیرو نوشت.")
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["حسن رضایی"])]


def test_a_letter_a_speaker_says_he_sent_is_his() -> None:
    found = events(
        "علی کریمی، بازرگان ایرانی، می‌گوید در سال ۱۳۸۰ نامه‌ای به شرکتی در ایتالیا فرستاد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["علی کریمی"])]


def test_what_a_speaker_did_before_asking_is_an_event() -> None:
    found = events("حسن رضایی، وزیر نیرو، در نشست خبری پرسید: چرا این سد پر نمی‌شود؟")
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["حسن رضایی"])]


def test_a_call_in_which_someone_asked_a_question_is_an_event() -> None:
    found = events(
        "حسن روحانی رئیس جمهور در تماس تلفنی با امانوئل مکرون رئیس جمهور فرانسه پرسید آیا "
        "اروپا به تعهدات برجامی عمل خواهد کرد؟"
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("call", ["حسن روحانی", "امانوئل مکرون"])
    ]


def test_a_question_word_later_in_the_question_opens_no_question() -> None:
    assert events("فارس: در سفر به مسکو چه گذشت و چرا توافق نشد؟") == []
    assert events("آیا ظریف با لاوروف دیدار کرد و چرا توافق نشد؟") == []


def test_a_statement_a_question_clause_follows_is_an_event() -> None:
    assert events("ظریف با لاوروف دیدار کرد اما چرا توافق نشد؟") == [
        ("meeting", ["ظریف", "لاوروف"], None)
    ]
    assert events("حسن روحانی به نیویورک سفر می‌کند؛ آیا با ترامپ دیدار خواهد کرد؟") == [
        ("visit", ["حسن روحانی"], "نیویورک")
    ]


def test_a_speaker_who_cites_an_unnamed_source_makes_the_statement() -> None:
    found = events(
        "حسن رضایی با اشاره به ادعای یکی از مقامات آمریکایی در گفت‌وگو با خبرنگار فارس گفت: "
        "این ادعا بی‌اساس است."
    )
    assert [(kind, people) for kind, people, _ in found][:1] == [("statement", ["حسن رضایی"])]


def test_a_statement_a_speaker_cites_is_its_issuers() -> None:
    found = events(
        "حسن رضایی، سفیر ایران، گفت در بیانیه شورای امنیت آمده است که تحریم‌ها ادامه دارد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["شورای امنیت"])]


def test_a_letter_answered_is_not_the_answerers() -> None:
    found = events(
        "حسن رضایی، وزیر نیرو، در پاسخ به نامه‌ای که نمایندگان تبریز نوشته بودند گفت: برق "
        "قطع نمی‌شود."
    )
    assert found == []


def test_a_subject_named_before_a_clause_closed_by_a_semicolon_is_not_the_next_ones() -> None:
    found = events(
        "علی ربیعی وزیر کار بر ضرورت همکاری تاکید کرد؛ در همین حال نمایندگان مجلس از این طرح "
        "انتقاد کردند."
    )
    assert all("علی ربیعی" not in people for _, people, _ in found)


def test_a_body_named_before_a_compound_verb_ends_before_its_noun() -> None:
    found = events("هیئتی از ایران در نشست آتی شورای حکام آژانس شرکت خواهد کرد.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["ایران", "شورای حکام آژانس"])
    ]


def test_a_session_with_ministers_is_no_session_of_theirs() -> None:
    found = events(
        "سعید رهنورد معاون وزیر خارجه در حاشیه نشست با وزیران خارجه ترکیه و قزاقستان "
        "گفت‌وگوهای دوجانبه داشت."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["سعید رهنورد"])]


def test_what_an_unnamed_source_says_is_no_statement() -> None:
    assert events("یک منبع در مجلس عراق گفت: جلسه به هفته آینده موکول شد.") == []


def test_an_interview_with_a_newspapers_issue_is_a_statement() -> None:
    found = events(
        "حسن رضایی در گفتگو با شماره امروز روزنامه گاردین هشدار داد که بحران ادامه دارد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["حسن رضایی"])]


def test_a_complaint_about_someone_is_an_accusation() -> None:
    found = events(
        "مهدی نوروزی ضمن گلایه از شهرداری تهران که پروژه را رها کرده، خواستار پیگیری شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("accusation", ["مهدی نوروزی", "شهرداری تهران"])
    ]


def test_calling_a_state_a_terrorist_regime_is_an_accusation() -> None:
    found = events("مهدی نوروزی، وزیر خارجه، اسراییل را رژیمی تروریست خواند.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("accusation", ["مهدی نوروزی", "اسراییل"])
    ]


def test_a_wish_to_meet_someone_is_a_meeting() -> None:
    found = events(
        "نمایندگان کارگران کارخانه قند خواستار دیدار با حسن رضایی، استاندار کرمان، شدند."
    )
    assert [(kind, "حسن رضایی" in people) for kind, people, _ in found] == [("meeting", True)]


def test_an_interview_the_outlet_tells_it_had_is_the_interviewees_statement() -> None:
    found = events(
        "در ادامه در گفت‌وگویی کوتاه با حسن رضایی استاد دانشگاه تهران به این موضوع پرداخته‌ایم."
    )
    assert [(kind, people) for kind, people, _ in found] == [("statement", ["حسن رضایی"])]
