"""A statement whose issuer is a group the recognizer has no name for is theirs, named up
to the clause on it («در بیانیه اهالی روستای کندوان که …، آمده است»); a notice told by its
kind («بیانیه پایانی») names no issuer, but the body whose session issued it does («بیانیه
پایانی نشست سران شورای همکاری خلیج فارس»). A statement another speaks of is the group's it
names («بیانیه تروئیکای اروپایی را … خواند»)."""

from test_news_events import events


def _statements(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "statement"]


def test_a_group_issuing_a_statement_is_its_party() -> None:
    found = _statements(
        "در بیانیه اهالی روستای کندوان که دیروز منتشر شد، آمده است: آب روستا دو هفته است "
        "قطع شده است."
    )
    assert found == [["اهالی روستای کندوان"]]


def test_a_notice_told_by_its_kind_names_no_issuer() -> None:
    found = _statements("در بیانیه پایانی این نشست که دیروز منتشر شد آمده است: همکاری ادامه دارد.")
    assert ["پایانی این نشست"] not in found


def test_a_final_statement_of_a_bodys_session_is_the_bodys() -> None:
    found = _statements(
        "ناصر کنعانی، سخنگوی وزارت امور خارجه، بیانیه پایانی نشست شورای همکاری خلیج فارس "
        "را مداخله در امور داخلی ایران خواند."
    )
    assert found == [["شورای همکاری خلیج فارس"]]


def test_a_statement_another_speaks_of_is_the_group_s_it_names() -> None:
    found = _statements(
        "سید عباس عراقچی، وزیر امور خارجه، بیانیه تروئیکای اروپایی را غیرسازنده خواند."
    )
    assert found == [["تروئیکای اروپایی"]]
    # the speaker's own, pointed to, is no group's
    assert _statements("سید عباس عراقچی در پایان بیانیه خود را قرائت کرد.") != [["خود"]]
