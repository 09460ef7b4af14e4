"""People, their titles and every mention, read by ``khabar.analyze`` from short articles
written for these tests."""

import datetime as dt
import re

import pytest

import khabar
from khabar.news.people import People, Person
from khabar.news.people.lexicon import given_names
from khabar.news.titles import find_titles
from khabar.text.chars import ZWNJ

PUBLISHED = dt.date(2019, 5, 2)


def analyzed(body: str) -> dict:
    """The analysis of an article with a plain headline and ``body`` as its paragraphs."""
    return khabar.analyze(f"خبر آزمایشی\n\n{body}", date=PUBLISHED).to_dict()


def people(body: str) -> dict[str, tuple[list[str], list[str]]]:
    """Name → (titles, mention surfaces in text order)."""
    data = analyzed(body)
    text = data["text"]
    return {p["name"]: (p["titles"], [text[s:e] for s, e in p["mentions"]]) for p in data["people"]}


def test_a_title_ends_where_the_predicate_begins() -> None:
    found = people(
        "علی کریمی، وزیر نفت، گفت: «کار آغاز شد.»\n\n"
        "وزیر نفت امضا کردند که قرارداد اجرا شود. وزیر هفته آینده به تهران می‌رود."
    )
    titles, mentions = found["علی کریمی"]
    assert titles == ["وزیر نفت"]
    assert "وزیر نفت امضا" not in " ".join(mentions)
    assert not any(m.startswith("وزیر هفته") for m in mentions)


def test_a_demonstrative_description_is_one_mention_with_its_demonstrative() -> None:
    found = people(
        "حسن رضایی، نماینده مجلس، گفت که طرح آماده است.\n\n"
        "این نماینده مجلس افزود که جلسه فردا برگزار می‌شود."
    )
    assert "این نماینده مجلس" in found["حسن رضایی"][1]
    assert "نماینده مجلس" not in found["حسن رضایی"][1]


def test_this_official_before_an_object_is_the_whole_description() -> None:
    found = people(
        "سلیمان محبی، مدیر آموزش و پرورش شهرستان، گفت که سرویس مدارس ایمن شد.\n\n"
        "این مسئول انتخاب آژانس‌های معتبر را ضروری دانست و گفت: راننده‌ها بررسی می‌شوند.\n\n"
        "این مسئول آموزش و پرورش در ادامه گفت: مدارس آماده‌اند."
    )
    assert found["سلیمان محبی"][1] == [
        "سلیمان محبی",
        "این مسئول",
        "این مسئول آموزش و پرورش",
    ]


def test_a_surname_written_again_anywhere_is_a_mention() -> None:
    found = people(
        "مهدی قربانی‌پور، مهاجم تیم ملی، گفت که آماده است.\n\n"
        "باشگاه اعلام کرد که قرارداد قربانی‌پور دو سال اعتبار دارد."
    )
    assert found["مهدی قربانی‌پور"][1].count("قربانی‌پور") == 1
    assert found["مهدی قربانی‌پور"][1][0] == "مهدی قربانی‌پور"


def test_a_given_name_the_recognizer_took_alone_is_completed() -> None:
    found = people("معاون وزیر بهداشت، دکتر مریم فاضلی، دیروز وارد شیراز شد.")
    assert "مریم فاضلی" in found
    assert "مریم" not in found


def test_a_pronoun_that_is_no_speaker_is_the_person_before_it() -> None:
    found = people(
        "رضا احمدی، وزیر نیرو، گفت که برق پایدار است.\n\n"
        "وی همچنین با استاندار دیدار کرد. او سپس به تبریز می‌رود."
    )
    assert found["رضا احمدی"][1] == ["رضا احمدی", "وی", "او"]


def quotes(body: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, text) of the indirect quotes."""
    return [(q["cue"], q["speaker"], q["text"]) for q in analyzed(body)["quotes"]]


def test_a_bare_title_of_iran_is_the_one_holding_it_with_kashvaraman() -> None:
    found = people(
        "رضا احمدی، وزیر نیروی کشورمان، گفت که برق پایدار است.\n\n"
        "وزیر نیرو پیش از امضای قرارداد با خبرنگاران دیدار کرد."
    )
    titles, mentions = found["رضا احمدی"]
    assert titles == ["وزیر نیروی کشورمان", "وزیر نیرو"]
    assert "وزیر نیرو" in mentions


def test_a_title_going_on_with_hamchenin_is_the_last_speaker() -> None:
    found = people(
        "رضا احمدی، معاون وزیر کشور، گفت که مرزها باز است.\n\n"
        "رئیس ستاد مرکزی اربعین همچنین به زائران توصیه کرد که با خودروی شخصی سفر نکنند."
    )
    assert "رئیس ستاد مرکزی اربعین" in found["رضا احمدی"][0]


def test_views_writings_and_announcements_are_indirect_quotes() -> None:
    found = quotes(
        "رضا احمدی، وزیر نیرو، گفت که برق پایدار است. از نظر وی، مصرف باید کم شود.\n\n"
        "به نوشته «آاس»، باشگاه قرارداد را امضا کرده است.\n\n"
        "بر اساس اعلام وزارت نیرو، خاموشی در تابستان نخواهیم داشت.\n\n"
        "از نظر فنی، این طرح آماده است."
    )
    assert ("از نظر", "رضا احمدی", "مصرف باید کم شود") in found
    assert ("به نوشته", "آاس", "باشگاه قرارداد را امضا کرده است") in found
    assert ("بر اساس اعلام", "وزارت نیرو", "خاموشی در تابستان نخواهیم داشت") in found
    assert not any(text.startswith("این طرح") for _, _, text in found)


def test_an_institution_keeps_the_preposition_its_verbal_noun_governs() -> None:
    found = quotes("ستاد مبارزه با قاچاق کالا و ارز اعلام کرد که کشفیات سوخت افزایش یافته است.")
    assert found == [
        ("اعلام کرد", "ستاد مبارزه با قاچاق کالا و ارز", "کشفیات سوخت افزایش یافته است")
    ]


def test_two_titles_joined_before_a_name_are_both_theirs() -> None:
    found = people("نماینده مردم اهواز و عضو کمیسیون انرژی مجلس، حسن رضایی، از قرارداد انتقاد کرد.")
    assert found["حسن رضایی"][0] == ["عضو کمیسیون انرژی مجلس", "نماینده مردم اهواز"]


def test_titles_listed_with_commas_and_a_last_va_after_a_name_are_all_theirs() -> None:
    found = people("در این برنامه، مریم صدری، عکاس، پژوهشگر و مدرس دانشگاه سخنرانی کرد.")
    assert found["مریم صدری"][0] == ["عکاس", "پژوهشگر", "مدرس دانشگاه"]
    found = people("مریم صدری، نویسنده، مترجم و منتقد ادبی، گفت که کتاب منتشر شد.")
    assert found["مریم صدری"][0] == ["نویسنده", "مترجم", "منتقد ادبی"]
    apart = people("مریم صدری، عکاس، و حسن کریمی، مدرس دانشگاه، سخنرانی کردند.")
    assert apart["مریم صدری"][0] == ["عکاس"]


def test_a_description_taking_up_an_anonymous_source_names_nobody() -> None:
    found = quotes(
        "رضا احمدی، وزیر نیرو، گفت که برق پایدار است.\n\n"
        "به گفته یک مقام آگاه، مصرف برق بالا رفته است. این مقام افزود که خاموشی نخواهیم داشت."
    )
    assert ("افزود", None, "خاموشی نخواهیم داشت") in found


def test_a_description_taking_up_an_anonymous_speaker_further_back_names_nobody() -> None:
    text = (
        "یک دیپلمات غربی گفت که مذاکرات ادامه دارد.\n\n"
        "جان کری وزیر خارجه آمریکا نیز در وین است.\n\n"
        "این دیپلمات افزود که توافق نزدیک است."
    )
    assert ("افزود", None, "توافق نزدیک است") in quotes(text)
    named = text.replace("نیز در وین است.", "نیز گفت که زمان کم است.")
    assert ("افزود", "جان کری", "توافق نزدیک است") in quotes(named)
    visited = (
        "یک مقام آگاه گفت که سد پر شده است.\n\n"
        "علی کریمی، معاون عمرانی استاندار، از سد بازدید کرد. "
        "این مقام مسئول اظهار داشت که ۱۸ پل تخریب شده است."
    )
    assert ("اظهار داشت", "علی کریمی", "۱۸ پل تخریب شده است") in quotes(visited)


def test_a_ministry_or_a_superiors_office_is_no_post_of_the_one_man_named() -> None:
    text = (
        "علی لاریجانی رئیس مجلس در این نشست حضور داشت.\n\n"
        "وزیر نفت در ادامه گفت که تولید افزایش یافته است."
    )
    assert people(text)["علی لاریجانی"][0] == ["رئیس مجلس"]
    assert ("گفت", None, "تولید افزایش یافته است") in quotes(text)
    deputy = (
        "علی رضایی معاون استاندار تهران در این نشست حضور داشت.\n\n"
        "استاندار تهران در ادامه گفت که کار ادامه دارد."
    )
    assert people(deputy)["علی رضایی"][0] == ["معاون استاندار تهران"]


def test_a_description_is_the_topic_of_the_sentence_before() -> None:
    found = quotes(
        "رضا احمدی، استاندار فارس، گفت که سیل خسارت زد.\n\n"
        "علی کریمی، معاون عمرانی استاندار، خسارت را برآورد کرد. "
        "این مقام مسئول افزود که ۱۸ پل تخریب شده است."
    )
    assert ("افزود", "علی کریمی", "۱۸ پل تخریب شده است") in found


def test_a_pronoun_after_a_postposed_speaker_skips_names_inside_the_quote() -> None:
    found = quotes(
        "رضا احمدی، وزیر امور خارجه کشورمان، وارد بغداد شد.\n\n"
        "«با علی کریمی گفت‌وگو کردیم. عراق شریک ماست.»، وزیر امور خارجه کشورمان در جمع "
        "خبرنگاران گفت.\n\nوی افزود که راه‌آهن شلمچه به بصره تکمیل می‌شود."
    )
    assert ("افزود", "رضا احمدی", "راه‌آهن شلمچه به بصره تکمیل می‌شود") in found


def test_words_after_a_colon_stop_where_they_are_reported_in_the_third_person() -> None:
    data = analyzed(
        "رضا احمدی، استاد دانشگاه تهران، توضیح داد: قیمت‌ها بالا می‌رود. "
        "وی پیش‌بینی کرد که معاملات ده درصد افزایش یابد."
    )
    found = [(q["kind"], q["speaker"], q["text"]) for q in data["quotes"]]
    assert found == [
        ("direct", "رضا احمدی", "قیمت‌ها بالا می‌رود"),
        ("indirect", "رضا احمدی", "معاملات ده درصد افزایش یابد"),
    ]


def test_a_description_of_a_kind_is_the_last_person_with_such_a_title() -> None:
    found = people(
        "مهدی کریمی، مهاجم تیم ملی فوتبال، دیروز قرارداد خود را امضا کرد.\n\n"
        "باشگاه برای جذب این بازیکن ۸ میلیون یورو پرداخت کرد و با این مربی هم مذاکره کرد."
    )
    assert "این بازیکن" in found["مهدی کریمی"][1]
    assert "این مربی" not in found["مهدی کریمی"][1]


def test_a_description_goes_on_with_where_its_person_comes_from_or_praise() -> None:
    found = people(
        "آندره‌آ پیرلو، سرمربی تیم ملی، قرارداد خود را تمدید کرد.\n\n"
        "باشگاه برای جذب این مربی ایتالیایی هزینه زیادی پرداخت کرد."
    )
    assert "این مربی ایتالیایی" in found["آندره‌آ پیرلو"][1]
    poet = people(
        "نیما یوشیج، شاعر معاصر، در یوش به دنیا آمد.\n\n"
        "مراسم بزرگداشت این شاعر نامی در مازندران برگزار شد."
    )
    assert "این شاعر نامی" in poet["نیما یوشیج"][1]


def test_the_dead_and_the_learned_are_taken_up_by_what_they_are_called() -> None:
    found = people(
        "آیت‌الله حسن مولان‌آباد در سال ۱۳۶۰ درگذشت.\n\n"
        "آثار این دانشمند عارف در موزه شهر نگهداری می‌شود و مزار آن عالم ربانی در روستا است."
    )
    mentions = found["حسن مولان‌آباد"][1]
    assert "این دانشمند عارف" in mentions
    assert "آن عالم ربانی" in mentions
    martyr = people(
        "شهید مرتضی مطهری در سال ۱۳۵۸ ترور شد.\n\nخانواده آن شهید سرافراز در تهران زندگی می‌کنند."
    )
    assert "آن شهید سرافراز" in martyr["مرتضی مطهری"][1]


def test_an_adjective_before_a_copula_is_no_part_of_a_description() -> None:
    found = people(
        "آندره‌آ پیرلو، سرمربی تیم ملی، قرارداد خود را تمدید کرد.\n\n"
        "باشگاه اعلام کرد این مربی ایتالیایی است و از ماه آینده کار را آغاز می‌کند."
    )
    assert "این مربی" in found["آندره‌آ پیرلو"][1]


def test_a_given_name_ending_like_a_plural_is_still_a_name() -> None:
    found = people("کاپیتان تیم ملی، آرمان صادقی‌پور، پس از مصدومیت به اردو بازگشت.")
    assert found["آرمان صادقی‌پور"][0] == ["کاپیتان تیم ملی"]


def test_the_makers_of_a_battery_are_no_person() -> None:
    data = analyzed("به گفته سازندگان آن، این باتری ارزان‌تر است.")
    assert data["people"] == []
    assert [q["speaker"] for q in data["quotes"]] == [None]


def test_the_president_is_not_whoever_heads_a_council() -> None:
    found = people(
        "مرتضی رمضانی، رئیس شورای تأمین شهرستان نکا، از جاده بازدید کرد.\n\n"
        "رئیس‌جمهور هفته آینده به مازندران سفر می‌کند."
    )
    assert found["مرتضی رمضانی"][1] == ["مرتضی رمضانی"]


def test_a_new_speech_verb_and_colon_ends_words_without_guillemets() -> None:
    data = analyzed(
        "رضا احمدی، مدیرکل اوقاف مازندران، گفت: مسابقات دو روز برگزار می‌شود. "
        "مدیرکل اوقاف مازندران بیان کرد: محل مسابقات ضدعفونی شده است."
    )
    found = [(q["kind"], q["speaker"], q["text"]) for q in data["quotes"]]
    assert found == [
        ("direct", "رضا احمدی", "مسابقات دو روز برگزار می‌شود"),
        ("direct", "رضا احمدی", "محل مسابقات ضدعفونی شده است"),
    ]


def test_an_office_named_in_a_quote_or_with_yek_refers_to_nobody() -> None:
    found = people(
        "سعد سلیمان، نخست‌وزیر لبنان، به ریاض رفت.\n\n"
        "علی کریمی گفت: «استعفای یک نخست‌وزیر از پایتخت کشوری دیگر کم‌سابقه است.»"
    )
    assert found["سعد سلیمان"][1] == ["سعد سلیمان"]


def test_a_counterpart_of_a_country_is_the_one_holding_its_office() -> None:
    found = people(
        "رضا احمدی، وزیر امور خارجه کشورمان، در تماسی تلفنی با مولود یلدیریم، وزیر امور "
        "خارجه ترکیه، گفت‌وگو کرد. احمدی با همتای ترکیه‌ای خود درباره عراق رایزنی کرد."
    )
    assert "همتای ترکیه‌ای خود" in found["مولود یلدیریم"][1]
    # the possessive clitic for «خود»
    found = people(
        "رضا احمدی، وزیر امور خارجه کشورمان، در تماسی تلفنی با مولود یلدیریم، وزیر امور "
        "خارجه ترکیه، گفت‌وگو کرد. احمدی با همتای ترکیه‌ای‌اش درباره عراق رایزنی کرد."
    )
    assert "همتای ترکیه‌ای‌اش" in found["مولود یلدیریم"][1]


def test_a_title_right_after_a_name_without_a_comma_is_the_names() -> None:
    found = people(
        "حبیب کاشانی مدیرعامل جدید باشگاه پرسپولیس در نشست خبری گفت که تیم آماده است.\n\n"
        "علی‌اصغر فانی وزیر آموزش و پرورش امروز در گرگان گفت که مدارس آماده‌اند."
    )
    assert found["حبیب کاشانی"][0] == ["مدیرعامل جدید باشگاه پرسپولیس"]
    assert found["علی‌اصغر فانی"][0] == ["وزیر آموزش و پرورش"]


def test_titles_spelled_with_yy_and_other_heads_are_titles() -> None:
    found = people(
        "ژاک شیراک، رییس جمهور فرانسه، امروز گفت که سفر آغاز شد.\n\n"
        "غلامرضا سرابی، متخصص قلب و عروق، افزود که بیماران رو به بهبودند."
    )
    assert found["ژاک شیراک"][0] == ["رییس جمهور فرانسه"]
    assert found["غلامرضا سرابی"][0] == ["متخصص قلب و عروق"]


def test_a_title_after_a_name_in_guillemets_is_the_names() -> None:
    found = people("این جلسه با حضور «محمد حسین همافر» رئیس مرکز موسیقی در سالن رودکی برگزار شد.")
    assert found["محمد حسین همافر"][0] == ["رئیس مرکز موسیقی"]


def test_a_title_ends_before_a_compound_verb_with_gereftan() -> None:
    found = people("علی کریمی، رئیس مجلس تصمیم گرفت که جلسه را تعطیل کند.")
    assert found["علی کریمی"][0] == ["رئیس مجلس"]


def test_a_given_name_with_seyyed_written_onto_it_starts_a_name() -> None:
    found = people(
        "امام جمعه کرمان، حجت‌الاسلام والمسلمین سیدعباس نوروزی‌نسب، نیز خواستار حل مشکل "
        "شده بود. وی گفته بود که آب کم است."
    )
    assert found["سیدعباس نوروزی‌نسب"][1] == ["سیدعباس نوروزی‌نسب", "وی"]


def test_a_title_before_a_comma_and_honorifics_is_the_names() -> None:
    found = people("امام جمعه کرمان، حجت‌الاسلام والمسلمین سیدعباس نوروزی‌نسب، نیز آمد.")
    assert found["سیدعباس نوروزی‌نسب"][0] == ["امام جمعه کرمان"]


def test_a_speaker_named_with_a_title_after_the_name_without_a_comma() -> None:
    data = analyzed(
        "سعید نوری‌زاده رئیس فدراسیون کشتی در گفت‌وگو با ایسنا تأکید کرد که تیم آماده است."
    )
    assert [q["speaker"] for q in data["quotes"]] == ["سعید نوری‌زاده"]


def test_a_statement_nobody_is_said_to_issue_has_no_speaker() -> None:
    data = analyzed(
        "علی نوری، وزیر نفت، گفت که تولید بالا رفته است.\n\n"
        "در بیانیه پایانی نشست آمده است که دو کشور همکاری می‌کنند."
    )
    assert [q["speaker"] for q in data["quotes"]] == ["علی نوری", None]
    assert [p["name"] for p in data["people"]] == ["علی نوری"]


def test_a_name_stops_where_its_title_starts() -> None:
    found = people("عبدالرضا نوروزی‌فر استاندار فارس اعلام کرد که فردا جلسه‌ای برگزار می‌شود.")
    assert found == {"عبدالرضا نوروزی‌فر": (["استاندار فارس"], ["عبدالرضا نوروزی‌فر"])}


def test_a_name_set_off_by_commas_after_a_title_needs_no_given_name() -> None:
    found = people("وزیر برق عراق، زیاد علی فاضل، گفت که بدهی پرداخت می‌شود.")
    assert found == {"زیاد علی فاضل": (["وزیر برق عراق"], ["زیاد علی فاضل"])}


def test_items_of_a_list_after_a_title_are_no_name() -> None:
    assert people("بودجه زنان سرپرست خانوار، حاشیه نشینی، اعتیاد و سلامت روان افزایش یافت.") == {}


def test_an_office_of_irans_is_not_another_countrys_holder() -> None:
    found = people(
        "وزیر برق عراق، زیاد علی فاضل، گفت که بدهی پرداخت می‌شود.\n\n"
        "فاضل افزود که وزیر نیرو هفته آینده به بغداد می‌رود."
    )
    assert "وزیر نیرو" not in found["زیاد علی فاضل"][1]


def test_an_envoys_title_without_his_post_is_his() -> None:
    found = people(
        "رضا آل‌هاشم سفیر کشورمان در عراق با نخست‌وزیر این کشور دیدار کرد.\n\n"
        "سفیر کشورمان پس از این دیدار گفت: «سفر او اوایل بهمن انجام می‌شود.»"
    )
    assert found["رضا آل‌هاشم"][1] == ["رضا آل‌هاشم", "سفیر کشورمان"]
    assert "بهمن" not in found


def test_a_title_with_this_in_it_refers_without_becoming_a_title() -> None:
    found = people(
        "ناصر نوری، دبیرکل اوپک، گفت که تولید کم می‌شود.\n\n"
        "دبیرکل این سازمان همچنین خاطرنشان کرد که نشست بعدی در وین است."
    )
    assert found["ناصر نوری"] == (["دبیرکل اوپک"], ["ناصر نوری", "دبیرکل این سازمان"])


def test_a_given_name_alone_is_the_one_person_given_it() -> None:
    found = people(
        "کاوه نوری‌پور، کاپیتان تیم ملی، گفت که آماده است.\n\n"
        "سرمربی گفت: «کاوه بازیکنی کلیدی است و کاوه رضایی هم به تیم برمی‌گردد.»"
    )
    assert found["کاوه نوری‌پور"][1] == ["کاوه نوری‌پور", "کاوه"]


def test_a_surname_before_a_bare_title_takes_the_words_of_its_name() -> None:
    found = people(
        "همچنین سلوان ناظم الحکیم وزیر خارجه عراق عصر دیروز با همتای خود دیدار کرد.\n\n"
        "الحکیم نیز در این دیدار تصریح کرد که مرزها امن است."
    )
    assert found["سلوان ناظم الحکیم"] == (
        ["وزیر خارجه عراق"],
        ["سلوان ناظم الحکیم", "الحکیم"],
    )


def test_a_name_after_ba_hozur_leaves_out_the_noun() -> None:
    found = people("جلسه با حضور محمدجواد نوری‌فر، وزیر امور خارجه، برگزار شد.")
    assert found == {"محمدجواد نوری‌فر": (["وزیر امور خارجه"], ["محمدجواد نوری‌فر"])}


def test_titles_after_be_tartib_go_to_the_names_in_turn() -> None:
    found = people("علی نوری و رضا کمالی، به ترتیب وزیر نفت و وزیر نیرو، امروز دیدار کردند.")
    assert found == {
        "علی نوری": (["وزیر نفت"], ["علی نوری"]),
        "رضا کمالی": (["وزیر نیرو"], ["رضا کمالی"]),
    }


def test_a_surname_alone_elsewhere_takes_two_words_before_its_title() -> None:
    found = people(
        "رودریگو آلمیدا سانتوس، سفیر جدید برزیل در تهران، امروز آمد.\n\n"
        "سانتوس در این دیدار گفت که روابط خوب است."
    )
    assert found["رودریگو آلمیدا سانتوس"][1] == ["رودریگو آلمیدا سانتوس", "سانتوس"]


def test_the_virus_is_no_person() -> None:
    assert people("کرونا گفت که همه باید ماسک بزنند.") == {}


def test_a_title_before_a_rank_and_a_name_is_theirs() -> None:
    found = people("فرمانده نیروی دریایی ارتش دریادار کامران نوذری امروز اعلام کرد که گشت آغاز شد.")
    assert found["کامران نوذری"][0] == ["فرمانده نیروی دریایی ارتش"]


def test_a_foreign_generals_rank_and_a_pilots_are_left_out_of_the_name() -> None:
    found = people(
        "ژنرال مارکوس ولدر فرمانده نیروهای ائتلاف گفت که عملیات ادامه دارد. "
        "امیرخلبان کاوه نیک‌زاد فرمانده پایگاه هوایی نیز گفت که پروازها انجام شد."
    )
    assert "مارکوس ولدر" in found
    assert "کاوه نیک‌زاد" in found


def test_the_other_spelling_of_general_is_left_out_of_the_name() -> None:
    found = people("جنرال کنث مک‌کنزی فرمانده سنتکام گفت که نیروها آماده‌اند.")
    assert "کنث مک‌کنزی" in found
    assert not any(name.startswith("جنرال") for name in found)


def test_a_given_name_opens_the_name_before_an_ordinary_word_surname() -> None:
    found = people("ارسلان زارع استاندار یزد امروز گفت که طرح آبرسانی تمام شد.")
    assert found["ارسلان زارع"][0] == ["استاندار یزد"]


def test_names_joined_by_bin_are_one_arabic_name() -> None:
    found = people("علی کریمی عصر امروز با فهد بن ناصر آل ثانی، امیر قطر، دیدار کرد.")
    assert found["فهد بن ناصر آل ثانی"] == (["امیر قطر"], ["فهد بن ناصر آل ثانی"])


def test_a_run_of_honorifics_is_left_out_of_the_name() -> None:
    found = people("حضرت آیت‌الله مرتضی نوری‌زاده در دیدار با طلاب گفت که درس اخلاق مهم است.")
    assert "مرتضی نوری‌زاده" in found


def test_ba_hozour_is_left_out_of_a_name_not_in_the_given_name_list() -> None:
    found = people(
        "نشست امروز با حضور آندریاس هولمبرگ دبیرکل سازمان ملل متحد آغاز شد.\n\n"
        "هولمبرگ گفت که کمک‌ها کافی نیست."
    )
    assert "آندریاس هولمبرگ" in found
    assert not any(name.startswith("حضور") for name in found)


def test_a_name_after_va_with_its_own_title_is_a_person() -> None:
    found = people(
        "نادر شجاعی با فرانسوا دوبوآ، وزیر امور خارجه فرانسه، و مورات اوزتورک، معاون وزیر "
        "کشور ترکیه، دیدار کرد."
    )
    assert found["مورات اوزتورک"][0] == ["معاون وزیر کشور ترکیه"]


def test_bare_heads_after_be_tartib_share_the_body_of_the_last_title() -> None:
    found = people(
        "فرهاد امینی و سارا جهانبخش، به ترتیب مدیرعامل و عضو هیئت مدیره شرکت پتروشیمی پردیس، "
        "امروز با هیئتی از ویتنام دیدار کردند."
    )
    assert found["فرهاد امینی"][0] == ["مدیرعامل شرکت پتروشیمی پردیس"]
    assert found["سارا جهانبخش"][0] == ["عضو هیئت مدیره شرکت پتروشیمی پردیس"]


def test_a_shared_surname_is_whoever_bearing_it_was_brought_in_last() -> None:
    found = people(
        "سارا جهانبخش، عضو هیئت مدیره شرکت پتروشیمی پردیس، امروز در عسلویه سخن گفت.\n\n"
        "جهانبخش گفت که بهای محموله‌ها ماهانه تعیین می‌شود.\n\n"
        "مهدی جهانبخش، دبیر انجمن صنفی صنعت پتروشیمی، گفت که صادرات رشد می‌کند."
    )
    assert found["سارا جهانبخش"][1] == ["سارا جهانبخش", "جهانبخش"]
    assert found["مهدی جهانبخش"][1] == ["مهدی جهانبخش"]


def test_an_outlet_after_khabarnegar_is_no_person() -> None:
    found = people("مهدی کاظمی، دبیر انجمن صنفی، به خبرنگار شانا گفت که صادرات رشد می‌کند.")
    assert "شانا" not in found


def test_a_holy_figure_with_a_blessing_is_not_one_of_the_people() -> None:
    found = people(
        "مرتضی کاظمیان، تولیت آستان قدس رضوی، گفت که زائران امام رضا (ع) باید اسکان یابند."
    )
    assert list(found) == ["مرتضی کاظمیان"]


def test_letters_of_a_spelled_out_acronym_are_no_pronouns() -> None:
    found = people(
        "علی کریمی، مدیرعامل شرکت ملی نفت، امروز در وین سخن گفت.\n\n"
        "او ام وی سال گذشته از ایران خارج شد و استفاده از وی پی ان در ایران رایج است."
    )
    assert found["علی کریمی"][1] == ["علی کریمی"]


def test_a_title_of_a_national_player_sets_off_her_name() -> None:
    found = people("ملی‌پوش تیم ملی والیبال زنان، مبینا رحمتی‌پور، گفت که تیم آماده است.")
    assert found["مبینا رحمتی‌پور"][0] == ["ملی‌پوش تیم ملی والیبال زنان"]


def test_a_building_named_after_its_town_is_no_person() -> None:
    found = people(
        "بازدید از عمارت کلاه فرنگی ماکو برای گردشگران رایگان شد. "
        "مدیرکل میراث فرهنگی گفت که این بنا مرمت شده است."
    )
    assert found == {}


def test_a_title_straight_after_a_given_name_and_surname_sets_off_the_name() -> None:
    found = people(
        "یعقوب رضاپور استاندار خراسان رضوی نیز از آماده‌سازی هزار واحد اقامتی خبر داد. "
        "استاندار خراسان رضوی تأکید کرد ستاد اسکان از هفته آینده فعال می‌شود."
    )
    assert found["یعقوب رضاپور"][0] == ["استاندار خراسان رضوی"]


def test_a_vietnamese_name_after_a_connective_and_its_family_name_alone() -> None:
    found = people(
        "در همین حال، فام تی لان، وزیر صنعت و تجارت ویتنام، عصر دیروز در تهران سخن گفت.\n\n"
        "خانم فام گفت که دو کشور برای افزایش مبادلات برنامه‌ریزی کرده‌اند."
    )
    assert found["فام تی لان"] == (["وزیر صنعت و تجارت ویتنام"], ["فام تی لان", "فام"])


def test_a_surname_written_alone_once_is_a_mention_wherever_it_stands() -> None:
    found = people(
        "حمیدرضا فتاحی، وزیر امور خارجه کشورمان، امروز وارد دوحه شد.\n\n"
        "فتاحی گفت که روابط دو کشور خوب است.\n\n"
        "فتاحی همچنین با وزیر تجارت قطر دیدار کرد."
    )
    assert found["حمیدرضا فتاحی"][1].count("فتاحی") == 2


def test_an_iranian_counterpart_is_the_one_holding_an_office_of_kashvaraman() -> None:
    found = people(
        "حمیدرضا فتاحی، وزیر امور خارجه کشورمان، امروز وارد دوحه شد.\n\n"
        "منصور الکواری، وزیر امور خارجه قطر، در نشست خبری مشترک با همتای ایرانی خود گفت: "
        "«روابط خوب است.»"
    )
    assert "همتای ایرانی خود" in found["حمیدرضا فتاحی"][1]


def test_a_title_naming_another_country_is_not_a_minister_of_a_third() -> None:
    found = people(
        "مانوئل کاردوسو، وزیر منابع معدنی و نفت آنگولا، از تصمیم اوپک انتقاد کرد.\n\n"
        "معاون نخست‌وزیر روسیه نیز برای دیدار با وزیر انرژی عربستان به ریاض سفر می‌کند."
    )
    assert found["مانوئل کاردوسو"][1] == ["مانوئل کاردوسو"]


def test_another_national_player_is_not_the_one_named_before() -> None:
    found = people(
        "مبینا رحمتی‌پور، ملی‌پوش وزن ۵۷- کیلوگرم تکواندوی بانوان، طلا گرفت.\n\n"
        "هستی نوروزی، دیگر ملی‌پوش ایران در وزن ۶۷- کیلوگرم، پنجم شد."
    )
    assert found["مبینا رحمتی‌پور"][1] == ["مبینا رحمتی‌پور"]


def test_an_office_that_speaks_is_an_institution() -> None:
    found = analyzed(
        "حیدر جواد الکرخی، نخست‌وزیر عراق، امروز سفیر ایران را پذیرفت.\n\n"
        "دفتر رسانه‌ای نخست‌وزیر عراق اعلام کرد که الکرخی بر تسویه بدهی‌ها تأکید کرد."
    )
    assert "دفتر رسانه‌ای" not in [p["name"] for p in found["people"]]
    assert found["quotes"][0]["speaker"] == "دفتر رسانه‌ای نخست‌وزیر عراق"
    (karkhi,) = found["people"]
    mentions = [found["text"][s:e] for s, e in karkhi["mentions"]]
    assert "نخست‌وزیر عراق" not in mentions


def test_a_surname_after_a_given_name_may_end_like_a_plural() -> None:
    found = people(
        "دبیرکل فدراسیون جهانی تکواندو، ژان‌لوک برتران، نیز روز جمعه در رم با رئیس "
        "فدراسیون دیدار کرد."
    )
    assert found["ژان‌لوک برتران"][0] == ["دبیرکل فدراسیون جهانی تکواندو"]


def test_news_given_with_az_is_no_quote_of_the_clause_after_it() -> None:
    data = analyzed(
        "محمود اسفندیاری، رئیس دانشکده فنی، از امضای تفاهم‌نامه‌ای با شهرداری خبر داد که بر "
        "اساس آن ۲۰۰ حسگر در مدارس نصب می‌شود.\n\n"
        "رحمانیان همچنین خبر داد که نمونه این باتری ۱۶ آذر رونمایی می‌شود."
    )
    assert [q["text"][:10] for q in data["quotes"]] == ["نمونه این "]


def test_a_title_opening_a_sentence_before_a_name_opening_the_next_is_theirs() -> None:
    found = people(
        "معاون حمل و نقل و ترافیک شهرداری تهران هم در این جلسه حضور داشت. غلامرضا پیرهادی "
        "گفت: «ناوگان تازه به کار گرفته می‌شود.»"
    )
    assert found["غلامرضا پیرهادی"][0] == ["معاون حمل و نقل و ترافیک شهرداری تهران"]


def test_a_name_opening_a_paragraph_before_another_athletes_title() -> None:
    found = people(
        "مبینا رحمتی‌پور، ملی‌پوش وزن ۵۷- کیلوگرم تکواندوی بانوان، طلا گرفت.\n\n"
        "هستی نوروزی، دیگر ملی‌پوش ایران در وزن ۶۷- کیلوگرم، پنجم شد."
    )
    assert found["هستی نوروزی"][0] == ["ملی‌پوش ایران در وزن ۶۷- کیلوگرم"]


def test_a_title_opening_the_lead_is_the_one_named_where_the_next_paragraph_opens() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، فرمانده انتظامی استان یزد امروز از کشف دو تن تریاک خبر "
        "داد.\n\n"
        "سردار حمید سلامی‌فر در نشست خبری گفت: «عملیات بدون تلفات انجام شد.»\n\n"
        "حجت‌الاسلام رضا کاظمی‌نیا نیز گفت که پرونده خارج از نوبت رسیدگی می‌شود.\n\n"
        "فرمانده انتظامی استان یزد افزود که دو متهم دستگیر شدند."
    )
    titles, mentions = found["حمید سلامی‌فر"]
    assert titles == ["فرمانده انتظامی استان یزد"]
    assert mentions == ["فرمانده انتظامی استان یزد", "حمید سلامی‌فر", "فرمانده انتظامی استان یزد"]
    assert found["رضا کاظمی‌نیا"][0] == []


def test_a_title_opening_a_sentence_is_not_that_of_a_name_brought_in_besides() -> None:
    found = people(
        "مسئول بسیج دانشجویی استان یزد در این مراسم سخنرانی کرد.\n\n"
        "فاطمه رنجبرپور نیز در این مراسم گفت که برنامه ادامه دارد."
    )
    assert found["فاطمه رنجبرپور"][0] == []


def test_an_honorific_before_a_name_in_apposition_is_no_part_of_it() -> None:
    found = people(
        "به گفته فرمانده انتظامی استان، هدایت عملیات بر عهده سرهنگ کاوه رستگارنیا، جانشین "
        "فرمانده انتظامی شهرستان ریگان، بود.\n\n"
        "رستگارنیا گفت که محموله به تهران می‌رفت."
    )
    assert "سرهنگ کاوه رستگارنیا" not in found
    assert found["کاوه رستگارنیا"][0] == ["جانشین فرمانده انتظامی شهرستان ریگان"]


def test_a_long_title_still_ends_with_the_place_it_names() -> None:
    found = people(
        "مینا صدرایی، سرپرست دانشکده داروسازی دانشگاه علوم پزشکی و خدمات بهداشتی درمانی "
        "مشهد، گفت که کلاس‌ها از شنبه حضوری می‌شود."
    )
    assert found["مینا صدرایی"][0] == [
        "سرپرست دانشکده داروسازی دانشگاه علوم پزشکی و خدمات بهداشتی درمانی مشهد"
    ]


def test_a_body_taken_up_with_a_demonstrative_keeps_its_kol() -> None:
    found = people(
        "استاندار از انتصاب مهدی پاکزادفر به سرپرستی اداره کل راه و شهرسازی استان خبر داد. "
        "پاکزادفر، سرپرست تازه این اداره کل، گفت که طرح‌ها ادامه می‌یابد."
    )
    assert found["مهدی پاکزادفر"][0] == ["سرپرست تازه این اداره کل"]


def test_the_areas_of_a_deputy_listed_with_commas_are_one_title() -> None:
    found = people(
        "رامین توکلی‌فر، معاون وزیر نیرو در امور آب، آبفا و سدسازی، گفت که ذخایر سدها کم است."
    )
    assert found["رامین توکلی‌فر"][0] == ["معاون وزیر نیرو در امور آب، آبفا و سدسازی"]


def test_two_heads_joined_before_one_body_are_both_the_holders_titles() -> None:
    found = people(
        "نگار طاهرخانی، مهاجم و کاپیتان تیم ملی هندبال، در این سفر تیم را همراهی نمی‌کند. "
        "او هفته گذشته مصدوم شد."
    )
    titles, mentions = found["نگار طاهرخانی"]
    assert titles == ["مهاجم تیم ملی هندبال", "کاپیتان تیم ملی هندبال"]
    assert mentions == ["نگار طاهرخانی", "او"]


def test_kishvar_ends_a_title_and_a_national_office_is_no_provincial_one() -> None:
    found = people(
        "دکتر بهرام صدیقیان رئیس سازمان مدیریت و برنامه‌ریزی استان گیلان گفت که طرح‌ها "
        "نیمه‌تمام مانده است.\n\n"
        "نمایندگان هفته آینده با رئیس سازمان برنامه و بودجه کشور دیدار خواهند کرد."
    )
    titles, mentions = found["بهرام صدیقیان"]
    assert titles == ["رئیس سازمان مدیریت و برنامه‌ریزی استان گیلان"]
    assert not any("بودجه" in m for m in mentions)


def test_an_auxiliary_verb_ends_a_title() -> None:
    found = people(
        "ستاره ملکی‌نژاد، کاپیتان تیم، مصدوم است.\n\n"
        "مربی تیم گفت که در غیاب او، نازنین کریم‌پور، دروازه‌بان تیم، کاپیتان خواهد بود."
    )
    assert found["ستاره ملکی‌نژاد"] == (["کاپیتان تیم"], ["ستاره ملکی‌نژاد"])


def test_a_title_in_a_subheading_names_a_topic_not_the_holder() -> None:
    found = people(
        "جواد ستوده‌نیا، معاون فرماندار شهرستان بم، گفت که جاده بازگشایی شد.\n\n"
        "معاون فرمانداری در صحنه\n\n"
        "ستوده‌نیا افزود که کار ادامه دارد."
    )
    assert found["جواد ستوده‌نیا"][1] == ["جواد ستوده‌نیا", "ستوده‌نیا"]


def test_a_name_written_again_in_full_is_one_mention_in_full() -> None:
    found = people(
        "سخنگوی باشگاه سپاهان امروز از امضای قرارداد با میلوش یوانوویچ، مهاجم ۲۵ ساله "
        "صربستانی، خبر داد.\n\n"
        "حمید کاظمی‌راد گفت که یوانوویچ فردا می‌آید. میلوش یوانوویچ پیش از این در بلگراد "
        "بازی کرده است."
    )
    assert found["میلوش یوانوویچ"][1] == ["میلوش یوانوویچ", "یوانوویچ", "میلوش یوانوویچ"]


def test_a_team_doctor_holds_a_title() -> None:
    found = people("ملیکا فرجی‌نسب، پزشک تیم ملی والیبال، گفت که مصدومیت کاپیتان جدی نیست.")
    assert found["ملیکا فرجی‌نسب"][0] == ["پزشک تیم ملی والیبال"]


def test_a_foreign_name_of_three_words_is_written_by_its_middle_surname_too() -> None:
    found = people(
        "کارمن رودریگس پرالتا، سرمربی اسپانیایی تیم ملی هندبال بانوان، گفت که تیم آماده است.\n\n"
        "رئیس فدراسیون گفت که قرارداد رودریگس تمدید شده است."
    )
    assert found["کارمن رودریگس پرالتا"][1] == ["کارمن رودریگس پرالتا", "رودریگس"]


def test_a_foreign_given_name_no_list_holds_stands_alone_for_its_titled_bearer() -> None:
    found = people(
        "باشگاه تراکتور با لوکاش نوواچک، مهاجم ۲۸ ساله اسلواک، قرارداد بست.\n\n"
        "سرمربی تیم گفت: «لوکاش همان مهاجمی است که می‌خواستیم.»"
    )
    assert found["لوکاش نوواچک"][1] == ["لوکاش نوواچک", "لوکاش"]


def test_an_arabic_name_with_bin_is_one_name_with_its_fathers_name() -> None:
    found = people(
        "وزیر امور خارجه پیش‌تر با ناصر بن خلفان الجابری، وزیر نفت عمان، دیدار کرده بود.\n\n"
        "الجابری در این دیدار گفت که همکاری ادامه دارد. در این نشست حمد بن سعید الکندی، "
        "دبیرکل وزارت نفت عمان، نیز حضور داشت."
    )
    assert found["ناصر بن خلفان الجابری"][0] == ["وزیر نفت عمان"]
    assert found["حمد بن سعید الکندی"][0] == ["دبیرکل وزارت نفت عمان"]


def test_a_name_shortened_to_bin_and_the_fathers_name_takes_no_noun_before_it() -> None:
    text = (
        "سفر بن علوی به تهران\n\nیوسف بن علوی، وزیر امور خارجه عمان، وارد تهران شد. "
        "دیدار بن علوی با ظریف دو ساعت طول کشید."
    )
    found = [p["name"] for p in khabar.analyze(text, date=PUBLISHED).to_dict()["people"]]
    assert "یوسف بن علوی" in found
    assert not any(name.startswith("دیدار") for name in found)


def test_an_adverb_of_earlier_time_opens_the_predicate_after_a_title() -> None:
    found = people(
        "مهران فرزانه‌پور، وزیر نیرو، امروز وارد بغداد شد.\n\n"
        "وزیر نیرو پیش‌تر در دیدار با همتای عراقی خود درباره بدهی‌ها گفت‌وگو کرده بود."
    )
    assert found["مهران فرزانه‌پور"][1] == ["مهران فرزانه‌پور", "وزیر نیرو"]


def test_a_name_with_its_title_after_a_connective_and_comma_is_found() -> None:
    found = people(
        "وزیر کشور گفت که مرزها امن است.\n\n"
        "در مقابل، نازیه قریشی، سخنگوی وزارت کشور پاکستان، این ادعا را رد کرد."
    )
    assert found["نازیه قریشی"][0] == ["سخنگوی وزارت کشور پاکستان"]


def test_a_chamber_of_commerce_is_named_with_its_comma_list() -> None:
    found = people(
        "حامد رضوانی‌پور، رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی اصفهان، گفت که صادرات "
        "افزایش یافته است."
    )
    assert found["حامد رضوانی‌پور"][0] == ["رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی اصفهان"]


def test_the_plural_of_an_agent_noun_is_no_person() -> None:
    data = analyzed("تهیه‌کنندگان گزارش تأکید می‌کنند که این روند ادامه دارد.")
    assert data["people"] == []


def test_an_outlet_the_article_cites_is_no_person_but_speaks() -> None:
    data = analyzed(
        "به گزارش ایسنا به نقل از آسوشیتد پرس، مدیرعامل شرکت نفت گفت: تولید افزایش می‌یابد.\n\n"
        "رویترز تصریح کرده است: قیمت‌ها بالا می‌رود. به نقل از رویترز این خبر تأیید شد."
    )
    assert not {p["name"] for p in data["people"]} & {"آسوشیتد پرس", "رویترز"}
    assert "رویترز" in [q["speaker"] for q in data["quotes"]]


def test_names_that_overlap_are_one_name() -> None:
    from khabar.news.people.finder import _joined

    assert _joined({(0, 14), (8, 19), (30, 40)}) == {(0, 19), (30, 40)}


def test_a_foreign_given_name_ending_like_a_plural_is_kept_beside_a_title() -> None:
    found = people(
        "ژیلا مرادی‌پور، وزیر راه، و رومان ژدانوف، وزیر حمل‌ونقل روسیه، امروز دیدار کردند.\n\n"
        "ژدانوف گفت که ساخت خط آغاز می‌شود."
    )
    assert found["رومان ژدانوف"][0] == ["وزیر حمل‌ونقل روسیه"]


def test_a_title_ends_with_a_province_whose_name_holds_va() -> None:
    found = people(
        "استاندار سیستان و بلوچستان، احمدعلی موحدی‌راد، از مناطق سیل‌زده بازدید کرد.\n\n"
        "رئیس‌جمهور در تماسی با استاندار سیستان و بلوچستان دستور اعزام بالگرد را صادر کرد."
    )
    assert "استاندار سیستان و بلوچستان" in found["احمدعلی موحدی‌راد"][1]


def test_a_command_or_headquarters_that_speaks_is_no_person() -> None:
    data = analyzed("فرماندهی مرزبانی فراجا اعلام کرد که مهاجمان به آن سوی مرز گریختند.")
    assert data["people"] == []
    assert [q["speaker"] for q in data["quotes"]] == ["فرماندهی مرزبانی فراجا"]


def test_a_known_surname_takes_in_ordinary_words_before_it_beside_a_title() -> None:
    found = people(
        "سیاوش نیک‌اندیش دیشب در تماسی تلفنی با عمر فاروق ستی، وزیر امور خارجه پاکستان، "
        "گفت‌وگو کرد.\n\nستی در این تماس گفت که اسلام‌آباد آماده همکاری است."
    )
    assert found["عمر فاروق ستی"][0] == ["وزیر امور خارجه پاکستان"]


def test_a_name_the_recognizer_missed_going_on_with_when_they_acted_is_found() -> None:
    found = people(
        "به نقل از پایگاه اطلاع‌رسانی دفتر معاون اول رئیس‌جمهور، کامران صدیقی‌فر ظهر امروز "
        "در دیدار با وزیر اقتصاد عمان بر گسترش همکاری‌ها تأکید کرد."
    )
    assert "کامران صدیقی‌فر" in found


def test_a_name_after_the_noun_of_a_thing_is_no_person() -> None:
    from khabar.news.people.finder import NameFinder

    text = "عرضه ارز در سامانه نیما ادامه دارد و واکسن آنفلوآنزای فصلی رسید."
    guesses = [(text.index(w), text.index(w) + len(w)) for w in ("نیما", "واکسن آنفلوآنزای فصلی")]
    assert NameFinder(text).find(guesses) == set()


def test_a_verb_in_mi_is_never_part_of_a_name() -> None:
    from khabar.news.people import looks_like_name

    assert not looks_like_name("حج می‌روند", strict=True)
    assert not looks_like_name("سعدی می‌خروشد")


def test_a_title_ends_with_a_province_the_list_of_places_lacks() -> None:
    from khabar.news.titles import find_titles

    text = "استاندار خراسان شمالی بیان آسیب‌های حوزه سوادآموزی را لازم دانست."
    assert [t.text for t in find_titles(text)] == ["استاندار خراسان شمالی"]


def test_a_speaker_title_is_cut_where_the_subject_runs_on_into_the_clause() -> None:
    found = people(
        "محمد شجاعی‌راد، استاندار خراسان شمالی، از روستاها بازدید کرد.\n\n"
        "استاندار خراسان شمالی بیان آسیب‌های حوزه سوادآموزی را لازم دانست و تصریح کرد: "
        "باید سیاست‌های تشویقی اعلام شود."
    )
    assert found["محمد شجاعی‌راد"][0] == ["استاندار خراسان شمالی"]


def test_ministers_of_two_ministries_are_two_offices() -> None:
    found = people(
        "جواد نادری، وزیر نیرو، امروز گفت که برق کافی است.\n\n"
        "وزیر کشور نیز گفت که انتخابات آزاد است. مهدی رستمی، وزیر صنعت، معدن و تجارت، "
        "از افزایش تولید خبر داد و وزیر صمت افزود که صادرات بیشتر می‌شود."
    )
    assert found["جواد نادری"] == (["وزیر نیرو"], ["جواد نادری"])
    # «وزیر صمت» alone is his title too, as the guidelines give a title used alone.
    assert found["مهدی رستمی"] == (
        ["وزیر صنعت، معدن و تجارت", "وزیر صمت"],
        ["مهدی رستمی", "وزیر صمت"],
    )


def test_two_titles_joined_before_a_speakers_name_are_two_titles() -> None:
    found = people("وزیر نیرو و سرپرست وزارت نفت، علی ربیعی، گفت: برق کافی است.")
    assert sorted(found["علی ربیعی"][0]) == ["سرپرست وزارت نفت", "وزیر نیرو"]


def test_a_military_rank_with_its_grade_service_and_status_is_no_part_of_the_name() -> None:
    found = people(
        "سرتیپ دوم پاسدار کیانوش بهرامی‌فر، فرمانده قرارگاه جنوب، گفت که آمادگی کامل است.\n\n"
        "سرلشکر بازنشسته یدالله مرادخانی، فرمانده سابق نیروی زمینی، نیز گفت که کار دشوار است."
    )
    assert "کیانوش بهرامی‌فر" in found
    assert "یدالله مرادخانی" in found
    assert not any(w in n for n in found for w in ("دوم", "پاسدار", "بازنشسته"))


def test_a_name_with_its_title_after_the_object_marker_ra_is_found() -> None:
    found = people(
        "ریاست این هیئت را مراد قلیچ‌اف، معاون وزیر انرژی ترکمنستان، بر عهده دارد و "
        "مذاکرات دو روز طول می‌کشد."
    )
    assert found["مراد قلیچ‌اف"][0] == ["معاون وزیر انرژی ترکمنستان"]


def test_a_title_joined_to_one_ending_with_a_foreign_country_shares_the_country() -> None:
    found = people(
        "لطیف بن حمد الصباحی، نخست‌وزیر و وزیر امور خارجه قطر، گفت که گفت‌وگوها ادامه دارد.\n\n"
        "بهنام کیانفر، معاون رئیس‌جمهور و رئیس سازمان انرژی اتمی ایران، گفت که کار آغاز شد.\n\n"
        "تیمور نظراف، معاون نخست‌وزیر و وزیر انرژی جمهوری تاجیکستان، نیز گفت که سد آماده است."
    )
    assert found["لطیف بن حمد الصباحی"][0] == ["نخست‌وزیر قطر", "وزیر امور خارجه قطر"]
    assert found["بهنام کیانفر"][0] == ["معاون رئیس‌جمهور", "رئیس سازمان انرژی اتمی ایران"]
    assert "معاون نخست‌وزیر جمهوری تاجیکستان" in found["تیمور نظراف"][0]


def test_a_pronoun_after_a_preposition_is_not_the_subject_of_its_clause() -> None:
    found = people(
        "سعید کامرانی‌فر، وزیر نیرو، امروز هانس مولر، وزیر انرژی اتریش، را به حضور پذیرفت "
        "و با وی درباره انرژی خورشیدی گفت‌وگو کرد.\n\n"
        "کامرانی‌فر سپس به حضور پادشاه اردن رسید و پیام رئیس‌جمهور را تقدیم وی کرد."
    )
    assert found["هانس مولر"][1].count("وی") == 1
    assert "وی" not in found["سعید کامرانی‌فر"][1]


def test_the_pronoun_of_a_relation_set_beside_a_name_is_someone_else_s() -> None:
    found = people(
        "ژان ایو لودریان وزیر خارجه فرانسه و هایکو ماس همتای آلمانی وی امروز از برجام "
        "حمایت کردند. علی رضایی و مریم احمدی همسر او نیز در مراسم حضور داشتند."
    )
    assert found["ژان ایو لودریان"][1] == ["ژان ایو لودریان", "وی"]
    assert found["هایکو ماس"][1] == ["هایکو ماس"]
    assert found["علی رضایی"][1] == ["علی رضایی", "او"]


def test_a_name_a_noun_possesses_is_no_antecedent_of_the_subject_pronoun() -> None:
    found = people(
        "مایک پامپئو، وزیر خارجه آمریکا، امروز از ترکیه انتقاد کرد. اظهارات این مقام ارشد "
        "دولت دونالد ترامپ در حالی مطرح شده که او پیشتر خواستار آتش‌بس شده بود."
    )
    assert "او" in found["مایک پامپئو"][1]
    assert "او" not in found["دونالد ترامپ"][1]


def test_the_pronoun_of_ones_own_people_joined_by_and_is_the_one_named() -> None:
    found = people(
        "سعید عریقات، سخنگوی سازمان ملل، گفت که انتخابات دشوار است.\n\n"
        "جلال طالبانی رئیس جمهوری عراق و یکی از نواب وی قانون را به مجلس ارجاع دادند."
    )
    assert found["جلال طالبانی"][1] == ["جلال طالبانی", "وی"]
    assert "وی" not in found["سعید عریقات"][1]


def test_a_pronoun_in_a_phrase_with_its_own_agent_takes_up_the_clause_subject() -> None:
    found = people(
        "رضا توانا، دبیر شورای عالی امنیت ملی، در دیدار امروز مارکو بیانکی وزیر خارجه "
        "ایتالیا با وی بر گفت‌وگو تأکید کرد."
    )
    assert found["رضا توانا"][1].count("وی") == 1


def test_a_bare_head_after_its_holder_spoke_goes_on_with_them() -> None:
    found = people(
        "کریم نادری، وزیر نفت، با لی وی‌مینگ، وزیر بازرگانی چین، دیدار کرد.\n\n"
        "نادری در این دیدار گفت: «همکاری ما گسترش می‌یابد.»\n\n"
        "وزیر در ادامه افزود که قرارداد تازه هفته آینده امضا می‌شود."
    )
    assert "وزیر" in found["کریم نادری"][1]
    assert "وزیر" not in found["لی وی‌مینگ"][1]


def test_a_new_title_before_dar_edame_and_any_speech_verb_goes_on_with_the_speaker() -> None:
    found = people(
        "سردار صادق حسینی، فرمانده سپاه استان کردستان، در دیدار با خانواده‌ها گفت: کار "
        "ادامه دارد.\n\n"
        "فرمانده قرارگاه استانی شهید شهرامفر در ادامه گفت: خانواده‌ها باید صبور باشند."
    )
    titles, mentions = found["صادق حسینی"]
    assert "فرمانده قرارگاه استانی شهید شهرامفر" in titles
    assert "فرمانده قرارگاه استانی شهید شهرامفر" in mentions


def test_a_speaker_named_in_full_and_described_in_unlisted_words_is_that_person() -> None:
    data = analyzed(
        "عیسی محمدی جانباز شیمیایی دفاع مقدس در گفت‌وگو با خبرنگار فارس اظهار داشت: نبود "
        "راه مناسب موجب مهاجرت شد."
    )
    assert [q["speaker"] for q in data["quotes"]] == ["عیسی محمدی"]
    two = analyzed(
        "عیسی محمدی و رضا کریمی ساکنان روستا در گفت‌وگو با خبرنگار فارس اظهار داشتند: راه نداریم."
    )
    assert [q["speaker"] for q in two["quotes"]] == ["عیسی محمدی"]


def test_a_member_named_by_the_first_of_their_towns_is_the_member() -> None:
    found = people(
        "نماینده مردم تهران در مجلس در نامه‌ای خواستار پاسخ شد.\n\n"
        "زهره الهیان نماینده مردم تهران، ری، شمیرانات و اسلامشهر با طرح سوالاتی از وزیر "
        "خواست تا پاسخ‌گو باشد.\n\nمتن سوالات نماینده مردم تهران به شرح زیر است."
    )
    titles, mentions = found["زهره الهیان"]
    assert "نماینده مردم تهران، ری، شمیرانات و اسلامشهر" in titles
    assert mentions.count("نماینده مردم تهران") == 1
    assert "نماینده مردم تهران در مجلس" in mentions


def test_given_names_listed_before_a_full_name_share_its_surname() -> None:
    found = people(
        "شکرالله نمکی پدر شهیدان رحمت‌الله، شهرام و شهریار نمکی درگذشت. رحمت‌الله در جبهه شهید شد."
    )
    assert {"رحمت‌الله نمکی", "شهرام نمکی", "شهریار نمکی"} <= found.keys()
    assert found["رحمت‌الله نمکی"][1] == ["رحمت‌الله", "رحمت‌الله"]
    assert "رحمت‌الله" not in found
    apart = people("علی رضایی، حسن و مریم کریمی به تهران آمدند.")
    assert "حسن کریمی" in apart and "علی رضایی" in apart


def test_a_title_with_its_bodys_full_name_is_the_holders_title_too() -> None:
    found = people(
        "رئیس دانشگاه آزاد اسلامی طی حکمی مشاور تازه‌ای منصوب کرد.\n\n"
        "محمدمهدی طهرانچی رئیس دانشگاه آزاد طی حکمی علی کریمی را منصوب کرد."
    )
    titles, mentions = found["محمدمهدی طهرانچی"]
    assert titles == ["رئیس دانشگاه آزاد", "رئیس دانشگاه آزاد اسلامی"]
    assert mentions[0] == "رئیس دانشگاه آزاد اسلامی"


def test_a_subject_pronoun_written_out_after_va_is_someone_else() -> None:
    found = people(
        "پرویز آزادمنش، پزشک تیم ملی، گفت که درمان سعید نوربخش‌پور سه هفته طول می‌کشد و "
        "او به دیدار بعدی نمی‌رسد. نوربخش‌پور دیروز معاینه شد."
    )
    assert "او" in found["سعید نوربخش‌پور"][1]
    assert "او" not in found["پرویز آزادمنش"][1]


def test_a_title_alone_without_the_states_jomhouri_is_the_same_office() -> None:
    found = people(
        "تیمور نظراف، معاون نخست‌وزیر جمهوری تاجیکستان، وارد تهران شد.\n\n"
        "برنامه سفر معاون نخست‌وزیر تاجیکستان دو روز است."
    )
    titles, mentions = found["تیمور نظراف"]
    assert "معاون نخست‌وزیر تاجیکستان" in titles
    assert "معاون نخست‌وزیر تاجیکستان" in mentions


def test_amir_before_an_army_rank_is_an_honorific_not_a_given_name() -> None:
    found = people(
        "امیر سرتیپ خلبان کیوان رستمی‌نیا، فرمانده پایگاه هوایی، گفت که پروازها آغاز شد.\n\n"
        "امیر دریادار بهزاد نوروزی‌فر فرمانده منطقه یکم دریایی گفت که ناوگروه بازگشت.\n\n"
        "امیر حیدری‌پور، سرمربی تیم، گفت که بازیکنان آماده‌اند."
    )
    assert set(found) == {"کیوان رستمی‌نیا", "بهزاد نوروزی‌فر", "امیر حیدری‌پور"}


def test_a_plural_title_gives_each_coordinated_name_the_singular_office() -> None:
    found = people(
        "حمید کریمی‌نیا و سامان رحیم‌پور، معاونان وزیر نفت، گفتند که پالایشگاه آماده است.\n\n"
        "نمایندگان مردم تبریز، مهدی قره‌باغی‌پور و بهروز سلامی‌فر، از پالایشگاه بازدید کردند."
    )
    assert found["حمید کریمی‌نیا"][0] == ["معاون وزیر نفت"]
    assert found["سامان رحیم‌پور"][0] == ["معاون وزیر نفت"]
    assert found["مهدی قره‌باغی‌پور"][0] == ["نماینده مردم تبریز"]
    assert found["بهروز سلامی‌فر"][0] == ["نماینده مردم تبریز"]


def test_a_ministry_named_with_va_is_one_title_joined_to_the_next() -> None:
    found = people(
        "معاون وزیر راه و شهرسازی و مدیرعامل شرکت فرودگاه‌ها، کامیار صالحی‌فرد، گفت که "
        "باند جدید آماده است."
    )
    assert sorted(found["کامیار صالحی‌فرد"][0]) == [
        "مدیرعامل شرکت فرودگاه‌ها",
        "معاون وزیر راه و شهرسازی",
    ]


def test_a_counterpart_holds_the_subjects_office_in_the_other_country() -> None:
    found = people(
        "کامران ملکی‌نژاد، وزیر کشور، با ندیم اشرف‌خان، وزیر کشور پاکستان، و سلمان "
        "قریشی‌زاده، وزیر امور خارجه پاکستان، تلفنی گفت‌وگو کرد.\n\n"
        "ملکی‌نژاد هفته آینده برای دیدار با همتای پاکستانی خود به اسلام‌آباد می‌رود."
    )
    assert "همتای پاکستانی خود" in found["ندیم اشرف‌خان"][1]


def test_an_east_asian_name_is_written_again_by_its_family_name() -> None:
    found = people(
        "لیانگ هونگ‌وی، معاون وزیر بازرگانی چین، گفت که کار آغاز شد.\n\n"
        "لیانگ افزود که قرارداد تازه هفته آینده امضا می‌شود."
    )
    assert list(found) == ["لیانگ هونگ‌وی"]
    assert found["لیانگ هونگ‌وی"][1][-1] == "لیانگ"


def test_a_ministers_title_by_the_ministrys_acronym_is_the_same_office() -> None:
    found = people(
        "فرزاد نیک‌آیین‌پور، وزیر صنعت، معدن و تجارت، گفت که کارخانه آماده است.\n\n"
        "وزیر صمت فردا به شانگهای می‌رود."
    )
    titles, mentions = found["فرزاد نیک‌آیین‌پور"]
    assert titles == ["وزیر صنعت، معدن و تجارت", "وزیر صمت"]
    assert "وزیر صمت" in mentions


def test_a_description_going_on_with_afzood_is_the_subject_of_the_sentence_before() -> None:
    found = people(
        "ناصر امین‌زاده، نماینده مردم اراک در مجلس، گفت که طرح آماده است.\n\n"
        "کاوه رضوی‌نیا، رئیس گروه دوستی پارلمانی ایران و ژاپن، اظهار داشت: «سفر انجام "
        "می‌شود.»\n\n"
        "این نماینده مجلس افزود که هیئت ژاپنی ماه آینده می‌آید."
    )
    assert "این نماینده مجلس" in found["کاوه رضوی‌نیا"][1]
    assert "این نماینده مجلس" not in found["ناصر امین‌زاده"][1]


def test_a_lone_word_that_is_a_verb_place_or_ordinary_word_is_no_person() -> None:
    found = people(
        "بنا به گزارش این پایگاه، کار ساخت سد آغاز شد.\n\n"
        "مرحوم گفت که باید صبر کرد.\n\n"
        "روسیه گفت که پاسخ می‌دهد.\n\n"
        "نشوید در ادامه گفت: «برداشت آغاز شده است.»"
    )
    assert not {"بنا", "مرحوم", "روسیه", "نشوید"} & set(found)


def test_a_surname_that_is_an_ordinary_word_keeps_its_title() -> None:
    found = people(
        "مدیرکل بنادر استان گفت: ساخت اسکله آغاز شد.\n\n"
        "به گزارش خبرگزاری فارس، وارسته با بیان این مطلب افزود: کار دو سال طول می‌کشد."
    )
    assert found["وارسته"][0] == ["مدیرکل بنادر استان"]


def test_a_title_that_named_its_country_ends_before_where_its_holder_spoke() -> None:
    found = people(
        "«ماریو کاستا» وزیر خارجه پرتغال در لیسبون اظهار داشت که مذاکره ادامه دارد.\n\n"
        "هیرو تاناکا، سفیر ژاپن در ایران، گفت که همکاری ادامه می‌یابد.\n\n"
        "رضا امینی، معاون وزیر نفت ایران در امور بین‌الملل، گفت که قرارداد آماده است."
    )
    assert found["ماریو کاستا"][0] == ["وزیر خارجه پرتغال"]
    assert found["هیرو تاناکا"][0] == ["سفیر ژاپن در ایران"]
    assert found["رضا امینی"][0] == ["معاون وزیر نفت ایران در امور بین‌الملل"]


def test_a_title_ends_at_a_demonstrative_body_and_before_a_predicative_adjective() -> None:
    text = "برخی از سخنان میلان یوکیچ، سرمربی این تیم درست و منطقی بود."
    assert [t.text for t in find_titles(text)] == ["سرمربی این تیم"]
    text = "مدیر باشگاه پرسپولیس معتقد است که تیم آماده است."
    assert [t.text for t in find_titles(text)] == ["مدیر باشگاه پرسپولیس"]


def test_professions_and_a_crown_prince_head_titles() -> None:
    found = people(
        "«کاوه نوری» آهنگساز به تعریف سمفونی پرداخت و گفت که کار ادامه دارد.\n\n"
        "فهد بن خالد ولی‌عهد کشور از هفته گذشته سفر کرده است.\n\n"
        "پیتر نواک افسر سابق ارتش چک گفت که جنگ تمام شده است."
    )
    assert found["کاوه نوری"][0] == ["آهنگساز"]
    assert found["فهد بن خالد"][0] == ["ولی‌عهد کشور"]
    assert found["پیتر نواک"][0] == ["افسر سابق ارتش چک"]


def test_a_leads_indefinite_title_is_the_person_named_in_the_next_paragraph() -> None:
    found = people(
        "خبرگزاری فارس: یک استاد دانشگاه گفت: دولت باید ستاد ویژه تشکیل دهد.\n\n"
        "به گزارش خبرگزاری فارس، «بهرام نیکپور» در گفت‌وگو با خبرنگار ما اظهار داشت: "
        "سرمایه از کشور خارج می‌شود.\n\n"
        "عضو هیئت علمی دانشگاه تهران افزود: باید قانون اصلاح شود."
    )
    titles, mentions = found["بهرام نیکپور"]
    assert titles[0] == "استاد دانشگاه"
    assert "یک استاد دانشگاه" in mentions
    assert "عضو هیئت علمی دانشگاه تهران" in titles
    # The dateline on a line of its own, the name in guillemets after an honorific.
    found = people(
        "خبرگزاری فارس:\nیک پزشک عراقی گفت سربازان به بیمارستانی در رمادی حمله کردند.\n\n"
        "به گزارش شبکه خبری الجزیره از رمادی، دکتر «احمد ابراهیم»، معاون بیمارستان کودکان "
        "روز گذشته گفت سربازان وارد این بیمارستان شدند."
    )
    titles, mentions = found["احمد ابراهیم"]
    assert "پزشک عراقی" in titles and "یک پزشک عراقی" in mentions


def test_a_lead_speaker_who_is_one_of_a_plural_office_is_named_in_the_next_paragraph() -> None:
    """«یکی از نامزدهای …» is the holder of the office in the singular, named where the next
    paragraph opens; not one who asked that their name be withheld."""
    lead = (
        "خبرگزاری فارس: یکی از نامزدهای احتمالی انتخابات ریاست جمهوری مصر{} در تازه‌ترین "
        "افشاگری‌های خود گفت که وزیر پیشین به دستور موساد منصوب شده بود.\n\n"
        "به گزارش فارس به نقل از روزنامه المصری الیوم، عبدالله الاشعل حمله تبلیغاتی "
        "گسترده‌ای را علیه وزیر پیشین آغاز کرد."
    )
    data = analyzed(lead.format(""))
    text = data["text"]
    (person,) = data["people"]
    assert person["name"] == "عبدالله الاشعل"
    assert person["titles"] == ["نامزد احتمالی انتخابات ریاست جمهوری مصر"]
    assert "یکی از نامزدهای احتمالی انتخابات ریاست جمهوری مصر" in [
        text[s:e] for s, e in person["mentions"]
    ]
    assert [q["speaker"] for q in data["quotes"]] == ["عبدالله الاشعل"]
    data = analyzed(lead.format(" که نخواست نامش فاش شود"))
    assert [p["titles"] for p in data["people"]] == [[]]
    assert [q["speaker"] for q in data["quotes"]] == [None]


def test_a_quoted_name_before_a_title_is_a_person_and_a_quoted_outlet_is_not() -> None:
    found = people(
        'روزنامه اماراتی "الخلیج" با اعلام این خبر نوشت: «لوکا برناردی» وزیر امور خارجه '
        "سن‌مارینو روز دوشنبه گفت که گفت‌وگوها ادامه دارد.\n\n"
        'سایت خبری «نیوز پلاس» نوشت: "تاکاشی موری " سفیر ژاپن در ایران به ماکو رفت.'
    )
    assert found["لوکا برناردی"][0] == ["وزیر امور خارجه سن‌مارینو"]
    assert found["تاکاشی موری"][0] == ["سفیر ژاپن در ایران"]
    assert not {"الخلیج", "نیوز پلاس"} & set(found)


def test_unnamed_sources_ranks_and_an_agency_are_no_people() -> None:
    found = people(
        "منابع آگاه کانادایی همچنین پیش‌بینی کردند که تولید کاهش یابد.\n\n"
        "نفر دوم سرخپوشان همچنین عنوان کرد: «بازیکن خوبی خریدیم.»\n\n"
        "آژانس بین‌المللی انرژی اتمی اعلام کرد که بازرسی ادامه دارد."
    )
    assert not found


def test_a_title_ends_before_the_noun_of_a_compound_verb_with_dashtan() -> None:
    text = "امکان دیدار با رهبر کره‌شمالی وجود دارد."
    assert [t.text for t in find_titles(text)] == ["رهبر کره‌شمالی"]


def test_two_unlisted_words_before_a_comma_and_a_title_are_a_foreign_name() -> None:
    found = people(
        "به گزارش خبرگزاری فارس از ماکو یوکیو ماتسودا، سفیر ژاپن در ایران ظهر امروز "
        "از منطقه آزاد بازدید کرد.\n\n"
        "اما در ماه مارس، من و مربی تیم درباره این بازیکن تبادل نظر کردیم."
    )
    assert found["یوکیو ماتسودا"][0] == ["سفیر ژاپن در ایران"]
    assert not any(t.startswith("بازیکن") for titles, _ in found.values() for t in titles)


def test_ali_before_an_arabic_adverb_is_no_given_name() -> None:
    found = people(
        "علی کریمی، نماینده مردم تهران در مجلس، گفت: ما علی رغم اینکه این قضیه را "
        "غیرقانونی می‌دانیم، همکاری کردیم.\n\n"
        "با تلاش همکاران، علی الخصوص همکاران حوزه آموزش، کار پیش رفت."
    )
    assert list(found) == ["علی کریمی"]


def test_a_head_after_a_surname_or_half_a_head_ends_the_name() -> None:
    found = people(
        "علی نیکزاد نایب رئیس مجلس شورای اسلامی در جمع خبرنگاران اظهار کرد: کار مهم است.\n\n"
        "دو شب پیش آقای اسکوچیچ سرمربی تیم ملی با رئیس فدراسیون دیدار کرد.\n\n"
        "ایاد علاوی نخست وزیر موقت عراق گفت: «تجزیه عراق مصیبت است.»"
    )
    assert found["علی نیکزاد"][0] == ["نایب رئیس مجلس شورای اسلامی"]
    assert "اسکوچیچ" in found
    # The normalizer may join «نخست وزیر» with a half-space.
    assert [t.replace(ZWNJ, " ") for t in found["ایاد علاوی"][0]] == ["نخست وزیر موقت عراق"]
    assert not any(name in found for name in ("نخست", "اسکوچیچ سرمربی"))


def test_an_ordinal_opens_no_name() -> None:
    assert "نخستین" not in people("نخستین مربی هادی ساعی در این مراسم تجلیل شد.")


def test_a_name_in_a_quote_does_not_take_the_title_of_who_speaks_next() -> None:
    found = people(
        "به گزارش خبرنگار ما، احمد کاظمی امروز گفت: امسال محصول خوبی داشتیم.\n\n"
        "وی افزود: فلفل ادویه‌ای با ۴۵۰ هکتار بیشترین سطح کشت را دارد.\n\n"
        "مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان یادآوری کرد: بازار خوب است."
    )
    assert found["احمد کاظمی"][0] == ["مدیر امور باغبانی سازمان جهاد کشاورزی استان سمنان"]


def test_a_name_the_holder_says_does_not_take_the_holders_title() -> None:
    found = people(
        "خبرگزاری فارس: رئیس هیئت جودو استان یزد گفت: مریم کاظمی به عنوان نماینده استان "
        "در جام فجر حضور خواهد داشت.\n\n"
        "مهدی عزیزی امروز در گفت‌وگو با خبرنگار فارس افزود: تیم آماده است."
    )
    assert found["مهدی عزیزی"][0] == ["رئیس هیئت جودو استان یزد"]
    assert found["مریم کاظمی"][0] == ["نماینده استان"]


def test_the_one_person_named_takes_a_title_of_another_head_nobody_holds() -> None:
    found = people(
        "خبرگزاری فارس: جواد کریمی گفت: امسال جشنواره ضعیف بود.\n\n"
        "جواد کریمی فیلم‌ساز سینمای کشورمان با بیان این مطلب افزود: فیلم‌ها ضعیف بودند.\n\n"
        "مشاور هنری رییس‌جمهور با اشاره به این مساله که جشنواره تازه است، گفت: باید فکری "
        "کرد.\n\nسخنگوی دولت نیز گفت: بودجه جشنواره کافی است."
    )
    assert found["جواد کریمی"][0] == ["فیلم‌ساز سینمای کشورمان", "مشاور هنری رییس‌جمهور"]


def test_a_name_a_noun_governs_keeps_its_title_before_ra() -> None:
    found = people(
        "روزنامه‌ها واکنش حمید کاظمی سخنگوی وزارت امور خارجه ایران را نامناسب خواندند.\n\n"
        "سعید کامرانی‌فر امروز پیام رئیس‌جمهور را تقدیم وی کرد."
    )
    assert found["حمید کاظمی"][0] == ["سخنگوی وزارت امور خارجه ایران"]
    assert found["سعید کامرانی‌فر"][0] == []


def test_a_name_in_guillemets_the_recognizer_missed_is_found_where_written_again() -> None:
    found = people(
        "رئیس فدراسیون ورزش‌های آبی در عربستان سعودی بازداشت شد.\n\n"
        "به گزارش خبرگزاری فارس، شاهزاده «ترکی آل الشیخ» رئیس هیأت ورزش عربستان سعودی، "
        "شاهزاده «عبدالله بن سعود بن محمد» رئیس فدراسیون ورزش‌های آبی (دریایی) را از منصب "
        "خود برکنار کرد.\n\n"
        "عبدالله بن سعود بن محمد، سه ماه پیش گفته بود که روایت حکومت نادرست است."
    )
    assert found["عبدالله بن سعود بن محمد"][0] == [
        "رئیس فدراسیون ورزش‌های آبی (دریایی)",
        "رئیس فدراسیون ورزش‌های آبی در عربستان سعودی",
    ]
    assert found["ترکی آل الشیخ"][0] == ["رئیس هیأت ورزش عربستان سعودی"]


def test_a_title_after_a_connective_is_the_one_named_in_quote_marks_next() -> None:
    found = people(
        "خبرگزاری فارس: یک نماینده کویت از ایران انتقاد کرد.\n\n"
        "از سوی دیگر، وابسته مطبوعاتی سفارت ایران در کویت مطالب منتشرشده را رد کرد.\n\n"
        '"مجید سلیمانی" در گفت‌وگو با خبرنگار ما گفت: این مطالب نادرست است.'
    )
    assert found["مجید سلیمانی"][0] == ["وابسته مطبوعاتی سفارت ایران در کویت"]


def test_a_title_after_the_leads_dateline_is_the_one_named_next() -> None:
    found = people(
        "خبرگزاری فارس: رئیس پلیس شهرستان آمل از کشف مواد آتش‌زا خبر داد.\n\n"
        "به گزارش خبرگزاری فارس، داوود کریمی در گفت‌وگو با خبرنگار ما افزود: کار ادامه دارد."
    )
    assert found["داوود کریمی"][0] == ["رئیس پلیس شهرستان آمل"]


def test_a_town_in_a_members_title_is_no_person() -> None:
    found = people(
        "علی نیکزاد، نماینده مردم اردبیل، نیر، نمین و سرعین در مجلس شورای اسلامی، گفت: "
        "کشت و صنعت مغان مهم است."
    )
    assert list(found) == ["علی نیکزاد"]
    assert found["علی نیکزاد"][0] == ["نماینده مردم اردبیل، نیر، نمین و سرعین در مجلس شورای اسلامی"]


def test_a_surname_after_an_honorific_is_a_name_but_in_a_places_name() -> None:
    found = people(
        "این کتاب درباره زندگی علامه طباطبایی، علامه امینی و علامه جعفری است.\n\n"
        "علی نوروزی، استاد دانشگاه علامه طباطبایی، گفت: کتاب خوبی است. او آقای گل لیگ نیست."
    )
    assert {"طباطبایی", "امینی", "جعفری", "علی نوروزی"} <= set(found)
    assert found["علی نوروزی"][0] == ["استاد دانشگاه علامه طباطبایی"]
    assert "گل" not in found


def test_a_full_name_written_again_without_its_final_ye_is_the_same_person() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، علی اسماعیلی از ثبت نام ناشران خبر داد.\n\n"
        "علی اسماعیل از ناشران خواست تا فرم را پر کنند."
    )
    assert list(found) == ["علی اسماعیلی"]
    assert found["علی اسماعیلی"][1] == ["علی اسماعیلی", "علی اسماعیل"]


def test_a_speakers_title_is_the_mention_not_the_clause_run_on_to() -> None:
    found = people(
        "فریدون کریمی، استاندار هرمزگان، گفت: کار ادامه دارد.\n\n"
        "استاندار هرمزگان خواستار برنامه‌ریزی و تلاش روابط عمومی‌ها شد و گفت: باید کوشید."
    )
    assert found["فریدون کریمی"][1][-1] == "استاندار هرمزگان"


def test_o_before_a_lone_letter_is_a_broken_word_not_a_pronoun() -> None:
    found = people(
        "علی کریمی، وزیر نفت، درباره پیروزی در دیدار او ل مقابل استونی سخن گفت.\n\n"
        "علی کریمی، وزیر نفت، به تهران رفت. او و همکارانش در جلسه شرکت کردند."
    )
    assert found["علی کریمی"][1].count("او") == 1


def test_ordinary_words_joined_by_a_half_space_are_no_lone_name() -> None:
    from khabar.news.people import shape

    assert not shape.lone_word_is_name("ولایت‌فقیه", titled=False)
    assert shape.lone_word_is_name("ولایت‌فقیه", titled=True)
    assert not shape.lone_word_is_name("حل‌و‌فصل", titled=True)


def test_a_body_named_after_someone_is_no_person() -> None:
    found = people(
        "دیروز حسینیه ارشاد میزبان مراسم بود.\n\n"
        "پل برمر، حاکم سابق آمریکایی عراق، گفت که کار دشوار است."
    )
    assert "حسینیه ارشاد" not in found
    assert "پل برمر" in found


def test_a_title_after_a_comma_belongs_to_the_name_in_guillemets_before() -> None:
    found = people(
        "به گزارش رادیو آلمان، «راس ویلسون»، سفیر آمریکا در آذربایجان در جمع خبرنگاران "
        "گفت: چنین طرحی نداریم."
    )
    assert found["راس ویلسون"][0] == ["سفیر آمریکا در آذربایجان"]


def test_a_name_the_recognizer_took_part_of_fills_its_guillemets() -> None:
    found = people(
        "به گزارش رادیو آلمان، سفیر آمریکا در آذربایجان، «راس ویلسون»، در جمع خبرنگاران "
        "گفت: چنین طرحی نداریم."
    )
    assert found["راس ویلسون"][0] == ["سفیر آمریکا در آذربایجان"]


def test_a_quoted_name_set_off_by_commas_after_a_title_needs_no_recognizer() -> None:
    found = people("وزیر امور خارجه ایتالیا، «فرانکو فراتینی»، در این نشست گفت: کار ادامه دارد.")
    assert found["فرانکو فراتینی"][0] == ["وزیر امور خارجه ایتالیا"]


def test_a_subject_ending_in_an_auxiliary_or_opening_with_bazi_is_no_name() -> None:
    from khabar.news.people import looks_like_name

    assert not looks_like_name("آمده بودند")
    assert not looks_like_name("بعضی مغرضین")
    assert looks_like_name("علی کریمی")


def _people_of(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → titles, with ``names`` given as the recognizer's guesses, whatever the model
    tags."""
    spans = [(text.find(n), text.find(n) + len(n)) for n in names]
    found = People(text, spans, body=text.find("\n\n") + 2).finish()
    return {p.name: p.titles for p in found}


def test_a_lead_title_is_the_next_paragraphs_name_past_its_sourcing_and_honorific() -> None:
    text = (
        "خبر آزمایشی\n\nفرمانده سپاه کربلا از آغاز رزمایش خبر داد.\n\n"
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی سپاه کربلا، سردار قنبرعلی رستمیان "
        "امروز در جمع خبرنگاران از آغاز رزمایش خبر داد."
    )
    assert _people_of(text, ("قنبرعلی رستمیان",)) == {"قنبرعلی رستمیان": ["فرمانده سپاه کربلا"]}
    text = (
        "خبر آزمایشی\n\nمدیر موزه ملی از برگزاری نمایشگاه خبر داد.\n\n"
        "به گزارش خبرگزاری فارس از شیراز به نقل از روابط عمومی و امور بین‌الملل اداره کل "
        "میراث فرهنگی استان، مهندس کامران شریفی امروز از برگزاری نمایشگاه خبر داد."
    )
    assert _people_of(text, ("کامران شریفی",)) == {"کامران شریفی": ["مدیر موزه ملی"]}


def test_a_name_read_twice_once_in_part_is_one_mention() -> None:
    person = Person("رضا کاظم نوری", mentions=[(20, 32), (10, 14), (20, 27)])
    assert person.to_dict()["mentions"] == [[10, 14], [20, 32]]


def test_a_surname_of_two_words_written_again_is_one_mention() -> None:
    text = (
        "خبر آزمایشی\n\nسید محمدکاظم رضوی لنگرودی، وزیر نیرو، از سد بازدید کرد.\n\n"
        "رضوی لنگرودی افزود که کار ادامه دارد. ولیعهد، خالد بن فیصل، نیز آمد و بن فیصل گفت."
    )
    names = ("سید محمدکاظم رضوی لنگرودی", "لنگرودی", "خالد بن فیصل")
    spans = [(text.rfind(n), text.rfind(n) + len(n)) for n in names]
    found = People(text, spans, body=text.find("\n\n") + 2).finish()
    mentions = {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}
    assert mentions["سید محمدکاظم رضوی لنگرودی"] == ["سید محمدکاظم رضوی لنگرودی", "رضوی لنگرودی"]
    assert mentions["خالد بن فیصل"] == ["خالد بن فیصل", "بن فیصل"]


_HEADLINED = (
    "مهران کامرانی‌فر: باشگاه‌ها در برکناری مربیان خارجی با فدراسیون مشورت کنند\n\n"
    "خبرگزاری فارس: رئیس فدراسیون بسکتبال گفت: باشگاه‌ها باید با فدراسیون مشورت کنند.\n\n"
    "مهران کامرانی‌فر روز چهارشنبه در گفت‌وگو با خبرگزاری فارس افزود: جلسه مشترکی "
    "برگزار شد.\n\n"
    "کامرانی‌فر افزود: باشگاه‌ها باید حقوق ما را رعایت کنند.\n\n"
    "رئیس فدراسیون بسکتبال درباره ژاوی مارتینز گفت: وی هنوز گزارش خود را ارائه نداده است."
)
_SCORER_FIRST = (
    "مربی پرسپولیس: پیروزی وظیفه ماست\n\n"
    "مربی تیم فوتبال پرسپولیس گفت: بعد از باخت، پیروزی بر حریف وظیفه ماست.\n\n"
    "به گزارش خبرگزاری فارس، این تیم شب گذشته با گل دقیقه پایانی مهدی طارمی یک بر صفر "
    "شکست خورد.\n\n"
    "کریم باقری در مورد بازی اظهار داشت: شروع کار با باخت زیبا نیست."
)


@pytest.mark.parametrize(
    ("article", "title", "holder", "other"),
    [
        # The headline names the holder before the lead; the body brings them in next.
        (_HEADLINED, "رئیس فدراسیون بسکتبال", "مهران کامرانی‌فر", "ژاوی مارتینز"),
        # Of those named after the lead, the one opening a sentence is its subject.
        (_SCORER_FIRST, "مربی تیم فوتبال پرسپولیس", "کریم باقری", "مهدی طارمی"),
    ],
)
def test_the_leads_title_nobody_holds_is_the_holders_the_body_brings_in_next(
    article: str, title: str, holder: str, other: str
) -> None:
    data = khabar.analyze(article, date=PUBLISHED).to_dict()
    titles = {p["name"]: p["titles"] for p in data["people"]}
    assert titles[holder] == [title]
    assert titles[other] == []


def test_a_national_team_player_is_a_melli_push_and_the_leads_title_is_his() -> None:
    found = people(
        "بازیکن تیم ملی والیبال لهستان گفت: در بازی اول عملکرد خوبی نداشتیم.\n\n"
        "به گزارش خبرگزاری فارس، داوید کونارسکی، ملی‌پوش والیبال لهستان درباره شرایط این "
        "تیم اظهار داشت: بازی با استونی مسابقه اول ما بود.\n\n"
        "وی ادامه داد: در بازی‌های بعدی عملکرد بهتری خواهیم داشت."
    )
    assert set(found["داوید کونارسکی"][0]) == {
        "بازیکن تیم ملی والیبال لهستان",
        "ملی‌پوش والیبال لهستان",
    }


def test_a_title_after_a_number_counts_holders_and_refers_to_none() -> None:
    found = people(
        "در این نشست علی نوروزی، بازیکن سپاهان، حضور داشت.\n\n"
        "مدیرعامل باشگاه از تأخیر در صدور روادید دو بازیکن این تیم انتقاد کرد."
    )
    assert found["علی نوروزی"][1] == ["علی نوروزی"]


def test_a_name_no_list_knows_the_recognizer_found_twice_is_written_again_for_them() -> None:
    text = (
        "خبر آزمایشی\n\nقیام رئیس‌علی دلواری ماندگار شد.\n\n"
        "خانواده رئیس‌علی دلواری در مراسم حضور داشتند و نام رئیسعلی دلواری زنده است.\n\n"
        "تورا باستا به شهر رسید و فردا باستا به کار می‌افتد."
    )
    names = [m.span() for m in re.finditer("رئیس‌علی دلواری", text)]
    names.append((text.find("تورا باستا"), text.find("تورا باستا") + len("تورا باستا")))
    found = People(text, names, body=text.find("\n\n") + 2).finish()
    mentions = {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}
    assert mentions["رئیس‌علی دلواری"] == ["رئیس‌علی دلواری"] * 2 + ["رئیسعلی دلواری"]
    assert mentions["تورا باستا"] == ["تورا باستا"]


def test_this_official_outside_a_speakers_subject_is_whoever_was_named_last_with_a_title() -> None:
    found = people(
        "حسن رضایی، شهردار آستارا، گفت که طرح آماده است.\n\n"
        "این مسئول در ادامه از تلاش کارکنان شهرداری تقدیر کرد."
    )
    assert found["حسن رضایی"][1] == ["حسن رضایی", "این مسئول"]
    found = people(
        "حسن رضایی، شهردار آستارا، گفت که طرح آماده است.\n\n"
        "یک مسئول استانی نیز گفت که بودجه کم است. این مسئول در ادامه از کارکنان تقدیر کرد."
    )
    assert found["حسن رضایی"][1] == ["حسن رضایی"]


def test_in_a_list_of_names_each_with_a_title_a_title_is_the_name_before_its() -> None:
    text = (
        "خبر آزمایشی\n\nآیین با حضور کامران نیک‌پی نماینده مردم در مجلس، بهرام سعیدی‌فر "
        "مدیرکل بنیاد مسکن استان، جواد رنجبری فرماندار و داوود کیانی شهردار برگزار شد."
    )
    names = ("کامران نیک‌پی", "بهرام سعیدی‌فر", "جواد رنجبری", "داوود کیانی")
    assert _people_of(text, names) == {
        "کامران نیک‌پی": ["نماینده مردم در مجلس"],
        "بهرام سعیدی‌فر": ["مدیرکل بنیاد مسکن استان"],
        "جواد رنجبری": ["فرماندار"],
        "داوود کیانی": ["شهردار"],
    }
    text = "خبر آزمایشی\n\nبه گفته وزیر نیرو، رضا اردکانی، کار آغاز شده است."
    assert _people_of(text, ("رضا اردکانی",)) == {"رضا اردکانی": ["وزیر نیرو"]}


def test_a_coordinated_title_written_again_without_its_place_is_the_holders() -> None:
    found = people(
        "مدیر بازرسی و نظارت اصناف استان یزد از بازار شهر بازدید کرد.\n\n"
        "به گزارش خبرنگار ما، مدیر بازرسی و نظارت اصناف استان با حضور در بازار از مغازه‌ها "
        "بازدید کرد.\n\nمحمد احمدی در این بازدید گفت: «قیمت‌ها باید کنترل شود.»"
    )
    titles, mentions = found["محمد احمدی"]
    assert "مدیر بازرسی و نظارت اصناف استان" in titles
    assert mentions.count("مدیر بازرسی و نظارت اصناف استان") == 1


def test_a_title_naming_the_province_is_the_holder_of_the_same_title_with_the_word_province() -> (
    None
):
    """«استان» alone is the story's province, so «مدیرکل … آذربایجان شرقی» is the «مدیرکل
    … استان» named before, and so is the other way round; another body's head is not."""
    lead = "آیین افتتاح نمایشگاه با حضور مرتضی شفیعی مدیرکل فرهنگ و ارشاد اسلامی {} برگزار شد."
    said = "مدیرکل {} نیز با بیان اینکه ناشران حاضرند، افزود: «کتاب‌ها عرضه می‌شود.»"
    for before, after in (
        ("استان", "فرهنگ و ارشاد اسلامی آذربایجان شرقی"),
        ("آذربایجان شرقی", "فرهنگ و ارشاد اسلامی استان"),
        ("استان", "فرهنگ و ارشاد اسلامی استان آذربایجان شرقی"),
    ):
        data = analyzed(f"{lead.format(before)}\n\n{said.format(after)}")
        assert {q["speaker"] for q in data["quotes"]} == {"مرتضی شفیعی"}, (before, after)
    data = analyzed(f"{lead.format('استان')}\n\n{said.format('ورزش و جوانان آذربایجان شرقی')}")
    assert "مرتضی شفیعی" not in {q["speaker"] for q in data["quotes"]}


def test_a_company_named_general_is_no_person() -> None:
    assert people("شرکت جنرال موتورز امروز اعلام کرد که فروش خودرو افزایش یافت.") == {}


def test_a_title_does_not_run_on_past_a_place_and_what_follows() -> None:
    found = people(
        "نوری مالکی نخست وزیر عراق و اعضای کابینه اش امروز گفتند که انتخابات برگزار می‌شود."
    )
    (title,) = found["نوری مالکی"][0]
    assert "کابینه" not in title and "گفتند" not in title


def test_a_given_name_spelled_with_ale_is_a_given_name() -> None:
    """Registry offices spell «…الله» as «…اله» («عزت‌اله», «سیدعبداله»)."""
    assert {"عزت‌اله", "عبداله", "سیدعبداله"} <= given_names()


def test_a_rarer_given_name_takes_the_surname_after_it() -> None:
    data = analyzed("برات قنبری گفت: این طرح امسال اجرا می‌شود.")
    assert [p["name"] for p in data["people"]] == ["برات قنبری"]


def test_a_lead_title_is_the_holders_named_after_a_sourcing_formula_without_its_comma() -> None:
    found = people(
        "خبرگزاری فارس: رئیس سازمان میراث فرهنگی استان در جلسه شورای اداری از مرمت سه بنای "
        "تاریخی خبر داد.\n\n"
        "به گزارش خبرنگار خبرگزاری فارس از یزد کامران فرهمند که در جمع مدیران سخن می‌گفت "
        "افزود: مرمت این بناها تا پایان سال به پایان می‌رسد."
    )
    assert found["کامران فرهمند"][0] == ["رئیس سازمان میراث فرهنگی استان"]


def test_an_honorific_after_another_is_no_surname() -> None:
    found = people(
        "حجت‌الاسلام والمسلمین «حمید کاظمیان» امروز گفت: این طرح در همه استان‌ها اجرا می‌شود.\n\n"
        "کاظمیان افزود: آیت‌الله دکتر نوربخش نیز از این طرح حمایت کرده است."
    )
    assert "والمسلمین" not in found
    assert "دکتر" not in found


def test_a_title_of_two_coordinated_words_joined_to_the_next_title_is_its_holders() -> None:
    found = people(
        "این پرونده زیر نظر معاون دادستان عمومی و انقلاب و سرپرست دادسرای ناحیه دو آقای "
        "کیوان صمدی بررسی می‌شود."
    )
    assert "معاون دادستان عمومی و انقلاب" in found["کیوان صمدی"][0]


def test_a_listed_persian_given_name_opens_a_name_before_its_title() -> None:
    found = people("در این مراسم از حمیده رنجبر، مدیر موزه شهر، تقدیر شد.")
    assert found["حمیده رنجبر"][0] == ["مدیر موزه شهر"]


def test_people_a_plural_gives_as_examples_are_people() -> None:
    found = people(
        "سرمربی تیم گفت: بازیکنانی همچون کریمیان، چوبین و شهید فلاحتی الگوی جوانان هستند "
        "و کسانی چون سیامک قنبرپور که سال‌ها در این تیم بازی کرده‌اند به ما کمک می‌کنند."
    )
    assert {"کریمیان", "چوبین", "فلاحتی", "سیامک قنبرپور"} <= set(found)


def test_examples_set_off_in_guillemets_are_people_too() -> None:
    found = people(
        "این سبک با هنرمندانی چون «کامران نیکپور»، «شاکری» و «سعیدی‌فر» در کشور رواج یافت."
    )
    assert {"کامران نیکپور", "شاکری", "سعیدی‌فر"} <= set(found)


def test_the_names_of_a_byline_are_people() -> None:
    found = people(
        "پژوهش تازه نشان می‌دهد که مطالعه روزانه اضطراب را کم می‌کند.\n\n"
        "نویسندگان:\n\n"
        "نسترن کاویانی‌راد,مهرو صالح‌پور\n\n"
        "گزارش از کیوان فرزین‌نیا"
    )
    assert {"نسترن کاویانی‌راد", "مهرو صالح‌پور", "کیوان فرزین‌نیا"} <= set(found)


def test_a_lead_with_a_dashed_dateline_withholds_the_name_of_its_speaker() -> None:
    data = khabar.analyze(
        "وام مسکن باید به سازندگان برسد\n\n"
        "خبرگزاری فارس - یک استاد دانشگاه تهران گفت: وام‌ها باید به سازندگان داده شود.\n\n"
        "کامیار فروتن‌راد که در گفت‌وگو با خبرگزاری فارس سخن می‌گفت، افزود: بازار منتظر است.",
        date=PUBLISHED,
    ).to_dict()
    person = next(p for p in data["people"] if p["name"] == "کامیار فروتن‌راد")
    assert person["titles"] == ["استاد دانشگاه تهران"]


def test_a_lead_title_goes_to_a_surname_alone_opening_the_next_paragraph() -> None:
    found = people(
        "دبیرکل حزب همبستگی ملی پس از نشست شورای مرکزی، انتخابات را آزمونی بزرگ خواند.\n\n"
        "به گزارش روابط عمومی این حزب، فرهمندپور با اشاره به انتخابات گفت: مردم شرکت می‌کنند."
    )
    assert found["فرهمندپور"][0] == ["دبیرکل حزب همبستگی ملی"]


def test_people_go_by_the_names_in_quote_marks_after_be_nam() -> None:
    found = people(
        'پلیس دو تن از اعضای این باند به نام‌های "سیروان تاجیک" و "مانی رستگار" را '
        'دستگیر کرد و گروهی به نام "شبکه آفتاب" را نیز شناسایی کرد.'
    )
    assert {"سیروان تاجیک", "مانی رستگار"} <= set(found)
    assert "شبکه آفتاب" not in found
    assert "جیش العدل" not in people("او عضو گروهی به نام «جیش العدل» بود.")
    assert "احمد کریمی" in people("پلیس مردی به نام «احمد کریمی» را دستگیر کرد.")


def test_the_likes_of_a_group_or_a_kind_of_people_name_no_one() -> None:
    found = people(
        "کارشناس امنیتی گفت: نباید امثال داعش را دست کم گرفت و افرادی مانند سلبریتی‌ها مردم "
        "را فریب دادند و کسانی مانند فلانی هم سکوت کردند."
    )
    assert not {"داعش", "سلبریتی‌ها", "فلانی"} & set(found)


def test_the_likes_of_people_after_a_plural_of_people_are_people() -> None:
    found = people("مدیر مدرسه گفت: نیکوکارانی امثال کامبیز نوروزپور مدرسه را ساختند.")
    assert "کامبیز نوروزپور" in found


def test_what_a_report_or_translation_is_from_is_no_byline() -> None:
    found = people(
        "قیمت مسکن در پایتخت بالا رفت.\n\n"
        "گزارش از بازار مسکن تهران\n\n"
        "گفتگو از خبرنگار اعزامی\n\n"
        "ترجمه از انگلیسی\n\n"
        "قیمت هر متر آپارتمان در تهران از ۵۰ میلیون تومان گذشت."
    )
    assert not {"بازار مسکن تهران", "خبرنگار اعزامی", "انگلیسی"} & set(found)


def test_a_title_split_between_two_countries_is_not_given_whole_to_the_next_holder() -> None:
    found = people(
        "وزیر خارجه ایران و روسیه و دبیرکل سازمان ملل، آنتونیو گوترش درباره سوریه گفتگو کردند."
    )
    assert found["آنتونیو گوترش"][0] == ["دبیرکل سازمان ملل"]


def test_a_speakers_title_goes_to_the_one_named_last_not_the_one_brought_in_last() -> None:
    found = people(
        "به گزارش خبرنگار ما، کامران طاهرخانی صبح امروز در همایش بزرگداشت سهراب سپهری با "
        "اشاره به اینکه در میان شاعران زندگی سهراب سپهری ویژگی‌های خاصی داشت، اظهار داشت: "
        "شعر او زبان فارسی را تازه کرد.\n\n"
        "طاهرخانی با بیان اینکه شعر او هنوز خوانده می‌شود، افزود: باید این میراث را به "
        "نسل جوان بشناسانیم.\n\n"
        "رئیس دانشگاه صنعتی شاهرود عنوان کرد: امسال دو همایش دیگر برگزار می‌کنیم."
    )
    assert found["کامران طاهرخانی"][0] == ["رئیس دانشگاه صنعتی شاهرود"]
    assert found["سهراب سپهری"][0] == []


def test_a_name_said_to_be_the_best_selling_book_is_a_works() -> None:
    found = people(
        "فروش کتاب در نمایشگاه امسال بیشتر شد.\n\n"
        "هری پاتر پرفروش‌ترین کتاب شد و رمان دیگری از نویسنده‌ای جوان در رتبه دوم ایستاد."
    )
    assert "هری پاتر" not in found
    assert "عباس کیارستمی" in people("عباس کیارستمی کارگردان فیلم طعم گیلاس است.")


def test_a_pronoun_after_an_unnamed_source_takes_up_no_one_named() -> None:
    body = (
        "قاچاق نسخه‌های خطی توسط رابرت کینگ\n\n"
        "خبرگزاری فارس: یک منبع آگاه از خروج نسخه‌های خطی از کتابخانه ملی خبر داد.\n\n"
        "وی در گفت‌وگو با خبرنگار ما افزود: «رابرت کینگ این نسخه‌ها را با خود برده است.»"
    )
    assert "وی" not in people(body)["رابرت کینگ"][1]
    assert [q["speaker"] for q in analyzed(body)["quotes"]] == [None]


def test_a_lead_title_goes_to_a_surname_alone_only_if_its_sentence_speaks() -> None:
    found = people(
        "سخنگوی وزارت امور خارجه از سفر قریب‌الوقوع به مسکو خبر داد.\n\n"
        "ظریف روز دوشنبه به مسکو خواهد رفت."
    )
    assert found.get("ظریف", [[]])[0] == []


def test_an_ordinary_word_the_lexicon_lacks_is_no_surname_run_on_to() -> None:
    found = people(
        "به باور این نماینده، تصمیم‌های اقتصادی احمدی‌نژاد کشور را به تورم کشاند.\n\n"
        "خبر محاکمه دو تن از نزدیکان صدام دیکتاتور سابق عراق در بغداد منتشر شد."
    )
    assert not {"احمدی‌نژاد کشور", "صدام دیکتاتور"} & set(found)
    assert "صدام" in found


def test_the_nouns_of_a_clause_before_a_surname_and_its_bare_title_are_no_name() -> None:
    found = people(
        "در جلسه امروز مجلس، بررسی سوال کریم‌زاده نماینده اهواز از وزیر نیرو در دستور کار است."
    )
    assert found["کریم‌زاده"][0] == ["نماینده اهواز"]
    assert "بررسی سوال کریم‌زاده" not in found


def test_an_outlet_said_to_be_one_of_the_news_sites_is_no_person_and_speaks_on() -> None:
    body = (
        "وزیر نیرو از افتتاح سد تازه خبر داد.\n\n"
        "«دیده‌بان آسیا» از پایگاه‌های خبری شناخته شده منطقه با اشاره به این سد نوشت: "
        "این سد آب شهر را تامین می‌کند.\n\n"
        "این پایگاه افزود: ساخت سد هفت سال طول کشید."
    )
    assert "دیده‌بان آسیا" not in people(body)
    assert [q["speaker"] for q in analyzed(body)["quotes"]][-1] == "دیده‌بان آسیا"


def test_a_pronoun_passes_over_a_plural_that_is_no_source() -> None:
    met = (
        "محمدجواد ظریف با سرگئی لاوروف در مسکو دیدار کرد. مقامات روسی از این دیدار "
        "استقبال کردند. وی گفت: روابط خوب است."
    )
    toured = (
        "حسن روحانی رئیس‌جمهور در سفر به خوزستان از سد کرخه بازدید کرد. منابع آبی استان در "
        "سال‌های اخیر کاهش یافته است. وی گفت: باید صرفه‌جویی کنیم."
    )
    assert [q["speaker"] for q in analyzed(met)["quotes"]] == ["محمدجواد ظریف"]
    assert [q["speaker"] for q in analyzed(toured)["quotes"]] == ["حسن روحانی"]


def test_a_title_ending_in_a_government_named_after_its_head_is_the_name_before_it() -> None:
    found = people(
        "غلامحسین الهام سخنگوی دولت محمود احمدی‌نژاد در این نشست گفت که بودجه تصویب می‌شود."
    )
    assert found["غلامحسین الهام"][0] == ["سخنگوی دولت"]
    assert found["محمود احمدی‌نژاد"][0] == []


def test_a_team_named_after_its_country_opening_a_report_is_no_one() -> None:
    found = people("به گزارش خبرگزاری فارس، امید ایران در دیدار با عراق به پیروزی رسید.")
    assert "امید ایران" not in found


def test_a_speakers_title_goes_back_past_a_name_brought_in_with_niz() -> None:
    found = people(
        "حسن زیاری و مینا کاظمی اعضای شورای شهر امروز با مردم دیدار کردند.\n\n"
        "عضو کمیسیون عمران شورای شهر در ادامه گفت: بافت این منطقه فرسوده است.\n\n"
        "همچنین واعظی آشتیانی نیز از طرح‌های شهرداری در منطقه ۱۷ بازدید کرد."
    )
    assert found["مینا کاظمی"][0] == ["عضو شورای شهر", "عضو کمیسیون عمران شورای شهر"]
    assert found["حسن زیاری"][0] == ["عضو شورای شهر"]
    assert found["واعظی آشتیانی"][0] == []


def test_a_title_goes_to_a_name_with_niz_when_no_one_was_named_before() -> None:
    # «نیز» adds what the holder did besides, with no one else to go back to.
    found = people(
        "رئیس جمهور امروز در جمع مردم سمنان گفت: دولت مشکلات را حل می‌کند.\n\n"
        "در این سفر حسن روحانی نیز از چند طرح عمرانی بازدید کرد."
    )
    assert found["حسن روحانی"][0] == ["رئیس جمهور"]


def test_a_speakers_title_is_not_of_one_of_another_office_named_before() -> None:
    found = people(
        "به گزارش خبرگزاری فارس، حمید سلطانی، از فرماندهان ارتش عراق که در محل حادثه بود، "
        "گفت بمب در کنار جاده کار گذاشته شده بود.\n\n"
        "رئیس پلیس بغداد گفت هدف این حمله نیروهای ارتش بودند."
    )
    # One of the commanders holds the group as written, not the police chief's office.
    assert found["حمید سلطانی"][0] == ["فرماندهان ارتش عراق"]
    same = people(
        "حسن محمدی، از نمایندگان مجلس که در این نشست حاضر بود، از طرح دولت انتقاد کرد.\n\n"
        "نماینده مردم شیراز گفت این طرح به نفع کشاورزان نیست."
    )
    assert same["حسن محمدی"][0] == ["نمایندگان مجلس", "نماینده مردم شیراز"]


def test_a_title_standing_alone_is_held_by_no_one_told_of_as_late_or_as_kin() -> None:
    found = people(
        "محمدرضا کربلایی، شاگرد مرحوم ایرج بسطامی، در این مراسم گفت: بم شهر موسیقی است.\n\n"
        "رییس انجمن شعر کرمان هم گفت: شاعران این شهر را فراموش نمی‌کنند.\n\n"
        "برنامه با نوای نی سپهری، شاگرد استاد محمد موسوی، ادامه یافت."
    )
    assert found["ایرج بسطامی"][0] == []
    assert found["محمد موسوی"][0] == []
    assert found["محمدرضا کربلایی"][0] == ["شاگرد مرحوم ایرج بسطامی"]


def test_an_outlets_article_that_speaks_is_no_person() -> None:
    body = (
        "بنا بر گزارش نشریه فارن‌پالیسی، دلایل زیادی برای نگرانی وجود دارد.\n\n"
        "مقاله فارن پالیسی در ادامه می‌گوید: «قدرت‌های اروپایی در تلاش برای وضع تحریم "
        "هستند.»"
    )
    assert people(body) == {}


def test_a_datelines_city_and_agency_are_no_name_before_a_title() -> None:
    found = people("تهران- ایرنا- وزیر نفت امروز از پالایشگاه آبادان بازدید کرد.")
    assert found == {}


def test_a_name_ends_before_the_kin_it_is_said_to_be_of() -> None:
    found = people(
        "پیکر استاد محمدرضا شجریان امروز تشییع شد. همایون شجریان فرزند این هنرمند گفت: "
        "پدرم عاشق مردم ایران بود."
    )
    assert "همایون شجریان" in found
    assert not any(name.endswith("فرزند") for name in found)
