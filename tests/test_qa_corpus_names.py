"""Name filters over a real store: a given name written joined or spaced («محمدجواد»,
«محمد جواد») is the same person, for the search filters, people, quotes and timelines."""

import pytest

from khabar.corpus import open_store
from khabar.corpus.ingest import ingest
from khabar.corpus.search import Query

ARTICLE = """ظریف با همتای ترکیه‌ای خود دیدار کرد

به گزارش خبرگزاری فارس، محمدجواد ظریف، وزیر امور خارجه، روز دوشنبه در آنکارا با \
مولود چاووش‌اوغلو دیدار کرد.
ظریف گفت: «ما کتاب‌ها را به کتابخانه‌های ترکیه هدیه می‌کنیم.»
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("names")
    (folder / "zarif.txt").write_text(ARTICLE, encoding="utf-8")
    path = str(folder / "khabar.db")
    with open_store(path) as store:
        report = ingest([folder / "zarif.txt"], store)
        assert report.added == 1
        assert [p["name"] for p in store.people()][:1] == ["محمدجواد ظریف"]
    return path


@pytest.mark.parametrize("name", ["محمدجواد ظریف", "محمد جواد ظریف", "محمد\u200cجواد ظریف"])
def test_a_given_name_spaced_or_joined(db: str, name: str) -> None:
    with open_store(db) as store:
        assert len(store.search(Query(person=name))) == 1
        assert len(store.search(Query(speaker=name))) == 1
        assert len(store.search(Query("کتاب", quotes_by=name))) == 1
        assert [p["name"] for p in store.people(name)] == ["محمدجواد ظریف"]
        assert store.quotes(name) and store.timeline(name)


def test_other_names_still_do_not_match(db: str) -> None:
    with open_store(db) as store:
        assert not store.search(Query(person="محمد ظریفی"))
        assert not store.search(Query(person="جواد"))
