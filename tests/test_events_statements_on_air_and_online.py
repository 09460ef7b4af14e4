"""A page on a social network named by the network, a programme named with its channel and
an announcement told in the passive «از سوی X» are statements of who made them."""

from test_news_events import events


def _statements(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "statement"]


def test_a_page_named_by_its_network_is_a_statement() -> None:
    assert _statements("کامران افشار در صفحه اینستاگرام خود نوشت که به زودی بازمی‌گردد.") == [
        ["کامران افشار"]
    ]
    filed = "فایل این نشست‌ها در صفحه اینستاگرام انجمن شاعران بارگذاری خواهد شد."
    assert _statements(filed) == []
    # its own page on the network, what is written after a colon
    told = "کامران افشار در صفحه اختصاصی خود در فیس بوک نوشت: به زودی بازمی‌گردم."
    assert _statements(told) == [["کامران افشار"]]


def test_a_programme_named_with_its_channel_is_a_statement() -> None:
    found = _statements("کامران افشار در برنامه «گفت‌وگوی ویژه» شبکه سه گفت که استعفا نمی‌دهد.")
    assert found == [["کامران افشار"]]


def test_an_announcement_in_the_passive_is_the_bodys_it_names() -> None:
    assert _statements("از سوی وزارت نیرو اعلام شد که آب تهران جیره‌بندی نمی‌شود.") == [
        ["وزارت نیرو"]
    ]
