"""Offsets in the analysis of real reports (the first 40 Fars News articles of the
development data) point at their words: an event's trigger without the space its pattern
read after it («دیدار لاریجانی با »), an entity without the paragraph break the
recognizer took in after it («کمیسیون اقتصادی\\n\\n», the 40th article)."""

import json

import pytest

from khabar.datasets.paths import data_dir
from khabar.news.analyze import analyze
from khabar.news.article import Article


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    items = json.loads((data_dir() / "news" / "fars-news-1.json").read_text("utf-8"))[:40]
    return [analyze("\n\n".join([item["title"], *item["paragraphs"]])) for item in items]


def test_every_triggers_offsets_point_at_its_words(articles: list[Article]) -> None:
    events = [(a.text, e) for a in articles for e in a.to_dict()["events"]]
    assert len(events) > 20
    for text, event in events:
        assert text[event["start"] : event["end"]] == event["trigger"]


def test_every_entity_is_the_name_without_a_paragraph_break(articles: list[Article]) -> None:
    assert any(e.text != e.text.strip() for e in articles[39].doc.ents)
    for article in articles:
        for entity in article.to_dict()["entities"]:
            assert entity["text"] == entity["text"].strip() and entity["label"]
            assert article.text[entity["start"] : entity["end"]] == entity["text"]
