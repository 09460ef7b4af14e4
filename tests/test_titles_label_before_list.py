"""A plural label with the words of its office before a list of names gives each the
office in the singular, past the titles the list sets beside its names; a bare plural and
a group named «به نام‌های …» do not. Sentences written for these tests, with the
recognizer's guesses given by hand."""

from test_people_edges import titles_of


def test_members_listed_after_eebaratand_az_are_each_a_member() -> None:
    text = (
        "خبر\n\nاعضای هیئت امنای کتابخانه عبارتند از: کاوه رحیمی، مدیر نشر آفتاب، نسرین "
        "مقدم مدیر انتشارات سپیده و لیلا نوری."
    )
    found = titles_of(text, ("کاوه رحیمی", "نسرین مقدم", "لیلا نوری"))
    assert found["کاوه رحیمی"] == ["مدیر نشر آفتاب", "عضو هیئت امنای کتابخانه"]
    assert found["نسرین مقدم"] == ["مدیر انتشارات سپیده", "عضو هیئت امنای کتابخانه"]
    assert found["لیلا نوری"] == ["عضو هیئت امنای کتابخانه"]


def test_a_label_right_before_the_names_gives_each_the_office() -> None:
    text = "خبر\n\nمربیان تیم ملی شنا کاوه رحیمی و لیلا نوری به اردو رفتند."
    found = titles_of(text, ("کاوه رحیمی", "لیلا نوری"))
    assert found == {"کاوه رحیمی": ["مربی تیم ملی شنا"], "لیلا نوری": ["مربی تیم ملی شنا"]}


def test_a_bare_plural_or_names_after_be_nam_haye_give_no_office() -> None:
    text = "خبر\n\nهنرمندان کاوه رحیمی و لیلا نوری آثار خود را آوردند."
    assert titles_of(text, ("کاوه رحیمی", "لیلا نوری")) == {"کاوه رحیمی": [], "لیلا نوری": []}
    text = 'خبر\n\nاعضای گروه کوهنوردی به نام‌های "کاوه رحیمی" و "لیلا نوری" بازگشتند.'
    assert titles_of(text, ("کاوه رحیمی", "لیلا نوری")) == {"کاوه رحیمی": [], "لیلا نوری": []}
