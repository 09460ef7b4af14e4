"""Where a title ends: a body's mission against something goes on with «با», after «و» only
after another mission; a fight with no body before it, a counterpart or someone said of the
holder after «و», an indefinite noun of what the holder gives, «مورد» of what he undergoes,
all open what follows; where a team was sent goes on with the title, but not a destination
with a verb of going after it; a long body's name goes on to its place, a parliamentary
inquiry with what it inquires into, the fields of a provincial office to its province; a
light verb in the past going on ends a title, and so does an infinitive that makes a noun
of a word of the object, a country right after a worldwide body («… سازمان ملل متحد ایران
را») and what is said or written («… بیانیه پایانی نشست … را»)."""

from test_news_titles import titles


def test_a_bodys_mission_against_something_goes_on_with_ba() -> None:
    assert titles("دبیرکل ستاد مبارزه با مواد مخدر گفت") == ["دبیرکل ستاد مبارزه با مواد مخدر"]
    assert titles("رئیس پلیس مبارزه با قاچاق کالای استان گفت") == [
        "رئیس پلیس مبارزه با قاچاق کالای استان"
    ]
    # an adjective of the body's between them: «ملی», «استانی»
    assert titles("عضو کمیته علمی ستاد ملی مقابله با کرونا گفت") == [
        "عضو کمیته علمی ستاد ملی مقابله با کرونا"
    ]


def test_a_fight_after_and_is_a_bodys_only_after_another_mission() -> None:
    assert titles("رئیس ستاد پیشگیری و مبارزه با مواد مخدر گفت") == [
        "رئیس ستاد پیشگیری و مبارزه با مواد مخدر"
    ]
    assert titles("رئیس قوه قضاییه و مبارزه با فساد اقتصادی سخن گفت") == ["رئیس قوه قضاییه"]
    assert titles("دبیر شورای عالی امنیت ملی و مقابله با تروریسم را مهم خواند") == [
        "دبیر شورای عالی امنیت ملی"
    ]


def test_fighting_after_a_title_without_its_body_opens_the_object() -> None:
    assert titles("وزیر نیرو مقابله با کم‌آبی را وظیفه همه دانست") == ["وزیر نیرو"]
    assert titles("رئیس سازمان بهزیستی مبارزه با اعتیاد را مهم خواند") == ["رئیس سازمان بهزیستی"]


def test_a_counterpart_after_and_is_another_person_no_part_of_the_title() -> None:
    assert titles("وزیر خارجه و همتای روسی وی دیدار کردند") == ["وزیر خارجه"]


def test_someone_said_of_the_holder_after_and_is_no_part_of_the_title() -> None:
    assert titles("او به عنوان رئیس مجلس و شخصی است که تجربه دارد.") == ["رئیس مجلس"]
    assert titles("مشاور شخصی رئیس جمهور گفت") == ["مشاور شخصی رئیس جمهور"]


def test_an_indefinite_noun_of_what_the_holder_gives_opens_the_predicate() -> None:
    assert titles("سرمربی تیم ملی جلسه‌ای با بازیکنان برگزار کرد") == ["سرمربی تیم ملی"]
    assert titles("رئیس سازمان بهزیستی نامه‌ای به وزیر نوشت") == ["رئیس سازمان بهزیستی"]
    assert titles("مدیرعامل شرکت آب منطقه‌ای گلستان گفت") == ["مدیرعامل شرکت آب منطقه‌ای گلستان"]


def test_no_news_of_the_holder_is_the_predicate() -> None:
    assert titles("از زیاد شعبو، مهاجم سوریه‌ای خبری نیست.") == ["مهاجم سوریه‌ای"]
    assert titles("مدیر شبکه خبری گفت") == ["مدیر شبکه خبری"]


def test_a_films_crafts_are_titles() -> None:
    assert titles("حسین اشمیری تهیه‌کننده فیلم گفت") == ["تهیه‌کننده فیلم"]
    assert titles("حسین اشمیری تهیه کننده این فیلم گفت") == ["تهیه کننده این فیلم"]
    assert titles("علی رضایی تدوینگر این اثر گفت") == ["تدوینگر این اثر"]


def test_a_ruler_is_an_office_only_before_the_place_ruled() -> None:
    assert titles("پل برمر حاکم سابق آمریکا در عراق گفت") == ["حاکم سابق آمریکا در عراق"]
    assert titles("حاکم دبی در دیدار با وزیر گفت") == ["حاکم دبی"]
    assert titles("حزب حاکم در ترکیه گفت") == []
    assert titles("حاکم رضایی گفت") == []


def test_what_the_holder_undergoes_opens_the_predicate() -> None:
    assert titles("از سوی رشیدی، نایب‌رئیس فدراسیون مورد تقدیر قرار گرفتند") == ["نایب‌رئیس فدراسیون"]
    assert titles("وزیر کشور مورد انتقاد نمایندگان قرار گرفت") == ["وزیر کشور"]


def test_where_a_team_was_sent_goes_on_with_the_title_but_not_where_it_went() -> None:
    assert titles("سرپرست کاروان اعزامی ایران به بازی‌های آسیایی گفت") == [
        "سرپرست کاروان اعزامی ایران به بازی‌های آسیایی"
    ]
    assert titles("سرپرست تیم اعزامی به تهران رسید") == ["سرپرست تیم اعزامی"]


def test_a_verb_of_going_a_few_words_after_the_destination_makes_it_the_holders_way() -> None:
    assert titles("سرپرست تیم اعزامی به کره جنوبی رسید.") == ["سرپرست تیم اعزامی"]
    assert titles("سرپرست تیم اعزامی به ژاپن سفر کرد.") == ["سرپرست تیم اعزامی"]
    assert titles("سرپرست کاروان اعزامی به ترکیه امروز گفت که همه آماده‌اند.") == [
        "سرپرست کاروان اعزامی به ترکیه"
    ]


def test_a_town_named_after_its_noun_and_dar_goes_on_as_a_place_does() -> None:
    assert titles("مسئول ستاد اربعین در شهرستان فردوس گفت") == [
        "مسئول ستاد اربعین در شهرستان فردوس"
    ]
    assert titles("مدیرکل بهزیستی در استان گفت") == ["مدیرکل بهزیستی"]
    assert titles("وزیر کشور در شهرستان فردوس گفت") == ["وزیر کشور"]


def test_the_house_of_the_nation_is_a_members_seat() -> None:
    assert titles("نماینده مردم در خانه ملت گفت") == ["نماینده مردم در خانه ملت"]
    assert titles("مدیرکل بهزیستی در خانه سالمندان گفت") == ["مدیرکل بهزیستی"]


def test_a_long_bodys_name_goes_on_to_its_place() -> None:
    assert titles("عضو هیات علمی دانشکده مهندسی و علوم پایه واحد علوم و تحقیقات گفت") == [
        "عضو هیات علمی دانشکده مهندسی و علوم پایه واحد علوم و تحقیقات"
    ]
    assert titles("دبیر کمیته گردآوری اسناد و خاطرات رزمندگان کنگره سرداران استان یزد گفت") == [
        "دبیر کمیته گردآوری اسناد و خاطرات رزمندگان کنگره سرداران استان یزد"
    ]


def test_the_noun_of_a_light_verb_in_the_past_going_on_opens_the_predicate() -> None:
    assert titles("او با دستیار وزیر دفاع در امور آسیا همکاری می‌کرد.") == [
        "دستیار وزیر دفاع در امور آسیا"
    ]


def test_a_parliamentary_inquiry_goes_on_with_what_it_inquires_into() -> None:
    assert titles("رئیس کمیته تفحص مجلس از سازمان بنادر گفت") == [
        "رئیس کمیته تفحص مجلس از سازمان بنادر"
    ]
    assert titles("عضو هیات تحقیق و تفحص از شرکت نفت گفت") == ["عضو هیات تحقیق و تفحص از شرکت نفت"]
    assert titles("عضو کمیسیون انرژی مجلس از وزیر نیرو انتقاد کرد")[0] == "عضو کمیسیون انرژی مجلس"


def test_a_noun_made_by_an_infinitive_opens_the_object_though_written_twice() -> None:
    title = "مسئول تدوین برنامه جبهه پایداری"
    text = (
        f"{title} عدالت و مردمی کردن اقتصاد را مهم دانست.\n\n{title} گفت: برنامه داریم.\n\n"
        f"{title} عدالت و همگانی کردن فعالیت‌ها را از اولویت‌ها دانست."
    )
    assert titles(text) == [title] * 3


def test_the_fields_of_a_provincial_office_go_on_to_its_province() -> None:
    assert titles("رئیس هیات جودو، جوجیتسو و کوراش خراسان رضوی گفت") == [
        "رئیس هیات جودو، جوجیتسو و کوراش خراسان رضوی"
    ]
    assert titles("مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان گلستان گفت") == [
        "مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان گلستان"
    ]
    # «استان» alone after the list is the clause's noun
    assert titles("رئیس هیات جودو، مربیان و داوران استان را دعوت کرد") == ["رئیس هیات جودو"]


def test_a_country_right_after_a_worldwide_body_is_no_part_of_the_title() -> None:
    assert titles("نماینده آمریکا در سازمان ملل متحد ایران را به نقض قطعنامه متهم کرد.") == [
        "نماینده آمریکا در سازمان ملل متحد"
    ]
    assert titles("نماینده سازمان ملل در ایران گفت") == ["نماینده سازمان ملل در ایران"]


def test_what_is_said_or_written_after_a_title_is_its_object() -> None:
    assert titles(
        "سخنگوی وزارت امور خارجه بیانیه پایانی نشست شورای همکاری خلیج فارس را مداخله خواند."
    ) == ["سخنگوی وزارت امور خارجه"]
