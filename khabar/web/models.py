"""The REST API's response shapes, so ``/openapi.json`` and ``/docs`` describe every field.

They mirror the dictionaries :class:`khabar.corpus.store.Store` returns and the analysis
JSON (``Article.to_dict()``); every offset is into the article's stored ``text``.
"""

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    start: int
    end: int


class Paragraph(Span):
    role: str = Field(description="headline, lead, subheading or body")


class Source(Span):
    name: str
    role: str = Field(description="reporter (the outlet that reports) or cited")


class Entity(Span):
    text: str
    label: str = Field(description="PER, ORG, LOC, FAC, EVENT, PRO, DATE, TIME, MONEY, …")


class Person(BaseModel):
    name: str
    titles: list[str]
    mentions: list[tuple[int, int]]


class Quote(Span):
    text: str
    kind: str = Field(description="direct or indirect")
    cue: str
    speaker: str | None = Field(description="full name, institution, or null when unnamed")


class Date(Span):
    text: str
    value: str | None = Field(description="Gregorian ISO date")
    end_value: str | None
    calendar: str | None
    solar_hijri: str | None
    weekday_mismatch: bool = False
    native: str | None = None
    relative: bool = False


class Event(Span):
    type: str
    trigger: str
    participants: list[str]
    place: str | None
    date: str | None
    sentence: tuple[int, int]


class Article(BaseModel):
    """One stored article: the whole analysis, with where and when it was stored."""

    id: int
    story_id: int
    identity: str = Field(description="url:… or sha256:… of the normalized text")
    input: str | None = Field(description="where the article was read from")
    ingested_at: str
    version: str
    published: str | None
    url: str | None
    text: str = Field(description="the repaired text every offset points into")
    headline: str
    lead: str
    subheadings: list[str]
    paragraphs: list[Paragraph]
    sources: list[Source]
    entities: list[Entity]
    people: list[Person]
    quotes: list[Quote]
    dates: list[Date]
    events: list[Event]
    warnings: list[str]


class Snippet(BaseModel):
    text: str
    start: int = Field(description="where the snippet begins in the article's text")
    end: int
    highlights: list[tuple[int, int]] = Field(description="matched words, offsets into the text")


class HitQuote(Span):
    speaker: str
    text: str


class Hit(BaseModel):
    id: int
    score: float = Field(description="BM25 relevance (SQLite); 0 when the query has no words")
    headline: str
    published: str | None
    url: str | None
    outlet: str | None
    story_id: int
    input: str | None
    snippet: Snippet
    quotes: list[HitQuote] | None = Field(None, description="only with quotes_by")


class SearchResult(BaseModel):
    query: str
    limit: int
    offset: int
    more: bool = Field(description="whether another page follows (ask with offset + limit)")
    hits: list[Hit]


class Copy(BaseModel):
    id: int
    headline: str
    outlet: str | None
    published: str | None
    url: str | None
    input: str | None
    sources: list[dict[str, str]] = Field(description="the copy's sourcing chain: name, role")


class Citation(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="the outlet whose copy cites")
    to: str = Field(description="the outlet or office it cites")
    article_id: int


class Story(BaseModel):
    """Syndicated copies of one story, earliest first, and who cited whom."""

    id: int
    headline: str
    earliest: Copy
    copies: list[Copy]
    citations: list[Citation]


class TitleCount(BaseModel):
    title: str
    count: int


class PersonSummary(BaseModel):
    name: str
    key: str = Field(description="the search key the name is matched by")
    articles: int
    mentions: int
    titles: list[TitleCount]


class StoredQuote(Span):
    article_id: int
    headline: str
    published: str | None
    speaker: str
    kind: str
    cue: str
    text: str


class TimelineEvent(BaseModel):
    date: str | None = Field(description="the event's date, else the article's")
    type: str
    trigger: str
    participants: list[str]
    place: str | None
    sentence: str
    article_id: int
    headline: str


class PersonDetail(PersonSummary):
    quotes: list[StoredQuote]
    timeline: list[TimelineEvent]


class EntitySummary(BaseModel):
    label: str
    key: str
    text: str
    articles: int
    mentions: int


class Stored(BaseModel):
    """An article accepted over HTTP."""

    id: int
    story_id: int
    headline: str
    warnings: list[str]


class Problem(BaseModel):
    """Why a request was refused, as every error but a parameter's validation says it."""

    detail: str
