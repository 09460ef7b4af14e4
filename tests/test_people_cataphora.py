"""A title opening the lead or a sentence, and its holder named only after it
(``khabar.news.people.cataphora``), read by ``khabar.analyze`` from articles written for
these tests."""

from test_news_people import people
from test_quotes_pronouns import speakers


def test_a_name_in_the_leads_quote_of_two_sentences_is_not_the_speakers() -> None:
    body = (
        "مدیرکل منابع طبیعی استان سمنان گفت: بیش از صد هکتار جنگل کاشته شد. حسن کریمی "
        "این طرح را در سال گذشته تصویب کرده بود.\n\n"
        "به گزارش خبرگزاری فارس، مرتضی کاویانی‌راد در نشست خبری افزود: کار ادامه دارد."
    )
    found = people(body)
    assert found["مرتضی کاویانی‌راد"][0] == ["مدیرکل منابع طبیعی استان سمنان"]
    assert found["حسن کریمی"][0] == []
    assert speakers(body) == ["مرتضی کاویانی‌راد", "مرتضی کاویانی‌راد"]


def test_the_holder_named_by_surname_after_sentences_vi_opens_holds_the_title() -> None:
    body = (
        "رئیس هیئت بازرسان سازمان ملل خواستار توقف آزمایش‌های موشکی شد.\n\n"
        "وی افزود: این آزمایش‌ها منطقه را ناامن می‌کند.\n\n"
        "وی گفت: گزارش ما هفته آینده منتشر می‌شود.\n\n"
        "هانسن گفت: بازرسان به کار خود ادامه می‌دهند."
    )
    titles, mentions = people(body)["هانسن"]
    assert titles == ["رئیس هیئت بازرسان سازمان ملل"]
    assert mentions == ["رئیس هیئت بازرسان سازمان ملل", "وی", "وی", "هانسن"]
    assert speakers(body) == ["هانسن", "هانسن", "هانسن"]


def test_a_full_name_after_sentences_vi_opens_is_someone_new() -> None:
    found = people(
        "سخنگوی وزارت امور خارجه سفر هیئت اروپایی به تهران را مثبت خواند.\n\n"
        "وی افزود: گفت‌وگوها ادامه خواهد یافت.\n\n"
        "عباس مرادی‌نسب، سفیر پیشین ایران در ایتالیا، در گفت‌وگویی گفت: این سفر مهم است."
    )
    assert "سخنگوی وزارت امور خارجه" not in found["عباس مرادی‌نسب"][0]


def test_a_surname_after_sentences_vi_opens_that_does_not_speak_or_is_besides_is_left() -> None:
    found = people(
        "سخنگوی وزارت امور خارجه سفر هیئت اروپایی به تهران را مثبت خواند.\n\n"
        "وی افزود: گفت‌وگوها ادامه خواهد یافت.\n\n"
        "قالیباف روز دوشنبه به مسکو خواهد رفت.\n\n"
        "لاریجانی نیز گفت: مجلس از این گفت‌وگوها حمایت می‌کند."
    )
    assert found["قالیباف"][0] == []
    assert found["لاریجانی"][0] == []


def test_a_full_name_whose_given_name_is_an_ordinary_word_holds_the_leads_title() -> None:
    found = people(
        "مدیرعامل سازمان تأمین اجتماعی گفت: حقوق بازنشستگان افزایش می‌یابد. برخی این "
        "افزایش را کم می‌دانند.\n\n"
        "به گزارش خبرگزاری فارس، طاهر رحمتی در نشست خبری افزود: بودجه آن تأمین شده است.\n\n"
        "رحمتی درباره بیمه روستاییان گفت: پوشش بیمه گسترش می‌یابد.\n\n"
        "رئیس هیئت مدیره سازمان تأمین اجتماعی افزود: بیمه‌شدگان افزایش یافته‌اند."
    )
    titles, mentions = found["طاهر رحمتی"]
    assert titles[0] == "مدیرعامل سازمان تأمین اجتماعی"
    assert mentions[:2] == ["مدیرعامل سازمان تأمین اجتماعی", "طاهر رحمتی"]


def test_a_surname_after_a_preposition_opening_the_next_sentence_holds_no_title() -> None:
    found = people(
        "مدیرعامل سازمان تأمین اجتماعی از افزایش حقوق بازنشستگان خبر داد.\n\n"
        "با کاظمی درباره بودجه گفت‌وگو شد و کاظمی گفت: بودجه کافی نیست."
    )
    assert found["کاظمی"][0] == []


def test_a_colon_between_digits_opens_no_quote_in_the_titles_sentence() -> None:
    found = people(
        "سخنگوی دولت امروز ساعت ۱۰:۳۰ در جلسه هیئت دولت حاضر شد. علی ربیعی در نشست خبری "
        "گفت: بودجه تصویب شد."
    )
    assert found["علی ربیعی"][0] == ["سخنگوی دولت"]


def test_a_surname_after_a_noun_it_was_read_apart_from_holds_no_title() -> None:
    found = people(
        "سخنگوی وزارت امور خارجه روسیه از تحریم‌های تازه انتقاد کرد.\n\n"
        "دولت اوباما این تحریم‌ها را هفته گذشته اعلام کرده بود.\n\n"
        "اوباما گفت: تحریم‌ها ادامه می‌یابد."
    )
    assert found["اوباما"] == ([], ["اوباما", "اوباما"])


def test_a_title_in_a_roundups_item_takes_no_name_from_another_item() -> None:
    body = (
        "روزنامه‌های امروز این عناوین را برگزیدند.\n\n"
        "- وزیر نفت عراق اعلام کرد: صادرات نفت افزایش می‌یابد\n\n"
        "- قیمت طلا در بازار کاهش یافت\n\n"
        "- کاظمی: بودجه سال آینده بدون کسری بسته می‌شود\n\n"
        "- رئیس کمیسیون انرژی مجلس، حسن فرهادی: قرارداد گازی امضا می‌شود"
    )
    found = people(body)
    assert found["کاظمی"][0] == []
    assert speakers(body)[0] is None
    assert found["حسن فرهادی"][0] == ["رئیس کمیسیون انرژی مجلس"]


def test_a_title_in_a_list_a_colon_opens_goes_on_with_the_story_before_it() -> None:
    # Not a roundup: the list tells what the speaker of the line before said.
    body = (
        "محمدباقر نوبخت امروز در نشست خبری به پرسش‌های خبرنگاران پاسخ داد که مهم‌ترین "
        "آنها به شرح زیر است:\n\n"
        "- سخنگوی دولت درباره حقوق کارمندان گفت: حقوق‌ها ۱۲ درصد افزایش می‌یابد.\n\n"
        "- سخنگوی دولت درباره بودجه گفت: بودجه به مجلس ارائه می‌شود."
    )
    assert people(body)["محمدباقر نوبخت"][0] == ["سخنگوی دولت"]
    assert speakers(body)[1:] == ["محمدباقر نوبخت", "محمدباقر نوبخت"]


def test_a_roundup_a_colon_opens_still_takes_no_name_from_another_item() -> None:
    body = (
        "روزنامه‌های امروز این عناوین را برگزیدند:\n\n"
        "- وزیر نفت عراق اعلام کرد: صادرات نفت افزایش می‌یابد\n\n"
        "- کاظمی: بودجه سال آینده بدون کسری بسته می‌شود"
    )
    assert people(body)["کاظمی"][0] == []
    assert speakers(body)[0] is None


def test_the_leads_speaker_described_with_yek_is_the_name_the_next_paragraph_opens() -> None:
    body = (
        "خبرگزاری فارس: یک پژوهشگر تغذیه با اشاره به فواید انار گفت: مصرف انار مفید است.\n\n"
        "مرتضی کاویانی‌راد در گفت‌وگو با خبرنگار فارس اظهار داشت: انار ویتامین دارد.\n\n"
        "این پژوهشگر تغذیه افزود: آب انار را تازه بنوشید."
    )
    titles, mentions = people(body)["مرتضی کاویانی‌راد"]
    assert titles == ["پژوهشگر تغذیه"]
    assert mentions[:2] == ["یک پژوهشگر تغذیه", "مرتضی کاویانی‌راد"]
    assert speakers(body) == ["مرتضی کاویانی‌راد"] * 3


def test_an_anonymous_source_in_the_lead_is_not_the_name_after_it() -> None:
    body = (
        "خبرگزاری فارس: یک منبع آگاه گفت: قرارداد هفته آینده امضا می‌شود.\n\n"
        "مرتضی کاویانی‌راد در گفت‌وگو با خبرنگار فارس اظهار داشت: کار ادامه دارد."
    )
    assert people(body)["مرتضی کاویانی‌راد"][0] == []
    assert speakers(body) == [None, "مرتضی کاویانی‌راد"]


def test_the_leads_speaker_by_title_is_the_titled_name_the_next_paragraph_opens_with() -> None:
    body = (
        "نماینده مجلس گفت: مردم باید از مجلس توقع دیگری داشته باشند.\n\n"
        "به گزارش خبرگزاری فارس، مرتضی کاویانی‌راد عضو کمیسیون اجتماعی مجلس با اشاره به "
        "وظایف نمایندگان یادآور شد: بیشتر امور مردم به این کمیسیون مربوط است."
    )
    titles, mentions = people(body)["مرتضی کاویانی‌راد"]
    assert titles == ["عضو کمیسیون اجتماعی مجلس", "نماینده مجلس"]
    assert mentions == ["نماینده مجلس", "مرتضی کاویانی‌راد"]
    assert speakers(body)[0] == "مرتضی کاویانی‌راد"


def test_a_titled_name_after_the_lead_that_does_not_speak_holds_no_lead_title() -> None:
    body = (
        "نماینده مجلس گفت: مردم باید از مجلس توقع دیگری داشته باشند.\n\n"
        "به گزارش خبرگزاری فارس، مرتضی کاویانی‌راد عضو کمیسیون اجتماعی مجلس دیروز به "
        "تبریز رفت."
    )
    assert people(body)["مرتضی کاویانی‌راد"][0] == ["عضو کمیسیون اجتماعی مجلس"]


def test_a_title_after_the_part_of_the_session_told_finds_its_holder_next() -> None:
    body = (
        "نشست شورای اداری استان امروز برگزار شد.\n\n"
        "در ادامه این نشست، رئیس سازمان مدیریت و برنامه‌ریزی استان کرمان گزارشی از "
        "اعتبارات ارائه کرد.\n\n"
        "علی‌اکبر کاظمی گفت: ۷۰ درصد اعتبارات تخصیص یافته است."
    )
    titles, mentions = people(body)["علی‌اکبر کاظمی"]
    assert titles == ["رئیس سازمان مدیریت و برنامه‌ریزی استان کرمان"]
    assert mentions[0] == "رئیس سازمان مدیریت و برنامه‌ریزی استان کرمان"


def test_the_leaders_representative_is_the_friday_imam_joined_to_his_title() -> None:
    body = (
        "نماینده ولی فقیه در استان کرمان و امام جمعه کرمان گفت: مدیران باید خدمت کنند.\n\n"
        "حجت‌الاسلام حسن علیدادی افزود: فساد اداری باید ریشه‌کن شود.\n\n"
        "رئیس دیوان عالی کشور و دادستان کل کشور تاکید کردند: دادگاه باید عادلانه باشد.\n\n"
        "حسین مفید گفت: مدارک جمع‌آوری شده است."
    )
    found = people(body)
    assert found["حسن علیدادی"][0] == ["نماینده ولی فقیه در استان کرمان", "امام جمعه کرمان"]
    assert "دادستان کل کشور" not in found["حسین مفید"][0]


def test_a_plural_title_opening_a_sentence_is_no_one_holders() -> None:
    body = (
        "وزیران خارجه ایران و عمان روز سه‌شنبه تلفنی با یکدیگر گفتگو کردند.\n\n"
        "کاوه رحیمی در گفتگوی تلفنی با همتای روس خود تحولات سوریه را بررسی کرد."
    )
    titles, mentions = people(body)["کاوه رحیمی"]
    assert titles == []
    assert mentions == ["کاوه رحیمی"]


def test_a_name_the_titles_own_clause_speaks_of_is_not_its_holder() -> None:
    body = (
        "به گزارش خبرگزاری فارس، برانکو ایوانکوویچ سرمربی پرسپولیس در نشست خبری اظهار "
        "داشت: بازیکنان ما آماده‌اند.\n\n"
        "سرمربی کروات سرخپوشان درباره مصدومیت علی علیپور گفت: او به بازی فردا نمی‌رسد."
    )
    assert people(body)["علی علیپور"][0] == []
    assert "علی علیپور" not in speakers(body)


def test_the_office_the_lead_meets_is_held_by_whom_its_holder_meets() -> None:
    body = (
        "رئیس جمهور ترکیه در دیدار با نخست وزیر عراق در آنکارا بر همکاری دو کشور تاکید کرد.\n\n"
        "به گزارش خبرگزاری فارس، رجب طیب اردوغان روز سه شنبه در کنفرانس خبری مشترک با "
        "مصطفی الکاظمی گفت: ما با عراق همکاری خواهیم کرد."
    )
    found = people(body)
    assert found["رجب طیب اردوغان"][0] == ["رئیس جمهور ترکیه"]
    assert found["مصطفی الکاظمی"][0] == ["نخست\u200cوزیر عراق"]
