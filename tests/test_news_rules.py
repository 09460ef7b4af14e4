"""The rule-based news readers on short texts written for these tests."""

import pytest

from khabar import normalize
from khabar.news.events import Mention, find_events
from khabar.news.html import extract_html
from khabar.news.people import People
from khabar.news.quotes import find_quotes
from khabar.news.reader import ArticleError, read_article
from khabar.news.structure import find_paragraphs
from khabar.news.titles import canonical, find_titles


def test_structure_roles() -> None:
    text = "تیتر خبر\n\nلید خبر اینجاست.\n\nبند اول.\n\nزیرتیتر کوتاه\n\nبند دوم."
    roles = [(p.role, text[p.start : p.end]) for p in find_paragraphs(text)]
    assert roles == [
        ("headline", "تیتر خبر"),
        ("lead", "لید خبر اینجاست."),
        ("body", "بند اول."),
        ("subheading", "زیرتیتر کوتاه"),
        ("body", "بند دوم."),
    ]


def test_a_short_line_ending_in_a_colon_introduces_the_next() -> None:
    text = "تیتر خبر\n\nخبرگزاری ایسنا:\nلید خبر اینجاست.\n\nسخنگو گفت:\n«بند اول.»\n\nبند دوم."
    roles = [(p.role, text[p.start : p.end]) for p in find_paragraphs(text)]
    assert roles == [
        ("headline", "تیتر خبر"),
        ("lead", "خبرگزاری ایسنا:\nلید خبر اینجاست."),
        ("body", "سخنگو گفت:\n«بند اول.»"),
        ("body", "بند دوم."),
    ]


def test_coordinated_titles_expand_pairwise() -> None:
    text = "علی رضایی و جان اسمیت، وزیر امور خارجه ایران و انگلیس، دیدار کردند."
    (title,) = find_titles(text)
    assert title.text == "وزیر امور خارجه ایران و انگلیس"
    assert title.split == ("وزیر امور خارجه ایران", "وزیر امور خارجه انگلیس")


def test_coordinated_words_after_the_head_share_the_rest_of_the_title() -> None:
    text = "علی کریمی و حسن شجاعی، نایب‌رئیس اول و دوم کمیسیون انرژی، گفتند."
    (title,) = find_titles(normalize(text))
    assert title.split == ("نایب‌رئیس اول کمیسیون انرژی", "نایب‌رئیس دوم کمیسیون انرژی")
    (title,) = find_titles(normalize("رضا کمالی، وزیر آموزش و پرورش کشورمان، گفت."))
    assert title.split == ()


def test_coordinated_portfolios_stay_one_title() -> None:
    (title,) = find_titles("سیدمحسن طاهری، وزیر آموزش و پرورش، گفت.")
    assert title.text == "وزیر آموزش و پرورش"


def test_portfolios_listed_with_commas_stay_one_title() -> None:
    (title,) = find_titles("مهدی کرباسچی‌زاده، وزیر صنعت، معدن و تجارت، روز سه‌شنبه گفت.")
    assert title.text == "وزیر صنعت، معدن و تجارت"


def test_a_ministry_of_science_listed_with_commas_stays_one_title() -> None:
    (title,) = find_titles("سرپرست معاونت پژوهشی وزارت علوم، تحقیقات و فناوری گفت.")
    assert title.text == "سرپرست معاونت پژوهشی وزارت علوم، تحقیقات و فناوری"


def test_a_rank_between_a_title_and_a_name_ends_the_title() -> None:
    (title,) = find_titles("فرمانده نیروی دریایی ارتش دریادار کامران نوذری گفت.")
    assert title.text == "فرمانده نیروی دریایی ارتش"


def test_a_verb_or_a_list_with_sayer_ends_a_title() -> None:
    (title,) = find_titles("مجید انصاری جانشین ابطحی می‌شود.")
    assert title.text == "جانشین ابطحی"
    titles = find_titles("فرماندار و مدیرعامل شرکت نفت مسجدسلیمان و سایر مدیران آمدند.")
    assert titles[-1].text == "مدیرعامل شرکت نفت مسجدسلیمان"


def test_amir_heads_a_title_only_before_a_country() -> None:
    assert [t.text for t in find_titles("امیر کویت دیروز گفت.")] == ["امیر کویت"]
    assert find_titles("امیر حسینی دیروز گفت.") == []


def test_moin_heads_a_title_only_before_a_ministry() -> None:
    text = "عبدالواحد نوری، معین وزارت انرژی و آب افغانستان، گفت."
    assert [t.text for t in find_titles(text)] == ["معین وزارت انرژی و آب افغانستان"]
    assert find_titles("معین رضایی دیروز گفت.") == []


def test_a_title_may_name_where_its_holder_serves() -> None:
    (title,) = find_titles("رعد الحسینی، سفیر عراق در تهران، گفت.")
    assert title.text == "سفیر عراق در تهران"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "رضا نوری معاون وزیر نیرو در امور برق و انرژی امروز گفت.",
            "معاون وزیر نیرو در امور برق و انرژی",
        ),
        ("مریم صدری، نماینده مردم تبریز در مجلس، گفت.", "نماینده مردم تبریز در مجلس"),
        ("حسن نوری، نماینده ایران در هیئت عامل اوپک، گفت.", "نماینده ایران در هیئت عامل اوپک"),
        ("رئیس کمیسیون انرژی در حاشیه جلسه علنی گفت.", "رئیس کمیسیون انرژی"),
        ("وزیر نفت در مجلس حضور یافت.", "وزیر نفت"),
        ("حسن نوری، نماینده ولی فقیه در استان گیلان، گفت.", "نماینده ولی فقیه در استان گیلان"),
    ],
)
def test_a_title_goes_on_after_dar_with_an_area_or_a_seat(text: str, expected: str) -> None:
    (title,) = find_titles(normalize(text))
    assert title.text == expected


def test_another_office_after_va_is_a_title_of_its_own() -> None:
    text = "حسن نوری، نماینده ولی فقیه در استان گیلان و امام جمعه رشت، گفت."
    assert [t.text for t in find_titles(normalize(text))] == [
        "نماینده ولی فقیه در استان گیلان",
        "امام جمعه رشت",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مهدی چمران رئیس شورای شهر تهران خاطر نشان کرد که …", "رئیس شورای شهر تهران"),
        ("رضا نوری استاندار آذربایجان غربی گفت.", "استاندار آذربایجان غربی"),
        ("خالد نوری، وزیر انرژی عربستان سعودی، گفت.", "وزیر انرژی عربستان سعودی"),
        (
            "حسن نوری، نماینده مردم شوش در مجلس شورای اسلامی، گفت.",
            "نماینده مردم شوش در مجلس شورای اسلامی",
        ),
    ],
)
def test_a_title_ends_with_the_place_it_names(text: str, expected: str) -> None:
    assert find_titles(normalize(text))[0].text == expected


def test_a_title_ends_before_a_compound_verb_in_the_subjunctive() -> None:
    text = normalize("کمیسیون قرار است با حضور رئیس کل بانک مرکزی جلسه دهد.")
    assert [t.text for t in find_titles(text)] == ["رئیس کل بانک مرکزی"]


def test_heads_of_assistants_and_the_presidency_spelled_with_i() -> None:
    text = normalize("حسین نوری، دستیار ارشد وزیر امور خارجه، و رئیس‌جمهوری فرانسه آمدند.")
    assert [t.text for t in find_titles(text)] == [
        "دستیار ارشد وزیر امور خارجه",
        "رئیس‌جمهوری فرانسه",
    ]


def test_heads_of_district_envoy_and_foreign_offices() -> None:
    text = normalize("رضا نوری، کاردار ایران در لندن، و بخشدار مرکزی کرج آمدند.")
    assert [t.text for t in find_titles(text)] == ["کاردار ایران در لندن", "بخشدار مرکزی کرج"]


def test_a_title_ends_before_the_act_that_opens_the_predicate() -> None:
    text = normalize("استاندار با معاون وزیر نیرو در امور آب و آبفا دیدار و گفت‌وگو کرد.")
    assert [t.text for t in find_titles(text)] == ["استاندار", "معاون وزیر نیرو در امور آب و آبفا"]


def test_a_title_may_close_with_this_body() -> None:
    text = normalize("مدیرکل دفتر حقوقی این سازمان یادآور شد که پرونده ارسال شد.")
    assert [t.text for t in find_titles(text)] == ["مدیرکل دفتر حقوقی این سازمان"]
    assert [t.text for t in find_titles("وزیر نفت این موضوع را رد کرد.")] == ["وزیر نفت"]


def test_title_synonyms_share_a_canonical_form() -> None:
    assert canonical("رئیس دستگاه دیپلماسی روسیه") == canonical("وزیر خارجه روسیه")


def test_direct_and_indirect_quotes_with_subjects() -> None:
    text = normalize(
        "وزیر نیرو امروز در جمع خبرنگاران گفت: «سدها پر است.»\n"
        "وی افزود: مصرف آب باید کم شود.\n"
        "به گفته وی، بارش‌ها بیشتر شده است.\n"
        "در مقابل، رضا احمدی اعلام کرد که طرح انتقال آب متوقف شده است."
    )
    found = [(q.kind, q.cue, text[q.subject[0] : q.subject[1]], q.text) for q in find_quotes(text)]
    assert found == [
        ("direct", "گفت", "وزیر نیرو", "سدها پر است."),
        ("direct", "افزود", "وی", "مصرف آب باید کم شود"),
        ("indirect", "به گفته", "وی", "بارش‌ها بیشتر شده است"),
        ("indirect", "اعلام کرد", "رضا احمدی", "طرح انتقال آب متوقف شده است"),
    ]


def test_subjects_after_pish_az_in_and_before_amma() -> None:
    text = normalize(
        "پیش از این حسن نوری در گفت‌وگو با ایسنا گفته بود که طرح آماده است.\n"
        "جمعیت هلال احمر اما در اطلاعیه‌ای اعلام کرد که چادرها رسیده است.\n"
        "پیش از این نشست، وزیر نفت گفت که تولید بالا رفت."
    )
    found = [(q.cue, text[q.subject[0] : q.subject[1]]) for q in find_quotes(text)]
    assert found == [
        ("گفته بود", "حسن نوری"),
        ("اعلام کرد", "جمعیت هلال احمر"),
        ("گفت", "وزیر نفت"),
    ]


def test_a_speech_verb_ending_a_line_reports_nothing_on_the_next() -> None:
    text = normalize("سه کشور بر تمامیت ارضی سوریه تأکید کردند\n\nبه گزارش ایرنا، نشست برگزار شد.")
    assert find_quotes(text) == []


def test_a_pronoun_is_a_whole_subject() -> None:
    text = normalize("وی سازمان حمایت را به بی‌اعتنایی متهم کرد و گفت که نانوایان توان ندارند.")
    ((cue, subject),) = [(q.cue, text[q.subject[0] : q.subject[1]]) for q in find_quotes(text)]
    assert (cue, subject) == ("گفت", "وی")


def test_what_a_statement_says_is_quoted_from_whoever_issued_it() -> None:
    text = normalize(
        "وزارت نفت نیز شامگاه یکشنبه با انتشار بیانیه‌ای واکنش نشان داد. "
        "در این بیانیه آمده است که تولید بنزین به ۱۰۵ میلیون لیتر رسیده است.\n\n"
        "در بیانیه پایانی نشست آمده است که دو کشور همکاری می‌کنند."
    )
    found = [(q.kind, text[q.subject[0] : q.subject[1]], q.text) for q in find_quotes(text)]
    assert found == [
        ("indirect", "وزارت نفت", "تولید بنزین به ۱۰۵ میلیون لیتر رسیده است"),
        ("indirect", "بیانیه پایانی نشست", "دو کشور همکاری می‌کنند"),
    ]


def test_a_quote_opening_its_paragraph_with_the_speaker_after_it() -> None:
    text = normalize(
        "تیتر\n\n«پشه ناقل در آب تمیز تخم می‌گذارد. مبارزه سخت است.»، سخنگوی وزارت بهداشت "
        "در ادامه گفت.\n\n«مهمان ناخوانده» فیلمی است که دیروز اکران شد."
    )
    found = [(q.kind, text[q.subject[0] : q.subject[1]], q.text) for q in find_quotes(text)]
    assert found == [
        ("direct", "سخنگوی وزارت بهداشت", "پشه ناقل در آب تمیز تخم می‌گذارد. مبارزه سخت است.")
    ]


def test_names_in_guillemets_are_not_quotes() -> None:
    text = "فیلم «مهمان ناخوانده» به کارگردانی «سرگئی لاوروف» در جشنواره نمایش داده شد."
    assert find_quotes(text) == []


def test_people_merge_names_titles_and_pronouns() -> None:
    text = (
        "ایگور واسیلیف و جان هریسون، وزیر امور خارجه روسیه و آمریکا، دیدار کردند.\n"
        "واسیلیف گفت: «گفت‌وگو ادامه دارد.»\n"
        "رئیس دستگاه دیپلماسی روسیه افزود: «ما آماده‌ایم.»\n"
        "هریسون اعلام کرد که واشنگتن آماده همکاری است. به گفته وی، زمان آن رسیده است."
    )
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("ایگور واسیلیف", "جان هریسون")]
    people = People(text, spans)
    last = None
    speakers = []
    for quote in find_quotes(text):
        person = people.resolve(*quote.subject, last)
        speakers.append(person.name)
        last = person
    people.finish()
    assert speakers == ["ایگور واسیلیف", "ایگور واسیلیف", "جان هریسون", "جان هریسون"]
    titles = {p.name: p.titles for p in people.people}
    assert titles["ایگور واسیلیف"] == ["وزیر امور خارجه روسیه", "رئیس دستگاه دیپلماسی روسیه"]
    assert titles["جان هریسون"] == ["وزیر امور خارجه آمریکا"]


def test_names_beside_titles_are_found_without_the_recognizer() -> None:
    text = (
        "وزیر نیرو با نیکول پطروسیان، نخست‌وزیر ارمنستان، دیدار کرد.\n"
        "مدیرعامل این شرکت، کامبیز فرهادی، نیز سخن گفت.\n"
        "او در تماس با وانگ ون‌تائو، وزیر بازرگانی چین، گفت‌وگو کرد."
    )
    people = People(text, [])
    people.finish()
    titles = {p.name: p.titles for p in people.people if p.name}
    assert titles == {
        "نیکول پطروسیان": ["نخست‌وزیر ارمنستان"],
        "کامبیز فرهادی": ["مدیرعامل این شرکت"],
        "وانگ ون‌تائو": ["وزیر بازرگانی چین"],
    }


def test_a_description_or_a_shorter_title_refers_without_adding_a_title() -> None:
    text = (
        "سعید لیلازپور، تحلیلگر بازار پول، در یادداشتی نوشت که نرخ ارز بالا می‌رود.\n"
        "به گفته این تحلیلگر، بانک مرکزی باید سود را افزایش دهد."
    )
    start = text.index("سعید لیلازپور")
    people = People(text, [(start, start + len("سعید لیلازپور"))])
    (person,) = people.finish()
    assert person.titles == ["تحلیلگر بازار پول"]
    # The demonstrative belongs to the description: «این تحلیلگر» is the mention.
    start = text.index("این تحلیلگر،")
    assert (start, start + len("این تحلیلگر")) in person.mentions


def test_the_headline_gives_no_titles_or_quotes() -> None:
    import khabar

    text = (
        "سخنگوی وزارت خارجه: ریاض را متوقف کنید\n\n"
        "بهرام قاسمی، سخنگوی وزارت امور خارجه، امروز گفت: «ریاض باید متوقف شود.»"
    )
    article = khabar.analyze(text).to_dict()
    assert [p["titles"] for p in article["people"]] == [["سخنگوی وزارت امور خارجه"]]
    assert [q["text"] for q in article["quotes"]] == ["ریاض باید متوقف شود."]


def test_an_earlier_meeting_of_the_same_two_is_an_event_of_its_own() -> None:
    text = (
        "علی رضایی و جان اسمیت امروز در ژنو دیدار کردند. "
        "آنها هفته گذشته نیز در استانبول با یکدیگر دیدار کرده بودند."
    )
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, "person")
        for n in ("علی رضایی", "جان اسمیت")
    ]
    found = [(e.trigger, e.participants) for e in find_events(text, mentions, [])]
    assert found == [
        ("دیدار کردند", ["علی رضایی", "جان اسمیت"]),
        ("دیدار کرده بودند", ["علی رضایی", "جان اسمیت"]),
    ]


def test_html_extraction_keeps_half_spaces_and_drops_navigation() -> None:
    page = (
        "<html><head><title>x</title></head><body><nav><p>منو</p></nav>"
        "<h1>سفر وزیر</h1><div><p>وزیر می&zwnj;گوید.</p><h2>دیدار</h2><p>آنها آماده\u200cاند."
        "</div><footer><p>حق نشر</p></footer></body></html>"
    )
    headline, paragraphs, *_ = extract_html(page)
    assert headline == "سفر وزیر"
    assert paragraphs == ["وزیر می\u200cگوید.", "دیدار", "آنها آماده\u200cاند."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("{not json", "invalid JSON"),
        ('{"title": 5, "paragraphs": "x"}', "paragraphs"),
    ],
)
def test_unreadable_articles_raise_clear_errors(text: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        read_article(text)


def test_json_article_fields() -> None:
    draft = read_article(
        '{"title": "تیتر", "abstract": "لید", "paragraphs": ["بند"], "date": "2017-09-19"}'
    )
    assert (draft.headline, draft.paragraphs, str(draft.published)) == (
        "تیتر",
        ["لید", "بند"],
        "2017-09-19",
    )
