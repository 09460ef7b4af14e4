"""A trip «به» a town the list of places lacks still goes somewhere («در سفر به خلخال»); a
division alone, a border, an errand or a place told before is no destination, and «اعزام
… به» does not read across the verb of another clause."""

from test_news_events import events


def _visits(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "visit"]


def test_a_trip_to_a_town_the_list_lacks_is_a_visit() -> None:
    found = _visits("کامران افشار، وزیر کشور، دیروز در سفر به نوده از مدرسه روستا بازدید کرد.")
    assert found[:1] == [["کامران افشار"]]


def test_a_trip_to_a_division_alone_or_a_border_goes_nowhere() -> None:
    assert _visits("سفر هیئت دولت به استان در اردیبهشت انجام شد.") == []
    assert _visits("سفر هیئت دولت به استان ۴ هفته طول کشید.") == []
    assert _visits("پلیس از زائران خواست از سفر با خودروی شخصی به مرزها پرهیز کنند.") == []


def test_being_sent_to_do_service_is_no_trip() -> None:
    assert _visits("سامان رحیمی پس از اعزام به خدمت سربازی به تیم بازگشت.") == []


def test_sending_does_not_reach_across_another_clause() -> None:
    found = _visits(
        "سامان رحیمی گفت که سازمان ملل باید هیئتی اعزام کند و حمله‌ها به روستاها متوقف شود."
    )
    assert found == []


def test_a_trip_to_the_province_alone_names_no_destination() -> None:
    found = events("عبدالرضا رحمانی فضلی، وزیر کشور، قرار است فردا به استان سفر کند.")
    assert found == [("visit", ["عبدالرضا رحمانی فضلی"], None)]
