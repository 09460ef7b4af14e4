"""Events in shapes unseen real reports write them, found reading Fars News articles no
gold set holds. The sentences are written for these tests in those constructions."""

from test_news_events import events


def test_a_letter_and_a_later_interview_are_two_statements() -> None:
    found = events(
        "مریم صادقی، نماینده مردم شیراز، در نامه‌ای به وزیر نیرو خواستار رسیدگی به قطعی برق شد.\n\n"
        "صادقی در گفت‌وگو با خبرنگار فارس اظهار کرد: قطعی برق به صنایع آسیب زده است."
    )
    assert found == [("statement", ["مریم صادقی"], None), ("statement", ["مریم صادقی"], None)]


def test_an_interview_told_again_is_one_statement() -> None:
    found = events(
        "مریم صادقی، نماینده مردم شیراز، در گفت‌وگو با خبرنگار فارس از قطعی برق انتقاد کرد.\n\n"
        "صادقی در گفت‌وگو با خبرنگار فارس افزود: قطعی برق به صنایع آسیب زده است."
    )
    assert [kind for kind, _, _ in found].count("statement") == 1


def test_a_statement_announced_and_then_quoted_from_is_one() -> None:
    found = events(
        "وزارت بهداشت در اطلاعیه‌ای از تعطیلی مدارس استان تهران خبر داد.\n\n"
        "در اطلاعیه وزارت بهداشت آمده است: مدارس تا پایان هفته تعطیل است."
    )
    assert found == [("statement", ["وزارت بهداشت"], None)]
