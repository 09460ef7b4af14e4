"""Gatherings the annotators read as meetings (seminars, training workshops, gatherings of
officials), in sentences written for these tests, and the workshop that makes things."""

from test_news_events import events

import khabar


def test_a_speaker_at_a_seminar_takes_part_in_it() -> None:
    found = events(
        "بهرام صفایی، مدیرعامل بانک ملت، در سمینار توجیهی پرداخت الکترونیک قبوض گفت: "
        "این سامانه فردا آغاز به کار می‌کند."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["بهرام صفایی"])]


def test_a_training_workshop_held_is_a_meeting() -> None:
    found = events(
        "بهرام صفایی، استاندار یزد، دیروز در کارگاه آموزشی مدیران ادارات آب استان "
        "اظهار داشت: باید آب را مدیریت کرد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert found[0][1][0] == "بهرام صفایی"


def test_a_workshop_that_makes_things_is_no_meeting() -> None:
    found = events("بهرام صفایی، مدیرعامل شرکت، در کارگاه تولیدی این شرکت گفت: تولید بالاست.")
    assert found == []


def test_a_session_of_a_long_named_council_held_with_guests() -> None:
    found = events(
        "سی و چهارمین جلسه شورای گفت‌وگوی استانی دولت و بخش خصوصی با موضوع بررسی نقش "
        "بهره‌وری در توسعه اقتصادی استان کرمان با حضور حسن رضایی، رئیس کمیسیون اقتصادی "
        "مجلس، در سالن اجتماعات استانداری کرمان برگزار شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "حسن رضایی" in found[0][1]


def test_a_councils_public_session_someone_speaks_at_is_a_meeting() -> None:
    found = events(
        "حسن رضایی، شهردار مشهد، دیروز در جلسه علنی شورای اسلامی شهر مشهد گفت که خط سوم "
        "قطار شهری آماده است."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "حسن رضایی" in found[0][1]


def test_a_body_someone_speaks_at_on_a_day_told_is_its_session() -> None:
    found = events(
        "مهدی نوروزی صبح امروز در کارگروه آرامستان‌های استان گیلان در استانداری رشت افزود: "
        "طرح توسعه آرامستان تا پایان سال اجرا می‌شود."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert {"مهدی نوروزی", "کارگروه آرامستان‌های استان گیلان"} <= set(found[0][1])


def test_a_body_someone_speaks_at_counted_by_an_ordinal_is_its_session() -> None:
    found = events(
        "مهدی نوروزی، شهردار رشت، در دومین کمیته ساماندهی بافت فرسوده استان گیلان "
        "اظهار داشت: نوسازی بافت فرسوده آغاز شده است."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert found[0][1][0] == "مهدی نوروزی"


def test_a_body_told_with_no_day_is_no_session() -> None:
    found = events(
        "مهدی نوروزی درباره حضور ورزشکاران در شورای شهر رشت گفت: تجربه آنها به کار می‌آید."
    )
    assert found == []


def test_an_aid_committee_someone_speaks_at_is_no_session() -> None:
    found = events(
        "مهدی نوروزی امروز در کمیته امداد امام خمینی استان گیلان گفت: بسته‌های غذایی "
        "میان خانواده‌ها توزیع شد."
    )
    assert found == []


def test_a_body_held_with_guests_is_its_session_and_the_guests_its_parties() -> None:
    found = events(
        "به گزارش روابط عمومی اداره کل ورزش استان، کمیته برنامه‌ریزی المپیاد محلات با حضور "
        "مهدی نوروزی، معاون استاندار، در سالن اجتماعات استانداری برگزار شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["مهدی نوروزی"])]


def test_a_body_holding_a_ceremony_is_no_session() -> None:
    found = events(
        "به گزارش روابط عمومی اداره کل ورزش استان، ستاد بزرگداشت هفته تربیت بدنی با حضور "
        "مسئولان استان جشنی برای ورزشکاران برگزار کرد."
    )
    assert [kind for kind, _, _ in found] == []


def test_a_session_held_told_with_the_formal_verb_is_a_meeting() -> None:
    found = events(
        "جلسه شورای ترافیک شهرستان خدابنده با حضور مهدی نوروزی، فرماندار، در محل "
        "فرمانداری برگزار گردید."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "مهدی نوروزی" in found[0][1]


def test_a_conference_going_on_with_guests_is_a_meeting() -> None:
    found = events(
        "همایش بزرگ بسیجیان شهرستان با حضور مهدی نوروزی، فرماندار، در ورزشگاه تختی "
        "در حال برگزاری است."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]


def test_going_to_meet_a_family_is_a_meeting() -> None:
    found = events("مهدی نوروزی، فرماندار خدابنده، امروز به دیدار خانواده شهید محمد کریمی رفت.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مهدی نوروزی", "محمد کریمی"])
    ]


def test_a_team_going_to_play_a_match_is_no_meeting() -> None:
    found = events("تیم فوتبال استقلال برای دیدار با پرسپولیس به اهواز رفت.")
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_team_going_to_meet_another_in_a_match_is_no_meeting() -> None:
    found = events("تیم فوتبال استقلال در هفته بیستم لیگ برتر به دیدار پرسپولیس می‌رود.")
    assert "meeting" not in [kind for kind, _, _ in found]


def test_going_to_meet_ones_lord_is_no_meeting() -> None:
    found = events("حاج مهدی نوروزی، پدر شهید، پس از سال‌ها بیماری به دیدار معبود شتافت.")
    assert found == []


def test_going_to_meet_an_office_holder_ends_the_office_before_the_verb() -> None:
    found = events("مهدی نوروزی، استاندار زنجان، امروز به دیدار رهبر انقلاب رفت.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مهدی نوروزی", "رهبر انقلاب"])
    ]


def test_a_session_with_village_heads_attending_someone_speaks_at_is_a_meeting() -> None:
    found = events(
        "مهدی نوروزی، فرماندار خدابنده، در جلسه‌ای با حضور دهیاران بخش مرکزی گفت: "
        "طرح هادی روستاها امسال اجرا می‌شود."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]


def test_a_public_sitting_of_parliament_told_with_its_day_is_a_meeting() -> None:
    found = events(
        "حسن رضایی، نماینده تبریز، در نشست علنی روز یکشنبه مجلس شورای اسلامی گفت: "
        "بودجه عمرانی استان باید افزایش یابد."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["حسن رضایی", "مجلس شورای اسلامی"])
    ]


def test_a_bills_stage_in_a_public_sitting_someone_speaks_after_is_no_meeting() -> None:
    found = events(
        "طرح استیضاح وزیر کار در نشست علنی امروز مجلس اعلام وصول شد و رئیس مجلس گفت: "
        "این طرح هفته آینده بررسی می‌شود."
    )
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_courts_public_hearing_is_no_meeting() -> None:
    found = events(
        "وکیل مهدی نوروزی در جلسه علنی رسیدگی به پرونده در شعبه اول دادگاه گفت: موکلم بی‌گناه است."
    )
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_bill_announced_in_a_public_sitting_is_no_meeting() -> None:
    found = events(
        "طرح استیضاح وزیر نیرو با امضای ۳۰ نماینده در جلسه علنی صبح امروز مجلس شورای "
        "اسلامی اعلام وصول شد."
    )
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_session_of_people_named_by_their_role_has_them_as_a_party() -> None:
    found = events(
        "به گزارش خبرگزاری فارس از رشت، مهدی نوروزی ظهر امروز در نشست ماهانه فرمانداران "
        "استان گیلان، در رشت اظهار کرد: جلسات باید خروجی داشته باشند."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مهدی نوروزی", "فرمانداران استان گیلان"])
    ]


def test_a_councils_name_ends_before_the_speakers_verb() -> None:
    found = events(
        "مهدی نوروزی، فرماندار خدابنده، در جلسه شورای تامین شهرستان عنوان کرد: امنیت برقرار است."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مهدی نوروزی", "شورای تامین شهرستان"])
    ]


def test_a_ceremony_a_body_holds_with_guests_is_no_session() -> None:
    found = events(
        "به گزارش فارس، ستاد اقامه نماز استان زنجان با حضور مهدی نوروزی، استاندار، "
        "مراسم بزرگداشت شهدای محراب برگزار شد."
    )
    assert "meeting" not in [kind for kind, _, _ in found]


def test_speaking_to_reporters_at_a_bodys_headquarters_is_no_session() -> None:
    found = events(
        "مهدی نوروزی امروز در ستاد انتخابات استان زنجان به خبرنگاران گفت: نتایج فردا اعلام می‌شود."
    )
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_body_someone_came_to_is_named_without_the_verb() -> None:
    found = events(
        "مهدی نوروزی شنبه در ستاد مدیریت بحران استان حضور یافت و گفت: خسارت‌ها برآورد شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "ستاد مدیریت بحران استان" in found[0][1]


def test_a_body_named_for_what_it_fights_keeps_its_name_whole() -> None:
    found = events(
        "مهدی نوروزی، استاندار زنجان، صبح امروز در ستاد مبارزه با مواد مخدر استان گفت: "
        "کشفیات امسال افزایش یافته است."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "ستاد مبارزه با مواد مخدر استان" in found[0][1]


def test_a_body_someone_did_not_come_to_is_no_session() -> None:
    found = events("مهدی نوروزی امروز در شورای شهر زنجان حضور نیافت و گفت: در جلسات شرکت نمی‌کنم.")
    assert "meeting" not in [kind for kind, _, _ in found]


def test_a_gathering_told_by_its_holding_is_of_the_groups_it_names() -> None:
    found = events(
        "حسن نوری امروز در نشست خبری به مناسبت برگزاری بیستمین همایش روسای دانشگاه‌های "
        "علوم پزشکی و مدیران بیمارستان‌های کشور در هتل پارس اظهار کرد: همایش فردا آغاز می‌شود."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("statement", ["حسن نوری"]),
        ("meeting", ["روسای دانشگاه‌های علوم پزشکی", "مدیران بیمارستان‌های کشور"]),
    ]


def test_a_gathering_held_with_a_group_is_a_meeting_with_it() -> None:
    found = events(
        "اداره آموزش و پرورش شهرستان بابل با برگزاری جلسات آموزشی با مدیران مدارس، "
        "خطرات چهارشنبه سوری را به دانش‌آموزان گوشزد کرد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["مدیران مدارس"])]


def test_a_gathering_told_by_its_holding_naming_no_one_is_no_meeting() -> None:
    assert events("مهدی نوروزی از برگزاری همایش ملی آب در یزد خبر داد.") == []
    found = events("مهدی نوروزی از برگزاری نشست خبری مدیران مدارس در یزد خبر داد.")
    assert "meeting" not in [kind for kind, _, _ in found]


def test_councillors_meeting_a_districts_people_meet_them() -> None:
    found = events(
        "حسن رضایی و مهدی نوروزی، اعضای شورای اسلامی شهر تبریز، صبح امروز در دیدار با "
        "مردم منطقه پنج به مشکلات آنان رسیدگی کردند."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["حسن رضایی", "مهدی نوروزی", "مردم منطقه پنج"])
    ]


def test_those_speaking_at_a_press_conference_told_hold_it_too() -> None:
    found = events(
        "حسن رضایی، دبیر جشنواره، صبح امروز در نشست خبری این جشنواره گفت: جشنواره سراسری "
        "است. مهدی نوروزی، عضو شورای جشنواره، نیز در ادامه نشست گفت: داوران انتخاب شدند. "
        "علی کریمی، داور جشنواره، نیز در این نشست تصریح کرد: آثار زیادی رسید."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("statement", ["حسن رضایی", "مهدی نوروزی", "علی کریمی"])
    ]


def test_speaking_on_the_sidelines_of_a_gathering_of_a_group_is_taking_part() -> None:
    found = events(
        "حسن رضایی، رئیس سازمان تبلیغات، در حاشیه نشست فرماندهان نواحی بسیج دانشجویی در "
        "جمع خبرنگاران گفت: بسیج باید جدی گرفته شود."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert found[0][1][0] == "حسن رضایی"


def test_speaking_on_the_sidelines_of_a_boards_session_is_no_meeting() -> None:
    found = events(
        "کامبیز فرهادی، مدیرعامل شرکت، در حاشیه جلسه هیئت مدیره اظهار داشت: زیان زیاد است."
    )
    assert found == []


def test_the_group_a_gathering_honours_takes_part_in_it() -> None:
    found = events(
        "علی رضایی، استاندار قم، امروز در همایش تجلیل از پیشکسوتان ورزش استان گفت: "
        "باید قدردان آنان باشیم."
    )
    assert found == [("meeting", ["علی رضایی", "پیشکسوتان ورزش استان"], None)]


def test_a_person_honoured_whose_name_ends_like_a_plural_is_no_group() -> None:
    found = events("همایش تجلیل از حسین علیزاده آهنگساز برجسته کشور در تهران برگزار شد.")
    assert [who for kind, who, _ in found] == [["حسین علیزاده"]]


def test_the_group_a_workshop_is_held_for_takes_part_in_it() -> None:
    found = events(
        "کارگاه آموزشی «مهر» ویژه زوج‌های جوان استان با حضور علی رضایی در دانشگاه تهران برگزار شد."
    )
    assert [who for kind, who, _ in found] == [["علی رضایی", "زوج‌های جوان استان"]]


def test_a_workshop_for_a_season_is_held_for_no_one() -> None:
    found = events("کارگاه آموزشی ویژه تابستان با حضور علی رضایی در دانشگاه تهران برگزار شد.")
    assert [who for kind, who, _ in found] == [["علی رضایی"]]


def test_a_session_told_inside_what_someone_says_is_its_own_meeting() -> None:
    """The session a governor speaks at ends at his colon; the council session he tells of
    is another meeting, its body without the «تشکیل» of «تشکیل شد»."""
    article = khabar.analyze(
        "خبر\n\nارسلان زارع، استاندار گیلان، روز شنبه در نشست مقابله با کرونا اظهار داشت: از "
        "۱۴ بهمن ماه جلسه شورای سلامت و پدافند غیرعامل تشکیل شد و تصمیمات لازم گرفته شد."
    ).to_dict()
    found = [(e["trigger"], e["participants"]) for e in article["events"]]
    assert ("جلسه شورای سلامت و پدافند غیرعامل تشکیل شد", ["شورای سلامت و پدافند غیرعامل"]) in found
    assert ("نشست", ["ارسلان زارع"]) in found


def test_a_bodys_conference_held_is_its_meeting() -> None:
    assert events("همایش سالانه انجمن ناشران دیروز در تهران برگزار شد.") == [
        ("meeting", ["انجمن ناشران"], "تهران")
    ]
    assert events("همایش سازمان بسیج مهندسی ۸ اسفند برگزار می‌شود.") == [
        ("meeting", ["سازمان بسیج مهندسی"], None)
    ]
    assert events("همایش جبهه پیروان ۸ اسفند برگزار می‌شود.") == [("meeting", ["جبهه پیروان"], None)]
