"""How the news components read the recognizer's guesses: each test forces a guess with a
component placed after the NER, so it pins khabar's rule whatever the model tags."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from khabar.news.analyze import SYNTAX, analyze
from khabar.pipeline.load import load

SUBHEADED = (
    "خبر\n\nحمیدرضا طالبی، مدیرکل وزارت امور خارجه، امروز گفت: «ایران حق خود را پیگیری "
    "می‌کند.»\n\nواکنش کابل\n\nدر مقابل، عبدالواحد حکیمی، سخنگوی وزارت انرژی افغانستان، "
    "گفت که کابل به تعهدات خود پایبند است.\n\nسرمایه‌گذاری استارتآپها\n\nلیلا صمدی، "
    "معاون وزیر، گفت که سرمایه آماده است."
)


@Language.component("test_reads_kabul_as_a_person")
def reads_kabul_as_a_person(doc: Doc) -> Doc:
    """The recognizer's mistake on a subheading: its last word, «کابل», as a person."""
    at = doc.text.index("کابل\n")
    span = doc.char_span(at, at + len("کابل"), "PER")
    doc.ents = [e for e in doc.ents if e.end_char <= at or e.start_char >= span.end_char] + [span]
    return doc


@pytest.fixture(scope="module")
def misreading_nlp() -> Language:
    nlp = load(exclude=SYNTAX)
    nlp.add_pipe("test_reads_kabul_as_a_person", after="ner")
    return nlp


def test_a_subheading_is_no_name_though_the_recognizer_reads_one(misreading_nlp) -> None:
    article = analyze(SUBHEADED, nlp=misreading_nlp).to_dict()
    assert "کابل" in [e["text"] for e in article["entities"] if e["label"] == "PER"]
    assert {p["name"] for p in article["people"]} == {
        "حمیدرضا طالبی",
        "عبدالواحد حکیمی",
        "لیلا صمدی",
    }


DIGEST = (
    "گزیده اخبار جهان\n\nخبرگزاری فارس: مهم‌ترین اخبار بین‌الملل روز در این گزارش آمده "
    "است.\n\nپروشنکو، روسیه را به مداخله نظامی مستقیم در شرق اوکراین متهم کرد\n\n"
    "رئیس جمهور اوکراین روز دوشنبه گفت که نیروهای روسی وارد خاک این کشور شده‌اند."
)


def test_a_digests_item_title_names_its_people() -> None:
    article = analyze(DIGEST).to_dict()
    assert article["subheadings"] == [DIGEST.split("\n\n")[2]]
    (person,) = article["people"]
    assert person["name"] == "پروشنکو"
    assert person["titles"] == ["رئیس جمهور اوکراین"]


def test_a_verb_in_the_plural_shares_its_dropped_subject_with_no_one_person() -> None:
    text = (
        "خبر\n\nبه گزارش خبرگزاری فارس، علی رضایی، مدیرکل فرهنگ استان، گفت: «برنامه‌ها "
        "آماده است.»\n\nدر پایان این نشست همچنین اظهار امیدواری کردند که این طرح تا پایان "
        "سال اجرا شود.\n\nرضایی افزود که بودجه کافی است."
    )
    speakers = [(q["cue"], q["speaker"]) for q in analyze(text).to_dict()["quotes"]]
    assert speakers == [
        ("گفت", "علی رضایی"),
        ("اظهار امیدواری کردند", None),
        ("افزود", "علی رضایی"),
    ]


def test_a_reporters_question_before_the_answer_is_no_ones() -> None:
    text = (
        "خبر\n\nعلی ربیعی در نشست خبری حاضر شد.\n\nوی در پاسخ به سوال خبرنگاری که گفت: "
        "آیا این طرح اجرا می‌شود؟ اظهار داشت: «بله اجرا می‌شود.»"
    )
    speakers = [(q["cue"], q["speaker"]) for q in analyze(text).to_dict()["quotes"]]
    assert speakers == [("گفت", None), ("اظهار داشت", "علی ربیعی")]
    named = "خبر\n\nعلی احمدی، خبرنگار صداوسیما که آنجا بود گفت: «آتش خاموش شد.»"
    assert [q["speaker"] for q in analyze(named).to_dict()["quotes"]] == ["علی احمدی"]


def test_a_source_left_unnamed_is_no_speaker_of_what_it_reported() -> None:
    text = (
        "خبر\n\nیک منبع رسمی در وزارت نیرو گزارش داد که سد کرج پر شده است.\n\n"
        "شرکت آب منطقه‌ای تهران گزارش داد که ذخایر کافی است."
    )
    speakers = [q["speaker"] for q in analyze(text).to_dict()["quotes"]]
    assert speakers == [None, "شرکت آب منطقه‌ای تهران"]


def test_a_dates_word_inside_a_persons_name_is_no_date() -> None:
    text = (
        "خبر\n\nبه گزارش خبرگزاری فارس، عبدالله جمعه، رئیس شرکت نفت، گفت که تولید از اول "
        "ماه آینده افزایش می‌یابد."
    )
    article = analyze(text, date="2004-06-27").to_dict()
    assert [p["name"] for p in article["people"]] == ["عبدالله جمعه"]
    assert [d["text"] for d in article["dates"]] == ["اول ماه آینده"]


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in analyze(text).to_dict()["quotes"]]


# Speakers named by no one person: a description going on speaking, an outlet, a country,
# and the report a story passes on.
SPOKEN = [
    (
        "خبر\n\nبه گزارش خبرگزاری فارس، مهدی کاظمی، مربی تیم فوتبال استقلال، گفت: «تیم "
        "آماده است.»\n\nنفر دوم آبی‌پوشان همچنین عنوان کرد: «بازیکنان جوان فرصت دارند.»"
        "\n\nیک کارشناس ورزشی در ادامه افزود: «این فصل سخت است.»\n\n"
        "یکی از هواداران همچنین گفت: «ما امیدواریم.»",
        ["مهدی کاظمی", "مهدی کاظمی", "مهدی کاظمی", None],
    ),
    (
        "خبر\n\nبه گزارش خبرگزاری فارس، دو کشور توافقنامه‌ای امضا کردند.\n\n"
        "خبرگزاری آلمان با اعلام این خبر افزود که مذاکرات هفته آینده ادامه می‌یابد.",
        ["خبرگزاری آلمان"],
    ),
    (
        "خبر\n\nبه گزارش خبرگزاری فارس، اجلاس اوپک امروز آغاز شد.\n\n"
        "بنابراین گزارش، امارات متحده عربی به عنوان یکی از اعضای اوپک، پیشنهاد داده بود "
        "که تولید نفت کاهش یابد.",
        ["امارات متحده عربی"],
    ),
    (
        "خبر\n\nبه گزارش فارس به نقل از خبرگزاری آلمان، هزاران نفر در برلین راهپیمایی "
        "کردند.\n\nدر این گزارش آمده است، پلیس راه‌های مرکز شهر را بست.\n\n"
        "این گزارش می‌افزاید: راهپیمایی آرام بود.",
        ["خبرگزاری آلمان", "خبرگزاری آلمان"],
    ),
    (
        "خبر\n\nبه گزارش خبرگزاری فارس، هزاران نفر در برلین راهپیمایی کردند.\n\n"
        "در این گزارش آمده است، پلیس راه‌های مرکز شهر را بست.",
        [None],
    ),
    (
        "خبر\n\nبه گزارش خبرگزاری فارس، لوح فشرده سخنرانی‌های علی رضایی عرضه شد.\n\n"
        "در توضیح این نرم‌افزار آمده است: علی رضایی در سال 1340 متولد شد.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_speakers_that_are_no_one_named_person(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_an_outlet_going_on_speaks_for_itself_not_for_the_last_speaker() -> None:
    article = analyze(
        "خبر\n\nمهدی کاظمی، سخنگوی دولت، امروز گفت که طرح اجرا می‌شود. خبرگزاری آلمان "
        "همچنین افزود که مذاکرات ادامه دارد."
    ).to_dict()
    speakers = {q["text"]: q["speaker"] for q in article["quotes"]}
    assert speakers["مذاکرات ادامه دارد"] == "خبرگزاری آلمان"
