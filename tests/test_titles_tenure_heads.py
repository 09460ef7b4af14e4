"""«ستاره» heads a title only before a word of tenure or a team («ستاره سابق تیم ملی»); a
star's given name is none. A lead that opens with such a title goes to the name of the next
sentence, though the headline named the holder first."""

from test_news_titles import titles

import khabar


def test_a_star_of_the_past_or_of_a_team_is_a_title() -> None:
    assert titles("ستاره سابق تیم ملی والیبال از ورزش کناره گرفت.") == [
        "ستاره سابق تیم ملی والیبال"
    ]
    assert titles("ستاره تیم ملی شنا گفت") == ["ستاره تیم ملی شنا"]


def test_a_star_by_her_given_name_is_no_title() -> None:
    assert titles("ستاره کاظمی گفت که کار آغاز شد") == []


def test_the_leads_title_goes_to_the_next_sentences_name_the_headline_named() -> None:
    data = khabar.analyze(
        "کامران نوروزی از ورزش کناره گرفت\n\n"
        "ستاره سابق تیم ملی والیبال از ورزش حرفه‌ای خداحافظی کرد.\n\n"
        "به گزارش خبرگزاری فارس، کامران نوروزی که سال گذشته به تیم بازگشته بود، بار دیگر "
        "از ورزش کناره گرفت."
    ).to_dict()
    found = {p["name"]: p["titles"] for p in data["people"]}
    assert found["کامران نوروزی"] == ["ستاره سابق تیم ملی والیبال"]
