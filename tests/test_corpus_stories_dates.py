"""A story's copies appear within days of it: an outlet's bulletin written on one template
every day (the price of gold) is a new story each day, however much of yesterday's text
it repeats; the same bulletin republished the same week is a copy. Ingest into SQLite and
``khabar batch`` group alike."""

import json
from pathlib import Path

from khabar.corpus import open_store
from khabar.corpus.dedup import near_in_time
from khabar.corpus.ingest import ingest
from khabar.scale.batch import batch

TEMPLATE = (
    "به گزارش خبرگزاری فارس، قیمت هر گرم طلای ۱۸ عیار در بازار تهران امروز {price} هزار "
    "تومان اعلام شد. قیمت هر سکه تمام بهار آزادی طرح جدید نیز در معاملات امروز بازار با "
    "تغییر اندکی نسبت به روز گذشته معامله شد و فعالان بازار پیش بینی می کنند قیمت ها در "
    "روزهای آینده با توجه به نوسان نرخ ارز و قیمت جهانی طلا همچنان در همین محدوده باقی "
    "بماند. به گفته فروشندگان بازار طلا، تقاضا برای خرید سکه و طلای آب شده در هفته های "
    "اخیر کاهش یافته است."
)


def bulletins(folder: Path) -> Path:
    days = [("2017-09-18", 120), ("2017-09-25", 121), ("2017-10-02", 119), ("2017-09-19", 120)]
    lines = [
        {
            "title": "قیمت طلا و سکه",
            "paragraphs": [TEMPLATE.format(price=price)],
            "date": day,
            "url": f"https://example.ir/gold/{number}",
        }
        for number, (day, price) in enumerate(days)
    ]
    folder.mkdir()
    path = folder / "gold.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return path


def test_days_apart_are_other_stories_days_near_are_one() -> None:
    assert near_in_time("2017-09-18", "2017-09-21") and near_in_time(None, "2017-09-18")
    assert not near_in_time("2017-09-18", "2017-09-25")


def test_ingest_groups_a_daily_bulletin_by_its_days(tmp_path: Path) -> None:
    source = bulletins(tmp_path / "in")
    with open_store(str(tmp_path / "k.db")) as store:
        assert ingest([source], store).added == 4
        stories = [store.article(i)["story_id"] for i in range(1, 5)]
    # the 18th and the 19th are one story; the 25th and the 2nd are each their own
    assert stories[0] == stories[3]
    assert len({stories[0], stories[1], stories[2]}) == 3


def test_batch_groups_it_as_ingest_does(tmp_path: Path) -> None:
    source = bulletins(tmp_path / "in")
    summary = batch(source, tmp_path / "out", jobs=1)
    assert summary.failed == []
    rows = [json.loads(line) for line in (tmp_path / "out" / "part-00000.jsonl").open()]
    by_day = {row["published"]: row["story_id"] for row in rows}
    assert by_day["2017-09-18"] == by_day["2017-09-19"]
    assert len({by_day["2017-09-18"], by_day["2017-09-25"], by_day["2017-10-02"]}) == 3
