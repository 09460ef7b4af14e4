"""An analysed article for people: a self-contained right-to-left HTML page, or terminal text.

Both read only the JSON form (``Article.to_dict()``), so a stored analysis renders the same
as a fresh one.
"""

import datetime as dt
import itertools
import re
from html import escape
from urllib.parse import urlsplit

from khabar.news.dates.calendars import GREGORIAN, label
from khabar.text.chars import repair_chars

CSS = """
body{font-family:Vazirmatn,Tahoma,"DejaVu Sans",sans-serif;max-width:60rem;margin:2rem auto;
line-height:1.9;color:#222;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.lead{font-weight:bold}.sub{font-weight:bold;color:#555}
mark{padding:0 .15em;border-radius:.2em;background:none;color:inherit}
mark.PER{background:#ffe08a}mark.ORG{background:#b5e3ff}mark.LOC{background:#c8f7c5}
mark.FAC,mark.EVENT,mark.PRO{background:#eadcff}mark.DATE,mark.TIME{background:#ffd0d0}
mark.MONEY,mark.PERCENT,mark.NUMBER{background:#e8e8e8}
mark.QUOTE{background:none;border-bottom:2px solid #d9534f}
table{border-collapse:collapse;width:100%;font-size:.95rem}
td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:right}
th{background:#f5f5f5}.legend mark{margin-left:.5rem}
"""

# A line break or tab inside a field, and any other control character (an escape sequence
# that would clear the screen or retitle the terminal), has no place on a summary's line.
_BREAKS = re.compile(r"[^\S ]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")

_DATE_FIELDS = {"gregorian": "value", "solar_hijri": "solar_hijri", "native": "native"}
# The analysis's codes as a Persian reader reads them, here and on the web pages.
EVENT_TYPES = {
    "meeting": "دیدار",
    "visit": "سفر",
    "call": "گفت‌وگوی تلفنی",
    "agreement": "توافق",
    "statement": "بیانیه",
    "accusation": "اتهام",
}
QUOTE_KINDS = {"direct": "مستقیم", "indirect": "غیرمستقیم"}
# Each kind of mark, in the legend's order and words (the web pages name entities alike).
MARK_NAMES = {
    "PER": "شخص",
    "ORG": "سازمان",
    "LOC": "مکان",
    "FAC": "بنا",
    "EVENT": "رویداد",
    "PRO": "فراورده",
    "DATE": "تاریخ",
    "TIME": "زمان",
    "MONEY": "پول",
    "PERCENT": "درصد",
    "NUMBER": "عدد",
    "QUOTE": "نقل قول",
}
ROLES = {"reporter": "گزارشگر", "cited": "نقل‌شده"}


def _marks(data: dict) -> list[tuple[int, int, str]]:
    """Highlight spans: entities, quotes, dates; nested spans are dropped, quotes kept."""
    spans = [(q["start"], q["end"], "QUOTE") for q in data["quotes"]]
    spans += [(e["start"], e["end"], e["label"]) for e in data["entities"]]
    spans += [(d["start"], d["end"], "DATE") for d in data["dates"]]
    chosen: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[2] == "QUOTE" or all(
            span[1] <= s or span[0] >= e or (s <= span[0] and span[1] <= e and lab == "QUOTE")
            for s, e, lab in chosen
        ):
            chosen.append(span)
    return chosen


def _highlight(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> str:
    """``text[start:end]`` as HTML with ``<mark>`` around each span's part inside it: a
    quote running over paragraphs is marked in each of them. Tags always nest: a span
    that crosses another (an entity running out of a quote) is closed and opened again."""
    spans = sorted(
        (
            (max(s, start), min(e, end), label)
            for s, e, label in marks
            if max(s, start) < min(e, end)
        ),
        key=lambda m: (m[0], -m[1]),
    )
    bounds = sorted({start, end, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    stack: list[tuple[int, int, str]] = []
    waiting = iter(spans)
    following = next(waiting, None)
    for here, after in itertools.pairwise(bounds):
        out.append(_close(here, stack))
        while following is not None and following[0] == here:
            stack.append(following)
            out.append(_open(following[2]))
            following = next(waiting, None)
        out.append(escape(text[here:after]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _open(label: str) -> str:
    """The label is escaped too: an analysed row stored as a file held it is any text."""
    return f'<mark class="{escape(label)}">'


def _close(here: int, stack: list[tuple[int, int, str]]) -> str:
    """Tags closing the spans on ``stack`` that end at ``here``, with those opened inside
    them that go on closed and opened again; ``stack`` is left holding what is open."""
    depth = next((i for i, (_, e, _) in enumerate(stack) if e <= here), len(stack))
    closed = len(stack) - depth
    going_on = [span for span in stack[depth:] if span[1] > here]
    stack[depth:] = going_on
    return "</mark>" * closed + "".join(_open(label) for _, _, label in going_on)


def isolated(names: list[str], between: str = "، ") -> str:
    """``names`` as HTML, each in ``<bdi>``: Latin names listed in a Persian page would
    otherwise run together left to right, and read backwards («Reuters ← AFP»)."""
    return escape(between).join(f"<bdi>{escape(name)}</bdi>" for name in names)


def _table(headers: list[str], rows: list[list[str | list[str]]]) -> str:
    """A table; a cell that is a list holds names, each isolated."""
    if not rows:
        return "<p>—</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _cell(value: str | list[str]) -> str:
    return isolated(value) if isinstance(value, list) else escape(value)


def _date(d: dict, calendar: str) -> str:
    """A date in ``calendar``; a span reads «… تا …» in every calendar, as the JSON's
    Solar Hijri and native fields write it ``a/b``."""
    shown = d.get(_DATE_FIELDS.get(calendar, "value")) or d.get("value") or "؟"
    if d.get("end_value") and calendar == "gregorian":
        shown += f" تا {d['end_value']}"
    shown = shown.replace("/", " تا ")
    return shown + (" (روز هفته نمی‌خواند)" if d.get("weekday_mismatch") else "")


def _day(value: str | None, dates: list[dict], calendar: str) -> str:
    """A day Gregorian in the JSON (an event's, the publication's) in the calendar the
    dates table is shown in, so that the page agrees with itself; ``native`` is the
    calendar of the date of ``dates`` it was told with. A month or a year alone stays as
    the JSON has it."""
    if not value or calendar == GREGORIAN:
        return value or ""
    if calendar == "native":
        told = next((d for d in dates if d.get("value") == value), {})
        calendar = told.get("calendar") or GREGORIAN
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return label(calendar, (day, day))


def _legend(labels: set[str]) -> str:
    """A key to every kind of mark on the page: marks of a number, a sum or a product were
    coloured with nothing to say what the colour meant."""
    names = [(c, n) for c, n in MARK_NAMES.items() if c in labels]
    names += [(c, c) for c in sorted(labels - MARK_NAMES.keys())]
    return "".join(f"{_open(c)}{escape(n)}</mark>" for c, n in names)


def _about(data: dict, calendar: str) -> str:
    """Where the article was published and when, which its relative dates («امروز») are
    read from; an address that is no web page's (``javascript:``) is not linked."""
    parts = []
    if data.get("published"):
        day = _day(data["published"], [], calendar)
        parts.append(f"تاریخ انتشار: <bdi>{escape(day)}</bdi>")
    url = data.get("url")
    if url and urlsplit(url).scheme in ("http", "https"):
        parts.append(f'<a href="{escape(url)}" dir="ltr">{escape(url)}</a>')
    return f'<p class="about">{" — ".join(parts)}</p>' if parts else ""


def to_html(data: dict, calendar: str = "gregorian") -> str:
    """A self-contained page: the article marked up, then its tables."""
    text = data["text"]
    marks = _marks(data)
    paragraphs = []
    for p in data["paragraphs"]:
        inner = _highlight(text, p["start"], p["end"], marks)
        tag = {"headline": "h1", "lead": 'p class="lead"', "subheading": 'p class="sub"'}.get(
            p["role"], "p"
        )
        paragraphs.append(f"<{tag}>{inner}</{tag.split()[0]}>")
    people = [
        [p["name"], p["titles"], repair_chars(str(len(p["mentions"])), "fa")]
        for p in data["people"]
    ]
    quotes = [
        [q["speaker"] or "؟", QUOTE_KINDS.get(q["kind"], q["kind"]), q["cue"], q["text"]]
        for q in data["quotes"]
    ]
    sources = [[s["name"], ROLES.get(s["role"], s["role"])] for s in data["sources"]]
    dates = [[d["text"], _date(d, calendar)] for d in data["dates"]]
    events = [
        [
            EVENT_TYPES.get(e["type"], e["type"]),
            e["trigger"],
            e["participants"],
            e["place"] or "",
            _day(e["date"], data["dates"], calendar),
        ]
        for e in data["events"]
    ]
    legend = _legend({label for _, _, label in marks})
    warnings = "".join(f"<p>⚠ {escape(w)}</p>" for w in data.get("warnings", []))
    return f"""<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>{escape(data["headline"])}</title><style>{CSS}</style></head><body>
{_about(data, calendar)}{warnings}<article>{"".join(paragraphs)}</article>
<p class="legend">{legend}</p>
<h2>افراد</h2>{_table(["نام", "عنوان‌ها", "اشاره‌ها"], people)}
<h2>نقل قول‌ها</h2>{_table(["گوینده", "نوع", "فعل", "متن"], quotes)}
<h2>منابع</h2>{_table(["نام", "نقش"], sources)}
<h2>تاریخ‌ها</h2>{_table(["متن", "تاریخ"], dates)}
<h2>رویدادها</h2>{_table(["نوع", "واژه", "شرکت‌کنندگان", "مکان", "تاریخ"], events)}
</body></html>
"""


def to_text(data: dict, calendar: str = "gregorian") -> str:
    """A short summary for the terminal, in the report's Persian words."""
    headline = _one_line(data["headline"])
    lines = [headline, "=" * min(len(headline), 60)]
    lines += [f"! {w}" for w in data.get("warnings", [])]
    if data["sources"]:
        chain = (f"{s['name']} ({ROLES.get(s['role'], s['role'])})" for s in data["sources"])
        lines.append("منابع: " + " ← ".join(chain))
    for p in data["people"]:
        titles = f" — {'، '.join(p['titles'])}" if p["titles"] else ""
        lines.append(f"شخص: {p['name']}{titles} ({len(p['mentions'])} اشاره)")
    for q in data["quotes"]:
        quoted = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "…"
        # only direct words follow their cue after a colon; reported ones are the writer's
        quoted = f": «{quoted}»" if q["kind"] == "direct" else f" — {quoted}"
        kind = QUOTE_KINDS.get(q["kind"], q["kind"])
        lines.append(f"{kind} | {q['speaker'] or '؟'} | {q['cue']}{quoted}")
    for d in data["dates"]:
        lines.append(f"تاریخ: {d['text']} → {_date(d, calendar)}")
    for e in data["events"]:
        where = f" در {e['place']}" if e["place"] else ""
        kind = EVENT_TYPES.get(e["type"], e["type"])
        lines.append(f"رویداد: {kind} ({e['trigger']}) {'، '.join(e['participants'])}{where}")
    return "\n".join(_one_line(line) for line in lines) + "\n"


def _one_line(text: str) -> str:
    """``text`` safe on one terminal line: a quote running over paragraphs keeps to its
    line, and article text cannot send the terminal escape sequences."""
    return _CONTROLS.sub("\ufffd", _BREAKS.sub(" ", text))
