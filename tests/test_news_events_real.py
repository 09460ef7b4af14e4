"""Events in the shapes real agency reports write them (Fars News): trips announced by
someone else, trips named by their noun, sites visited, agreements between bodies. The
sentences are written for these tests in those constructions."""

from test_news_events import events

import khabar
from khabar.news.events.references import same_party


def test_a_delegation_named_in_the_trip_announced_is_the_visitor() -> None:
    found = events(
        "رضا کریمی، رئیس اتاق بازرگانی تبریز، از سفر هیئتی از بازرگانان ترکیه به تبریز "
        "در هفته آینده خبر داد."
    )
    assert found == [("visit", ["هیئتی از بازرگانان ترکیه"], "تبریز")]


def test_a_trip_that_goes_nowhere_does_not_hide_the_one_that_does() -> None:
    found = events(
        "حسن رضایی، وزیر امور خارجه، برای سفر به چند کشور اروپایی تهران را به مقصد بروکسل ترک کرد."
    )
    assert found == [("visit", ["حسن رضایی"], "بروکسل")]


def test_a_site_visited_too_ends_before_its_adverb() -> None:
    found = events("حسن رضایی، وزیر صنعت، فردا از کارخانه خودروسازی تبریز نیز بازدید می‌کند.")
    assert found == [("visit", ["حسن رضایی"], "کارخانه خودروسازی تبریز")]


def test_an_institution_opening_a_clause_after_its_conjunction_states() -> None:
    found = events(
        "این پژوهش برای هند اهمیت دارد، چرا که بانک جهانی هشدار داده است که "
        "این بیماری گسترش می‌یابد."
    )
    assert found == [("statement", ["بانک جهانی"], None)]


def test_an_interview_is_given_in_the_town_before_the_speech_verb() -> None:
    found = events("هادی شوشتری در گفت‌وگو با خبرنگار فارس در قوچان اظهار داشت: مرزها امن است.")
    assert found == [("statement", ["هادی شوشتری"], "قوچان")]


def test_an_interview_about_something_has_no_town() -> None:
    found = events("هادی شوشتری در گفت‌وگو با خبرنگار فارس در این‌باره اظهار داشت: مرزها امن است.")
    assert found == [("statement", ["هادی شوشتری"], None)]


def test_the_same_document_signed_in_the_next_sentence_is_told_again() -> None:
    found = events(
        "ایران و عراق تفاهم‌نامه همکاری بندری امضا کردند.\n\n"
        "حسن رضایی، وزیر راه ایران، و علی الجبوری، وزیر حمل و نقل عراق، تفاهم‌نامه "
        "همکاری بندری را امضا کردند."
    )
    assert found == [("agreement", ["ایران", "عراق", "حسن رضایی", "علی الجبوری"], None)]


def test_another_document_signed_in_the_next_sentence_is_another_agreement() -> None:
    found = events(
        "ایران و عراق تفاهم‌نامه همکاری بندری امضا کردند.\n\n"
        "حسن رضایی، وزیر راه ایران، و علی الجبوری، وزیر حمل و نقل عراق، تفاهم‌نامه "
        "احداث راه‌آهن را امضا کردند."
    )
    assert len(found) == 2


def test_a_trip_a_clause_is_set_in_is_a_visit() -> None:
    found = events(
        "حسن رضوی صبح امروز در حاشیه سفر به مازندران در گفت‌وگو با خبرنگار فارس "
        "در آمل گفت: حوزه‌ها توسعه می‌یابند."
    )
    assert found == [
        ("visit", ["حسن رضوی"], "مازندران"),
        ("statement", ["حسن رضوی"], "آمل"),
    ]


def test_a_trip_and_a_session_a_speaker_tells_as_his_own_are_events() -> None:
    found = events(
        "محمد یزدانی، رئیس فدراسیون والیبال، روز چهارشنبه افزود: در سفر خود به اصفهان، "
        "در جلسه مشترک مربیان و مسئولان باشگاه شرکت کردم."
    )
    assert found == [
        ("visit", ["محمد یزدانی"], "اصفهان"),
        ("meeting", ["محمد یزدانی"], "اصفهان"),
    ]


def test_talks_a_speaker_only_talks_about_are_no_event() -> None:
    found = events(
        "حسن کریمی، نماینده مجلس، افزود: در مذاکرات هسته‌ای چه موفق شویم و چه نشویم "
        "نیازی به کشورهای دیگر نداریم."
    )
    assert found == []


def test_talks_someone_wishes_to_have_have_not_happened() -> None:
    found = events(
        "حسن رضایی، وزیر امور خارجه، گفت که ایران تمایل دارد مذاکرات سازنده‌ای با "
        "اتحادیه اروپا در این باره داشته باشد."
    )
    assert found == []


def test_a_site_seen_with_didar_is_visited_and_people_are_met() -> None:
    assert events("علی رضایی، وزیر نیرو، روز شنبه از سد کرج دیدار کرد.") == [
        ("visit", ["علی رضایی"], "سد کرج")
    ]
    assert events("علی کریمی، فرمانده سپاه، از خانواده شهدای تبریز دیدار کرد.") == [
        ("meeting", ["علی کریمی"], None)
    ]


def test_a_trip_to_a_city_the_tour_listed_is_that_tour() -> None:
    found = events(
        "کوجی هاندا، سفیر ژاپن، در سفر دو روزه خود به شهرهای ماکو، ارومیه و مهاباد سفر "
        "می‌کند.\n\nحضور در جلسات کشاورزی از برنامه‌های سفر کوجی هاندا به ارومیه است."
    )
    assert [kind for kind, _, _ in found] == ["visit"]


def test_the_parties_between_end_before_when_and_how_it_was_signed() -> None:
    found = events(
        "تفاهم‌نامه همکاری میان دانشگاه تهران و دانشگاه مسکو صبح امروز با حضور "
        "رئیس دانشگاه تهران به امضا رسید."
    )
    assert found == [("agreement", ["دانشگاه تهران", "دانشگاه مسکو"], None)]


def test_a_meeting_naming_no_place_is_where_the_report_is_filed_from() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از زاهدان، ناصر رحیمی پیش از ظهر امروز در جلسه شورای "
        "هماهنگی ستاد بحران استان بر آموزش مردم تأکید کرد."
    )
    assert [(kind, place) for kind, _, place in found] == [("meeting", "زاهدان")]


def test_a_report_quoting_an_office_is_filed_from_no_city() -> None:
    found = events(
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی استانداری، ناصر رحیمی در جلسه "
        "شورای هماهنگی ستاد بحران استان بر آموزش مردم تأکید کرد."
    )
    assert [(kind, place) for kind, _, place in found] == [("meeting", None)]


def test_calling_what_someone_did_wrong_accuses_them() -> None:
    found = events(
        "عبدالوهاب الهارون، عضو مجلس کویت، واکنش حمید آصفی، سخنگوی وزارت خارجه ایران، "
        "را در مورد این کاریکاتور، نامناسب خواند."
    )
    assert [(kind, who[0]) for kind, who, _ in found] == [("accusation", "عبدالوهاب الهارون")]


def test_an_institution_that_makes_something_known_states_it() -> None:
    found = events("خبرگزاری فارس: پلیس آلمان خبر داد دو مظنون در فرانکفورت بازداشت شدند.")
    assert found == [("statement", ["پلیس آلمان"], None)]


def test_a_person_who_makes_something_known_only_says_it() -> None:
    found = events("حسن رضایی، مدیرکل راه استان، از بازگشایی جاده چالوس خبر داد.")
    assert found == []


def test_what_an_institution_had_announced_before_is_background() -> None:
    found = events("بانک جهانی پیش‌بینی کرده بود که رشد اقتصادی کند شود.")
    assert found == []


def test_a_meeting_told_in_a_relative_clause_is_had() -> None:
    found = events("حسن رضایی، وزیر نیرو، در دیداری که با علی محمدی داشت از طرح‌ها گفت.")
    assert found == [("meeting", ["حسن رضایی", "علی محمدی"], None)]


def test_sessions_held_by_the_speaker_are_meetings() -> None:
    found = events("رضا کریمی اظهار داشت: نشست‌های مشترکی را با مدیران مدارس منطقه برگزار کردیم.")
    assert found == [("meeting", ["رضا کریمی", "مدیران مدارس منطقه"], None)]


def test_a_summit_to_be_held_is_a_meeting() -> None:
    found = events("اجلاس سران کشورهای عضو گروه هشت قرار است ماه آینده در توکیو برگزار شود.")
    assert [kind for kind, *_ in found] == ["meeting"]


def test_calling_a_decision_shameful_accuses() -> None:
    found = events("حسن رضایی، نماینده مجلس، تصمیم علی محمدی را شرم‌آور خواند.")
    assert found == [("accusation", ["حسن رضایی", "علی محمدی"], None)]


def test_a_session_told_by_its_body_is_a_meeting_of_those_present() -> None:
    found = events(
        "علی رضایی در شورای اداری استان که با حضور حسن کریمی در سالن استانداری "
        "برگزار شد، گفت: طرح‌ها پیش می‌رود."
    )
    assert found == [("meeting", ["علی رضایی", "حسن کریمی"], "سالن استانداری")]


def test_a_city_written_with_a_space_for_its_half_space_is_the_place() -> None:
    found = events("حسن رضایی، وزیر امور خارجه، فردا به اسلام آباد سفر می‌کند.")
    assert found == [("visit", ["حسن رضایی"], "اسلام آباد")]


def test_the_group_at_a_summit_ends_before_what_is_planned() -> None:
    found = events("اجلاس سران کشورهای عضو گروه هشت قرار است ماه آینده در هنگ کنگ برگزار شود.")
    assert found == [("meeting", ["سران کشورهای عضو گروه هشت"], "هنگ کنگ")]


def test_who_was_present_at_the_session_told_takes_part() -> None:
    found = events(
        "رضا کریمی در نشست شورای اداری شهرستان اظهار کرد: بودجه کافی نیست.\n\n"
        "در این نشست که علی محمدی، فرماندار شهرستان و حسن رضایی، نماینده مردم "
        "حضور داشتند، طرح‌ها بررسی شد."
    )
    assert [(kind, who[0], who[-2:]) for kind, who, _ in found] == [
        ("meeting", "رضا کریمی", ["علی محمدی", "حسن رضایی"])
    ]


def test_an_interview_with_its_day_between() -> None:
    found = events(
        "علی رضایی، وزیر نفت، در مصاحبه روز پنجشنبه با شبکه الجزیره گفت که تولید بالا می‌رود."
    )
    assert found == [("statement", ["علی رضایی"], None)]


def test_a_session_with_its_ordinal_is_a_meeting() -> None:
    found = events("حسن رضایی در نخستین جلسه شورای فرهنگ عمومی استان گفت: کار ادامه دارد.")
    assert [(kind, who[0]) for kind, who, _ in found] == [("meeting", "حسن رضایی")]


def test_who_speaks_at_the_session_told_takes_part() -> None:
    found = events(
        "رضا کریمی در نشست شورای اداری شهرستان اظهار کرد: بودجه کافی نیست.\n\n"
        "در این جلسه علی محمدی نیز گفت: طرح‌ها پیش می‌رود."
    )
    assert [(kind, who[0], who[-1]) for kind, who, _ in found] == [
        ("meeting", "رضا کریمی", "علی محمدی")
    ]


def test_a_meeting_told_by_its_noun_with_when_it_is() -> None:
    found = events("دیدار قریب‌الوقوع حسن رضایی با علی محمدی نگرانی‌هایی ایجاد کرده است.")
    assert found == [("meeting", ["حسن رضایی", "علی محمدی"], None)]


def test_an_interview_with_an_outlet_left_unnamed() -> None:
    found = events(
        "علی محمدی، رئیس دادگستری استان، طی مصاحبه‌ای با یک خبرگزاری ایرانی گفت که پرونده بسته شد."
    )
    assert found == [("statement", ["علی محمدی"], None)]


def test_two_capitals_standing_for_their_governments_are_the_sides() -> None:
    assert events("مسکو، واشنگتن را به دخالت در انتخابات متهم کرد.") == [
        ("accusation", ["مسکو", "واشنگتن"], None)
    ]
    assert events("در تهران و مسکو توافق کردند.") == []


def test_a_counted_group_travels() -> None:
    found = events("سیزده تن از نمایندگان مجلس ترکیه جهت گفت‌وگو راهی مسکو شدند.")
    assert found == [("visit", ["سیزده تن از نمایندگان مجلس ترکیه"], "مسکو")]


def test_a_trip_planned_in_the_subjunctive() -> None:
    found = events("قرار است تیم فوتبال پرسپولیس فردا عازم مشهد شود.")
    assert found == [("visit", ["تیم فوتبال پرسپولیس"], "مشهد")]


def test_a_report_filed_from_a_city_before_the_office_it_quotes() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی سپاه، حسن کریمی در دیدار "
        "با خانواده‌های شهدای این شهر اظهار داشت: راه آنان ادامه دارد."
    )
    assert [(kind, place) for kind, _, place in found] == [("meeting", "تبریز")]


def test_a_recording_someone_speaks_in_is_a_statement() -> None:
    found = events(
        "حسن رضایی در یک نوار ویدیویی که دیروز از یک شبکه عربی پخش شد اعلام کرد، "
        "مبارزه ادامه خواهد یافت."
    )
    assert found == [("statement", ["حسن رضایی"], None)]


def test_a_coming_summit_is_a_meeting() -> None:
    found = events(
        "اجلاس آتی سران کشورهای عضو سازمان همکاری اسلامی، قرار است ماه آینده در "
        "استانبول برگزار شود."
    )
    assert found == [("meeting", ["سران کشورهای عضو سازمان همکاری اسلامی"], "استانبول")]


def test_a_team_sent_abroad_by_its_coach_in_his_own_words() -> None:
    found = events(
        "علی رضایی، سرمربی تیم کشتی، درباره مسابقات حسن کریمی گفت: ما برای اعزام به "
        "ترکیه راه درازی را طی کردیم."
    )
    assert [(kind, who[0], place) for kind, who, place in found] == [
        ("visit", "علی رضایی", "ترکیه")
    ]


def test_standing_accused_is_an_accusation() -> None:
    found = events("علی رضایی، مدیر سابق بانک، به اختلاس و پولشویی متهم است.")
    assert found == [("accusation", ["علی رضایی"], None)]


def test_a_trip_to_a_province_named_with_its_division_goes_there() -> None:
    found = events(
        "علی رضایی، وزیر کشاورزی، صبح امروز در سفر سرزده به استان گلستان از "
        "انبارهای گندم بازدید کرد."
    )
    assert found == [("visit", ["علی رضایی"], "استان گلستان")]


def test_an_interview_with_a_foreign_outlet_named_bare() -> None:
    found = events("حسن کریمی، سفیر ایران در لندن، در گفت‌وگو با بی‌بی‌سی گفت مذاکرات ادامه دارد.")
    assert [(kind, who) for kind, who, _ in found] == [("statement", ["حسن کریمی"])]


def test_an_interview_with_the_reporters_beat_glued_on() -> None:
    found = events("حسن کریمی در گفت‌وگو با خبرنگارسیاسی فارس تاکید کرد: این خبر دروغ است.")
    assert found == [("statement", ["حسن کریمی"], None)]


def test_a_meeting_a_trip_is_for_is_told_with_any_word_of_purpose() -> None:
    for purpose in ("برای", "جهت", "به منظور"):
        found = events(
            f"حسن کریمی، وزیر کشور، ماه آینده {purpose} دیدار با همتای روس خود به مسکو سفر می‌کند."
        )
        assert [(kind, who[0], place) for kind, who, place in found] == [
            ("visit", "حسن کریمی", "مسکو")
        ]


def test_someone_held_on_a_charge_is_accused_by_who_holds_them() -> None:
    found = events("علی رضایی به اتهام فساد از سوی دادستانی تهران تحت پیگرد است.")
    assert found == [("accusation", ["علی رضایی", "دادستانی تهران"], None)]


def test_the_from_of_a_part_is_no_site_visited() -> None:
    found = events(
        "حسن کریمی و برخی از مشاورانش دیدار و مذاکره با رهبر کره شمالی را یک موفقیت می‌دانند."
    )
    assert found == []


def test_talking_with_an_outlet_is_no_meeting() -> None:
    found = events("حسن کریمی که با روزنامه آساهی ژاپن گفت و گو می‌کرد افزود: جنگ پایان یافت.")
    assert found == [("statement", ["حسن کریمی"], None)]


def test_a_game_told_as_a_meeting_is_none() -> None:
    found = events(
        "تیم ملی بسکتبال ایران فردا به مصاف اردن خواهد رفت و عراق با لبنان دیدار خواهد کرد."
    )
    assert found == []


def test_a_body_whose_premises_hold_a_session_is_its_place_not_a_party() -> None:
    found = events(
        "نخستین جلسه از سلسله نشست‌های مدیریت فرهنگی چهارشنبه در حوزه هنری تهران برگزار شد."
    )
    assert found == []


def test_a_building_told_before_the_verb_a_session_is_held_with_is_named_whole() -> None:
    found = events(
        "حسن کریمی صبح امروز در همایش ملی آب که در سالن همایش‌های مرکز پژوهش‌های کشاورزی "
        "استان برگزار شد، گفت: آب کم است."
    )
    assert found == [("meeting", ["حسن کریمی"], "سالن همایش‌های مرکز پژوهش‌های کشاورزی استان")]


def test_a_session_told_first_with_no_one_is_told_again_with_who_took_part() -> None:
    found = events(
        "نخستین جلسه از سلسله نشست‌های مدیریت فرهنگی چهارشنبه در حوزه هنری تهران برگزار "
        "شد. این جلسه با حضور حسن کریمی، رئیس حوزه هنری کرج، و جمعی از مدیران فرهنگی "
        "روز گذشته در محل حوزه هنری تهران برگزار شد."
    )
    assert found == [("meeting", ["حسن کریمی"], "حوزه هنری تهران")]


def test_a_trip_told_in_a_quote_is_not_dated_by_when_it_was_told() -> None:
    article = khabar.analyze(
        "خبر\n\nحسن کریمی، رئیس فدراسیون، روز چهارشنبه در گفت‌وگو با خبرگزاری فارس افزود: "
        "در سفر خود به اصفهان، با مسئولان باشگاه دیدار کردم.",
        date="2024-05-02",
    ).to_dict()
    dated = {e["type"]: e["date"] for e in article["events"]}
    assert dated["statement"] == "2024-05-01"
    assert dated["visit"] is None


def test_a_post_or_an_interview_on_air_is_a_statement() -> None:
    for where in (
        "در توییتی نوشت",
        "در صفحه شخصی خود در توییتر نوشت",
        "در یک گفت‌وگوی تلویزیونی گفت",
    ):
        found = events(f"حسن کریمی، وزیر خارجه، {where} که مذاکرات ادامه دارد.")
        assert found == [("statement", ["حسن کریمی"], None)]


def test_the_presidencys_provincial_trip_is_a_visit_to_the_province_named() -> None:
    found = events(
        "علی رضایی با بیان اینکه این پروژه از سفر اول ریاست جمهوری به استان خوزستان "
        "برجای مانده است، گفت: اعتبار آن تأمین شد."
    )
    assert found == [("visit", ["ریاست جمهوری"], "استان خوزستان")]


def test_a_trip_to_the_province_unnamed_goes_nowhere() -> None:
    found = events(
        "علی رضایی افزود که اعتبار این طرح‌ها در سفر هیئت دولت به استان در اردیبهشت مصوب شد."
    )
    assert found == []


def test_a_body_announcing_after_its_clause_opener_states() -> None:
    found = events(
        "بنا بر این گزارش، در حالی که پلیس برزیل در تلاش برای کم نشان دادن شمار معترضان "
        "اعلام کرد که ده هزار نفر آمده بودند، برگزارکنندگان این شمار را بیشتر دانستند."
    )
    assert found == [("statement", ["پلیس برزیل"], None)]


def test_a_court_announcing_by_fax_what_it_did_states() -> None:
    found = events(
        "دادسرای عمومی و انقلاب تهران طی نمابری از ارسال پرونده این خبرنگار به دادسرای "
        "جنایی خبر داد."
    )
    assert found == [("statement", ["دادسرای عمومی و انقلاب تهران"], None)]


def test_a_semicolon_closing_the_sourcing_line_opens_the_issuers_clause() -> None:
    found = events(
        "به گزارش خبرنگار دانشگاهی خبرگزاری فارس؛ جامعه اسلامی دانشجویان دانشگاه تهران طی "
        "بیانیه‌ای به مناسبت روز قدس اعلام کرد: ما حامی فلسطین هستیم."
    )
    assert found == [("statement", ["جامعه اسلامی دانشجویان دانشگاه تهران"], None)]


def test_a_criticism_after_its_topic_and_a_comma_is_of_whom_it_names() -> None:
    found = events(
        "حسن رضایی، وزیر خارجه، در اظهارنظری درباره درگیری‌ها در منطقه، از مواضع ترکیه انتقاد کرد."
    )
    assert found == [("accusation", ["حسن رضایی", "ترکیه"], None)]


def test_the_topic_of_the_second_of_two_verbs_met_by_is_no_party() -> None:
    found = events("روسیه و ترکیه روز سه‌شنبه در آنکارا دیدار و درباره سوریه گفت‌وگو کردند.")
    assert found == [("meeting", ["روسیه", "ترکیه"], "آنکارا")]


def test_talks_a_sentence_only_names_as_its_topic_are_no_meeting() -> None:
    found = events(
        "حسن رضایی تصمیم دولت برای مصادره زمین‌ها را عامل ایجاد تنش بیشتر در مذاکرات سازش خواند."
    )
    assert found == []


def test_talks_told_with_their_parties_or_as_held_are_a_meeting() -> None:
    named = events("به رغم ادامه مذاکرات بین ژاپن و کره شمالی، تنش بالا گرفته است.")
    assert [(kind, people) for kind, people, _ in named] == [("meeting", ["ژاپن", "کره شمالی"])]
    held = events("ژاپن و کره جنوبی پس از دو روز مذاکرات فشرده در توکیو به نتیجه رسیدند.")
    assert [kind for kind, _, _ in held] == ["meeting"]


def test_a_statement_told_again_with_its_issuers_full_name_is_the_same() -> None:
    found = events(
        "کمیسیون امنیت ملی و سیاست خارجی مجلس در بیانیه خود توهین به پیامبر اسلام را محکوم "
        "کرد. کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی در بیانیه خود افزود که این "
        "اقدام پاسخ می‌گیرد."
    )
    assert [kind for kind, _, _ in found].count("statement") == 1


def test_a_one_word_party_is_not_every_longer_name_it_opens() -> None:
    assert same_party("شورای شهر", "شورای شهر شیراز")
    assert not same_party("ایران", "ایران خودرو")
    assert not same_party("شورای شهر", "شورای شهرستان")


def test_a_statement_whose_issuer_follows_its_noun_is_that_issuers_told_again() -> None:
    found = events(
        "ستاد برگزاری نماز جمعه قم با صدور بیانیه‌ای اعلام کرد که امام جمعه کناره گرفت. "
        "به گزارش فارس، در بیانیه ستاد برگزاری نماز جمعه قم آمده است: از حسن رضایی "
        "سپاسگزاریم."
    )
    assert found == [("statement", ["ستاد برگزاری نماز جمعه قم"], None)]


def test_a_declaration_named_for_a_city_is_no_statement() -> None:
    found = events("از زمان صدور بیانیه تهران برخی کشورها همکاری بیشتری نشان داده‌اند.")
    assert found == []


def test_an_interview_with_a_countrys_press_is_a_statement() -> None:
    found = events("حسن رضایی، وزیر خارجه، در گفت‌وگو با رسانه‌های چینی گفت که روابط خوب است.")
    assert found == [("statement", ["حسن رضایی"], None)]


def test_an_interview_with_no_outlet_named_is_a_statement() -> None:
    found = events("حسن رضایی، سخنگوی وزارت خارجه، در مصاحبه‌ای گفت که ایران آماده است.")
    assert found == [("statement", ["حسن رضایی"], None)]


def test_a_document_named_after_its_signing_is_the_one_told_just_before() -> None:
    found = events(
        "مدیر عامل بانک توسعه تعاون با اشاره به امضای تفاهم‌نامه همکاری با سازمان میراث "
        "فرهنگی گفت: هدف حمایت از تعاونی‌هاست.\n\nحسن رضایی در مراسم امضای تفاهم‌نامه "
        "همکاری با معاونت صنایع‌دستی سازمان میراث فرهنگی اظهار داشت: این تفاهم‌نامه "
        "امضا شده است."
    )
    assert [kind for kind, _, _ in found] == ["agreement"]
    assert "حسن رضایی" in found[0][1]


def test_a_country_opening_the_announcing_sentence_states() -> None:
    found = events(
        "روسیه در واکنش به آغاز حملات هوایی انگلیس در سوریه اعلام کرد که از این اقدام "
        "استقبال می‌کند."
    )
    assert [(kind, who) for kind, who, _ in found] == [("statement", ["روسیه"])]


def test_a_country_listed_after_who_announces_does_not_state() -> None:
    found = events(
        "حسن رضایی، وزیر خارجه، از برگزاری نشست وزیران خارجه ایران، ترکیه و عراق در هفته "
        "آینده خبر داد."
    )
    assert "statement" not in [kind for kind, _, _ in found]


def test_who_is_named_in_a_speakers_title_does_not_give_the_interview() -> None:
    found = events(
        "رضا فتحی‌نژاد، مدیر برنامه‌های علی کریمی، در گفت‌وگو با خبرنگار فارس تأیید کرد که "
        "مذاکرات با باشگاه در جریان است."
    )
    assert [(kind, who) for kind, who, _ in found] == [("statement", ["رضا فتحی‌نژاد"])]


def test_an_interview_whose_speech_says_something_goes_on_is_no_talks_had() -> None:
    found = events(
        "رضا فتحی‌نژاد، مدیر برنامه‌های علی کریمی، در گفت‌وگو با خبرنگار فارس تأیید کرد که "
        "مذاکرات با باشگاه ادامه دارد."
    )
    assert [kind for kind, _, _ in found] == ["statement"]


def test_a_meeting_on_a_trip_with_an_office_of_the_place_is_its_own() -> None:
    found = events(
        "حسن رضایی، وزیر صنعت، روز چهارشنبه به شانگهای می‌رود و در آنجا با مدیران بندر "
        "شانگهای دیدار خواهد کرد."
    )
    assert [kind for kind, _, _ in found] == ["visit", "meeting"]


def test_they_who_met_on_the_sidelines_are_the_two_told_before() -> None:
    found = events(
        "حسن رضایی و علی کریمی امروز در تماسی تلفنی گفت‌وگو کردند. آنها هفته گذشته نیز در "
        "حاشیه نشست سازمان همکاری اسلامی در استانبول با یکدیگر دیدار کرده بودند."
    )
    assert [(kind, who) for kind, who, _ in found] == [
        ("call", ["حسن رضایی", "علی کریمی"]),
        ("meeting", ["حسن رضایی", "علی کریمی"]),
    ]


def test_a_charge_denied_is_no_accusation_whoever_is_named_after() -> None:
    found = events(
        "حسن رضایی، رئیس کمیته داوران، اتهام جانب‌داری را رد کرد و در گفت‌وگو با رادیو ورزش "
        "گفت که داوری درست بود."
    )
    assert "accusation" not in [kind for kind, _, _ in found]


def test_leaving_for_tehran_is_coming_home_not_a_visit() -> None:
    found = events("حسن رضایی، وزیر خارجه، فردا مسکو را به مقصد تهران ترک خواهد کرد.")
    assert found == []


def test_visits_counted_are_a_statistic_not_a_trip() -> None:
    found = events(
        "حسن رضایی، معاون درمان دانشگاه علوم پزشکی مازندران، از انجام ۱۴ هزار و ۷۶۰ بازدید "
        "اعم از استانی و شهرستانی از مراکز درمانی ساری در سال گذشته خبر داد."
    )
    assert "visit" not in [kind for kind, _, _ in found]
    # a number before «بازدید» told as a verb counts no visits
    found = events("محمدباقر قالیباف شهردار تهران از پروژه‌های منطقه ۲۲ بازدید کرد.")
    assert found == [("visit", ["محمدباقر قالیباف"], "پروژه‌های منطقه ۲۲")]


def test_the_charge_may_come_between_accused_and_the_verb() -> None:
    found = events("وزیر خارجه عربستان، ایران را متهم به دخالت در امور داخلی یمن کرد.")
    assert found == [("accusation", ["وزیر خارجه عربستان", "ایران"], None)]
    assert events("این گزارش درباره متهم به سرقت تهیه شده است.") == []


def test_a_country_written_without_its_madda_is_a_side() -> None:
    found = events("علی رضایی، سفیر سوریه، از امریکا به دلیل اظهارات وزیر دفاع آن انتقاد کرد.")
    assert found == [("accusation", ["علی رضایی", "امریکا"], None)]


def test_a_site_seen_with_didar_az_is_visited() -> None:
    found = events("علی رضایی، وزیر بهداشت، در دیدار از بیمارستان امام رضا گفت: درمان رایگان است.")
    assert found == [("visit", ["علی رضایی"], "بیمارستان امام رضا")]
    found = events("علی رضایی طی اولین دیدار خود از پالایشگاه آبادان گفت: تولید بالا رفت.")
    assert found == [("visit", ["علی رضایی"], "پالایشگاه آبادان")]


def test_people_seen_with_didar_az_are_no_visit() -> None:
    assert events("علی رضایی در دیدار از خانواده شهدا گفت: شهیدان راه را نشان دادند.") == []
    found = events("علی رضایی در دیدار از سوی مردم با استقبال روبرو شد.")
    assert "visit" not in [kind for kind, _, _ in found]


def test_the_city_an_embassy_is_in_is_no_place_of_what_it_says() -> None:
    found = events("سفارت افغانستان در تهران در اطلاعیه‌ای اعلام کرد که مرز باز است.")
    assert [place for _, _, place in found] == [None]
    found = events("علی رضایی، سفیر سوریه در واشنگتن، از آمریکا انتقاد کرد.")
    assert found == [("accusation", ["علی رضایی", "آمریکا"], None)]


def test_a_city_named_for_a_meeting_stays_its_place() -> None:
    found = events("علی رضایی در تهران با سفیر عراق دیدار کرد.")
    assert found == [("meeting", ["علی رضایی", "سفیر عراق"], "تهران")]


def test_the_city_a_meeting_is_in_wins_over_where_its_envoy_serves() -> None:
    found = events(
        "تئودور کاتوف، سفیر امریکا در سوریه نیز در ملاقات با مقامات سوریه در دمشق "
        "این مساله را گوشزد کرد."
    )
    assert [(kind, place) for kind, _, place in found] == [("meeting", "دمشق")]


def test_a_meeting_joined_to_the_visit_it_was_part_of_is_its_own() -> None:
    found = events(
        "علی رضایی، وزیر بهداشت، طی بازدید از بیمارستان امام و دیدار با استاندار اصفهان "
        "گفت: درمان رایگان است."
    )
    assert [(kind, who) for kind, who, _ in found] == [
        ("visit", ["علی رضایی"]),
        ("meeting", ["علی رضایی", "استاندار اصفهان"]),
    ]


def test_a_meeting_a_trip_is_planned_for_is_no_event_of_its_own() -> None:
    found = events(
        "علی رضایی، وزیر دادگستری، فردا برای بازدید از زندان‌ها و دیدار با مسئولان قضایی "
        "استان به خوزستان سفر می‌کند."
    )
    assert [kind for kind, _, _ in found] == ["visit"]
    assert events("علی رضایی و دیدار با استاندار اصفهان را مهم دانست.") == []


def test_a_part_visited_goes_to_the_building_it_is_in() -> None:
    found = events(
        "علی رضایی، مدیرکل آموزش، در بازدید از حوزه امتحان نهایی در دبیرستان البرز، "
        "اظهار کرد: امتحانات آرام برگزار شد."
    )
    assert found == [("visit", ["علی رضایی"], "دبیرستان البرز")]
    found = events("علی رضایی امروز از محل نگهداری زندانیان در زندان اوین بازدید کرد.")
    assert found == [("visit", ["علی رضایی"], "زندان اوین")]


def test_the_building_a_visitor_is_at_is_where_the_visit_went() -> None:
    found = events(
        "علی رضایی، مدیر بازرسی اصناف، با حضور در کشتارگاه شهرستان خمینی‌شهر از روند "
        "کاری این کشتارگاه بازدید کرد."
    )
    assert found == [("visit", ["علی رضایی"], "کشتارگاه شهرستان خمینی‌شهر")]


def test_a_country_that_says_so_itself_makes_a_statement() -> None:
    found = events("سوریه نیز به آمریکا گفت: مرز خود را با عراق بسته است.")
    assert found == [("statement", ["سوریه"], None)]


def test_a_person_or_an_outlet_saying_so_is_a_quote_not_a_statement() -> None:
    assert events("علی رضایی گفت: مرز باز است.") == []
    assert events("رادیو صدای آمریکا گفت: توافق موقت خوب است.") == []


def test_those_who_met_with_each_other_visit_no_site() -> None:
    found = events(
        "حسن کریمی و رضا احمدی با استفاده از فرصتی که در کابل داشتند با هم دیدار و "
        "درباره روابط دو کشور گفت‌وگو کردند."
    )
    assert found == [("meeting", ["حسن کریمی", "رضا احمدی"], "کابل")]


def test_a_lead_lends_no_date_its_quote_gives() -> None:
    article = khabar.analyze(
        "خبر\n\nخبرگزاری فارس: وزیر خارجه ایتالیا در دیدار با حسن کریمی گفت: هدف ما این است "
        "که تا پایان ماه ژوئن قدرت واگذار شود.",
        date="2024-05-02",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]] == [("meeting", None)]


def test_a_relative_clause_on_a_noun_does_not_date_the_event_after_it() -> None:
    article = khabar.analyze(
        "خبر\n\nخبرگزاری فارس: یک شهروند ایرانی آزاد شد.\n\nبه گزارش خبرگزاری فارس، حسن "
        "کریمی، شهروند ایران که در ماه آوریل در آمریکا بازداشت شده بود، وارد تهران شد.",
        date="2024-05-02",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]] == [("visit", None)]


def test_who_is_named_in_a_relative_clause_on_a_noun_takes_no_part() -> None:
    found = events(
        "به گزارش خبرگزاری فارس، حسن کریمی، شهروند ایران که در ماه آوریل در آمریکا بازداشت "
        "شده بود، امروز وارد تهران شد."
    )
    assert found == [("visit", ["حسن کریمی"], "تهران")]
