"""Claims and criticism told by «مدعی شد», by a noun («انتقاد X از Y», «به ادعای X،») or by
a verbal noun («با غیرقانونی خواندن …») are accusations; a contender («مدعی قهرمانی»), a
criticism no one is named for and a claim only spoken of are none."""

from test_news_events import events


def _accusations(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "accusation"]


def test_claiming_told_as_the_claimants_state_accuses_whom_the_claim_names() -> None:
    assert _accusations("سامان رحیمی، سخنگوی حزب، مدعی شد که کامران افشار رشوه گرفته است.") == [
        ["سامان رحیمی", "کامران افشار"]
    ]


def test_a_contender_is_no_claimant() -> None:
    assert _accusations("باشگاه سپاهان امسال مدعی قهرمانی لیگ است.") == []


def test_a_criticism_told_as_a_noun_is_its_critics() -> None:
    assert _accusations("انتقاد کامران افشار از شهرداری در جلسه شورا بی‌سابقه بود.") == [
        ["کامران افشار"]
    ]


def test_a_criticism_spoken_of_is_still_an_accusation() -> None:
    found = _accusations(
        "سامان رحیمی با اشاره به انتقاد کامران افشار از مدیران بانک‌ها گفت: باید پاسخ داد."
    )
    assert found == [["کامران افشار"]]


def test_a_criticism_naming_no_one_is_no_accusation() -> None:
    assert _accusations("انتقاد سازنده به پیشرفت جامعه کمک می‌کند.") == []


def test_as_someone_claims_opening_a_clause_is_their_accusation() -> None:
    assert _accusations("به ادعای سامان رحیمی، این شرکت مالیات نپرداخته است.") == [["سامان رحیمی"]]


def test_calling_a_deed_wrong_told_as_a_verbal_noun_is_an_accusation() -> None:
    found = _accusations("کامران افشار با غیرقانونی خواندن تصمیم شهرداری گفت که از آن شکایت می‌کند.")
    assert [people[0] for people in found] == ["کامران افشار"]
