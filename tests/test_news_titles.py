"""Title phrases on sentences written for these tests: where a title starts and ends."""

import pytest

import khabar
from khabar.news.titles import canonical, find_titles, with_place
from khabar.news.titles.lists import offices_of


def titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


def test_a_quantity_or_glued_speech_verb_after_a_title_ends_it() -> None:
    assert titles("رئیس شورای شهر یکی از مشکلات را ترافیک دانست.") == ["رئیس شورای شهر"]
    assert titles("وزیر نیرو دقایقی پیش وارد سد شد.") == ["وزیر نیرو"]
    assert titles("وزیر راه و شهرسازی اظهارداشت: کار ادامه دارد.") == ["وزیر راه و شهرسازی"]
    assert titles("اظهارات سفیر سابق پاکستان مبنی بر این") == ["سفیر سابق پاکستان"]
    assert titles("نخست‌وزیر قزاقستان و بسیاری از وزرا") == ["نخست‌وزیر قزاقستان"]
    assert titles("دبیرکل سازمان ملل متحد بار دیگر خواستار آتش‌بس شد.") == ["دبیرکل سازمان ملل متحد"]
    assert titles("مدیرعامل شرکت حمل بار گفت") == ["مدیرعامل شرکت حمل بار"]


def test_a_gloss_in_brackets_goes_on_with_the_title_a_blessing_too() -> None:
    assert titles("نماینده صندوق کودکان ملل متحد (یونیسف) در ایران گفت") == [
        "نماینده صندوق کودکان ملل متحد (یونیسف) در ایران"
    ]
    assert titles("سرپرست کمیته امداد امام خمینی (ره) گفت") == [
        "سرپرست کمیته امداد امام خمینی (ره)"
    ]
    assert titles("مدیر مرکز قرآن و حدیث اهل بیت (ع) از برگزاری آیین خبر داد.") == [
        "مدیر مرکز قرآن و حدیث اهل بیت (ع)"
    ]
    assert titles("رئیس کمیته (۱۲) گفت") == ["رئیس کمیته"]
    # Typed onto the word before it, as scraped text often has it.
    assert titles("معاون پژوهشی دانشگاه ولیعصر(عج) رفسنجان گفت که نمایشگاه برپاست.") == [
        "معاون پژوهشی دانشگاه ولیعصر(عج) رفسنجان"
    ]


def test_a_quarter_of_a_place_after_dar_goes_on_as_the_place_does() -> None:
    assert titles("مسئول جنبش حزب‌الله در جنوب لبنان گفت: «آماده‌ایم.»") == [
        "مسئول جنبش حزب‌الله در جنوب لبنان"
    ]
    # Not after a bare head, nor without the place.
    assert titles("رئیس جمهور در جنوب لبنان گفت که آماده‌ایم.") == ["رئیس جمهور"]
    assert titles("مسئول جنبش حزب‌الله در جنوب گفت که آماده‌ایم.") == ["مسئول جنبش حزب‌الله"]


def test_a_place_of_more_words_after_dar_goes_on_as_the_place_does() -> None:
    assert titles("رئیس حزب کمونیست در اتحاد جماهیر شوروی گفت") == [
        "رئیس حزب کمونیست در اتحاد جماهیر شوروی"
    ]
    assert titles("سفیر ایران در امارات متحده عربی گفت") == ["سفیر ایران در امارات متحده عربی"]
    assert titles("رئیس جمهور در امارات متحده عربی گفت") == ["رئیس جمهور"]


def test_friday_after_the_prayer_or_its_leaders_is_no_weekday() -> None:
    assert titles("رئیس شورای سیاستگذاری ائمه جمعه گفت") == ["رئیس شورای سیاستگذاری ائمه جمعه"]
    assert titles("مدیر ستاد نماز جمعه تهران گفت") == ["مدیر ستاد نماز جمعه تهران"]


def test_a_founder_of_a_policy_or_a_movement_holds_a_title() -> None:
    assert titles("بانی سیاست درهای باز درباره ایران گفت") == ["بانی سیاست درهای باز"]
    assert titles("پایه‌گذار این جنبش گفت") == ["پایه‌گذار این جنبش"]


def test_a_countrys_delegation_sits_in_bodies_as_its_mission_does() -> None:
    assert titles("سخنگوی هیئت ایران در سازمان ملل به نیوزویک گفت: «آشکار است.»") == [
        "سخنگوی هیئت ایران در سازمان ملل"
    ]
    assert titles("رئیس هیئت روسیه در آژانس گفت که آماده‌ایم.") == ["رئیس هیئت روسیه در آژانس"]
    # A sports board is no delegation: where it played is no part of the title.
    assert titles("رئیس هیئت جودو ایران در مسابقات گفت که آماده‌ایم.") == ["رئیس هیئت جودو ایران"]
    assert titles("عضو هیئت علمی در سازمان ملل گفت که آماده‌ایم.") == ["عضو هیئت علمی"]


def test_dar_astaneh_is_on_the_eve_of_unless_it_ends_the_phrase() -> None:
    assert titles("وزیر آموزش و پرورش در آستانه سال تحصیلی گفت") == ["وزیر آموزش و پرورش"]
    assert titles("سفیر ایران در آستانه گفت") == ["سفیر ایران در آستانه"]


def test_friday_prayer_leaders_are_titles() -> None:
    assert titles("خطیب جمعه تبریز گفت") == ["خطیب جمعه تبریز"]
    assert titles("امام‌جمعه تبریز گفت") == ["امام‌جمعه تبریز"]


def test_a_members_towns_listed_with_commas_are_his_title() -> None:
    assert titles("نماینده مردم اردبیل، نیر، نمین و سرعین در مجلس شورای اسلامی گفت") == [
        "نماینده مردم اردبیل، نیر، نمین و سرعین در مجلس شورای اسلامی"
    ]
    assert titles("نماینده مردم تهران، اصفهان و شیراز گفت") == [
        "نماینده مردم تهران، اصفهان و شیراز"
    ]
    assert titles("نماینده مردم تهران، ری، شمیرانات و اسلامشهر با طرح سوالاتی از وزیر") == [
        "نماینده مردم تهران، ری، شمیرانات و اسلامشهر"
    ]
    assert titles("نماینده تهران، وزیر نفت و وزیر نیرو در جلسه") == [
        "نماینده تهران",
        "وزیر نفت",
        "وزیر نیرو",
    ]


def test_a_title_had_a_meeting_with_ends_before_the_events_verb() -> None:
    assert titles("اسکوچیچ سرمربی تیم ملی دیداری با رئیس فدراسیون داشت") == [
        "سرمربی تیم ملی",
        "رئیس فدراسیون",
    ]
    assert titles("او جلسه‌ای با وزیر ورزش داشت") == ["وزیر ورزش"]
    assert titles("رئیس فدراسیون حضور داشت") == ["رئیس فدراسیون"]
    assert titles("دبیر کل ورزش داشت") == []
    assert titles("با سخنرانی محسن قنبریان کارشناس دینی برگزار می‌شود") == ["کارشناس دینی"]


def test_a_veteran_is_a_title_beside_the_name() -> None:
    assert titles("عیسی محمدی جانباز شیمیایی دفاع مقدس و عضو شورای اسلامی روستا گفت") == [
        "جانباز شیمیایی دفاع مقدس",
        "عضو شورای اسلامی روستا",
    ]


def test_two_offices_joined_by_va_are_written_apart() -> None:
    assert offices_of("معاون استاندار تهران و فرماندار ویژه شهرستان ری") == [
        "معاون استاندار تهران",
        "فرماندار ویژه شهرستان ری",
    ]
    assert offices_of("عضو و رئیس کمیسیون عمران شورای شهر") == [
        "عضو کمیسیون عمران شورای شهر",
        "رئیس کمیسیون عمران شورای شهر",
    ]
    assert offices_of("وزیر آموزش و پرورش") == ["وزیر آموزش و پرورش"]
    found = khabar.analyze(
        "خبر\n\nهدایت جمالی، معاون استاندار تهران و فرماندار ویژه شهرستان ری، گفت: کار ادامه دارد."
    ).to_dict()["people"]
    assert found[0]["titles"] == ["معاون استاندار تهران", "فرماندار ویژه شهرستان ری"]


def test_an_honorific_in_the_name_of_a_body_goes_on_with_the_title() -> None:
    assert titles("علی نوروزی، استاد دانشگاه علامه طباطبایی، گفت") == [
        "استاد دانشگاه علامه طباطبایی"
    ]
    assert titles("معاون وزیر دکتر علی کریمی گفت") == ["معاون وزیر"]


def test_a_town_of_two_words_that_opens_like_a_head_is_still_a_town() -> None:
    assert titles("نماینده سوادکوه، قائم شهر، جویبار و سیمرغ در مجلس شورای اسلامی گفت") == [
        "نماینده سوادکوه، قائم شهر، جویبار و سیمرغ در مجلس شورای اسلامی"
    ]
    assert titles("رئیس جمعیت هلال‌احمر چایپاره علت این حادثه را سرعت دانست") == [
        "رئیس جمعیت هلال‌احمر چایپاره"
    ]


def test_a_title_before_ra_ends_where_the_article_writes_it_alone() -> None:
    text = (
        "فرمانده سپاه فجر امنیت کشور را حاصل تلاش رزمندگان دانست. "
        "چند تن از مسئولان، فرمانده سپاه فجر را همراهی کردند."
    )
    assert titles(text) == ["فرمانده سپاه فجر", "فرمانده سپاه فجر"]
    assert titles("رئیس سازمان بنادر امنیت کشور را مهم دانست.") == ["رئیس سازمان بنادر امنیت کشور"]
    text = "آنها سفر رهبر کره شمالی را مهم دانستند. رهبر کره از این سفر دفاع کرد."
    assert titles(text)[0] == "رهبر کره شمالی"
    text = "رئیس جمهور مخلوع نیز اصلاحاتی را آغاز کرده بود. رئیس جمهور گفت که ادامه می‌دهد."
    assert titles(text)[0] == "رئیس جمهور مخلوع"
    text = (
        "رئیس مجمع تشخیص مصلحت نظام گفت: کار ادامه دارد. رئیس مجمع تشخیص مصلحت نظام "
        "گفتمان‌های دفاع مقدس، سازندگی و توسعه سیاسی را درست خواند."
    )
    assert titles(text) == ["رئیس مجمع تشخیص مصلحت نظام"] * 2


def test_a_bodys_or_works_name_in_guillemets_after_its_noun_is_in_the_title() -> None:
    assert titles("مریم صادقی، نویسنده رمان «باغ انار» و رئیس انجمن قلم یزد و جمعی از اهالی") == [
        "نویسنده رمان «باغ انار»",
        "رئیس انجمن قلم یزد",
    ]
    assert titles("کاوه راد، تحلیلگر ارشد بانک «آینده روشن» گفت") == [
        "تحلیلگر ارشد بانک «آینده روشن»"
    ]
    assert titles("سخنگوی دولت «تصمیم نهایی» را اعلام کرد") == ["سخنگوی دولت"]


def test_an_event_a_body_holds_closes_a_title_with_this_before_it() -> None:
    assert titles("مسئول برگزاری این نمایشگاه گفت که آثار رسید.") == ["مسئول برگزاری این نمایشگاه"]
    assert titles("دبیر علمی این همایش افزود که مقالات رسید.") == ["دبیر علمی این همایش"]


def test_a_preposition_of_agency_or_a_speech_verb_ends_a_title() -> None:
    assert titles("نامه سخنگوی دولت توسط وزیر صنعت نوشته شد.") == ["سخنگوی دولت", "وزیر صنعت"]
    assert titles("رئیس‌جمهور وقت نوشت که کار آغاز شد.") == ["رئیس‌جمهور وقت"]


def test_roles_in_the_arts_science_and_the_press_head_titles() -> None:
    assert titles("نیما فرهادی بازیگر سینمای ایران گفت") == ["بازیگر سینمای ایران"]
    assert titles("رضا کاظمی دانشمند ایرانی در این باره گفت") == ["دانشمند ایرانی"]
    assert titles("سردبیر روزنامه اطلاعات افزود") == ["سردبیر روزنامه اطلاعات"]


def test_a_title_opens_after_a_dateline_colon_written_without_its_space() -> None:
    assert titles("خبرگزاری فارس:فرمانده انتظامی استان کرمان از کشف مواد خبر داد.") == [
        "فرمانده انتظامی استان کرمان"
    ]


def test_a_head_written_with_a_half_space_is_a_head() -> None:
    assert titles("مدیر\u200cکل تربیت‌بدنی استان قم گفت") == ["مدیر\u200cکل تربیت‌بدنی استان قم"]
    assert titles("مدیر\u200cعامل سازمان آتش‌نشانی آبادان گفت") == [
        "مدیر\u200cعامل سازمان آتش‌نشانی آبادان"
    ]


def test_a_compound_preposition_or_a_speech_verb_written_apart_or_glued_ends_a_title() -> None:
    assert titles("رئیس شورای اروپا بعد از نشست گفت") == ["رئیس شورای اروپا"]
    assert titles("مدیر کل آژانس نسبت به برنامه هشدار داد") == ["مدیر کل آژانس"]
    assert titles("رئیس آموزش‌وپرورش استثنایی خراسان‌جنوبی بابیان اینکه کار آغاز شد، گفت") == [
        "رئیس آموزش‌وپرورش استثنایی خراسان‌جنوبی"
    ]
    assert titles("عضو شورای مرکزی دانشگاه خواجه نصیر خاطر نشان کرد") == [
        "عضو شورای مرکزی دانشگاه خواجه نصیر"
    ]


def test_the_verb_of_an_appointment_ends_a_title() -> None:
    assert titles("پناهنده به عنوان سرپرست اداره‌کل راهداری استان معرفی شد") == [
        "سرپرست اداره‌کل راهداری استان"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body joined by «و» after the country names its own: «… برزیل و باشگاه سانتوس».
        ("مهاجم جوان برزیل و باشگاه سانتوس به لیون پیوست.", "مهاجم جوان برزیل و باشگاه سانتوس"),
        # A demonstrative opens the predicate: «… همان فردی بود».
        ("معاون سیا همان فردی بود که خدمت می‌کرد.", "معاون سیا"),
        ("سخنگوی دولت همین هفته گفت", "سخنگوی دولت"),
    ],
)
def test_where_a_title_ends_after_a_place_or_before_a_demonstrative(
    text: str, expected: str
) -> None:
    assert titles(text) == [expected]


def test_a_district_goes_on_with_its_number_written_as_a_word() -> None:
    assert titles("مدیر آموزش و پرورش ناحیه یک شیراز گفت: مدارس باز است.") == [
        "مدیر آموزش و پرورش ناحیه یک شیراز"
    ]
    assert titles("رئیس شعبه یک دادگاه انقلاب گفت: حکم صادر شد.") == ["رئیس شعبه یک دادگاه انقلاب"]


def test_a_modal_or_a_preposition_written_as_one_word_ends_a_title() -> None:
    assert titles("مدیرعامل جدید شرکت باید از میان مدیران بومی انتخاب شود.") == [
        "مدیرعامل جدید شرکت"
    ]
    assert titles("رئیس جمهور بصورت ویدئو کنفرانس طرح را افتتاح کرد.") == ["رئیس جمهور"]
    assert titles("من عضو این حزب نیستم.") == ["عضو این حزب"]


def test_the_portfolios_of_a_commission_listed_with_commas_are_one_title() -> None:
    assert titles("عضو کمیسیون کشاورزی، آب و منابع طبیعی مجلس گفت: سدها پر است.") == [
        "عضو کمیسیون کشاورزی، آب و منابع طبیعی مجلس"
    ]
    assert titles("رئیس کمیسیون برنامه، بودجه و محاسبات مجلس گفت: لایحه رسید.") == [
        "رئیس کمیسیون برنامه، بودجه و محاسبات مجلس"
    ]


def test_a_head_written_as_two_words_or_one_is_one_office() -> None:
    assert canonical("مدیر کل بهزیستی استان یزد") == canonical("مدیرکل بهزیستی استان یزد")
    assert canonical("دبیر کل حزب سبز") == canonical("دبیرکل حزب سبز")


def test_where_the_head_of_a_worldwide_body_is_is_no_part_of_the_title() -> None:
    assert titles("نخست‌وزیر ژاپن با دبیرکل سازمان ملل متحد در توکیو دیدار کرد.") == [
        "نخست‌وزیر ژاپن",
        "دبیرکل سازمان ملل متحد",
    ]
    assert titles("رئیس دفتر سازمان ملل در افغانستان گفت") == ["رئیس دفتر سازمان ملل در افغانستان"]


def test_an_envoy_or_mission_of_a_worldwide_body_keeps_the_country_it_serves_in() -> None:
    assert titles("مارتین گریفیتس فرستاده ویژه سازمان ملل در یمن گفت: آتش‌بس برقرار است.") == [
        "فرستاده ویژه سازمان ملل در یمن"
    ]
    assert titles("یان کوبیش رئیس هیئت معاونت سازمان ملل در عراق گفت") == [
        "رئیس هیئت معاونت سازمان ملل در عراق"
    ]
    assert titles("سخنگوی دبیرکل سازمان ملل در نیویورک گفت") == ["سخنگوی دبیرکل سازمان ملل"]


def test_the_areas_of_a_post_listed_with_commas_go_on_to_the_body() -> None:
    assert titles("معاون فرهنگی، اجتماعی و گردشگری سازمان بنادر گفت") == [
        "معاون فرهنگی، اجتماعی و گردشگری سازمان بنادر"
    ]
    assert titles("عضو کمیسیون فرهنگی، هنری و زیست شهری شورای شهر کرج گفت") == [
        "عضو کمیسیون فرهنگی، هنری و زیست شهری شورای شهر کرج"
    ]
    assert titles("رئیس اداره میراث فرهنگی، صنایع دستی و گردشگری شهرستان نطنز گفت") == [
        "رئیس اداره میراث فرهنگی، صنایع دستی و گردشگری شهرستان نطنز"
    ]


def test_people_or_nouns_listed_after_a_title_are_no_areas_of_it() -> None:
    assert titles("مدیرکل ورزشی، مسئولان فرهنگی و اعضای شورای شهر آمدند.") == ["مدیرکل ورزشی"]
    assert titles("معاون آموزشی، دانشجویان و استادان دانشگاه آمدند.") == ["معاون آموزشی"]
    assert titles("مدیر فنی، مهندسی و عملیات را دید.") == ["مدیر فنی"]
    assert titles("مدیرکل فرهنگ و ارشاد اسلامی، بهزیستی و تعاون استان آمدند.") == [
        "مدیرکل فرهنگ و ارشاد اسلامی"
    ]


def test_a_designer_is_a_title_of_what_they_design() -> None:
    text = "مینا رستمی طراح صحنه و لباس، کاوه نادری آهنگساز و رضا صالحی مدیر تولید کار است."
    assert titles(text)[0] == "طراح صحنه و لباس"


def test_an_order_given_opens_the_predicate_after_a_bare_title() -> None:
    text = "مهدی رستمی رئیس دانشگاه دستور بررسی حادثه را صادر کرد."
    assert titles(text) == ["رئیس دانشگاه"]
    assert titles("استاندار حکم فرماندار جدید را امضا کرد.") == ["استاندار", "فرماندار جدید"]


def test_professions_are_titles_alone_or_of_where_they_work() -> None:
    assert titles("سارا کیانی حقوقدان دانشگاه تهران گفت.") == ["حقوقدان دانشگاه تهران"]
    assert titles("نوید فرهمند، مترجم، از کتاب تازه خود گفت.") == ["مترجم"]
    assert titles("عکس‌های عکاس‌باشی در کاخ گلستان است.") == []


def test_the_noun_of_holding_an_office_credits_no_title() -> None:
    assert titles("این ماهنامه به مدیر مسئولی کاوه نادری منتشر شد.") == []
    assert titles("کاوه نادری، مدیر مسئول ماهنامه آفتاب، گفت.") == ["مدیر مسئول ماهنامه آفتاب"]


def test_the_imams_order_in_a_bodys_name_is_no_order_given() -> None:
    text = "محمد مخبر رئیس ستاد اجرایی فرمان حضرت امام گفت که کمک‌ها ادامه دارد."
    assert titles(text) == ["رئیس ستاد اجرایی فرمان حضرت امام"]
    text = "علی احمدی رئیس ستاد فرمان امام خمینی (ره) در استان گفت که کمک‌ها ادامه دارد."
    assert titles(text) == ["رئیس ستاد فرمان امام خمینی (ره)"]
    assert titles("فرمانده سپاه فرمان حمله را صادر کرد.") == ["فرمانده سپاه"]


def test_dated_before_a_date_is_no_historian() -> None:
    assert titles("در نامه علی احمدی مورخ ۱۰ مرداد ۱۴۰۲ آمده است که کار متوقف شود.") == []
    assert titles("بر اساس مصوبه مورخ دهم مرداد هیئت وزیران، او منصوب شد.") == []
    assert titles("محمد رضایی مورخ دوره قاجار گفت که سند جعلی است.") == ["مورخ دوره قاجار"]


def test_critical_after_a_plural_is_no_critics_title() -> None:
    assert titles("رسانه‌های منتقد دولت، علی احمدی را متهم کردند.") == []
    assert titles("استفان چایفر، منتقد سینمای آمریکا، گفت که فیلم خوب است.") == [
        "منتقد سینمای آمریکا"
    ]


def test_a_bare_head_ends_before_the_place_it_spoke_in() -> None:
    assert titles("رئیس جمهور در نیویورک گفت که مذاکره ادامه دارد.") == ["رئیس جمهور"]
    assert titles("عضو در همدان گفت") == []
    assert titles("سفیر در تهران گفت") == ["سفیر در تهران"]
    assert titles("رئیس حزب سبز در آلمان گفت") == ["رئیس حزب سبز در آلمان"]


def test_the_leaders_representative_sits_in_a_body_named_after_dar() -> None:
    assert titles("مسئول نمایندگی ولی فقیه در ناحیه مقاومت بسیج شهرستان کرج گفت: خوب است.") == [
        "مسئول نمایندگی ولی فقیه در ناحیه مقاومت بسیج شهرستان کرج"
    ]
    assert titles("نماینده مقام معظم رهبری در بنیاد شهید گفت") == [
        "نماینده مقام معظم رهبری در بنیاد شهید"
    ]
    assert titles("سخنگوی نمایندگی ایران در سازمان ملل در مصاحبه‌ای گفت") == [
        "سخنگوی نمایندگی ایران در سازمان ملل"
    ]
    assert titles("نماینده ولی فقیه در جمع نمازگزاران گفت") == ["نماینده ولی فقیه"]
    assert titles("نماینده ولی فقیه در دیدار با مردم گفت") == ["نماینده ولی فقیه"]
    assert titles("سخنگوی وزارت امور خارجه در سازمان ملل گفت") == ["سخنگوی وزارت امور خارجه"]


def test_a_unit_named_after_a_holy_city_leaves_the_title_its_province() -> None:
    assert titles("فرمانده سپاه قدس گیلان گفت") == ["فرمانده سپاه قدس گیلان"]
    assert titles("مسئول بسیج سپاه کربلا مازندران اشاره کرد") == ["مسئول بسیج سپاه کربلا مازندران"]
    assert titles("فرمانده سپاه قدس هدف را روشن کرد") == ["فرمانده سپاه قدس"]
    assert titles("استاندار کربلا مشهد را دید") == ["استاندار کربلا"]


def test_an_adverb_or_verbal_noun_of_the_predicate_ends_a_title() -> None:
    assert titles("وزیر صنعت، معدن و تجارت خطاب به استانداران نوشت") == ["وزیر صنعت، معدن و تجارت"]
    assert titles("رئیس سازمان بهزیستی اشاره به اینکه کار ادامه دارد، گفت") == [
        "رئیس سازمان بهزیستی"
    ]
    assert titles("مدافع ایرانی بنفیکا تاکنون سه گل زده است.") == ["مدافع ایرانی بنفیکا"]
    assert titles("شهردار منطقه دو همچنان به کار خود ادامه داد.") == ["شهردار منطقه دو"]
    assert titles("استاندار حتی یک بار به روستا نیامد.") == ["استاندار"]
    assert titles("وزیر امور خارجه وقت کشورمان بارها این را گفته بود.") == [
        "وزیر امور خارجه وقت کشورمان"
    ]


def test_a_date_or_an_amount_ends_a_title_an_age_or_a_weight_does_not() -> None:
    assert titles("رئیس‌جمهور ۴ میلیارد تومان برای خرید آمبولانس اختصاص داد.") == ["رئیس‌جمهور"]
    assert titles("عضو حقوقدان شورای نگهبان ۲۵ تیرماه استعفا داد.") == ["عضو حقوقدان شورای نگهبان"]
    assert titles("کارگردان نمایش ۱۲/۳/۹۸ را به یاد آورد.") == ["کارگردان نمایش"]
    assert titles("مهاجم ۲۲ ساله تیم فوتبال سپاهان گفت") == ["مهاجم ۲۲ ساله تیم فوتبال سپاهان"]
    assert titles("نماینده وزن ۸۴- کیلوگرم تیم ملی گفت") == ["نماینده وزن ۸۴- کیلوگرم تیم ملی"]
    assert titles("دبیر ستاد کنگره ۶۵۰۰ شهید استان کرمان گفت") == [
        "دبیر ستاد کنگره ۶۵۰۰ شهید استان کرمان"
    ]


def test_and_after_the_place_goes_on_with_a_place_or_a_body_only() -> None:
    assert titles("استاندار کردستان و مردم شریف استان از شهدا تجلیل کردند.") == ["استاندار کردستان"]
    assert titles("مدیرکل بهزیستی گیلان و مدیران استانی در جلسه حاضر بودند.") == [
        "مدیرکل بهزیستی گیلان"
    ]
    assert titles("وزیر خارجه روسیه و آمریکا دیدار کردند") == ["وزیر خارجه روسیه و آمریکا"]
    assert titles("استاندار کهگیلویه و بویراحمد گفت") == ["استاندار کهگیلویه و بویراحمد"]
    assert titles("کارشناس مهدهای کودک استان یزد و شهرستان‌ها حضور داشتند") == [
        "کارشناس مهدهای کودک استان یزد و شهرستان‌ها"
    ]
    assert titles("بازیکن تیم ملی پرتغال و باشگاه بنفیکا گفت") == [
        "بازیکن تیم ملی پرتغال و باشگاه بنفیکا"
    ]
    assert titles("نماینده مردم مراغه و عجب‌شیر در مجلس گفت") == [
        "نماینده مردم مراغه و عجب‌شیر در مجلس"
    ]


def test_faal_is_an_activist_by_a_field_and_otherwise_active() -> None:
    assert titles("این فعال دانشجویی افزود: ادامه می‌دهیم.") == ["فعال دانشجویی"]
    assert titles("این فعال بخش خصوصی تأکید کرد") == ["فعال بخش خصوصی"]
    assert titles("فعال محیط‌زیست گیلان گفت") == ["فعال محیط‌زیست گیلان"]
    assert titles("از حضور فعال جوانان و بانوان در انتخابات تشکر کرد.") == []
    assert titles("بیشتر آنان کاربر فعال هستند.") == []
    assert titles("برای فعال شدن واحدهای تولیدی تلاش می‌کنیم.") == []


def test_officials_listed_after_and_hold_their_own_offices() -> None:
    assert titles("با حضور نویسنده کتاب و مدیران و مسئولان استان برگزار شد.") == ["نویسنده کتاب"]
    assert titles("نمایندگان مجلس و مسئولان وزارت نیرو جلسه‌ای برگزار کردند.") == ["نمایندگان مجلس"]
    assert titles("مدیر کل دفتر بانوان و خانواده استانداری قزوین گفت") == [
        "مدیر کل دفتر بانوان و خانواده استانداری قزوین"
    ]


def test_a_verb_form_ends_a_title_and_the_copula_keeps_the_predicate() -> None:
    assert titles("پیش از این مدیرکل آموزش و پرورش استان بوده است.") == [
        "مدیرکل آموزش و پرورش استان"
    ]
    assert titles("به دلیل مسئول بودن وی در این پرونده") == []
    assert titles("تیم ما باید سرمربی داشته باشد.") == []
    assert titles("مسئول ستاد جبهه عدالت و مردمی کردن اقتصاد را هدف دانست.") == [
        "مسئول ستاد جبهه عدالت"
    ]


def test_a_minister_is_never_in_a_place_an_envoy_or_a_body_abroad_is() -> None:
    assert titles("وزیر نفت در وین گفت که تولید ثابت می‌ماند.") == ["وزیر نفت"]
    assert titles("وزیران اوپک در وین دیدار کردند") == ["وزیران اوپک"]
    assert titles("سفیر ژاپن در ایران گفت") == ["سفیر ژاپن در ایران"]
    assert titles("رئیس فدراسیون شنا در عربستان سعودی گفت") == [
        "رئیس فدراسیون شنا در عربستان سعودی"
    ]
    assert titles("معاون وزیر نیرو در امور برق گفت") == ["معاون وزیر نیرو در امور برق"]


def test_a_title_opens_after_a_straight_quote_too() -> None:
    assert titles('خانم احمدی "معاون صنایع‌دستی سازمان میراث فرهنگی گفت') == [
        "معاون صنایع‌دستی سازمان میراث فرهنگی"
    ]


def test_a_given_name_after_and_opens_the_next_person() -> None:
    assert titles("مدیر انتشارات باران و وحید توفانی حضور داشتند") == ["مدیر انتشارات باران"]
    assert titles("نماینده مردم تبریز و عباس فلاحی گفتند") == ["نماینده مردم تبریز"]
    assert titles("سرمربی تیم‌های ملی بزرگسالان و امید گفت") == [
        "سرمربی تیم‌های ملی بزرگسالان و امید"
    ]


def test_a_members_second_town_read_as_a_name_stays_in_the_title() -> None:
    text = "معصومه احمدی، نماینده مردم مراغه و عجب‌شیر در مجلس، گفت"
    found = find_titles(text, frozenset({0, text.index("عجب‌شیر")}))
    assert [t.text for t in found] == ["نماینده مردم مراغه و عجب‌شیر در مجلس"]
    text = "نماینده مردم تبریز و عباس فلاح در مجلس گفتند"
    found = find_titles(text, frozenset({text.index("عباس")}))
    assert [t.text for t in found] == ["نماینده مردم تبریز"]
    # With no seat after it, a word no given name is a town still, a surname's look-alike
    # too («هریس»).
    text = "عباس فلاح، نماینده مردم اهر و هریس حضور داشت."
    found = find_titles(text, frozenset({0, text.index("هریس")}))
    assert [t.text for t in found] == ["نماینده مردم اهر و هریس"]
    text = "سعیدی، نماینده مردم تبریز و عباس فلاح حضور داشتند."
    found = find_titles(text, frozenset({0, text.index("عباس")}))
    assert [t.text for t in found] == ["نماینده مردم تبریز"]


def test_an_age_group_the_martyrs_or_the_date_a_body_is_named_after_stay_in_the_title() -> None:
    assert titles("سرمربی تیم ملی فوتبال زیر ۲۳ سال ایران گفت") == [
        "سرمربی تیم ملی فوتبال زیر ۲۳ سال ایران"
    ]
    assert titles("دبیر ستاد کنگره ۲۴ هزار شهید استان تهران گفت") == [
        "دبیر ستاد کنگره ۲۴ هزار شهید استان تهران"
    ]
    assert titles("رئیس بیمارستان ۱۵ خرداد گفت") == ["رئیس بیمارستان ۱۵ خرداد"]
    assert titles("رئیس سازمان ۲۵ تیرماه گفت") == ["رئیس سازمان"]
    assert titles("استاندار ۲ هزار میلیارد ریال اعتبار داد") == ["استاندار"]


def test_an_activist_by_a_political_camp_or_a_scene_is_a_title() -> None:
    assert titles("فعال اصلاح‌طلب گفت که انتخابات رقابتی است") == ["فعال اصلاح‌طلب"]
    assert titles("فعال اصولگرا در گفت‌وگو با ما گفت") == ["فعال اصولگرا"]
    assert titles("فعال فضای مجازی گفت") == ["فعال فضای مجازی"]
    assert titles("فعال بازار سرمایه گفت") == ["فعال بازار سرمایه"]
    assert titles("این شرکت‌ها با حضور فعال در بازار رشد کردند") == []


def test_a_group_after_and_goes_on_with_a_body_named_after_its_members() -> None:
    assert titles("رئیس کانون مدیران و کارشناسان روابط عمومی گفت") == [
        "رئیس کانون مدیران و کارشناسان روابط عمومی"
    ]
    assert titles("رئیس اتحادیه کارگران و کارکنان قراردادی گفت") == [
        "رئیس اتحادیه کارگران و کارکنان قراردادی"
    ]
    assert titles("رئیس انجمن خوشنویسان تهران و مدیران فرهنگی حاضر بودند") == [
        "رئیس انجمن خوشنویسان تهران"
    ]
    assert titles("مدیرکل ورزش و جوانان و مدیران استان حاضر بودند") == ["مدیرکل ورزش و جوانان"]
    assert titles("رئیس انجمن اولیا و مربیان و اعضای شورای مدرسه گفتند") == [
        "رئیس انجمن اولیا و مربیان"
    ]


def test_and_after_a_place_a_plural_of_places_named_goes_on_with_a_town() -> None:
    assert titles("رئیس دادگستری شهرستان‌های ساوه و زرندیه گفت") == [
        "رئیس دادگستری شهرستان‌های ساوه و زرندیه"
    ]
    assert titles("رئیس دادگستری شهرستان ساوه و مردم شهر حاضر بودند") == [
        "رئیس دادگستری شهرستان ساوه"
    ]


def test_the_day_a_staff_commemorates_stays_in_its_title() -> None:
    assert titles("دبیر ستاد راهپیمایی ۲۲ بهمن استان تهران گفت") == [
        "دبیر ستاد راهپیمایی ۲۲ بهمن استان تهران"
    ]
    assert titles("دبیر ستاد بزرگداشت حماسه ۹ دی گفت") == ["دبیر ستاد بزرگداشت حماسه ۹ دی"]
    assert titles("رئیس جمهور ۲۲ بهمن در راهپیمایی سخنرانی می‌کند") == ["رئیس جمهور"]


def test_a_unit_named_after_a_holy_city_takes_its_province_after_ostan_too() -> None:
    assert titles("فرمانده سپاه قدس استان گیلان گفت") == ["فرمانده سپاه قدس استان گیلان"]
    assert titles("فرمانده سپاه قدس استان را دید") == ["فرمانده سپاه قدس"]


def test_a_given_name_after_and_goes_on_as_a_bodys_second_namesake() -> None:
    assert titles("مدیر بیمارستان فاطمه زهرا و علی اصغر گفت") == [
        "مدیر بیمارستان فاطمه زهرا و علی اصغر"
    ]
    assert titles("مدیر انتشارات باران و وحید توفانی حاضر بودند") == ["مدیر انتشارات باران"]


def test_a_candidate_and_a_thinker_head_titles() -> None:
    found = find_titles(
        "الاشعل حمله‌ای را علیه عمرو موسی، دبیرکل سابق اتحادیه عرب و نامزد کنونی انتخابات "
        "ریاست جمهوری مصر آغاز کرد."
    )
    assert [t.text for t in found] == [
        "دبیرکل سابق اتحادیه عرب",
        "نامزد کنونی انتخابات ریاست جمهوری مصر",
    ]
    # The country the second title ends with is not the first's, which names its body.
    assert with_place(found[0], found[1]) == "دبیرکل سابق اتحادیه عرب"
    found = find_titles("معاون نخست‌وزیر و وزیر امور خارجه پاکستان گفت")
    assert with_place(found[0], found[1]) == "معاون نخست‌وزیر پاکستان"
    assert titles("عبدالله الاشعل استاد حقوق بین الملل و اندیشمند اسلامی گفت") == [
        "استاد حقوق بین الملل",
        "اندیشمند اسلامی",
    ]


def test_a_title_ends_before_a_verbs_noun_and_nam() -> None:
    assert titles("محمد جعفری نامزد ریاست جمهوری ثبت نام کرد.") == ["نامزد ریاست جمهوری"]


def test_a_craft_in_gar_is_a_head_however_it_is_spaced() -> None:
    for analyst in ("تحلیلگر", "تحلیل‌گر", "تحلیل گر"):
        assert titles(f"استیون بریتون، {analyst} بازار نفت در لندن، گفت") == [
            f"{analyst} بازار نفت در لندن"
        ]
    assert titles("علی رضایی، پژوهش گر تاریخ، گفت") == ["پژوهش گر تاریخ"]


def test_a_coordinator_is_a_head() -> None:
    assert titles("مارتین هاگستروم، هماهنگ‌کننده ویژه سازمان ملل در امور لبنان، گفت") == [
        "هماهنگ‌کننده ویژه سازمان ملل در امور لبنان"
    ]


def test_holders_of_one_office_after_and_are_others_present() -> None:
    assert titles(
        "محمدعلی رستمی مدیرکل امور فرمانداری‌ها و فرمانداران ۱۴ شهرستان استان حضور داشتند."
    ) == ["مدیرکل امور فرمانداری‌ها"]
