"""A scholar's title goes on with the house of learning «از» names («پژوهشگر تاریخ از
دانشگاه شیراز»); «از» before anything else opens the clause."""

from test_news_titles import titles


def test_a_scholar_from_a_university_keeps_the_university() -> None:
    assert titles("پژوهشگر تاریخ معاصر از دانشگاه شیراز گفت") == [
        "پژوهشگر تاریخ معاصر از دانشگاه شیراز"
    ]


def test_az_before_anything_else_ends_a_scholars_title() -> None:
    assert titles("کارشناس مسائل انرژی از کاهش تولید خبر داد") == ["کارشناس مسائل انرژی"]
    assert titles("معاون وزیر از دانشگاه شیراز بازدید کرد") == ["معاون وزیر"]
