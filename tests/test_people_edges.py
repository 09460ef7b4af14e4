"""Where a name ends in sentences written for these tests, with the recognizer's guesses
given by hand: a blessing after it and a pronoun standing alone in quote marks are no part
of a person, the half of a surname after a hyphen is."""

import re

import pytest

from khabar.news.people import People, Person
from khabar.news.people.offices import scored_by_title


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    found = People(text, spans, body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_a_written_out_blessing_after_a_late_leader_is_no_part_of_his_name() -> None:
    text = "خبر\n\nدانشجویان گفتند راه امام خمینی رحمه‌الله علیه تا پیروزی ادامه دارد."
    assert people(text, ("امام خمینی رحمه‌الله",)) == {"خمینی": ["خمینی"]}
    text = "خبر\n\nکتاب تازه درباره اندیشه شهید مرتضی مطهری قدس سره منتشر شد."
    assert people(text, ("مرتضی مطهری قدس",)) == {"مرتضی مطهری": ["مرتضی مطهری"]}


def test_a_surname_that_is_half_a_blessing_stays_a_name() -> None:
    text = "خبر\n\nمحمد قدس مدیر تولید این نمایش است و سرپرستی گروه را هم دارد."
    assert people(text, ("محمد قدس",)) == {"محمد قدس": ["محمد قدس"]}


def test_a_pronoun_alone_in_quote_marks_names_a_work() -> None:
    text = "خبر\n\nمریم احمدی گفت نمایشگاه عکس «او» از فردا در گالری شهر برپا می‌شود."
    assert people(text, ("مریم احمدی",)) == {"مریم احمدی": ["مریم احمدی"]}


def test_the_days_of_god_are_no_one() -> None:
    text = "خبر\n\nمدیران استان به مناسبت فرارسیدن ایام‌الله دهه فجر دیدار کردند."
    assert people(text, ("ایام‌الله دهه",)) == {}


def test_a_double_surname_joined_by_a_hyphen_is_one_name() -> None:
    text = "خبر\n\nاین روش را پژوهشگری به نام ژان دوپون- مورو در دانشگاه لیون ساخته است."
    assert people(text, ("ژان دوپون",)) == {"ژان دوپون- مورو": ["ژان دوپون- مورو"]}


def test_a_dash_before_a_title_or_clause_joins_no_surname() -> None:
    text = "خبر\n\nعلی کریمی- رئیس هیئت مدیره باشگاه- از استعفای خود خبر داد."
    assert "علی کریمی- رئیس" not in people(text, ("علی کریمی",))
    text = "خبر\n\nحسن صالحی- که دیروز به شیراز رفت- از سفر خود گفت."
    assert "حسن صالحی- که" not in people(text, ("حسن صالحی",))


def test_a_name_after_a_plan_with_its_given_name_is_whose_plan_it_is() -> None:
    text = "خبر\n\nنمایندگان پارلمان از طرح دیوید کامرون برای اصلاح قانون حمایت کردند."
    assert people(text, ("دیوید کامرون",)) == {"دیوید کامرون": ["دیوید کامرون"]}


def test_a_plan_named_by_a_word_is_no_one() -> None:
    text = "خبر\n\nمعاون وزیر گفت طرح مهر در مدارس استان با جدیت اجرا می‌شود."
    assert people(text, ("مهر",)) == {}


def test_the_place_a_result_gives_is_no_part_of_the_name() -> None:
    text = "خبر\n\nرده سنی نوجوانان الهه بهرامی مقام دوم و سمیرا نادری مقام سوم"
    found = people(text, ("الهه بهرامی مقام دوم", "سمیرا نادری مقام سوم"))
    assert found == {"الهه بهرامی": ["الهه بهرامی"], "سمیرا نادری": ["سمیرا نادری"]}


def test_who_supervised_a_thesis_is_named_in_its_credits() -> None:
    text = "خبر\n\nاین پایان‌نامه به راهنمایی کیوان آرام‌نژاد در دانشگاه صنعتی دفاع شد."
    assert people(text, ()) == {"کیوان آرام‌نژاد": ["کیوان آرام‌نژاد"]}


def test_a_guide_to_a_place_credits_no_one() -> None:
    text = "خبر\n\nگردشگران به راهنمایی مسئولان موزه از تالار آینه بازدید کردند."
    assert people(text, ()) == {}
    text = "خبر\n\nنیروهای هلال احمر اقدام به راهنمایی زائرین اربعین در مرز مهران کردند."
    assert people(text, ()) == {}


def test_farah_and_mokhtar_are_given_names() -> None:
    text = "خبر\n\nاین نشست‌ها زیر نظر فرح دیبا و با حضور مختار سلیمی برگزار می‌شد."
    assert people(text, ("فرح دیبا", "مختار سلیمی")) == {
        "فرح دیبا": ["فرح دیبا"],
        "مختار سلیمی": ["مختار سلیمی"],
    }


def titles_of(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → titles, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    spans = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    return {p.name: p.titles for p in People(text, spans, body=body).finish()}


def test_in_a_list_of_names_with_titles_a_title_between_commas_is_the_name_before() -> None:
    text = (
        "خبر\n\nداوران این دوره عبارتند از کاوه رحیمی، مدیر نشر آفتاب، نسرین مقدم مدیر "
        "انتشارات سپیده و لیلا نوری."
    )
    found = titles_of(text, ("کاوه رحیمی", "نسرین مقدم", "لیلا نوری"))
    assert found["کاوه رحیمی"] == ["مدیر نشر آفتاب"]
    assert found["نسرین مقدم"] == ["مدیر انتشارات سپیده"]


def test_a_title_before_a_name_set_off_by_commas_is_that_name() -> None:
    text = "خبر\n\nدر این مراسم سخنگوی دولت، مهدی صفایی، امیر کاظمی را به عنوان مشاور معرفی کرد."
    assert titles_of(text, ("مهدی صفایی", "امیر کاظمی"))["مهدی صفایی"] == ["سخنگوی دولت"]


def test_a_player_named_without_a_title_is_who_this_player_takes_up() -> None:
    text = (
        "خبر\n\nباشگاه برای خرید کاوه صالحی مذاکره کرد. قیمت این بازیکن بالاست و باشگاه "
        "هنوز تصمیم نگرفته است."
    )
    assert people(text, ("کاوه صالحی",)) == {"کاوه صالحی": ["کاوه صالحی", "این بازیکن"]}


def test_who_speaks_of_this_player_is_not_him() -> None:
    text = (
        "خبر\n\nباشگاه برای خرید کاوه صالحی مذاکره کرد.\n\nرضا نیکپور درباره این بازیکن "
        "گفت که او آماده نیست."
    )
    found = people(text, ("کاوه صالحی", "رضا نیکپور"))
    assert "این بازیکن" in found["کاوه صالحی"]
    assert "این بازیکن" not in found["رضا نیکپور"]


def test_someone_with_a_title_of_another_kind_is_no_player() -> None:
    text = "خبر\n\nعلی امیری، سخنگوی باشگاه، از مذاکره خبر داد. قیمت این بازیکن هنوز روشن نیست."
    assert people(text, ("علی امیری",)) == {"علی امیری": ["علی امیری"]}


def test_one_head_of_two_seats_told_in_other_words_is_another_office() -> None:
    imam = Person("کامران رسولی", titles=["امام جمعه شهر بانه"])
    assert scored_by_title("امام جمعه موقت مریوان", [imam]) is None
    coach = Person("رضا کاظمی", titles=["سرمربی تیم ملی"])
    assert scored_by_title("سرمربی تیم", [coach]) is not None


def test_one_head_of_two_things_named_in_a_word_each_is_another_office() -> None:
    coach = Person("محرم نویدکیا", titles=["سرمربی سپاهان"])
    assert scored_by_title("سرمربی پرسپولیس", [coach]) is None
    # a body's noun alone may be any body of its kind
    assert scored_by_title("سرمربی تیم", [coach]) is not None
    assert scored_by_title("سرمربی سپاهان", [Person("علی کریمی", titles=["سرمربی تیم"])])


def test_one_head_and_body_with_another_unit_between_is_another_office() -> None:
    deputy = Person("علی رضایی", titles=["معاون عمرانی استاندار کرمان"])
    assert scored_by_title("معاون سیاسی استاندار کرمان", [deputy]) is None
    assert scored_by_title("معاون استاندار کرمان", [deputy]) is not None
    member = Person("حسین رستمی", titles=["مسئول رویکرد حفظ و نشر آثار ستاد کنگره"])
    assert scored_by_title("مسئول رویکرد تبلیغی، فرهنگی و هنری ستاد کنگره", [member]) is None
    # A ministry is its minister's; a word the other title writes elsewhere is shared.
    health = Person("پرویز حیدری‌فر", titles=["معاون بهداشت وزارت بهداشت"])
    assert scored_by_title("معاون وزیر بهداشت", [health]) is not None


def test_a_spaced_given_name_in_allah_after_an_honorific_goes_on_to_the_surname() -> None:
    text = "خبر\n\nحجت‌الاسلام فضل الله محلاتی در این مراسم سخنرانی کرد."
    assert people(text, ()) == {"فضل الله محلاتی": ["فضل الله محلاتی"]}
    text = "خبر\n\nشیخ نعمت الله نوری واقع‌بینی را توصیه کرد."
    assert people(text, ()) == {"نعمت الله نوری": ["نعمت الله نوری"]}


def test_with_glued_to_its_noun_ends_a_name() -> None:
    text = "خبر\n\nکاوه صالحی گفت کار ادامه دارد.\n\nصالحی بابیان اینکه بازار آرام است، افزود."
    assert "صالحی بابیان" not in people(text, ("کاوه صالحی", "صالحی بابیان"))


def test_a_university_named_after_a_scholar_in_a_plural_list_names_no_one() -> None:
    text = "خبر\n\nاین کمیته‌ها از استادان دانشگاه‌های علامه طباطبایی و تهران تشکیل شده‌اند."
    assert people(text, ()) == {}


def test_the_rival_a_wrestler_gets_past_is_no_dam() -> None:
    text = "خبر\n\nدر وزن 74 کیلوگرم بهنام کاظمی از سد مهران رحیمی گذشت و به فینال رسید."
    found = people(text, ("بهنام کاظمی", "مهران رحیمی"))
    assert found["مهران رحیمی"] == ["مهران رحیمی"]


def test_a_dam_named_after_someone_stays_a_thing() -> None:
    text = "خبر\n\nوزیر نیرو از سد لتیان بازدید کرد و گفت آب سد لتیان کم شده است."
    assert people(text, ("لتیان",)) == {}


def test_the_second_half_of_a_joined_surname_is_someone_else() -> None:
    text = (
        "خبر\n\nمحسن باقری‌کرمانی در این نشست گفت کار ادامه دارد. او از سفر سردار "
        "کرمانی به استان یاد کرد."
    )
    found = people(text, ("محسن باقری‌کرمانی", "کرمانی"))
    assert found["کرمانی"] == ["کرمانی"]


def test_a_surname_joined_to_a_given_name_is_called_by_its_second_half() -> None:
    text = "خبر\n\nاسفندیار حسن‌مقدم در این نشست گفت کار ادامه دارد. مقدم افزود که راه روشن است."
    found = people(text, ("اسفندیار حسن‌مقدم", "مقدم"))
    assert found == {"اسفندیار حسن‌مقدم": ["اسفندیار حسن‌مقدم", "مقدم"]}


def test_a_plural_honorific_opens_a_list_of_names() -> None:
    text = (
        "خبر\n\nدر این نمایشگاه آثار خوشنویسان، آقایان کاویانپور، بهزاد نیک‌نام و "
        "سعید رفیعی عرضه شده است."
    )
    assert "کاویانپور" in people(text, ("بهزاد نیک‌نام", "سعید رفیعی"))


def test_men_and_women_in_the_plural_name_no_one() -> None:
    text = "خبر\n\nاو احترام را از نیازهای روان‌شناختی آقایان برشمرد و از نیاز خانم‌ها گفت."
    assert people(text, ()) == {}


def test_a_court_title_in_bashi_after_a_given_name_is_the_surname() -> None:
    text = "خبر\n\nدر این موزه عکس‌هایی از حسین نقاش‌باشی به نمایش درآمده است."
    assert people(text, ("حسین",)) == {"حسین نقاش‌باشی": ["حسین نقاش‌باشی"]}


def test_two_surnames_joined_by_a_hyphen_are_a_match_up_not_one_name() -> None:
    text = "خبر\n\nدیدار پوتین-اردوغان در سوچی برگزار شد و ولادیمیر پوتین از آن استقبال کرد."
    found = people(text, ("پوتین", "ولادیمیر پوتین"))
    assert "پوتین-اردوغان" not in found


def test_a_surname_joined_to_a_sayyids_lineage_is_called_by_its_second_half() -> None:
    text = (
        "خبر\n\nآیت‌الله سید محمد حسینی‌بهشتی در هفتم تیر به شهادت رسید. بهشتی از "
        "بنیان‌گذاران حزب جمهوری اسلامی بود."
    )
    found = people(text, ("سید محمد حسینی‌بهشتی", "بهشتی"))
    assert found == {"سید محمد حسینی‌بهشتی": ["سید محمد حسینی‌بهشتی", "بهشتی"]}


def test_whom_the_sentence_cites_is_not_this_player() -> None:
    text = (
        "خبر\n\nباشگاه با کاوه صالحی قرارداد بست. به گفته رضا نیکپور، این بازیکن به زودی "
        "به تمرینات می‌پیوندد."
    )
    found = people(text, ("کاوه صالحی", "رضا نیکپور"))
    assert found["کاوه صالحی"] == ["کاوه صالحی", "این بازیکن"]
    assert found["رضا نیکپور"] == ["رضا نیکپور"]


def test_men_of_a_country_before_a_comma_are_no_list_of_names() -> None:
    text = "خبر\n\nپوشاک خانم‌ها و آقایان ایرانی، با کیفیت بالا در این کارگاه تولید می‌شود."
    assert people(text, ()) == {}


def test_a_flood_past_a_dam_and_a_plan_named_by_a_given_name_name_no_one() -> None:
    text = "خبر\n\nسیلاب از سد لتیان عبور کرد و خسارت زیادی به روستاها وارد کرد."
    assert people(text, ("لتیان",)) == {}
    assert people("خبر\n\nطرح امید در مجلس تصویب شد.", ("امید",)) == {}
    text = "خبر\n\nکشتی‌گیر ایرانی نتوانست از سد قاسمی بگذرد و حذف شد."
    assert people(text, ("قاسمی",)) == {"قاسمی": ["قاسمی"]}


def test_a_list_of_titles_each_before_its_name_keeps_them_apart() -> None:
    text = (
        "خبر\n\nدر این جلسه وزیر نفت، بیژن زنگنه، وزیر نیرو، رضا اردکانیان، وزیر راه، "
        "محمد اسلامی، حضور داشتند."
    )
    found = titles_of(text, ("بیژن زنگنه", "رضا اردکانیان", "محمد اسلامی"))
    assert found["بیژن زنگنه"] == ["وزیر نفت"]
    assert found["رضا اردکانیان"] == ["وزیر نیرو"]


def test_words_of_a_vowel_marked_verse_are_no_one() -> None:
    text = "خبر\n\nخطیب جمعه این آیه را خواند: إِنَّ اللَّهَ مَعَ الصَّابِرِینَ و از صبر گفت."
    assert people(text, ("مَعَ الصَّابِرِینَ",)) == {}


def test_an_adverb_in_tanween_is_no_one() -> None:
    text = "خبر\n\nاولاً هزینه‌ها زیاد است و ثالثاً وقت اجرای طرح کم است."
    assert people(text, ("ثالثاً",)) == {}


def test_a_foreign_name_spelt_out_with_vowel_signs_is_a_name() -> None:
    text = "خبر\n\nتوماس وِلِر، سخنگوی این شرکت، گفت قرارداد امضا شده است."
    assert "توماس وِلِر" in people(text, ("توماس وِلِر",))


def test_the_second_half_of_a_spaced_compound_is_no_one() -> None:
    text = "خبر\n\nکاوه رستمی در گفت وگو با خبرنگار ما از رفت وآمد زائران گفت."
    assert list(people(text, ("کاوه رستمی", "وگو", "وآمد"))) == ["کاوه رستمی"]


def test_a_surname_of_vav_and_a_preposition_is_a_name() -> None:
    text = "خبر\n\nماکس وبر از عقلانیت سخن گفته است. به گفته وبر، دیوانسالاری قفس آهنین است."
    assert "وبر" in people(text, ("وبر",))


def test_a_given_name_opening_with_vav_is_a_name() -> None:
    text = "خبر\n\nودود در گفت‌وگو با خبرنگار ما از برنامه‌های باشگاه گفت."
    assert list(people(text, ("ودود",))) == ["ودود"]


def test_an_ordinal_after_a_surname_opens_the_object_not_the_name() -> None:
    text = (
        "خبر\n\nباشگاه با یونس دلفروز قرارداد بست. به گفته مربی، دلفروز نخستین بازی خود را "
        "هفته آینده انجام می‌دهد."
    )
    found = people(text, ("یونس دلفروز", "دلفروز نخستین"))
    assert found == {"یونس دلفروز": ["یونس دلفروز", "دلفروز"]}


def test_the_noun_of_a_compound_verb_after_a_given_name_is_no_surname() -> None:
    text = (
        "خبر\n\nفرزانه مقدم بازنشسته شد. مربی قدیمی او گفت: من همیشه به فرزانه ایمان "
        "داشته‌ام و تصمیمش را درست می‌دانم."
    )
    found = people(text, ("فرزانه مقدم", "فرزانه ایمان"))
    assert found == {"فرزانه مقدم": ["فرزانه مقدم", "او", "فرزانه"]}
    story = "خبر\n\nکاوه به کوچه رسید. کاوه خم شد و بند کفشش را بست."
    assert people(story, ("کاوه", "کاوه خم")) == {"کاوه": ["کاوه", "کاوه"]}


def test_an_object_before_ra_after_a_given_name_is_no_surname() -> None:
    story = "خبر\n\nکاوه به کوچه رسید. کاوه چای را سر کشید و رفت."
    assert people(story, ("کاوه", "کاوه چای")) == {"کاوه": ["کاوه", "کاوه"]}
    # a listed surname before «را» is someone's all the same
    text = "خبر\n\nحسن روحانی به مجلس آمد. نمایندگان حسن روحانی را تشویق کردند."
    found = people(text, ("حسن روحانی",))
    assert found == {"حسن روحانی": ["حسن روحانی", "حسن روحانی"]}


def test_a_surname_that_is_a_word_before_a_light_verb_stays_a_name() -> None:
    text = "خبر\n\nنفر اول مسابقه قرآن امسال ایمان رحمانی شد و جایزه را گرفت."
    assert people(text, ("ایمان رحمانی",)) == {"ایمان رحمانی": ["ایمان رحمانی"]}
    pair = "خبر\n\nدر فینال سعید جوان و سعید امیری رو در رو شدند و قهرمان سعید جوان شد."
    assert people(pair, ("سعید جوان", "سعید امیری")) == {
        "سعید جوان": ["سعید جوان", "سعید جوان"],
        "سعید امیری": ["سعید امیری"],
    }


def test_a_surname_made_of_a_word_and_i_before_a_light_verb_stays_a_name() -> None:
    text = "خبر\n\nگل اول را رضا قوچان‌نژاد زد و گل دوم نصیب رضا نوروزی شد."
    assert people(text, ("رضا قوچان‌نژاد", "رضا نوروزی")) == {
        "رضا قوچان‌نژاد": ["رضا قوچان‌نژاد"],
        "رضا نوروزی": ["رضا نوروزی"],
    }


def test_a_name_ending_in_an_ordinary_word_goes_on_with_the_surname_written_alone() -> None:
    text = (
        "خبر\n\nمحمدصادق حاجی تاروردی امروز در این نشست گفت: پایگاه آماده است.\n\n"
        "تاروردی افزود: کار ادامه دارد."
    )
    assert list(people(text, ("محمدصادق حاجی",))) == ["محمدصادق حاجی تاروردی"]
    text = "خبر\n\nبه نوشته این منبع، حسن روحانی تاکید کرد: کار ادامه دارد. سپس تاکید کرد."
    assert list(people(text, ("حسن روحانی",))) == ["حسن روحانی"]


def test_of_two_spellings_as_long_the_first_written_names_the_person() -> None:
    text = (
        "خبر\n\nعلامه طباطبایی در این کتاب نوشت که علم تغییر می‌کند. به نظر طباطبائی دین ثابت است."
    )
    assert list(people(text, ("طباطبائی", "طباطبایی"))) == ["طباطبایی"]


def test_a_word_of_an_office_after_a_name_written_without_it_is_no_part_of_it() -> None:
    text = "خبر\n\nکاوه رستمی به عنوان بازیکن و کاوه رستمی سرپرستی این تیم را بر عهده داشت."
    assert "کاوه رستمی" in people(text, ("کاوه رستمی", "کاوه رستمی سرپرستی"))
    text = "خبر\n\nدر این نمایش نوید کامیاب بازی می‌کند.\n\nنوید کامیاب طراح‌صحنه و لباس است."
    assert people(text, ("نوید کامیاب", "نوید کامیاب طراح‌صحنه")) == {
        "نوید کامیاب": ["نوید کامیاب", "نوید کامیاب"]
    }


def test_a_listed_surname_made_from_a_head_of_office_stays_in_the_name() -> None:
    text = (
        "خبر\n\nمهران مدیری کارگردان این سریال گفت: کار ادامه دارد.\n\n"
        "مهران در ادامه افزود: پخش از هفته آینده است."
    )
    assert "مهران مدیری" in people(text, ("مهران مدیری", "مهران"))


def test_a_kin_noun_before_the_name_of_whose_kin_is_no_part_of_the_name() -> None:
    text = "خبر\n\nشیخ یوسف فرزند شیخ احمد از عالمان این دیار بود."
    found = people(text, ("یوسف فرزند", "احمد"))
    assert "یوسف" in found and "یوسف فرزند" not in found


def test_a_surname_made_of_an_office_stays_where_the_text_calls_him_by_it() -> None:
    text = "خبر\n\nمهدی کریمی امروز آمد.\n\nمهدی کریمی وزیری گفت: کار ادامه دارد. وزیری افزود: …"
    assert "مهدی کریمی وزیری" in people(text, ("مهدی کریمی", "مهدی کریمی وزیری", "وزیری"))


def test_known_as_ends_a_name_and_the_other_name_is_a_mention() -> None:
    text = (
        "خبر\n\nلوسیانو پریرا ملقب به شیمبا، ظهر امروز در اهواز گفت: تیم ما آماده است.\n\n"
        "شیمبا افزود: برای برد آمده‌ایم."
    )
    found = people(text, ("لوسیانو پریرا ملقب", "شیمبا"))
    assert found == {"لوسیانو پریرا": ["لوسیانو پریرا", "شیمبا", "شیمبا"]}
    text = "خبر\n\nمحمدحسین بهجت تبریزی متخلص به «شهریار» در سال ۱۳۶۷ درگذشت."
    found = people(text, ("محمدحسین بهجت تبریزی",))
    assert found == {"محمدحسین بهجت تبریزی": ["محمدحسین بهجت تبریزی", "شهریار"]}


def test_a_word_for_known_without_its_ba_may_stay_in_a_name() -> None:
    text = "خبر\n\nمحمد معروف امروز در جلسه شورا حاضر شد."
    assert people(text, ("محمد معروف",)) == {"محمد معروف": ["محمد معروف"]}


def test_a_name_found_alone_in_brackets_after_a_name_is_theirs() -> None:
    text = "خبر\n\nعلی دایی (شهریار) امروز گفت تیم آماده است.\n\nرضا محمدی (۴۵ ساله) نیز آمد."
    found = people(text, ("علی دایی", "شهریار", "رضا محمدی"))
    assert found == {"علی دایی": ["علی دایی", "شهریار"], "رضا محمدی": ["رضا محمدی"]}


def test_a_word_in_brackets_after_each_listed_name_is_no_other_name() -> None:
    text = "خبر\n\nلژیونرها عبارتند از: مجتبی جباری(السد) و پژمان منتظری(الاهلی)."
    found = people(text, ("مجتبی جباری", "پژمان منتظری", "الاهلی"))
    assert found == {"مجتبی جباری": ["مجتبی جباری"], "پژمان منتظری": ["پژمان منتظری"]}


def test_a_name_the_recognizer_stops_right_after_bin_goes_on_to_the_fathers() -> None:
    text = "خبر\n\nشیخ تمیم بن حمد آل ثانی نیز بر ضرورت توقف جنگ تأکید کرد."
    assert people(text, ("تمیم بن",)) == {"تمیم بن حمد آل ثانی": ["تمیم بن حمد آل ثانی"]}


def test_a_text_that_ends_in_a_bracket_after_no_name_is_read() -> None:
    """With no bracket after a name, the check read the text's last character instead."""
    text = "خبر\n\nعلی دایی امروز گفت تیم آماده است (پایان)"
    assert people(text, ("علی دایی",)) == {"علی دایی": ["علی دایی"]}


def test_a_surname_that_is_an_ordinary_word_read_alone_after_the_full_name_is_theirs() -> None:
    """«پوتین» is boots too; read alone by the recognizer where it also read the full
    name, it is the person's."""
    text = "خبر\n\nولادیمیر پوتین امروز در مسکو سخنرانی کرد.\n\nپوتین روز جمعه به ترکیه سفر کرد."
    full, alone = text.index("ولادیمیر"), text.rindex("پوتین")
    spans = [(full, full + len("ولادیمیر پوتین")), (alone, alone + len("پوتین"))]
    found = People(text, spans, body=text.find("\n\n") + 2).finish()
    assert [(p.name, sorted(p.mentions)) for p in found] == [("ولادیمیر پوتین", spans)]


def test_a_plural_office_of_coordinated_countries_is_each_name_s_in_turn() -> None:
    text = (
        "خبر\n\nسرگئی لاوروف و مایک پمپئو، وزرای خارجه روسیه و آمریکا روز سه‌شنبه در سوچی "
        "با یکدیگر دیدار کردند."
    )
    assert titles_of(text, ("سرگئی لاوروف", "مایک پمپئو")) == {
        "سرگئی لاوروف": ["وزیر خارجه روسیه"],
        "مایک پمپئو": ["وزیر خارجه آمریکا"],
    }


def test_offices_told_respectively_after_a_list_are_each_name_s_in_turn() -> None:
    text = (
        "خبر\n\nعلی نیکزاد و حمیدرضا حاجی‌بابایی نیز به ترتیب به عنوان نایب‌رئیس اول و دوم "
        "مجلس برگزیده شدند."
    )
    assert titles_of(text, ("علی نیکزاد", "حمیدرضا حاجی‌بابایی")) == {
        "علی نیکزاد": ["نایب‌رئیس اول مجلس"],
        "حمیدرضا حاجی‌بابایی": ["نایب‌رئیس دوم مجلس"],
    }


def test_a_plural_office_opening_the_lead_is_each_name_s_in_turn_that_opens_the_next() -> None:
    text = (
        "خبر\n\nوزیران نفت ایران و عراق تفاهم‌نامه همکاری امضا کردند.\n\n"
        "به گزارش خبرگزاری فارس، جواد اوجی و احسان اسماعیل امروز در بغداد آن را امضا کردند."
        "\n\nوزیر نفت کشورمان گفت: بدهی‌ها پرداخت می‌شود."
    )
    found = titles_of(text, ("جواد اوجی", "احسان اسماعیل"))
    assert {name: titles[0] for name, titles in found.items()} == {
        "جواد اوجی": "وزیر نفت ایران",
        "احسان اسماعیل": "وزیر نفت عراق",
    }


@pytest.mark.parametrize(
    "text",
    [
        "خبر\n\nوزرای نفت ایران و عراق روز دوشنبه در بغداد دیدار کردند. جواد اوجی و احسان "
        "اسماعیل در این دیدار درباره بدهی‌ها گفت‌وگو کردند.",
        "خبر\n\nسخنگوی وزارت نفت با اشاره به نشست وزرای نفت ایران و عراق گفت: «جواد "
        "اوجی و احسان اسماعیل درباره بدهی‌ها گفت‌وگو خواهند کرد.»",
    ],
    ids=["next sentence", "quote after it"],
)
def test_a_plural_office_is_each_name_s_in_turn_that_opens_what_follows(text: str) -> None:
    assert titles_of(text, ("جواد اوجی", "احسان اسماعیل")) == {
        "جواد اوجی": ["وزیر نفت ایران"],
        "احسان اسماعیل": ["وزیر نفت عراق"],
    }


def test_names_besides_a_plural_office_s_holders_hold_none_of_its_offices() -> None:
    text = (
        "خبر\n\nوزرای نفت ایران و عراق روز دوشنبه در بغداد دیدار کردند. حسن روحانی و "
        "حیدر العبادی نیز پیام‌هایی فرستادند."
    )
    assert titles_of(text, ("حسن روحانی", "حیدر العبادی")) == {
        "حسن روحانی": [],
        "حیدر العبادی": [],
    }


def test_the_noun_of_a_meeting_opens_no_name_before_a_title() -> None:
    text = (
        "خبر\n\nمحمد جواد ظریف در دیدار فدریکا موگرینی مسئول سیاست خارجی اتحادیه اروپا "
        "خواستار استقلال عمل اروپا شد. موگرینی گفت: «ما آماده‌ایم.»"
    )
    found = people(text, ("محمد جواد ظریف", "فدریکا موگرینی", "موگرینی"))
    assert "فدریکا موگرینی" in found
    assert not any("دیدار" in name for name in found)


def test_a_title_s_head_after_a_given_name_and_surname_is_no_part_of_the_name() -> None:
    text = (
        "خبر\n\nدر این نشست، علی مفتح مدیرعامل شرکت بازرگانی دولتی و حسن نوری معاون "
        "وزیر نفت حضور داشتند."
    )
    found = people(text, ("علی مفتح",))
    assert found == {"علی مفتح": ["علی مفتح"], "حسن نوری": ["حسن نوری"]}


def test_a_head_after_a_given_name_is_a_title_where_a_title_runs_on_from_it() -> None:
    text = (
        "خبر\n\nاسماعیل ولد الشیخ احمد فرستاده ویژه سازمان ملل در امور یمن نیز در این "
        "نشست حضور داشت."
    )
    found = people(text, ("اسماعیل ولد", "احمد فرستاده"))
    assert found == {"اسماعیل ولد الشیخ احمد": ["اسماعیل ولد الشیخ احمد"]}
    # A head word alone after a given name may be the surname.
    text = "خبر\n\nمجید رهبر گفت که فیلم آماده است."
    assert people(text, ("مجید رهبر",)) == {"مجید رهبر": ["مجید رهبر"]}


def test_an_initial_opens_a_name() -> None:
    text = "خبر\n\nبه گزارش خبرگزاری فارس، دکتر ع. رضایی گفت که طرح آماده است."
    assert people(text, ("ع. رضایی",)) == {"ع. رضایی": ["ع. رضایی"]}
