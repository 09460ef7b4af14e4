"""The events layer's look-ups by bisection or by index, which stand for scans of every
span, mention or match that were quadratic in a very long paragraph, find what the scans
found, in the same order, on small inputs written for these tests."""

import random
import re
from types import SimpleNamespace

from khabar.news.events.model import Context, Mention, Spans, holding, within
from khabar.news.events.offices import _Around, _beside
from khabar.news.events.participants import _WITH_GROUP, _with_groups
from khabar.news.events.spans import met_unnamed
from khabar.news.people.overlaps import Overlaps


def _spans(rng: random.Random, count: int, apart: bool) -> list[tuple[int, int]]:
    """Random spans over 0–60: in order and apart, or anyhow (nested, crossing, empty)."""
    if apart:
        cuts = sorted(rng.sample(range(60), 2 * count))
        return list(zip(cuts[::2], cuts[1::2], strict=True))
    return [(a, a + rng.randrange(0, 15)) for a in (rng.randrange(60) for _ in range(count))]


def test_the_quote_holding_an_offset_is_the_first_a_scan_finds() -> None:
    rng = random.Random(7)
    for trial in range(300):
        given = _spans(rng, rng.randrange(0, 8), apart=trial % 2 == 0)
        spans = Spans(given)
        for at in range(-2, 80):
            assert within(spans, at) == within(given, at)
            assert holding(spans, at) == [i for i, (a, b) in enumerate(given) if a <= at < b]


def test_quotes_out_of_order_are_read_through() -> None:
    spans = Spans([(20, 30), (0, 10), (5, 25)])
    assert not spans.apart
    assert within(spans, 22) == (20, 30)
    assert spans.holding(7) == [1, 2]
    assert Spans([(0, 10), (10, 20)]).apart


def test_a_context_indexes_its_quotes_and_reports() -> None:
    context = Context(quoted=[(0, 5)], reported=[[10, 20]])
    assert isinstance(context.quoted, Spans) and isinstance(context.reported, Spans)
    assert within(context.reported, 12) == (10, 20)
    assert list(context.reported) == [(10, 20)]


def test_the_actors_overlaps_answer_as_a_scan_of_their_spans() -> None:
    rng = random.Random(11)
    for _ in range(300):
        given = _spans(rng, rng.randrange(0, 8), apart=False)
        cover = Overlaps(given)
        for start in range(-2, 80):
            assert cover.any(start, start + 1) == any(a <= start < b for a, b in given)
            for end in range(start, start + 12):
                assert cover.any(start, end) == any(a < end and b > start for a, b in given)


def test_the_groups_met_are_those_a_search_from_the_sentence_finds() -> None:
    text = (
        "با مدیران استان دیدار کرد و سپس با حضور دهیاران و با بخشداران، "
        "آنگاه نه ربابه با مدیران و بار دیگر با استانداران دیدار کرد."
    )
    for s in range(0, len(text), 3):
        for end in range(s, len(text) + 1, 5):
            found = [m.span() for m in _with_groups(text, s, end)]
            assert found == [m.span() for m in _WITH_GROUP.finditer(text, s) if m.start() < end]
    assert [m.group("attending") for m in _with_groups(text, 0, len(text))] == [
        None,
        "حضور ",
        None,
        None,
        None,
    ]


def test_a_meeting_with_no_with_before_it_keeps_its_participants() -> None:
    text = "وزیر امور خارجه دیروز در تهران دیدار کرد."
    at = (text.find("دیدار"), text.find("دیدار") + len("دیدار"))
    assert met_unnamed(text, [], at, 0, ["ایران"]) == ["ایران"]
    unnamed = "وی همچنین فردا با برهم عبدالله دیدار خواهد کرد."
    at = (unnamed.find("دیدار"), unnamed.find("دیدار") + len("دیدار"))
    assert met_unnamed(unnamed, [], at, 0, []) == ["برهم عبدالله"]


def test_the_names_beside_a_title_are_among_those_near_it() -> None:
    text = "آقای دکتر علی رضایی، معاون وزیر بهداشت، و حسن احمدی با رئیس مجلس و جناب وزیر " * 3
    words = [m.span() for m in re.finditer(r"[^\s،]+", text)]
    rng = random.Random(3)
    for _ in range(200):
        firsts = [rng.randrange(len(words)) for _ in range(rng.randrange(0, 6))]
        mentions = [
            Mention(words[i][0], words[j][1], text[words[i][0] : words[j][1]], "person")
            for i, j in ((i, min(i + rng.randrange(3), len(words) - 1)) for i in firsts)
        ]
        around = _Around(mentions)
        for a, b in words:
            title = SimpleNamespace(start=a, end=b)
            near = around.near(a, b)
            assert any(_beside(text, m, title) for m in mentions) == any(
                _beside(text, m, title) for m in near
            )
