"""Trips: who travels and to where. A visitor may be named by a long title, and a count
after «در بازدید» is no place visited. A passive «اعزام شد» sends teams and people who travel
(counted teams, one sent with teams, a doctor sent to treat the sick, a martyr's brother sent
to a tournament), but not who sends them, nor what is carried: the injured, the dead, goods, a
fighter deployed to a front, nor anyone sent to no named place. A division alone («به استان خبر
داد») names no place; a site visited after arriving somewhere is where the visit goes. Whose
session a traveller goes to attend is no traveller, and those listed «از جمله» are met. An
arrival in the pluperfect is the trip told before, not another. Visiting the sick
(«عیادت») is a visit."""

from test_news_events import events

import khabar


def test_a_visitor_with_a_long_title_visits() -> None:
    found = events(
        "مدیرکل ورزش استان یزد در بازدید مشاور امور بانوان وزارت ورزش و جوانان "
        "از سالن‌های ورزشی یزد گفت: کمبود سالن داریم."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["مشاور امور بانوان وزارت ورزش و جوانان"])
    ]


def test_a_count_after_a_visit_is_no_place_visited() -> None:
    found = events("در بازدید بازرسان سازمان صمت در سه روز گذشته بیش از ۱۰۰ واحد صنفی بازرسی شد.")
    assert [kind for kind, _, _ in found if kind == "visit"] == []


def test_counted_teams_sent_to_a_city_visit_it() -> None:
    found = events(
        "مدیرکل مدیریت بحران استان گفت: ساعاتی پس از سیل ۸ تیم ارزیاب از سوی ستاد "
        "بحران برای بررسی خسارات به شهرستان ایذه اعزام شدند."
    )
    assert found == [("visit", ["۸ تیم ارزیاب"], "شهرستان ایذه")]


def test_who_sends_a_team_does_not_travel() -> None:
    found = events("سه مصدوم این تصادف توسط اورژانس هلال احمر به مشهد اعزام شدند.")
    assert found == []


def test_someone_sent_with_teams_is_who_travels() -> None:
    found = events("محمد کریمی، رئیس جمعیت هلال احمر استان، با دو تیم امدادی به بم اعزام شد.")
    assert found == [("visit", ["محمد کریمی"], "بم")]


def test_teams_sent_to_no_named_place_visit_nothing() -> None:
    assert events("تاکنون ۴۰ تیم امدادی به مناطق سیل‌زده اعزام شده‌اند.") == []
    assert events("دو مصدوم این حادثه به بیمارستان امام رضا اعزام شدند.") == []


def test_the_injured_or_dead_sent_somewhere_visit_nothing() -> None:
    assert events("حسن کریمی، مصدوم این تصادف، با بالگرد به شیراز اعزام شد.") == []
    assert events("پیکر شهید حسن کریمی امروز به اصفهان اعزام شد.") == []


def test_the_injured_counted_are_still_carried() -> None:
    assert events("۲۰ مصدوم این حادثه روز گذشته با بالگرد به تهران اعزام شدند.") == []


def test_goods_sent_somewhere_visit_nothing() -> None:
    found = events("نخستین محموله کمک‌های بشردوستانه هلال احمر روز گذشته به سوریه اعزام شد.")
    assert found == []


def test_a_martyr_deployed_to_a_front_visits_nothing() -> None:
    found = events("شهید علی رضایی در سال ۱۳۶۵ به کردستان اعزام شد و در همان سال به شهادت رسید.")
    assert found == []


def test_a_doctor_sent_to_treat_the_sick_visits() -> None:
    found = events("حسن کریمی برای درمان بیماران کرونایی به اهواز اعزام شد.")
    assert found == [("visit", ["حسن کریمی"], "اهواز")]


def test_a_doctor_of_the_sick_sent_abroad_visits() -> None:
    found = events(
        "علی احمدی، پزشک متخصص بیماران قلبی، روز گذشته به عنوان پزشک تیم ملی به برزیل اعزام شد."
    )
    assert [(kind, people[0], place) for kind, people, place in found] == [
        ("visit", "علی احمدی", "برزیل")
    ]


def test_a_martyr_s_brother_sent_to_a_tournament_visits() -> None:
    found = events("علی رضایی، قهرمان کشتی و برادر شهید محمد رضایی، روز گذشته به ترکیه اعزام شد.")
    assert [(kind, people[0], place) for kind, people, place in found] == [
        ("visit", "علی رضایی", "ترکیه")
    ]


def test_caravans_of_pilgrims_sent_to_a_shrine_visit_it() -> None:
    found = events("همچنین روز گذشته کاروان‌های زیارتی طبس و بشرویه به مرقد امام (ره) اعزام شدند.")
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["کاروان‌های زیارتی طبس و بشرویه"])
    ]


def test_a_caravan_opening_the_lead_after_its_sourcing_line_travels() -> None:
    article = khabar.analyze(
        "خبر\n\nخبرگزاری فارس: کاروان پانصد نفری دانش‌آموزان استان یزد عازم حرم امام رضا (ع) شد."
    ).to_dict()
    assert [(e["type"], e["participants"]) for e in article["events"]] == [
        ("visit", ["کاروان پانصد نفری دانش‌آموزان استان یزد"])
    ]


def test_those_who_came_along_on_the_visit_told_take_part_in_it() -> None:
    found = events(
        "علی رضایی، وزیر نیرو، امروز به استان کرمان سفر کرد. در این سفر حسن کریمی، "
        "مدیرعامل شرکت آب منطقه‌ای، و مهدی نوروزی، معاون وزیر، وزیر نیرو را همراهی کردند."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["علی رضایی", "حسن کریمی", "مهدی نوروزی"])
    ]


def test_a_clause_closed_by_its_verb_names_no_one_of_the_next_trip() -> None:
    found = events(
        "در این هفته پتروشیمی بندرامام میزبان ذوب آهن اصفهان است، شهرداری تبریز به "
        "اصفهان سفر کرده و با تیم مهرام دیدار می‌کند."
    )
    assert [(kind, people) for kind, people, _ in found if kind == "visit"] == [
        ("visit", ["شهرداری تبریز"])
    ]


def test_a_body_run_on_into_the_month_leaves_the_delegation_its_name() -> None:
    found = events(
        "به گزارش فارس، هیئت بعدی بازرگانان آلمانی اردیبهشت سال آینده برای شرکت در "
        "نمایشگاه صنعت به تهران سفر می‌کند."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("visit", ["هیئت بعدی بازرگانان آلمانی"])
    ]


def test_a_delegation_named_short_is_the_body_of_the_trip_told_before() -> None:
    found = events(
        "هیئت چهارنفره فدراسیون جهانی کشتی صبح امروز وارد تهران شد. هیئت فدراسیون فردا "
        "عازم تبریز می‌شود."
    )
    (first, arrived), (second, going) = [(kind, people) for kind, people, _ in found]
    assert first == second == "visit"
    assert going == arrived and "فدراسیون جهانی کشتی" in arrived[0]


def test_a_trip_told_in_a_relative_clause_is_its_subject_s_not_the_main_clause_s() -> None:
    found = events(
        "یوسف بن علوی وزیر امور خارجه عمان که برای دومین بار امسال به تهران سفر کرده "
        "است، پیام سلطان قابوس را به رئیس جمهور کشورمان تحویل داد."
    )
    assert [(kind, people) for kind, people, _ in found] == [("visit", ["یوسف بن علوی"])]


def test_a_trip_told_in_the_perfect_in_a_relative_clause_goes_there() -> None:
    found = events(
        "رضا کاظمی وزیر نیرو که برای سفری دو روزه به بغداد رفته، با علی الخطیب "
        "وزیر برق عراق دیدار کرد."
    )
    assert found == [
        ("visit", ["رضا کاظمی"], "بغداد"),
        ("meeting", ["رضا کاظمی", "علی الخطیب"], "بغداد"),
    ]


def test_a_site_visited_on_the_trip_under_way_is_a_visit_of_its_own() -> None:
    found = events(
        "رضا کاظمی وزیر نیرو روز گذشته به بغداد سفر کرد.\n\n"
        "وزیر نیرو در ادامه سفر خود از نیروگاه بسماجیه بازدید کرد."
    )
    assert found == [
        ("visit", ["رضا کاظمی"], "بغداد"),
        ("visit", ["رضا کاظمی"], "نیروگاه بسماجیه"),
    ]


def test_a_division_before_what_is_said_of_the_trip_names_no_place() -> None:
    assert events("علی رضایی استاندار گیلان از سفر وزیر کشور به استان خبر داد.") == []
    assert events("علی رضایی استاندار گیلان از سفر وزیر کشور به استان گیلان خبر داد.") == [
        ("visit", ["وزیر کشور"], "استان گیلان")
    ]


def test_a_site_visited_after_arriving_somewhere_is_where_the_visit_goes() -> None:
    found = events("وزیر نیرو پس از ورود به اهواز از تصفیه‌خانه شماره ۳ آب این شهر بازدید کرد.")
    assert found == [("visit", ["وزیر نیرو"], "تصفیه‌خانه شماره ۳ آب این شهر")]


def test_whose_session_a_traveller_goes_to_attend_is_no_traveller() -> None:
    found = events(
        "سید ابراهیم رئیسی، رئیس جمهور، برای شرکت در نشست مجمع عمومی سازمان ملل متحد وارد "
        "نیویورک شد."
    )
    assert ("visit", ["سید ابراهیم رئیسی"], "نیویورک") in found


def test_those_met_listed_after_az_jomle_are_met_not_a_site_visited() -> None:
    found = events(
        "سید ابراهیم رئیسی، رئیس جمهور، با رهبران چند کشور از جمله رئیس جمهور فرانسه و "
        "نخست وزیر ژاپن دیدار خواهد کرد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert found[0][1][0] == "سید ابراهیم رئیسی"


def test_an_arrival_in_the_pluperfect_is_the_trip_told_before() -> None:
    found = events(
        "وزیر بهداشت در سفر یک روزه به کرمانشاه از بیمارستان‌ها بازدید کرد.\n\n"
        "بهرام عین‌اللهی که صبح امروز وارد کرمانشاه شده بود، در جلسه شورای سلامت استان "
        "شرکت کرد."
    )
    assert [(kind, place) for kind, _, place in found if kind == "visit"] == [("visit", "کرمانشاه")]


def test_visiting_the_sick_is_a_visit_of_the_visitors_and_the_visited() -> None:
    found = events(
        "حسن رضایی، مدیرکل فرهنگ و ارشاد اسلامی استان، و علی کریمی، رئیس حوزه هنری استان، "
        "از محمدجواد محبت، شاعر بستری در بیمارستان، عیادت کردند."
    )
    assert [(kind, sorted(who)) for kind, who, _ in found] == [
        ("visit", sorted(["حسن رضایی", "علی کریمی", "محمدجواد محبت"]))
    ]
