"""Patterns of unseen news the people rules once got wrong, each in a sentence of our
own: the recognizer's guesses are given by hand, so the tests hold whatever the model
tags."""

import re

from khabar.news.people import People, looks_like_name
from khabar.news.people.finder import NameFinder
from khabar.news.titles import find_titles


def spans_of(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every place each of ``phrases`` stands in ``text``."""
    return [(m.start(), m.end()) for p in phrases for m in re.finditer(re.escape(p), text)]


def people(text: str, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Name → mention surfaces, with ``names`` as the recognizer's guesses."""
    body = text.find("\n\n") + 2
    found = People(text, spans_of(text, names), body=body).finish()
    return {p.name: [text[s:e] for s, e in sorted(p.mentions)] for p in found}


def test_a_spaced_compound_opening_with_al_is_the_same_surname() -> None:
    text = (
        "خبر\n\nحسین میر جلال‌الدینی، نماینده مردم یزد، از طرح دفاع کرد. "
        "میرجلال الدینی افزود که طرح تصویب می‌شود."
    )
    found = people(text, ("حسین میر جلال‌الدینی", "میرجلال الدینی"))
    assert found == {"حسین میر جلال‌الدینی": ["حسین میر جلال‌الدینی", "میرجلال الدینی"]}


def test_a_source_or_several_people_described_take_up_no_one() -> None:
    text = (
        "خبر\n\nمهدی کرمانی، سخنگوی اتحادیه، گفت که قیمت‌ها ثابت می‌ماند. "
        "این منبع افزود که جلسه هفته بعد است. "
        "این کارشناسان همچنین گفتند که بازار آرام است."
    )
    found = People(text, spans_of(text, ("مهدی کرمانی",)), body=5)
    for described in ("این منبع", "این کارشناسان"):
        at = text.index(described)
        assert found.resolve(at, at + len(described), None) is None


def test_a_title_ends_before_the_object_its_clause_takes_with_ra_further_on() -> None:
    text = (
        "مدیرکل بنادر استان در این نشست حاضر بود.\n\n"
        "مدیرکل بنادر استان توسعه اسکله‌های جنوبی در سال آینده را از اولویت‌ها دانست.\n\n"
        "وزیر امور خارجه کشورمان گفت و وزیر امور خارجه کشورمان طرح را پذیرفت."
    )
    assert [t.text for t in find_titles(text)] == [
        "مدیرکل بنادر استان",
        "مدیرکل بنادر استان",
        "وزیر امور خارجه کشورمان",
        "وزیر امور خارجه کشورمان",
    ]


def test_a_subject_ending_in_a_noun_phrase_or_holding_a_clause_word_is_no_name() -> None:
    assert not looks_like_name("تحلیل‌گر مسائل بانکی")
    assert not looks_like_name("پائولو اندکی مکث")
    assert not looks_like_name("لوکاس چند گام")
    assert not looks_like_name("است آلمانی‌ها سالانه")
    assert not looks_like_name("دیپلماتیک آلمانی")
    assert looks_like_name("زین‌اله ترکمن")
    assert not looks_like_name("مادر شهید کاوه")
    assert not looks_like_name("پدرم هنوز جوان")
    assert not looks_like_name("مادری")
    assert not looks_like_name("احمد بن")
    assert not looks_like_name("شوخی کردم بابا")
    assert not looks_like_name("مریم کی")
    assert looks_like_name("بان کی مون")
    assert looks_like_name("محمود عراقی")
    assert looks_like_name("ژونگ وی")
    assert looks_like_name("محمد حسن امینی")


def test_a_subject_after_an_outlets_noun_in_quote_marks_is_the_outlet() -> None:
    text = 'خبر\n\nنشریه "نیو ساینتیست" نوشت که دما بالا می‌رود.'
    subject = spans_of(text, ("نیو ساینتیست",))
    assert People(text, [], subject, body=5).finish() == []


def test_a_saint_a_shrine_is_named_after_is_no_person_of_the_story() -> None:
    text = (
        "خبر\n\nگردشگران از بقعه شیخ نجم‌الدین و امامزاده سید جعفر دیدن کردند "
        "و حجت‌الاسلام مرحوم حسن کاشانی را یاد کردند."
    )
    assert list(people(text, ("سید جعفر", "حسن کاشانی"))) == ["حسن کاشانی"]


def test_the_runner_up_is_one_title_not_a_holder_named_nayeb() -> None:
    text = "خبر\n\nتیم ما نایب قهرمان جام ملت‌ها شد و کاپیتان گفت که باید نایب قهرمان شویم."
    assert [t.text for t in find_titles(text)] == ["نایب قهرمان جام", "نایب قهرمان شویم"]


def test_a_noun_of_a_work_or_site_is_no_part_of_a_name() -> None:
    text = (
        "خبر\n\nمجله در بالای تصویر کاظمی‌پور رئیس بانک مرکزی نوشت که تورم کم شد. "
        "زائران به ساوه یادمان شهدای گمنام رفتند."
    )
    found = people(text, ("کاظمی‌پور", "ساوه یادمان شهدای گمنام"))
    assert found == {"کاظمی‌پور": ["کاظمی‌پور"]}


def test_the_former_holder_of_an_office_is_not_whoever_holds_it_now() -> None:
    text = (
        "خبر\n\nدر آیین معارفه، رضا کاظمی به عنوان مدیرکل جدید بنادر استان معرفی شد.\n\n"
        "در این آیین، مدیرکل سابق بنادر استان گزارشی از کارها داد."
    )
    found = people(text, ("رضا کاظمی",))
    assert found == {"رضا کاظمی": ["رضا کاظمی"]}


def test_a_time_word_after_a_title_ends_it() -> None:
    text = "خبر\n\nرضا کاظمی، رئیس اتاق بازرگانی چندی پیش گفت که صادرات بیشتر شد."
    assert [t.text for t in find_titles(text)] == ["رئیس اتاق بازرگانی"]


def test_a_name_without_the_town_its_bearer_is_told_by_is_the_same_person() -> None:
    text = "خبر\n\nدر بزرگداشت سعدی شیرازی گفتند که سعدی نماد عدالت است."
    found = people(text, ("سعدی شیرازی", "سعدی"))
    assert found == {"سعدی شیرازی": ["سعدی شیرازی", "سعدی"]}


def test_the_affairs_a_deputy_handles_listed_before_his_office_are_his_title() -> None:
    text = "خبر\n\nمعاون سیاسی، امنیتی و اجتماعی استانداری یزد گفت که انتخابات آرام بود."
    assert [t.text for t in find_titles(text)] == ["معاون سیاسی، امنیتی و اجتماعی استانداری یزد"]


def test_a_body_named_for_what_it_guards_goes_on_past_az() -> None:
    text = "خبر\n\nرئیس سازمان حفاظت از محیط زیست استان یزد گفت و وزیر دفاع از سفر خبر داد."
    found = [t.text for t in find_titles(text)]
    assert found == ["رئیس سازمان حفاظت از محیط زیست استان یزد", "وزیر دفاع"]


def test_an_office_written_as_irans_is_not_a_foreign_holders() -> None:
    text = (
        "خبر\n\nجان اسمیت، وزیر نفت کانادا، به تهران آمد. جان اسمیت گفت که وزیر نفت با او "
        "دیدار می‌کند.\n\nدر پایان وزیر نفت ایران از همکاری سخن گفت."
    )
    found = People(text, spans_of(text, ("جان اسمیت",)), body=5).finish()
    smith = next(p for p in found if p.name == "جان اسمیت")
    assert "وزیر نفت ایران" not in smith.titles


def test_a_possessive_pronoun_after_a_negated_verb_takes_up_the_clause_before() -> None:
    text = (
        "خبر\n\nعلی احمدی، رئیس اتحادیه، از طرح دفاع کرد.\n\n"
        "همچنین رضا کاظمی در نشست خبری واکنش نشان داد اما سخن تازه‌ای گفته نشد و "
        "نظر وی همان بود."
    )
    found = people(text, ("علی احمدی", "رضا کاظمی"))
    assert found["رضا کاظمی"] == ["رضا کاظمی", "وی"]


def test_a_title_in_brackets_after_a_name_is_theirs() -> None:
    text = (
        "خبر\n\nرضا کاظمی، عضو هیات علمی دانشگاه تهران، از طرح گفت. این طرح با همکاری "
        "مریم نادری (عضو هیات علمی دانشگاه شیراز) انجام شد."
    )
    found = People(text, spans_of(text, ("رضا کاظمی", "مریم نادری")), body=5).finish()
    titles = {p.name: p.titles for p in found}
    assert titles == {
        "رضا کاظمی": ["عضو هیات علمی دانشگاه تهران"],
        "مریم نادری": ["عضو هیات علمی دانشگاه شیراز"],
    }


def test_a_title_after_a_name_spelled_in_latin_letters_in_brackets_is_theirs() -> None:
    text = "خبر\n\nدونالد ترامپ (Donald Trump) رئیس جمهور آمریکا گفت که توافق پاره می‌شود."
    found = People(text, spans_of(text, ("دونالد ترامپ",)), body=5).finish()
    assert {p.name: p.titles for p in found} == {"دونالد ترامپ": ["رئیس جمهور آمریکا"]}


def test_a_prizes_category_refers_to_no_one() -> None:
    text = (
        "خبر\n\nنامزدها را رضا کاظمی، بازیگر هالیوود، اعلام کرد.\n\n"
        "در بخش بهترین بازیگر مرد: «علی نادری» برای بازی در فیلم «باران» نامزد شد."
    )
    found = people(text, ("رضا کاظمی",))
    assert found["رضا کاظمی"] == ["رضا کاظمی"]
    assert found.get("علی نادری", ["علی نادری"]) == ["علی نادری"]
    assert set(found) <= {"رضا کاظمی", "علی نادری"}


def test_a_plural_noun_governing_a_name_is_no_part_of_it() -> None:
    text = "خبر\n\nصحبت‌های مهرداد که تمام می‌شود، سکوت می‌کنیم."
    found = NameFinder(text).find([], spans_of(text, ("صحبت‌های مهرداد",)))
    assert [text[s:e] for s, e in found] == ["مهرداد"]


def test_a_subject_keeps_no_quote_mark_of_the_name() -> None:
    text = 'خبر\n\nروزنامه به نقل از "سامی العبدالله" مسئول پرونده اعلام کرد که کار تمام شد.'
    subject = spans_of(text, ('العبدالله" مسئول پرونده',))
    found = NameFinder(text).find([], subject)
    assert [text[s:e] for s, e in found] == ["سامی العبدالله"]


def test_handicrafts_joined_by_a_half_space_are_a_portfolio() -> None:
    text = "خبر\n\nرئیس اداره میراث فرهنگی، صنایع‌دستی و گردشگری شهرستان دماوند گفت که …"
    found = [t.text for t in find_titles(text)]
    assert found == ["رئیس اداره میراث فرهنگی، صنایع‌دستی و گردشگری شهرستان دماوند"]


def test_a_name_after_another_office_spoken_of_holds_that_office() -> None:
    text = (
        "خبر\n\nمعاون فرهنگی استاندار یزد گفت: کار تمام شد.\n\n"
        "در ادامه رئیس اداره ورزش استان یزد نیز در این نشست اظهار کرد: سالن آماده است.\n\n"
        "رضا کاظمی گفت: مسابقات هفته بعد برگزار می‌شود."
    )
    subjects = spans_of(text, ("معاون فرهنگی استاندار یزد", "رئیس اداره ورزش استان یزد"))
    found = People(text, spans_of(text, ("رضا کاظمی",)), subjects, body=5)
    for start, end in subjects:
        found.resolve(start, end, None)
    assert [(p.name, p.titles) for p in found.finish()] == [
        ("رضا کاظمی", ["رئیس اداره ورزش استان یزد"])
    ]


def test_a_title_nobody_holds_that_adds_is_who_spoke_before() -> None:
    text = (
        "خبر\n\nرضا کاظمی، سخنگوی اتحادیه، گفت: کار تمام شد.\n\n"
        "مشاور پیشین وزیر افزود: سالن آماده است.\n\nعلی نادری نیز گفت: مسابقه برگزار می‌شود."
    )
    found = People(text, spans_of(text, ("رضا کاظمی", "علی نادری")), body=5)
    kazemi = found.resolve(*spans_of(text, ("رضا کاظمی",))[0], None)
    found.resolve(*spans_of(text, ("مشاور پیشین وزیر",))[0], kazemi)
    titles = {p.name: p.titles for p in found.finish()}
    assert titles["رضا کاظمی"] == ["سخنگوی اتحادیه", "مشاور پیشین وزیر"]


def test_a_works_title_in_quote_marks_before_who_made_it_is_no_person() -> None:
    text = "خبر\n\nنمایش «حسنک کجایی» به کارگردانی مریم نادری و «بهار» اجرا شد."
    assert people(text, ("حسنک کجایی", "مریم نادری")) == {"مریم نادری": ["مریم نادری"]}


def test_a_university_branch_named_after_a_cleric_is_no_person() -> None:
    text = "خبر\n\nرئیس دانشگاه آزاد اسلامی واحد آیت‌الله طالقانی گفت که کلاس‌ها باز است."
    assert [t.text for t in find_titles(text)] == ["رئیس دانشگاه آزاد اسلامی واحد آیت‌الله طالقانی"]
    assert people(text, ()) == {}


def test_a_full_title_is_not_cut_to_the_short_form_the_article_writes_later() -> None:
    texts = (
        "علی لاریجانی رئیس مجلس شورای اسلامی در این دیدار روابط دو کشور را مهم دانست. "
        "رئیس مجلس همچنین گفت: همکاری ادامه دارد.",
        "عیسی کلانتری رئیس سازمان حفاظت محیط زیست روز شنبه در بازدید از تالاب وضعیت آن را "
        "نگران‌کننده خواند. رئیس سازمان گفت: باید اقدام کرد.",
        "وزیر امور خارجه کشورمان روز یکشنبه در سفر به بغداد مسائل منطقه را بررسی کرد. "
        "وزیر امور خارجه افزود: روابط خوب است.",
    )
    firsts = [find_titles("خبر\n\n" + text)[0].text for text in texts]
    assert firsts == [
        "رئیس مجلس شورای اسلامی",
        "رئیس سازمان حفاظت محیط زیست",
        "وزیر امور خارجه کشورمان",
    ]


def test_a_guarding_word_after_a_title_opens_the_clause_object() -> None:
    text = (
        "خبر\n\nعلی ربیعی سخنگوی دولت حمایت از تولید ملی را وظیفه همه دستگاه‌ها دانست. "
        "قاسم رضایی فرمانده مرزبانی ناجا حفاظت از مرزهای شرقی را اولویت دانست. "
        "احمد جنتی دبیر شورای نگهبان صیانت از آرای مردم را وظیفه شورا دانست. "
        "حاضران: معاون حقوق عامه و پیشگیری از وقوع جرم دادگستری گلستان، معاون حمایت از "
        "خانواده."
    )
    assert [t.text for t in find_titles(text)] == [
        "سخنگوی دولت",
        "فرمانده مرزبانی ناجا",
        "دبیر شورای نگهبان",
        "معاون حقوق عامه و پیشگیری از وقوع جرم دادگستری گلستان",
        "معاون حمایت از خانواده",
    ]


def test_sadat_the_surname_kurd_and_von_der_are_words_of_a_name() -> None:
    text = (
        "خبر\n\nسیما سادات لاری سخنگوی وزارت بهداشت روز شنبه گفت: آمار فوتی‌ها کاهش یافت. "
        "علی کرد سرمربی تیم ملی کشتی روز شنبه گفت: تیم آماده است. کرد افزود: اردو ادامه دارد."
    )
    found = people(text, ("سیما سادات لاری", "علی کرد", "کرد"))
    assert found == {"سیما سادات لاری": ["سیما سادات لاری"], "علی کرد": ["علی کرد", "کرد"]}
    assert looks_like_name("اورسولا فون در لاین")


def test_this_and_a_singular_noun_in_an_takes_up_who_was_described() -> None:
    text = (
        "خبر\n\nعلی رضایی، دونده ۱۹ ساله تیم ملی، در مسابقه اول شد. "
        "این جوان گفت: خوشحالم. این گروگان افزود: آزاد شدم. این پهلوان گفت: تمرین می‌کنم."
    )
    found = People(text, spans_of(text, ("علی رضایی",)), body=5)
    runner = found.resolve(5, 5 + len("علی رضایی"), None)
    assert runner is not None
    for described in ("این جوان", "این گروگان", "این پهلوان"):
        at = text.index(described)
        assert found.resolve(at, at + len(described), runner) is runner


def test_a_quoted_name_before_a_perfect_verb_or_the_noun_athar_is_a_person() -> None:
    text = (
        'خبر\n\n"جان بولتون" نوشته است: ایران خطرناک است. '
        "«دونالد ترامپ» نوشته بود که توافق بد است. "
        "«ظریف» اثر تحریم‌ها را ناچیز خواند. ظریف افزود: مردم مقاوم هستند. "
        "کتاب «بهار» نوشته علی احمدی منتشر شد."
    )
    found = people(text, ("جان بولتون", "دونالد ترامپ", "ظریف", "بهار", "علی احمدی"))
    assert set(found) == {"جان بولتون", "دونالد ترامپ", "ظریف", "علی احمدی"}


def test_a_name_ending_in_a_nationality_is_a_name_a_title_sets_off() -> None:
    assert looks_like_name("رسول ایرانی", titled=True)
    assert looks_like_name("آیدین ایرانی")
    assert not looks_like_name("دیپلماتیک آلمانی")


def test_a_title_of_another_office_that_adds_is_another_speaker() -> None:
    text = (
        "خبر\n\nمحمدعلی ابراهیمی رئیس شورای اسلامی شهر گفت: بودجه تصویب شد. "
        "شهردار افزود: پروژه‌ها آغاز می‌شود."
    )
    found = People(text, spans_of(text, ("محمدعلی ابراهیمی",)), body=5)
    head = found.resolve(*spans_of(text, ("محمدعلی ابراهیمی",))[0], None)
    mayor = found.resolve(*spans_of(text, ("شهردار",))[0], head)
    assert mayor is not head
    titles = {p.name: p.titles for p in found.finish()}
    assert titles["محمدعلی ابراهیمی"] == ["رئیس شورای اسلامی شهر"]


def test_a_one_word_name_written_once_with_its_birthplace_is_that_name() -> None:
    # The recognizer read «حافظ» alone each time but the once it was «حافظ شیرازی».
    text = (
        "خبر\n\nحافظ در غزل‌هایش از امید گفته است. ما همه وامدار حافظ شیرازی هستیم. "
        "حافظ برای همه ایرانیان عزیز است."
    )
    alone = [(m.start(), m.end()) for m in re.finditer("حافظ(?! شیرازی)", text)]
    found = People(text, alone, body=5).finish()
    assert [p.name for p in found] == ["حافظ شیرازی"]
    assert len(found[0].mentions) == 3


def test_the_name_before_a_towns_adjective_read_alone_is_that_person_everywhere() -> None:
    # The recognizer read «حافظ» alone twice, and missed it in «وامدار حافظ است».
    text = (
        "خبر\n\nحافظ در غزل‌هایش از امید گفته است. ما همه وامدار حافظ شیرازی هستیم. "
        "حافظ برای ایرانیان عزیز است و همه وامدار حافظ است."
    )
    read = [m.span() for m in re.finditer("حافظ(?! (?:شیرازی|است))", text)]
    found = People(text, read, body=5).finish()
    assert [p.name for p in found] == ["حافظ شیرازی"]
    assert len(found[0].mentions) == 4
