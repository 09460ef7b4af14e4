"""The news layer's records in msgpack, so that a Doc carrying them can leave its process.

spaCy hands each Doc a worker of ``nlp.pipe(texts, n_process=2)`` made back to the parent
as ``Doc.to_bytes()``, which packs the ``Doc._`` extensions with msgpack; ``DocBin``
stores them the same way. msgpack knows no dataclasses or dates, so without this the
first article of a multi-process run failed («can not serialize 'Paragraph' object»),
and so did saving an analysed Doc. Each record is packed as its class's name and fields;
tuples, lists and dates inside it are tagged so that they come back as they were
(spaCy unpacks arrays as lists or tuples depending on the field). Unpacking builds only
the classes named here: packed data never chooses what code runs.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from srsly.msgpack import msgpack_decoders, msgpack_encoders

from khabar.news.dates.model import DateMention
from khabar.news.events.model import Event
from khabar.news.people.person import Person
from khabar.news.quotes import Quote
from khabar.news.sources import Source
from khabar.news.structure import Paragraph
from khabar.news.titles.finder import Title

RECORDS: dict[str, type] = {
    cls.__name__: cls for cls in (DateMention, Event, Paragraph, Person, Quote, Source, Title)
}
_NAMES = {cls: name for name, cls in RECORDS.items()}
_RECORD, _TUPLE, _LIST, _DATE = "__khabar__", "__tuple__", "__list__", "__date__"

Chain = Callable[[Any], Any] | None


def _tagged(value: Any) -> Any:
    """``value`` with its tuples and lists marked, recursively; records and dates are left
    to the encoder, which the packer calls for them."""
    if isinstance(value, tuple):
        return {_TUPLE: [_tagged(v) for v in value]}
    if isinstance(value, list):
        return {_LIST: [_tagged(v) for v in value]}
    if isinstance(value, dict):
        return {k: _tagged(v) for k, v in value.items()}
    return value


def encode(obj: Any, chain: Chain = None) -> Any:
    """msgpack's ``default`` for the records above and for dates (``doc._.published``)."""
    if (name := _NAMES.get(type(obj))) is not None:
        fields = {f.name: _tagged(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        return {_RECORD: name, "fields": fields}
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return {_DATE: obj.isoformat()}
    return obj if chain is None else chain(obj)


def decode(obj: dict, chain: Chain = None) -> Any:
    """msgpack's ``object_hook``: the inverse of :func:`encode`."""
    if _TUPLE in obj and len(obj) == 1:
        return tuple(obj[_TUPLE])
    if _LIST in obj and len(obj) == 1:
        return list(obj[_LIST])
    if _DATE in obj and len(obj) == 1:
        return dt.date.fromisoformat(obj[_DATE])
    if _RECORD in obj:
        name = obj[_RECORD]
        if name not in RECORDS:
            raise ValueError(f"unknown khabar record in packed data: {name!r}")
        return RECORDS[name](**obj["fields"])
    return obj if chain is None else chain(obj)


def register() -> None:
    """Teach srsly's msgpack (which spaCy packs Docs with) the news layer's records."""
    msgpack_encoders.register("khabar_news", func=encode)
    msgpack_decoders.register("khabar_news", func=decode)
