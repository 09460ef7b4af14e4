"""The news layer as spaCy pipeline components, each writing one ``Doc._`` extension.

They run after the trained components (they read ``doc.ents``) and in this order, since
later ones read what earlier ones wrote:

* ``khabar_structure`` → ``doc._.paragraphs`` (headline, lead, subheadings, body)
* ``khabar_sources`` → ``doc._.sources`` (the sourcing chain)
* ``khabar_dates`` → ``doc._.dates`` (resolved against ``doc._.published`` when set)
* ``khabar_quotes`` → ``doc._.quotes`` and ``doc._.people`` (speakers are people); it
  also drops the dates that lie inside a person's name («عبدالله جمعه»)
* ``khabar_events`` → ``doc._.events``

Set ``doc._.published`` (a ``datetime.date``) on a Doc from ``nlp.make_doc`` before the
rest of the pipeline runs, to resolve «دیروز» or a date written without its year.

The extensions' records survive ``Doc.to_bytes`` and ``DocBin`` (:mod:`khabar.news.serialize`),
so ``nlp.pipe(texts, n_process=2)`` runs the news layer in worker processes too.
"""

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from khabar.news.dates import find_dates
from khabar.news.events import find_events
from khabar.news.events.actors import find_actors, offices_held_in_turn
from khabar.news.people import People, Person
from khabar.news.people.lexicon import KIN, PRONOUNS
from khabar.news.people.outlets import OUTLET_NOUNS, after_outlet_noun
from khabar.news.places import find_places, places
from khabar.news.quote_subjects import clause_start, names_outlet, with_kind
from khabar.news.quotes import WRITTEN_CUES, Quote, find_quotes
from khabar.news.serialize import register
from khabar.news.sources import Source, find_sources, unnamed
from khabar.news.speech_verbs import PRESENT_STEMS
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
register()


# The third person plural: past «کردند», «گفتند», present «می‌کنند», «می‌گویند»,
# «می‌فرمایند», perfect «گفته‌اند» (not the singular «می‌کند», «ماند», «می‌خواند»: the
# present by the stems its cues stand on).
_PLURAL_VERB = re.compile(f"(?:[دت]ند|نند|\u200cاند|(?:{'|'.join(PRESENT_STEMS)})ند)$")
# «همچنین» or «در ادامه» after the subject says the one who spoke before goes on.
_GOES_ON = re.compile(" (?:همچنین|در ادامه) ")
# A reporter's question quoted in a relative clause before the answer: «وی در پاسخ به سوال
# خبرنگاری که گفت: آیا …؟ اظهار داشت: …»; the clause's subject («وی») answers, the
# reporter, whom no one names, asks.
_REPORTER_ASKED = re.compile(
    r"پاسخ به (?:(?:سوال|سؤال|پرسش) )?خبرنگار(?:ی|ان)?(?: [^\s،.:!؟«»]+){0,2} که"
    r"(?: از (?:وی|او|ایشان))? (?:گفت|پرسید|پرسیده بود|سوال کرد|سؤال کرد) ?: ?«?$"
)
# A subheading this long is a sentence (a digest's item title) whose names count; topic
# lines («واکنش کابل», «آمادگی مرزهای شرقی») run to four words.
_SENTENCE_WORDS = 5

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
    """The sourcing chain, from the headline, the lead and the paragraph after it (set by
    ``khabar_structure``): a lead that sums the story up leaves the chain to the first
    paragraph of the body («… خواهد شد. / به گزارش خبرگزاری فارس، …»); and from a
    formula opening any later paragraph, where real news may give it first."""
    body = [p for p in doc._.paragraphs or () if p.role != "headline"]
    until = body[1].end if len(body) > 1 else None
    openings = [p.start for p in body[2:]]
    doc._.sources = find_sources(text_of(doc), until, openings)
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
    # A short subheading («واکنش کابل», «آمادگی مرزها») names a topic; the recognizer reads
    # the word before its line break as a name. A longer one is a sentence, a digest's
    # item title among them («پروشنکو، روسیه را به مداخله نظامی … متهم کرد»).
    outlets += [
        (p.start, p.end)
        for p in doc._.paragraphs or ()
        if p.role == "subheading" and len(text[p.start : p.end].split()) < _SENTENCE_WORDS
    ]
    guesses = [
        (e.start_char, e.start_char + len(e.text.rstrip()))
        for e in list(doc.ents)
        if e.label_ == "PER" and all(e.end_char <= s or e.start_char >= t for s, t in outlets)
    ]
    names = [(s, e) for s, e in guesses if s >= body]
    # What the recognizer read as a body's, place's or work's name holds no one's: «جایزه
    # جلال آل‌احمد».
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ != "PER"]
    headline = [(s, e) for s, e in guesses if s < body]
    subjects = [
        q.subject
        for q in found
        if q.subject and q.cue not in WRITTEN_CUES and not _read_here(text, q.subject)
    ]
    quoted = [(q.start, q.end) for q in found if q.kind == "direct"]
    people = People(text, names, subjects, body, quoted, headline, others)
    last = None
    speakers = []
    said = [(q.start, q.end) for q in found]
    reflexive = []  # the quotes whose speaker is the person named last
    for k, quote in enumerate(found):
        # Persian drops a subject the clause shares with the one before: «… و تأکید کرد»;
        # a verb in the plural («اظهار امیدواری کردند») shares it with no one person.
        no_one = quote.subject is not None and _names_no_one(text, quote.subject)
        if no_one or _REPORTER_ASKED.search(text, max(0, quote.start - 120), quote.start):
            who = None
        elif quote.subject and _THIS_COUNTRY.fullmatch(text, *quote.subject):
            who = _country_before(text, quote.subject[0], said)
        elif quote.subject and _REFLEXIVE.fullmatch(text, *quote.subject):
            who = None  # the person named last, once the named people are known
            reflexive.append(k)
        elif quote.subject:
            who = people.resolve(*quote.subject, last) or _going_on(text, quote, last)
            # «به نوشته برخی رسانه‌ها»: a group left unnamed is no outlet's name.
            who = None if isinstance(who, str) and unnamed(who) else who
        else:
            who = None if _PLURAL_VERB.search(quote.cue) else last
        if who is None and quote.subject and _written(text, quote):
            # «به نوشته «آاس»», «بر اساس اعلام استانداری …», «خبرگزاری فرانسه … افزود»: the
            # outlet or office itself, unless it is left unnamed («یک منبع رسمی گزارش داد»).
            named = text[quote.subject[0] : quote.subject[1]]
            who = None if unnamed(named) else named
        if who is None and quote.subject and _THIS_REPORT.fullmatch(text, *quote.subject):
            who = _cited_outlet(text, doc._.sources or ())
        speakers.append(who)
        if isinstance(who, Person):
            last = who
    _outlets_unnamed(text, found, speakers)
    doc._.people = people.finish()
    doc._.titles = people.titles
    for k in reflexive:
        speakers[k] = _named_last(doc._.people, found[k].subject[0])
    for quote, who in zip(found, speakers, strict=True):
        quote.speaker = people.speaker(who)
    doc._.quotes = found
    # A name may hold a date's word («عبدالله جمعه», «احمد بهمن»): there it is no date.
    names = [m for person in doc._.people if person.name for m in person.mentions]
    doc._.dates = [
        d for d in doc._.dates or () if not any(s <= d.start and d.end <= e for s, e in names)
    ]
    return doc


# Words that speak but name no one to quote: a scripture («چنانکه قرآن کریم می‌فرماید:
# …»), kin told by whose kin they are («پدرش معتقد بود که …») and a plural reflexive, a
# group's own words («به گفته خودشان، …»), not one person's.
_SCRIPTURES = frozenset(
    {"قرآن", "قرآن کریم", "قرآن مجید", "کلام الله", "کلام‌الله", "انجیل", "تورات"}
)
_KIN_OF = re.compile(
    f"(?:{'|'.join(sorted(KIN | {'شوهر', 'عمو', 'دایی', 'خاله', 'عمه'}))})(?:ش|م|ت|شان|مان|تان)"
)
_THEMSELVES = re.compile("خود(?:شان|مان|تان)")


def _names_no_one(text: str, subject: tuple[int, int]) -> bool:
    """Whether a quote's subject names no person nor institution, so no one speaks."""
    named = text[subject[0] : subject[1]]
    return (
        named in _SCRIPTURES
        or _KIN_OF.fullmatch(named) is not None
        or _THEMSELVES.fullmatch(named) is not None
    )


# «این کشور مدعی است که …»: a country named before speaks, as a country named does.
_THIS_COUNTRY = re.compile("(?:این|همین|آن) کشور")
# «… ایران را به حمایت از تروریسم متهم کرد»: a country before «را» is the clause's object.
_OBJECT = re.compile(r"\s+را(?=[\s،.]|$)")
# «در پی حمله آمریکا به سوریه، روسیه …»: a phrase opening the sentence up to its comma
# tells when or why, and its countries are no subject.
_FRONTED_OPENS = re.compile(r"\s*(?:در پی|پس از|بعد از|به دنبال|با|در)\s[^،.!؟:\n]*$")
_FRONTED_CLOSES = re.compile(r"[^.!؟:\n]*،")


def _fronted(text: str, start: int, end: int) -> bool:
    """Whether the country at ``start``–``end`` lies in a phrase opening its sentence up to
    a comma («در پی حمله آمریکا به سوریه، …»)."""
    opening = text[clause_start(text, start, 0) : start]
    return bool(_FRONTED_OPENS.match(opening)) and bool(_FRONTED_CLOSES.match(text, end))


def _country_before(text: str, at: int, said: list[tuple[int, int]]) -> str | None:
    """The country that «این کشور» at ``at`` takes up: the first named in the last sentence
    before it naming one, its subject («وزارت خارجه آمریکا …», «… وزیر خارجه عربستان …»);
    a country in reported words («گفت ایران تهدید است»), the object («ایران را … متهم
    کرد») or an opening phrase of time or cause («در پی حمله آمریکا …، روسیه …») is
    spoken of, not speaking. None where the story names none."""
    named = [
        (s, e)
        for s, e, kind in find_places(text[:at])
        if kind == "country"
        and not any(start <= s < end for start, end in said)
        and not _OBJECT.match(text, e)
        and not _fronted(text, s, e)
    ]
    if not named:
        return None
    sentence = clause_start(text, named[-1][0], 0)
    return next(text[s:e] for s, e in named if s >= sentence)


# «به گفته خودش، …», «خود وی گفت»: the reflexive takes up whom the story named last.
_REFLEXIVE = re.compile(f"خود(?:ش)?(?: (?:{'|'.join(sorted(PRONOUNS))}))?")


def _named_last(people: list[Person], at: int) -> Person | None:
    """The person named last before ``at``; None where the story names no one."""
    named = [(start, p) for p in people for start, end in p.mentions if end <= at]
    return max(named, key=lambda m: m[0], default=(0, None))[1]


def _read_here(text: str, subject: tuple[int, int]) -> bool:
    """Whether this step reads whom a quote's subject names, not people: no one, a country
    named before or the person named last; people would take it for a name."""
    return (
        _names_no_one(text, subject)
        or _THIS_COUNTRY.fullmatch(text, *subject) is not None
        or _REFLEXIVE.fullmatch(text, *subject) is not None
    )


# «در این گزارش آمده است، …»: the report the story passes on.
_THIS_REPORT = re.compile("(?:این|همین) گزارش")


def _cited_outlet(text: str, chain: Iterable[Source]) -> str | None:
    """The outlet the sourcing chain cites last («به گزارش فارس به نقل از خبرگزاری
    فرانسه»), whose report the story is; None for a story citing no one."""
    cited = [s for s in chain if s.role == "cited"]
    return text[slice(*with_kind(text, cited[-1].start, cited[-1].end))] if cited else None


def _outlets_unnamed(text: str, found: list[Quote], speakers: list) -> None:
    """Give the words of an outlet the story leaves unnamed, or takes up by its noun, to
    the outlet it names: «یک روزنامه آمریکایی نوشت …» in the lead is the paper that
    speaks next within two paragraphs («روزنامه واشنگتن پست روز شنبه نوشت …»), and «این
    روزنامه … نوشت» the outlet that spoke last, named with no noun («دیلی‌تلگراف … گزارش
    داد»), as «به گفته این منبع» right after its words does."""
    outlets = [
        isinstance(who, str) and quote.subject is not None and _an_outlets(text, quote)
        for quote, who in zip(found, speakers, strict=True)
    ]
    for k, quote in enumerate(found):
        words = text[slice(*quote.subject)].split() if quote.subject else []
        if speakers[k] is not None or len(words) < 2:
            continue
        if words in (["این", "منبع"], ["این", "گزارش"]) and k and outlets[k - 1]:
            speakers[k] = speakers[k - 1]  # «به گفته این منبع، …» after the outlet's words
        elif words[1] in OUTLET_NOUNS and words[0] == "یک":
            limit = _paragraphs_on(text, quote.end, 2)
            later = range(k + 1, len(found))
            speakers[k] = next(
                (speakers[j] for j in later if outlets[j] and found[j].start < limit), None
            )
        elif words[1] in OUTLET_NOUNS and words[0] in ("این", "همین") and len(words) == 2:
            speakers[k] = next((speakers[j] for j in range(k - 1, -1, -1) if outlets[j]), None)
        outlets[k] = speakers[k] is not None


def _an_outlets(text: str, quote: Quote) -> bool:
    """Whether the quote is an outlet's words: written («گزارش داد», «نوشت») or said by
    an outlet named with its noun."""
    return (
        quote.cue in WRITTEN_CUES
        or quote.cue.startswith("نوشت")
        or names_outlet(text, *quote.subject)
        or after_outlet_noun(text, quote.subject[0])
    )


def _paragraphs_on(text: str, at: int, count: int) -> int:
    """Where the ``count``-th paragraph after the one holding ``at`` ends."""
    end = text.find("\n", at)
    for _ in range(count):
        if end < 0:
            return len(text)
        start = end
        while text.startswith("\n", start):
            start += 1
        end = text.find("\n", start)
    return len(text) if end < 0 else end


def _written(text: str, quote: Quote) -> bool:
    """Whether the quote's source is a publication, an office or a country («عربستان سعودی
    … پیشنهاد داده بود که»: its government), never a person."""
    named = text[quote.subject[0] : quote.subject[1]]
    return (
        quote.cue in WRITTEN_CUES
        or names_outlet(text, *quote.subject)
        or places().get(named) == "country"
    )


def _going_on(text: str, quote: Quote, last: Person | None) -> Person | None:
    """The speaker before, for a subject that names no one known but goes on speaking:
    «نفر دوم مونیخی‌ها همچنین عنوان کرد», «یک استاد دانشگاه در ادامه افزود» describe
    the one quoted last, not someone new; «یکی از شاهدان همچنین گفت» is someone else."""
    start, end = quote.subject
    if _written(text, quote) or text.startswith("یکی", start) or _PLURAL_VERB.search(quote.cue):
        return None
    return last if _GOES_ON.match(text, end) else None


@Language.component("khabar_events")
def events(doc: Doc) -> Doc:
    """Events, with the people, organizations and places the quotes step resolved."""
    text = text_of(doc)
    body = _body(doc)
    listed = find_places(text)
    dates = [(d.start, d.end, d.value) for d in doc._.dates or ()]
    lead = next(((p.start, p.end) for p in doc._.paragraphs or () if p.role == "lead"), None)
    quotes = doc._.quotes or ()
    in_turn = offices_held_in_turn(text, body, doc._.people or ())
    doc._.events = find_events(
        text,
        sorted(
            set(find_actors(doc, text, body, listed, in_turn)),
            key=lambda m: (m.start, -m.end, m.kind, m.name),
        ),
        dates,
        lead,
        [(q.start, q.end) for q in quotes if q.kind == "direct"],
        body,
        reported=[(q.start, q.end) for q in quotes if q.kind == "indirect"],
        speakers=[q.speaker for q in quotes if q.kind == "indirect"],
        countries=[(s, text[s:e]) for s, e, kind in listed if kind == "country"],
        holders={m.start: m.name for m in in_turn},
        outlets=[s.name for s in doc._.sources or ()],
    )
    return doc


def _body(doc: Doc) -> int:
    """Where the text after the headline starts."""
    return next((p.end for p in doc._.paragraphs or () if p.role == "headline"), 0)
