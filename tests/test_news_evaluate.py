"""The news scorer, and the gold articles it scores against.

``evaluation/news`` is the development set; ``evaluation/news-holdout`` is held out (never
used to tune rules), and is checked for validity the same way.
"""

import copy
import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

import khabar
from khabar.news.evaluate import (
    COMPONENTS,
    EVENT_TYPES,
    GoldFormatError,
    article_errors,
    body_start,
    find_surface,
    format_errors,
    format_scores,
    gold_as_prediction,
    load_gold,
    locate_all,
    names_match,
    recipes,
    score_articles,
    source_key,
)
from khabar.news.evaluate.score import ERROR_COMPONENTS

GOLD_DIR = Path(__file__).resolve().parent.parent / "evaluation" / "news"
HOLDOUT_DIR = GOLD_DIR.parent / "news-holdout"
# Real Fars News articles as recipes: their text comes from the shared data.
FARS_TUNE, FARS_HOLDOUT = GOLD_DIR.parent / "fars" / "tune", GOLD_DIR.parent / "fars" / "holdout"
FARS_FRESH = GOLD_DIR.parent / "fars" / "fresh"
GOLD_SETS = (GOLD_DIR, HOLDOUT_DIR, FARS_TUNE, FARS_HOLDOUT, FARS_FRESH)


@functools.cache
def _load(directory: Path) -> list[dict]:
    return load_gold(directory)


@pytest.fixture(scope="module")
def golds() -> list[dict]:
    return copy.deepcopy(_load(GOLD_DIR))


@pytest.fixture()
def predicted(golds: list[dict]) -> list[dict]:
    return [gold_as_prediction(g) for g in golds]


def _direct(pred: dict) -> list[dict]:
    return [q for q in pred["quotes"] if q["kind"] == "direct"]


# --- the gold set ------------------------------------------------------------------------


def test_gold_set_is_big_enough_and_mixed(golds: list[dict]) -> None:
    assert len(golds) >= 24
    damaged = sum(g["damaged"] for g in golds)
    assert len(golds) // 4 <= damaged <= len(golds) // 2
    for g in golds:
        assert 150 <= len(g["text"].split()) <= 500, g["id"]


def test_holdout_set_is_valid_mixed_and_apart(golds: list[dict]) -> None:
    """``load_gold`` accepts every held-out file; none shares an id with the dev set."""
    holdout = _load(HOLDOUT_DIR)
    assert len(holdout) >= 8
    assert 1 <= sum(g["damaged"] for g in holdout) <= len(holdout) // 2
    for g in holdout:
        assert 200 <= len(g["text"].split()) <= 400, g["id"]
    assert not {g["id"] for g in holdout} & {g["id"] for g in golds}
    scores = score_articles(holdout, [gold_as_prediction(g) for g in holdout])
    assert all(s["f1"] == 1.0 for s in scores.values())


def test_real_sets_are_valid_and_apart() -> None:
    """The real articles' recipes cook to valid gold; no article is in two sets."""
    tune, holdout, fresh = _load(FARS_TUNE), _load(FARS_HOLDOUT), _load(FARS_FRESH)
    assert len(tune) >= 24 and len(holdout) >= 12 and len(fresh) >= 3
    articles = [(g["source"]["file"], g["source"]["index"]) for g in tune + holdout + fresh]
    assert len(set(articles)) == len(articles)
    for golds in (tune, holdout, fresh):
        scores = score_articles(golds, [gold_as_prediction(g) for g in golds])
        assert all(s["f1"] == 1.0 for s in scores.values())


def _ids() -> list:
    return [
        pytest.param(d, p.stem, id=f"{d.parent.name}/{d.name}/{p.stem}")
        for d in GOLD_SETS
        for p in sorted(d.glob("*.json"))
    ]


@pytest.mark.parametrize(("directory", "article_id"), _ids())
def test_gold_strings_occur_in_the_normalized_text(directory: Path, article_id: str) -> None:
    """Annotations stay in sync with the text: every surface string is found, in order."""
    record = next(g for g in _load(directory) if g["id"] == article_id)
    text, gold = khabar.normalize(record["text"]), record["gold"]
    missing = []
    for person in gold["people"]:
        spans = locate_all(text, person["mentions"])
        missing += [f"mention {m}" for m, s in zip(person["mentions"], spans, strict=True) if not s]
    dates = [d["text"] for d in gold["dates"]]
    missing += [f"date {d}" for d, s in zip(dates, locate_all(text, dates), strict=True) if not s]
    for label, surface in [("quote", q["text"]) for q in gold["quotes"]] + [
        ("trigger", e["trigger"]) for e in gold["events"]
    ]:
        if find_surface(text, surface, body_start(text)) is None:
            missing.append(f"{label} {surface}")
    for label, surface in [("headline", gold["headline"]), ("lead", gold["lead"])] + [
        ("subheading", s) for s in gold["subheadings"]
    ]:
        if find_surface(text, surface) is None:
            missing.append(f"{label} {surface}")
    assert not missing, f"{article_id}: not found in the text: {missing}"


@pytest.mark.parametrize("directory", GOLD_SETS, ids=lambda d: f"{d.parent.name}/{d.name}")
def test_gold_speakers_are_people_or_named_institutions(directory: Path) -> None:
    """A quote's speaker is a person's full name when the person is in ``people``."""
    for g in _load(directory):
        names = {p["name"] for p in g["gold"]["people"]}
        surnames = {n.split()[-1]: n for n in names}
        for q in g["gold"]["quotes"]:
            speaker = q["speaker"]
            if speaker is not None and speaker not in names:
                assert speaker not in surnames, f"{g['id']}: use the full name {surnames[speaker]}"


# --- scoring -----------------------------------------------------------------------------


def test_gold_against_itself_is_perfect(golds: list[dict], predicted: list[dict]) -> None:
    scores = score_articles(golds, predicted)
    assert set(scores) == set(COMPONENTS)
    for name, s in scores.items():
        assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0), name
        assert s["fp"] == s["fn"] == 0, name


def test_removing_one_quote_lowers_recall_by_its_share(
    golds: list[dict], predicted: list[dict]
) -> None:
    total = sum(len(_direct(p)) for p in predicted)
    first = next(q for q in predicted[0]["quotes"] if q["kind"] == "direct")
    predicted[0]["quotes"].remove(first)
    s = score_articles(golds, predicted)["direct_quotes"]
    assert s["recall"] == pytest.approx((total - 1) / total)
    assert s["precision"] == 1.0
    assert score_articles(golds, predicted)["indirect_quotes"]["recall"] == 1.0


def test_a_wrong_speaker_is_an_error(golds: list[dict], predicted: list[dict]) -> None:
    _direct(predicted[0])[0]["speaker"] = "کسی دیگر"
    s = score_articles(golds, predicted)["direct_quotes"]
    assert (s["fp"], s["fn"]) == (1, 1)


def test_quote_text_needs_sixty_percent_of_the_gold_tokens(
    golds: list[dict], predicted: list[dict]
) -> None:
    quote = _direct(predicted[0])[0]
    words = quote["text"].split()
    quote["text"] = " ".join(words[: int(len(words) * 0.7)])
    assert score_articles(golds, predicted)["direct_quotes"]["fn"] == 0
    quote["text"] = " ".join(words[: int(len(words) * 0.4)])
    assert score_articles(golds, predicted)["direct_quotes"]["fn"] == 1


def test_a_duplicated_prediction_is_a_false_positive(
    golds: list[dict], predicted: list[dict]
) -> None:
    predicted[0]["dates"].append(dict(predicted[0]["dates"][0]))
    s = score_articles(golds, predicted)["dates"]
    assert (s["fp"], s["fn"]) == (1, 0)


def test_predictions_in_the_headline_are_not_scored(
    golds: list[dict], predicted: list[dict]
) -> None:
    """The guidelines annotate the body only, so a headline item has no gold to match."""
    headline = dict(predicted[0]["dates"][0], start=0, end=4)
    predicted[0]["dates"].append(headline)
    predicted[0]["events"].append(dict(predicted[0]["events"][0], start=0, end=4))
    scores = score_articles(golds, predicted)
    assert scores["dates"]["fp"] == scores["events"]["fp"] == 0
    headline.pop("start")
    assert score_articles(golds, predicted)["dates"]["fp"] == 1


def test_a_date_with_a_wrong_value_is_an_error(golds: list[dict], predicted: list[dict]) -> None:
    predicted[0]["dates"][0]["value"] = "1999-01-01"
    s = score_articles(golds, predicted)["dates"]
    assert (s["fp"], s["fn"]) == (1, 1)


def test_lunar_hijri_dates_may_be_one_day_off(golds: list[dict], predicted: list[dict]) -> None:
    i, d = next(
        (i, d)
        for i, p in enumerate(golds)
        for d in p["gold"]["dates"]
        if d.get("calendar") == "lunar_hijri" and "end_value" not in d
    )
    pred = next(x for x in predicted[i]["dates"] if x["text"] == d["text"])
    day = int(d["value"][-2:])
    pred["value"] = f"{d['value'][:-2]}{day - 1:02d}"
    assert score_articles(golds, predicted)["dates"]["fn"] == 0


def test_events_need_the_type_and_half_the_participants(
    golds: list[dict], predicted: list[dict]
) -> None:
    event = predicted[0]["events"][0]  # a meeting of two ministers
    event["participants"] = event["participants"][:1]
    assert score_articles(golds, predicted)["events"]["fn"] == 0
    event["participants"] = ["کسی دیگر"]
    assert score_articles(golds, predicted)["events"]["fn"] == 1
    event["participants"] = list(golds[0]["gold"]["events"][0]["participants"])
    event["type"] = "call"
    assert score_articles(golds, predicted)["events"]["fn"] == 1


def test_events_are_also_scored_per_type(golds: list[dict], predicted: list[dict]) -> None:
    predicted[0]["events"][0]["type"] = "call"  # was a meeting
    scores = score_articles(golds, predicted)
    assert (scores["events:meeting"]["fn"], scores["events:call"]["fp"]) == (1, 1)
    for count in ("tp", "fp", "fn"):
        by_type = sum(scores[f"events:{kind}"][count] for kind in EVENT_TYPES)
        assert by_type == scores["events"][count]


def test_event_place_and_date_are_reported_separately(
    golds: list[dict], predicted: list[dict]
) -> None:
    predicted[0]["events"][0]["place"] = None
    scores = score_articles(golds, predicted)
    assert scores["events"]["fn"] == 0
    assert scores["events+place"]["fn"] == 1
    assert scores["events+date"]["fn"] == 0


def test_people_titles_and_mentions(golds: list[dict], predicted: list[dict]) -> None:
    person = predicted[0]["people"][0]
    person["titles"].append("عنوانی ساختگی")
    person["mentions"].pop()
    scores = score_articles(golds, predicted)
    assert scores["people"]["fn"] == 0
    assert (scores["titles"]["fp"], scores["mentions"]["fn"]) == (1, 1)


def test_predictions_pair_by_id_or_position(golds: list[dict], predicted: list[dict]) -> None:
    reordered = list(reversed(predicted))
    assert score_articles(golds, reordered)["people"]["f1"] == 1.0
    for p in reordered:
        del p["id"]
    assert score_articles(golds, reordered)["people"]["f1"] < 1.0
    with pytest.raises(ValueError, match="predictions for"):
        score_articles(golds, reordered[:3])


def test_source_names_ignore_outlet_descriptors() -> None:
    assert source_key("خبرگزاری فارس") == source_key("فارس")
    assert source_key("شبکه خبری «طلوع‌نیوز»") == source_key("طلوع نیوز")
    assert source_key("وزارت نیرو") != source_key("نیرو")


def test_names_match_whole_words_and_half_spaces() -> None:
    assert names_match("سرگئی لاوروف", "لاوروف")
    assert names_match("صالحی‌نیا", "صالحي نيا")
    assert not names_match("ایران", "ایرانی")
    assert names_match(None, None) and not names_match("تهران", None)


def test_format_scores_is_a_table(golds: list[dict], predicted: list[dict]) -> None:
    table = format_scores(score_articles(golds, predicted))
    lines = table.splitlines()
    assert lines[0].split()[:4] == ["component", "P", "R", "F1"]
    assert len(lines) == 2 + len(COMPONENTS)
    assert "direct_quotes" in table


def test_errors_name_each_miss_and_false_alarm(golds: list[dict], predicted: list[dict]) -> None:
    assert all(not article_errors(g, p) for g, p in zip(golds, predicted, strict=True))
    article = predicted[0]
    quote = _direct(article)[0]
    quote["speaker"] = "کسی دیگر"
    person = article["people"][0]
    person["titles"].append("عنوانی ساختگی")
    errors = article_errors(golds[0], article)
    assert set(errors) == {"direct_quotes", "titles"}
    missed, spurious = errors["direct_quotes"]
    assert [q["speaker"] for q in spurious] == ["کسی دیگر"] and len(missed) == 1
    assert errors["titles"][0] == []
    text = format_errors(golds, predicted)
    assert text.splitlines()[0] == f"== {golds[0]['id']}"
    assert f"    + {person['name']} · عنوانی ساختگی" in text
    assert "+ کسی دیگر: «" in text and text.count("\n== ") == 0


def test_khabar_evaluate_news_lists_errors_above_the_table(tmp_path: Path) -> None:
    record = json.loads(next(GOLD_DIR.glob("07-*.json")).read_text(encoding="utf-8"))
    (tmp_path / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")
    args = [sys.executable, "-m", "khabar", "evaluate", "news", str(tmp_path)]
    plain = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    listed = subprocess.run([*args, "--errors"], capture_output=True, text=True, check=True)
    assert listed.stdout.endswith(plain)
    listing = listed.stdout[: -len(plain)].splitlines()
    under: dict[str, int] = {}
    for line in listing:
        if line.startswith("  ") and not line.startswith("    "):
            component = line.strip()
        elif line[:6] in ("    - ", "    + "):
            under[component] = under.get(component, 0) + 1
    rows = [row.split() for row in plain.splitlines()[2:] if row.strip()]
    assert sum(n for c, n in under.items() if c in ERROR_COMPONENTS) == sum(
        int(r[-2]) + int(r[-1]) for r in rows if r[0] in ERROR_COMPONENTS
    )


def test_a_wrong_place_is_listed_under_events_with_place(
    golds: list[dict], predicted: list[dict]
) -> None:
    """The events+place row counted it; the listing named nothing (only «events» was
    listed, where an event in the wrong place is no error)."""
    record = next(g for g in golds if any(e["place"] for e in g["gold"]["events"]))
    article = copy.deepcopy(next(p for p in predicted if p["id"] == record["id"]))
    event = next(e for e in article["events"] if e.get("place"))
    event["place"] = "جایی دیگر"
    errors = article_errors(record, article)
    assert "events" not in errors
    missed, spurious = errors["events+place"]
    assert [e["place"] for e in spurious] == ["جایی دیگر"] and len(missed) == 1


# --- malformed gold ----------------------------------------------------------------------


def _write(tmp_path: Path, record: dict, name: str | None = None) -> Path:
    path = tmp_path / f"{name or record['id']}.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("break_it", "field"),
    [
        (lambda r: r["gold"]["quotes"][0].update(kind="quoted"), "gold.quotes[0].kind"),
        (lambda r: r["gold"]["people"][0].pop("name"), "gold.people[0].name"),
        (lambda r: r["gold"]["dates"][0].update(value="19 Sept"), "gold.dates[0].value"),
        (lambda r: r["gold"]["events"][0].update(participants="x"), "gold.events[0].participants"),
        (lambda r: r["gold"]["sources"][0].update(role="author"), "gold.sources[0].role"),
        (lambda r: r.update(published="20-09-2017"), "published"),
        # The shape of a day that is none: the article was scored as if nothing was found.
        (lambda r: r.update(published="2017-13-45"), "published"),
    ],
)
def test_malformed_gold_names_file_and_field(
    golds: list[dict], tmp_path: Path, break_it, field: str
) -> None:
    record = copy.deepcopy(golds[0])
    break_it(record)
    with pytest.raises(GoldFormatError) as err:
        load_gold(_write(tmp_path, record))
    assert f"{record['id']}.json: {field}" in str(err.value)


def test_gold_file_named_unlike_its_id_or_not_json(golds: list[dict], tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match=r"other\.json: id"):
        load_gold(_write(tmp_path, golds[0], "other"))
    bad = tmp_path / "broken"
    bad.mkdir()
    (bad / "x.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"x\.json: not valid JSON"):
        load_gold(bad)
    with pytest.raises(GoldFormatError, match="no gold files"):
        load_gold(tmp_path / "nothing-here")


def test_a_recipe_cooks_back_to_its_gold_without_carrying_the_text(
    golds: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged article of ours, served as shared data: its recipe holds none of its prose
    and loads as the same gold; a recipe whose article is missing names itself."""
    record = next(g for g in golds if g["damaged"] and g["gold"]["quotes"])
    title, *paragraphs = record["text"].split("\\n\\n")
    article = {"title": title, "abstract": "", "paragraphs": paragraphs}
    (tmp_path / "data" / "news").mkdir(parents=True)
    (tmp_path / "data" / "news" / "own.json").write_text(json.dumps([article]), encoding="utf-8")
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path / "data"))
    recipe = recipes.pack({**record, "source_index": 0}, "news/own.json")
    written = recipes.dumps(recipe)
    assert record["gold"]["lead"] not in written
    assert record["gold"]["quotes"][0]["text"] not in written
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / f"{record['id']}.json").write_text(written, encoding="utf-8")
    (loaded,) = load_gold(tmp_path / "gold")
    assert (loaded["text"], loaded["gold"]) == (record["text"], record["gold"])
    recipe["source"]["index"] = 1
    (tmp_path / "gold" / f"{record['id']}.json").write_text(recipes.dumps(recipe), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=f"{record['id']}.json: recipe: article 1"):
        load_gold(tmp_path / "gold")
