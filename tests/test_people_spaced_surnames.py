"""A compound surname whose half-space became a space («رضوانی فر», «قاسمی زاده»): the
recognizer's guess stops at the first half, the name keeps both, and the person is one
however the text spells the surname. The recognizer's guesses are given by hand."""

from test_news_people_surnames import people

from khabar.news.people.edges import surname_apart, surname_joined

Z = "\u200c"


def test_the_second_half_of_a_spaced_surname_stays_in_the_name() -> None:
    text = (
        "خبر\n\nسیدحمید رضوانی فر معاون وزیر امروز از طرح بازدید کرد.\n\n"
        f"رضوانی{Z}فر گفت که کار آغاز شده است."
    )
    assert people(text, ("سیدحمید رضوانی", f"رضوانی{Z}فر")) == {
        f"سیدحمید رضوانی{Z}فر": ["سیدحمید رضوانی فر", f"رضوانی{Z}فر"]
    }


def test_a_spaced_surname_at_the_end_of_a_clause() -> None:
    text = "خبر\n\nبه گفته بهرام قاسمی زاده، کار آغاز شده است."
    assert people(text, ("بهرام قاسمی",)) == {f"بهرام قاسمی{Z}زاده": ["بهرام قاسمی زاده"]}


def test_a_piece_that_is_a_verb_of_the_clause_is_not_a_surname() -> None:
    text = "خبر\n\nعلی کریمی زاده شد و در تهران بزرگ شد."
    assert people(text, ("علی کریمی",)) == {"علی کریمی": ["علی کریمی"]}


def test_a_piece_that_is_a_noun_of_the_phrase_is_not_a_surname() -> None:
    text = "خبر\n\nبه گفته ناظران، محمد رضایی فرد شایسته‌ای برای این کار است."
    assert people(text, ("محمد رضایی",)) == {"محمد رضایی": ["محمد رضایی"]}


def test_a_piece_that_is_a_noun_ends_a_name_before_a_title() -> None:
    text = "خبر\n\nحسن عسگری پناه معاون استاندار گفت که کار آغاز شده است."
    assert people(text, ("حسن عسگری",)) == {f"حسن عسگری{Z}پناه": ["حسن عسگری پناه"]}


def test_a_name_written_apart_and_joined_is_one_way_or_the_other() -> None:
    assert surname_joined("سیدحمید رضوانی فر") == f"سیدحمید رضوانی{Z}فر"
    assert surname_apart(f"بهرام قاسمی{Z}زاده") == "بهرام قاسمی زاده"
    # A given name and a surname that is also a piece: «مقدم» of «حسن مقدم».
    assert surname_joined("حسن مقدم") == "حسن مقدم"
