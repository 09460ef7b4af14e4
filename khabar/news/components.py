"""The news layer as spaCy pipeline components, each writing one ``Doc._`` extension.

They run after the trained components (they read ``doc.ents``) and in this order, since
later ones read what earlier ones wrote:

* ``khabar_structure`` → ``doc._.paragraphs`` (headline, lead, subheadings, body)
* ``khabar_sources`` → ``doc._.sources`` (the sourcing chain)
* ``khabar_dates`` → ``doc._.dates`` (resolved against ``doc._.published`` when set)
* ``khabar_quotes`` → ``doc._.quotes`` and ``doc._.people`` (speakers are people)
* ``khabar_events`` → ``doc._.events``

Set ``doc._.published`` (a ``datetime.date``) on a Doc from ``nlp.make_doc`` before the
rest of the pipeline runs, to resolve «دیروز» or a date written without its year.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from khabar.news.dates import find_dates
from khabar.news.events import Mention, find_events
from khabar.news.people import People, Person
from khabar.news.places import find_places
from khabar.news.quotes import find_quotes
from khabar.news.sources import find_sources
from khabar.news.structure import find_paragraphs
from khabar.text.spacy_tokenizer import text_of

for _name in (
    "published",
    "paragraphs",
    "sources",
    "dates",
    "quotes",
    "people",
    "titles",
    "events",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_REPORTER = re.compile(r"خبرنگار(?:ان)? [^\s،.]+")

NEWS_COMPONENTS = (
    "khabar_structure",
    "khabar_sources",
    "khabar_dates",
    "khabar_quotes",
    "khabar_events",
)


@Language.component("khabar_structure")
def structure(doc: Doc) -> Doc:
    doc._.paragraphs = find_paragraphs(text_of(doc))
    return doc


@Language.component("khabar_sources")
def sources(doc: Doc) -> Doc:
    """The sourcing chain, from the headline and lead (set by ``khabar_structure``)."""
    lead_end = next((p.end for p in doc._.paragraphs or () if p.role == "lead"), None)
    doc._.sources = find_sources(text_of(doc), lead_end)
    return doc


@Language.component("khabar_dates")
def dates(doc: Doc) -> Doc:
    doc._.dates = find_dates(text_of(doc), doc._.published)
    return doc


@Language.component("khabar_quotes")
def quotes(doc: Doc) -> Doc:
    """Quotes and the people who speak or are named, resolved together."""
    text = text_of(doc)
    # The headline says again, shorter, what the body says: its quotes and names are read
    # in the body.
    body = _body(doc)
    found = [q for q in find_quotes(text) if q.start >= body]
    # An outlet the recognizer took for a person («آران نیوز») is a source, not a name.
    outlets = [(s.start, s.end) for s in doc._.sources or ()]
    names = [
        (e.start_char, e.end_char)
        for e in list(doc.ents)
        if e.label_ == "PER"
        and e.start_char >= body
        and all(e.end_char <= s or e.start_char >= t for s, t in outlets)
    ]
    people = People(text, names, [q.subject for q in found if q.subject], body)
    last = None
    speakers = []
    for quote in found:
        # Persian drops a subject the clause shares with the one before: «… و تأکید کرد».
        who = people.resolve(*quote.subject, last) if quote.subject else last
        speakers.append(who)
        if isinstance(who, Person):
            last = who
    doc._.people = people.finish()
    doc._.titles = people.titles
    for quote, who in zip(found, speakers, strict=True):
        quote.speaker = people.speaker(who)
    doc._.quotes = found
    return doc


@Language.component("khabar_events")
def events(doc: Doc) -> Doc:
    """Events, with the people, organizations and places the quotes step resolved."""
    # Words inside a title («امور خارجه روسیه»), a source or «خبرنگار X» are not
    # participants: they name who reports, not who acts.
    taken = [(s.start, s.end) for s in doc._.sources or ()]
    taken += [m.span() for m in _REPORTER.finditer(text_of(doc))]
    taken += [(t.start, t.end) for t in doc._.titles or ()]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    mentions = [
        Mention(s, e, person.name, "person")
        for person in doc._.people or ()
        for s, e in person.mentions
    ]
    ents = list(doc.ents)  # doc.ents builds its spans anew on every access
    mentions += [
        Mention(e.start_char, e.end_char, e.text, "org")
        for e in ents
        if e.label_ == "ORG" and free(e.start_char, e.end_char)
    ]
    text = text_of(doc)
    listed = find_places(text)
    mentions += [Mention(s, e, text[s:e], kind) for s, e, kind in listed if free(s, e)]
    mentions += [
        Mention(e.start_char, e.end_char, e.text, "city")
        for e in ents
        if e.label_ in ("LOC", "FAC")
        and free(e.start_char, e.end_char)
        and not any(s <= e.start_char < t for s, t, _ in listed)
    ]
    dates = [(d.start, d.end, d.value) for d in doc._.dates or ()]
    lead = next(((p.start, p.end) for p in doc._.paragraphs or () if p.role == "lead"), None)
    quoted = [(q.start, q.end) for q in doc._.quotes or () if q.kind == "direct"]
    doc._.events = find_events(
        text, sorted(set(mentions), key=lambda m: m.start), dates, lead, quoted, _body(doc)
    )
    return doc


def _body(doc: Doc) -> int:
    """Where the text after the headline starts."""
    return next((p.end for p in doc._.paragraphs or () if p.role == "headline"), 0)
