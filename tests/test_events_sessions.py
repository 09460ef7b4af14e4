"""Who takes part in a session or a meeting: those present «با حضور …» are its parties, each
group on its own but roles sharing a complement as one, a governor alone beside a group, the
list ending before «که»; the body holding the session stays a party, its name closing with
the province it is of, and before the predicate «سخن می‌گفت»; groups named by a plural role
(nominees, Basij members) are parties, and so are those a joint session is of and those
attending the session a speaker is in. A body's assembly («مجمع سالانه …») is its session."""

from test_news_events import events


def test_those_present_at_a_body_s_session_are_its_parties() -> None:
    found = events(
        "به گزارش روابط عمومی اداره کل کتابخانه‌های استان، شورای کتابخوانی استان با حضور "
        "مدیران کتابخانه‌های عمومی و نمایندگان انجمن ناشران استان در سالن اجتماعات این اداره "
        "برگزار شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مدیران کتابخانه‌های عمومی", "نمایندگان انجمن ناشران استان"])
    ]


def test_roles_sharing_a_complement_are_one_group() -> None:
    found = events(
        "نشست هم‌اندیشی فرهنگی با حضور جمعی از مدیران و مسئولان فرهنگی شهرستان عصر دیروز برگزار شد."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["مدیران و مسئولان فرهنگی شهرستان"])
    ]


def test_a_governor_and_a_group_present_are_two_parties() -> None:
    found = events("شورای تامین استان با حضور استاندار و فرماندهان نظامی و انتظامی برگزار شد.")
    assert [people for kind, people, _ in found if kind == "meeting"] == [
        ["استاندار", "فرماندهان نظامی و انتظامی"]
    ]


def test_those_present_end_before_a_relative_clause() -> None:
    found = events(
        "نشست هم‌اندیشی با حضور مدیران کل ادارات استان که از صبح آغاز شده بود، عصر دیروز برگزار شد."
    )
    assert [people for kind, people, _ in found if kind == "meeting"] == [
        ["مدیران کل ادارات استان"]
    ]


def test_a_body_holding_a_session_with_a_guest_stays_a_party() -> None:
    found = events(
        "کمیسیون آموزش مجلس دیروز جلسه‌ای با حضور حسن کریمی، وزیر آموزش و پرورش، برگزار کرد."
    )
    assert [people for _, people, _ in found] == [["حسن کریمی", "کمیسیون آموزش مجلس"]]


def test_a_body_s_name_closes_with_the_province_it_is_of() -> None:
    found = events(
        "وزیر کشور در جلسه شورای اداری استان کرمان سیل اخیر را آزمونی برای مدیران دانست."
    )
    assert [(kind, people) for kind, people, _ in found] == [
        ("meeting", ["وزیر کشور", "شورای اداری استان کرمان"])
    ]


def test_those_present_named_by_their_role_are_parties() -> None:
    found = events("همایش بزرگ بسیج با حضور بسیجیان شهرستان بابل در ورزشگاه شهید وطنی برگزار شد.")
    assert [(kind, people) for kind, people, _ in found] == [("meeting", ["بسیجیان شهرستان بابل"])]


def test_nominees_met_are_a_group_party() -> None:
    found = events("پیش از اختتامیه، وزیر ورزش با نامزدهای نهایی جایزه قهرمانی دیدار کرد.")
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "نامزدهای نهایی جایزه قهرمانی" in found[0][1]


def test_some_of_a_group_met_by_the_noun_are_a_party() -> None:
    found = events(
        "رهبر معظم انقلاب اسلامی صبح امروز در دیدار جمعی از فرماندهان نیروی هوایی ارتش "
        "بر تقویت بنیه دفاعی کشور تاکید کردند."
    )
    assert found == [("meeting", ["رهبر معظم انقلاب اسلامی", "فرماندهان نیروی هوایی ارتش"], None)]


def test_many_of_a_group_met_or_a_group_named_by_its_role_alone_are_a_party() -> None:
    found = events("علی رضایی امروز در دیدار جمع زیادی از روحانیان و مبلغان گفت: تبلیغ مهم است.")
    assert found[0][:2] == ("meeting", ["علی رضایی", "روحانیان و مبلغان"])
    found = events("علی رضایی امروز در دیدار با جمعی از روحانیان گفت: تبلیغ مهم است.")
    assert found[0][:2] == ("meeting", ["علی رضایی", "روحانیان"])
    found = events("علی رضایی امروز در دیدار هزاران نفر از دانشجویان گفت: علم مهم است.")
    assert found[0][:2] == ("meeting", ["علی رضایی", "دانشجویان"])
    found = events("علی رضایی امروز در دیدار اعضای شورای عالی استان‌ها گفت: همکاری مهم است.")
    assert [kind for kind, _, _ in found] == ["meeting"]


def test_a_body_s_name_ends_where_the_speaker_spoke_in_its_session() -> None:
    found = events(
        "علی رضایی استاندار گیلان که روز یکشنبه در جلسه ستاد مدیریت بحران استان سخن "
        "می‌گفت، افزود: «دولت برای جبران خسارت اعتبار ویژه‌ای در نظر گرفته است».",
    )
    assert found == [("meeting", ["علی رضایی", "ستاد مدیریت بحران استان"], None)]


def test_a_joint_sessions_parties_are_those_it_is_joint_of() -> None:
    found = events("نشست مشترک دولت و مجلس هفته آینده برگزار می‌شود.")
    assert [people for _, people, _ in found] == [["دولت", "مجلس"]]
    found = events("نشست مشترک کمیسیون اقتصادی و کمیسیون برنامه و بودجه مجلس امروز برگزار شد.")
    assert [people for _, people, _ in found] == [
        ["کمیسیون اقتصادی", "کمیسیون برنامه و بودجه مجلس"]
    ]


def test_those_attending_the_session_a_speaker_is_in_are_its_party() -> None:
    found = events(
        "سعید نمکی، وزیر بهداشت، در جلسه‌ای با حضور نمایندگان مردم خوزستان، کمبود پزشک "
        "متخصص در استان را مهم‌ترین مشکل حوزه سلامت دانست."
    )
    # a profession in what is said of the session names no one
    assert found == [("meeting", ["سعید نمکی", "نمایندگان مردم خوزستان"], None)]


def test_a_body_s_assembly_held_is_a_meeting_of_the_body() -> None:
    found = events(
        "مجمع انتخاباتی فدراسیون تکواندو صبح امروز با حضور حمید سجادی، وزیر ورزش و جوانان، "
        "در آکادمی ملی المپیک برگزار شد."
    )
    assert [kind for kind, _, _ in found] == ["meeting"]
    assert "حمید سجادی" in found[0][1]
    # the body's name ends before a time told by «از»
    found = events("مجمع سالانه فدراسیون والیبال بعد از قرائت آیاتی از قرآن کریم آغاز شد.")
    assert found == [("meeting", ["فدراسیون والیبال"], None)]


def test_a_body_s_name_ends_before_a_passive_verb_s_noun() -> None:
    found = events("قرار است این گزارش هفته آینده در نشست شورای امنیت بررسی شود.")
    assert found == [("meeting", ["شورای امنیت"], None)]
