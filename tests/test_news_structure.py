"""Headline, lead, subheadings and body of articles laid out as real news lays them out,
and the amounts the rule layer reads in them."""

from khabar.news.quantities import find_quantities
from khabar.news.structure import find_paragraphs


def subheadings(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_paragraphs(text) if p.role == "subheading"]


def quantities(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in find_quantities(text)]


def test_a_digest_of_headlines_lists_each_on_a_bulleted_line() -> None:
    text = (
        "عناوین مهم روزنامه‌های صبح\n\n"
        "روزنامه‌های صبح امروز این عناوین را برگزیدند.\n\n"
        "* کیهان\n\n"
        "- سخنگوی دولت: لایحه بودجه سال آینده هفته بعد به مجلس می‌رود\n\n"
        "- سه کارگر معدن در حادثه ریزش تونل «کرمان» مصدوم شدند!\n\n"
        "-وزیر نیرو از آغاز ساخت دو سد تازه در استان خوزستان خبر داد"
    )
    assert subheadings(text) == [
        "* کیهان",
        "- سخنگوی دولت: لایحه بودجه سال آینده هفته بعد به مجلس می‌رود",
        "- سه کارگر معدن در حادثه ریزش تونل «کرمان» مصدوم شدند!",
        "-وزیر نیرو از آغاز ساخت دو سد تازه در استان خوزستان خبر داد",
    ]


def test_in_a_digest_of_headlines_a_bulleted_headline_keeps_its_full_stop() -> None:
    text = (
        "عناوین مهم روزنامه داون چاپ پاکستان\n\n"
        "روزنامه داون عناوین مهم خود را به این شرح برگزید.\n\n"
        "- سه سرباز در درگیری‌های مرزی کشته شدند.\n\n"
        "- دولت از طرح تازه مالیاتی دفاع کرد."
    )
    assert subheadings(text) == [
        "- سه سرباز در درگیری‌های مرزی کشته شدند.",
        "- دولت از طرح تازه مالیاتی دفاع کرد.",
    ]


def test_a_bulleted_note_or_paragraph_a_list_it_opens_or_a_number_is_no_subheading() -> None:
    text = (
        "تیتر گفت‌وگو\n\nلید گفت‌وگو.\n\n"
        "* حدود دویست هوادار تیم میهمان تا پایان بازی تیم خود را تشویق کردند.\n\n"
        "* بله، این هم راهی برای شناخت است. اما آیا خواننده هم همین برداشت را دارد؟\n\n"
        "* برنامه‌های این هفته به شرح زیر است:\n\n"
        "-5 درجه سردترین دمای هوای امشب در شهر اردبیل خواهد بود.\n\n"
        "پایان گفت‌وگو."
    )
    assert subheadings(text) == []


def test_a_digest_item_headline_up_to_twenty_words_stands_alone_before_its_paragraph() -> None:
    text = (
        "اخبار برگزیده امروز\n\nمهم‌ترین خبرهای امروز را بخوانید.\n\n"
        "در پی بارش‌های شدید در شمال کشور/ هشدار سطح نارنجی هواشناسی برای سه استان صادر شد\n\n"
        "سازمان هواشناسی برای استان‌های گیلان، مازندران و گلستان هشدار صادر کرد.\n\n"
        "گفت‌وگوی اختصاصی فارس با وزیر خارجه پرتغال/ از گسترش روابط با تهران استقبال "
        "می‌کنیم/ تحریم‌ها به سود هیچ کشوری نیست/ اروپا باید مستقل از آمریکا تصمیم بگیرد\n\n"
        "وزیر خارجه پرتغال در گفت‌وگو با فارس از روابط دو کشور گفت.\n\n"
        "حسن احمدی: مدرس حوزه، دکترای حقوق جزا و عضو هیئت علمی گروه حقوق دانشگاه تهران\n\n"
        "رده سنی بزرگسالان زهرا کریمی مقام اول مریم صادقی مقام دوم مینا کاظمی مقام سوم\n\n"
        "رده سنی نوجوانان سارا رضایی مقام اول نگار کرمی مقام دوم الهام شریفی مقام سوم\n\n"
        "پایان."
    )
    assert subheadings(text) == [
        "در پی بارش‌های شدید در شمال کشور/ هشدار سطح نارنجی هواشناسی برای سه استان صادر شد",
        "گفت‌وگوی اختصاصی فارس با وزیر خارجه پرتغال/ از گسترش روابط با تهران استقبال "
        "می‌کنیم/ تحریم‌ها به سود هیچ کشوری نیست/ اروپا باید مستقل از آمریکا تصمیم بگیرد",
    ]


def test_a_question_longer_than_a_subheading_is_an_interviewers_not_a_headline() -> None:
    text = (
        "گفت‌وگو با مربی تیم ملی\n\nمربی تیم ملی از برنامه‌هایش گفت.\n\n"
        "برنامه شما برای آماده کردن تیم در ماه‌های باقی مانده تا مسابقات جهانی در قطر چیست؟\n\n"
        "ما اردوهای زیادی در پیش داریم.\n\nپایان."
    )
    assert subheadings(text) == []


def test_an_exclamation_heads_a_part_unless_someone_labelled_says_it() -> None:
    text = (
        "تیتر گزارش\n\nلید گزارش.\n\nمتن اول گزارش.\n\nاول آموزش، بعد جریمه!\n\n"
        "متن دوم گزارش.\n\nمجری: چه استقبال خوبی!\n\nپایان گزارش."
    )
    assert subheadings(text) == ["اول آموزش، بعد جریمه!"]


def test_three_short_lines_in_a_row_are_rows_of_a_table_not_subheadings() -> None:
    text = (
        "نتایج هفته دهم\n\nسه بازی هفته دهم برگزار شد.\n\nنتایج به شرح زیر است.\n\n"
        "استقلال دو - پیکان یک\n\nسپاهان صفر - تراکتور صفر\n\nفولاد یک - ذوب آهن سه\n\n"
        "هفته بعد چهار بازی برگزار می‌شود.\n\nبخش دوم گزارش\n\nواکنش مربیان\n\n"
        "مربی پیکان از داوری انتقاد کرد."
    )
    assert subheadings(text) == ["بخش دوم گزارش", "واکنش مربیان"]


def test_rows_a_label_introduces_or_that_end_the_text_are_a_table_still() -> None:
    text = (
        "برنامه هفته ششم\n\nهفته ششم لیگ فردا آغاز می‌شود.\n\nبرنامه بازی‌های فردا:\n\n"
        "استقلال – پرسپولیس\n\nسپاهان – تراکتور\n\nفولاد – ذوب آهن"
    )
    assert subheadings(text) == []


def test_a_credit_contact_or_byline_heads_nothing() -> None:
    text = (
        "تحلیل هفته\n\nلید تحلیل.\n\nمتن تحلیل.\n\nمنابع آبی کشور در خطر\n\nمتن دوم.\n\n"
        "منبع: ماهنامه مطالعات راهبردی\n\nنشانی رایانامه سفارت: info@embassy.ir\n\n"
        "متن سوم.\n\nگزارش از جلسه شورای شهر\n\nمتن چهارم.\n\nگزارش از مریم احمدی\n\n"
        "متن پنجم.\n\nگزارش از مهران\n\nمتن ششم.\n\nگزارش از مهران و ایلام\n\nپایان."
    )
    assert subheadings(text) == [
        "منابع آبی کشور در خطر",
        "گزارش از جلسه شورای شهر",
        "گزارش از مهران",
        "گزارش از مهران و ایلام",
    ]


def test_a_letters_invocation_address_and_signature_head_nothing() -> None:
    text = (
        "حکم تازه رئیس دانشگاه\n\nرئیس دانشگاه حکمی صادر کرد.\n\nبسم الله الرحمن الرحیم\n\n"
        "متن حکم.\n\nجناب آقای دکتر رضا محمدی\n\nسلام علیکم.\n\n"
        "مریم کاظم‌زاده، پژوهشگر مسائل اروپا\n\nمتن دوم.\n\n"
        "محمد رضایی، وزیر پیشین از ادامه فعالیت سیاسی خبر داد\n\nمتن سوم.\n\n"
        "علی و ایرانیان\n\nتوفیق شما را خواستارم.\n\nحسن کریمی‌پور\n\nرئیس دانشگاه"
    )
    assert subheadings(text) == [
        "محمد رضایی، وزیر پیشین از ادامه فعالیت سیاسی خبر داد",
        "علی و ایرانیان",
    ]


def test_the_parts_of_one_amount_joined_with_va_are_one_entity() -> None:
    text = (
        "برای این طرح ۱۲ میلیارد و ۳۰۰ میلیون ریال هزینه شد و دو میلیون نفر "
        "از ۴۵ هزار و ۲۰۰ کیلومتر راه استفاده کردند؛ در سال‌های 1398 و 1399 یک روز تعطیل بود."
    )
    assert quantities(text) == [
        ("۱۲ میلیارد و ۳۰۰ میلیون ریال", "MONEY"),
        ("دو میلیون", "NUMBER"),
        ("۴۵ هزار و ۲۰۰", "NUMBER"),
        ("1398", "NUMBER"),
        ("1399", "NUMBER"),
    ]


def test_a_time_in_words_keeps_its_half_hour_or_minutes() -> None:
    text = "جلسه ساعت هشت و نیم صبح آغاز شد و ساعت یازده و بیست دقیقه به پایان رسید."
    assert quantities(text) == [("ساعت هشت و نیم", "TIME"), ("ساعت یازده و بیست دقیقه", "TIME")]


def test_number_words_before_a_unit_are_an_amount() -> None:
    text = (
        "سهم این بخش پنجاه و یک درصد است و هر بشکه سه دلار گران شد؛ یک روز بعد بلیت "
        "پنج هزار و پانصد تومان و کتاب سیصد روبل فروخته شد."
    )
    assert quantities(text) == [
        ("پنجاه و یک درصد", "PERCENT"),
        ("سه دلار", "MONEY"),
        ("پنج هزار و پانصد تومان", "MONEY"),
        ("سیصد روبل", "MONEY"),
    ]


def test_a_last_line_without_a_final_mark_is_body() -> None:
    text = (
        "افتتاح سد تازه در استان فارس\n\n"
        "خبرگزاری فارس: سد تازه استان فارس امروز با حضور وزیر نیرو افتتاح شد.\n\n"
        "این سد ۵۰ میلیون متر مکعب آب را ذخیره می‌کند.\n\n"
        "آب این سد برای کشاورزی دشت‌های اطراف و آب شرب شهرهای منطقه به کار می‌رود"
    )
    assert [p.role for p in find_paragraphs(text)] == ["headline", "lead", "body", "body"]


def test_dashed_items_of_a_list_an_introduction_opens_are_body() -> None:
    text = (
        "برنامه‌های دولت اعلام شد\n\nسخنگوی دولت از برنامه‌های دولت خبر داد.\n\n"
        "بهادری جهرمی گفت:\n\n- دولت حقوق کارمندان را ۲۰ درصد افزایش می‌دهد\n\n"
        "- ۴۰۰ هزار واحد مسکونی در شهرهای جدید ساخته می‌شود\n\n"
        "وی دو برنامه دیگر را هم به این شرح اعلام کرد:\n\n- ایجاد یک میلیون شغل تازه\n\n"
        "- ساخت دو پالایشگاه در جنوب کشور\n\nگزیده سرمقاله‌ها در ذیل می‌آید:\n\n"
        "* همشهری\n\nسرمقاله همشهری به بودجه پرداخت.\n\nپایان."
    )
    assert subheadings(text) == ["* همشهری"]


def test_a_numbered_head_is_a_subheading_a_bracketed_footnote_is_not() -> None:
    text = (
        "حادثه معدن طبس\n\nدر حادثه معدن طبس سه کارگر جان باختند.\n\n"
        "۱. علت حادثه\n\nکارشناسان علت را نشت گاز می‌دانند.\n\n"
        "یک. آیه ۲۷ سوره ابراهیم\n\nمتن آیه در اینجا آمده است.\n\n"
        "[1]. دانش آموخته دانشگاه تهران\n\nپایان."
    )
    assert subheadings(text) == ["۱. علت حادثه", "یک. آیه ۲۷ سوره ابراهیم"]


def test_an_hour_a_rate_counts_by_is_no_clock_time() -> None:
    text = (
        "هر ساعت یک نفر در تصادف جان می‌بازد و دارو را هر شش ساعت یک بار بخورید؛ "
        "هر ساعت ۱۲ نفر آمدند و جلسه ساعت یک بامداد پایان یافت."
    )
    assert quantities(text) == [("۱۲", "NUMBER"), ("ساعت یک", "TIME")]


def test_titles_of_another_kind_make_no_digest_of_headlines() -> None:
    text = (
        "عناوین شغلی تازه در نظام اداری تعریف شد\n\n"
        "معاون رئیس‌جمهور از عناوین شغلی تازه خبر داد و تغییرات را برشمرد.\n\n"
        "- کارشناسان فناوری اطلاعات رتبه تازه می‌گیرند.\n\nمتن توضیح این تغییر.\n\n"
        "- کارمندان بخش خدمات مزایای بیشتری می‌گیرند.\n\nپایان."
    )
    assert subheadings(text) == []
