"""Persian search keys, query parsing, snippets and dates: no model needed."""

import datetime as dt
import random

import pytest

from khabar.corpus import variants
from khabar.corpus.dedup import Stories, signature
from khabar.corpus.keys import indexed, key, name_key, text_keys
from khabar.corpus.search import Query, QueryError, Term, parse, parse_date, snippet
from khabar.news.analyze import compose
from khabar.news.reader import from_json
from khabar.text.chars import ZWNJ
from khabar.text.normalizer import normalize

Z = "\u200c"


@pytest.mark.parametrize(
    ("written", "other"),
    [
        (f"می{Z}کنند", "کرد"),
        ("میکنند", "کرد"),
        ("می کنند", "کرد"),
        (f"نمی{Z}کنند", "کرد"),
        (f"کرده{Z}اند", "کرد"),
        ("کند", "کرد"),
        (f"برمی{Z}گردند", "برگشت"),
        ("کردن", "کرد"),
        ("نکردن", "کرد"),
        ("خریدن", "خریدیم"),
        ("برگشتن", "برگشت"),
        (f"کتاب{Z}ها", "کتاب"),
        ("كتابها", "کتاب"),
        (f"کتاب{Z}هایشان", "کتاب"),
        ("نمایندگان", "نماینده"),
        (f"خانه{Z}ای", "خانه"),
        (f"بزرگ{Z}ترین", "بزرگ"),
        ("۱۳۹۶", "1396"),
        ("٠٦", "6"),
        ("رئيس", "رییس"),
        ("هیأت", "هیئت"),
        ("هیات", "هیئت"),
        ("مسأله", "مسئله"),
        ("جرأت", "جرئت"),
        ("ارائه", "ارایه"),
        ("آمریکا", "امریکا"),
        ("ICT", "ict"),
    ],
)
def test_same_key(written: str, other: str) -> None:
    assert text_keys(normalize(written)) == [key(other)]


@pytest.mark.parametrize(
    "word",
    [
        "بیماری",
        "ایران",
        "نشست",
        "ملی",
        "کشور",
        "اطلاعات",
        "گردن",
        "بدن",
        "متن",
        "دشمن",
        "سهم",
        "سهام",
        "دوام",
        "صدام",
        "بوش",
        "ایمان",
        "محمدی",
    ],
)
def test_words_that_only_look_inflected_stay_whole(word: str) -> None:
    assert key(word) == word


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("مردم", "مردند"),
        ("بازی", "باخت"),
        ("برخی", "رخید"),
        ("فرهنگی", "فرهیخت"),
        ("شاید", "شایست"),
    ],
)
def test_words_the_treebanks_write_as_nouns_are_no_verb_forms(word: str, verb: str) -> None:
    assert key(word) != key(verb)


@pytest.mark.parametrize(
    ("ordinal", "number"),
    [
        ("دوم", "دو"),
        ("دهم", "ده"),
        ("نهم", "نه"),
        ("پنجم", "پنج"),
        (f"سی{Z}ام", "سی"),
        ("سوم", "سه"),
    ],
)
def test_an_ordinal_is_not_its_number(ordinal: str, number: str) -> None:
    assert key(ordinal) == normalize(ordinal).replace(Z, "")
    assert key(ordinal) != key(number)
    assert key(ordinal) != key("داد")


@pytest.mark.parametrize(("one", "other"), [("سوئد", "سواد"), ("مسئول", "مسال")])
def test_a_hamza_seat_by_a_vowel_letter_is_no_alif(one: str, other: str) -> None:
    assert key(one) != key(other)


def test_name_keys_unify_spelling_but_not_words() -> None:
    assert name_key("علي رضائي") == name_key("علی رضایی") == "علی رضایی"
    assert name_key("محمد‌جواد ظریف") == "محمدجواد ظریف"


def test_query_parsing() -> None:
    assert parse('كتابها "وزیر خارجه" -ژاپن') == [
        Term(("کتاب",)),
        Term(("وزیر", "خارجه")),
        Term(("ژاپن",), negated=True),
    ]
    assert parse("«۱۳۹۶/۰۶/۲۸»") == [Term(("1396", "6", "28"))]
    with pytest.raises(QueryError):
        Query("-ژاپن")


def test_dates_in_either_calendar() -> None:
    assert parse_date("1396-06-28") == dt.date(2017, 9, 19)
    assert parse_date("۱۳۹۶/۰۶/۲۸") == dt.date(2017, 9, 19)
    assert parse_date("2017-09-19") == dt.date(2017, 9, 19)
    with pytest.raises(QueryError):
        parse_date("1396-13-01")


def test_snippet_points_at_the_original_words() -> None:
    text = "مقدمه‌ای کوتاه. " * 40 + f"وزیر گفت کتاب{Z}های تازه را منتشر می{Z}کنند." + " پایان" * 40
    found = snippet(text, {key("کتاب"), key("کرد")})
    marked = [text[s:e] for s, e in found.highlights]
    assert marked == [f"کتاب{Z}های", f"می{Z}کنند"]
    assert text[found.start : found.end] == found.text
    assert "[" + f"کتاب{Z}های" + "]" in found.marked()


def test_copies_are_grouped_and_distinct_articles_are_not() -> None:
    rng = random.Random(5)
    originals = [from_json(variants.synthetic(i, rng)) for i in range(3)]
    originals += [
        from_json(
            {
                "title": "بارش برف در ارتفاعات البرز",
                "paragraphs": [
                    "به گزارش ایرنا، کارشناسان هواشناسی از بارش برف سنگین در ارتفاعات"
                    " البرز و بسته شدن جاده چالوس خبر دادند و از مسافران خواستند سفر نکنند.",
                    "پلیس راه اعلام کرد زنجیر چرخ همراه داشتن برای همه خودروها الزامی است.",
                    "هواشناسی پیش‌بینی کرده است که دمای هوا تا پایان هفته کاهش یابد.",
                ],
            }
        ),
        from_json(
            {
                "title": "افتتاح کتابخانه عمومی در بندرعباس",
                "paragraphs": [
                    "به گزارش مهر، نخستین کتابخانه دیجیتال جنوب کشور با ده هزار جلد کتاب"
                    " در بندرعباس گشایش یافت و کودکان می‌توانند رایگان عضو شوند.",
                    "مدیر کتابخانه گفت ساعت کار در ماه رمضان تا نیمه شب تمدید می‌شود.",
                ],
            }
        ),
    ]
    stories = Stories()
    truth, found = [], []
    ident = 0
    for number, draft in enumerate(originals):
        for copy in [draft, variants.copy(draft, rng), variants.copy(draft, rng)]:
            sig = signature(normalize(compose(copy)))
            story = stories.find(sig)
            ident += 1
            stories.add(ident, story or ident, sig)
            truth.append(number)
            found.append(story or ident)
    # Template articles share sentences, so only the hand-written ones must stay apart.
    groups = {t: {f for t2, f in zip(truth, found, strict=True) if t2 == t} for t in truth}
    assert all(len(g) == 1 for g in groups.values()), groups
    assert groups[3] != groups[4]
    assert groups[3].isdisjoint(groups[0] | groups[1] | groups[2])


@pytest.mark.parametrize("written", ["محمدجواد ظریف", "محمد جواد ظریف", f"محمد{ZWNJ}جواد ظریف"])
def test_a_given_name_of_two_is_one_word_however_spaced(written: str) -> None:
    assert text_keys(written) == text_keys("محمدجواد ظریف")
    # Each half still finds it, as a compound's parts do.
    assert indexed(written)[1] == [key("محمد"), key("جواد")]


def test_two_given_names_set_apart_by_more_than_a_space_stay_two() -> None:
    assert text_keys("علی و رضا") == [key("علی"), key("و"), key("رضا")]
    assert len(text_keys("علی، رضا")) == 2
