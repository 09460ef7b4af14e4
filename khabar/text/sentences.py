"""Sentence boundaries over a token sequence, following UD Persian PerDT.

Working on tokens rather than characters means abbreviations («ه.ش.», «م.», «Dr.»),
decimals («۱.۵») and URLs never end a sentence: their dots are inside a token already.

A sentence ends after «.», «!», «?» or «؟», together with any further such marks and any
closing brackets and quotes right after it («نمی‌کند؟».», «بیا!»»). A colon does not end a
sentence: speech after «گفت:», quoted or not, stays in the sentence. The exception is a
news dateline («تهران - ایرنا:»), which Seraji keeps as a sentence of its own. «…» ends
nothing by itself: in the data it marks an unfinished list.
"""

from collections.abc import Sequence

_TERMINAL = frozenset(".!?؟")
_CLOSING = frozenset("»)]}”’")
_OPENING = frozenset('«([{“‘"')
# Agencies whose name closes a dateline even without a place before it.
_AGENCIES = frozenset(("ایرنا", "ایسنا", "ایلنا", "فارس", "مهر", "تسنیم", "خبر", "پانا"))
_DATELINE_MAX = 8
_CANDIDATES = _TERMINAL | {":", '"'}


def _dateline(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether ``texts[start:end]`` is a dateline; short ones only are looked at, so a
    long line of «نام: …» pairs costs no slice of all that precedes each colon."""
    if not 0 < end - start <= _DATELINE_MAX:
        return False
    words = texts[start:end]
    return "-" in words or words[-1] in _AGENCIES


def sentence_ends(texts: Sequence[str], words: Sequence[tuple[str, ...]]) -> list[int]:
    """One past the index of each sentence's last token; the last is always ``len(texts)``.

    ``texts`` are the tokens and ``words`` their syntactic words. A multiword token that
    folded in a full stop («معذورم.») ends a sentence like a bare «.» does, but is not
    taken as one more mark closing the sentence before it.
    """
    n = len(texts)
    ends: list[int] = []
    start = 0
    quotes = 0  # straight double quotes seen in the current sentence
    for i in [i for i, t in enumerate(texts) if t[-1] in _CANDIDATES]:
        if i < start:
            continue
        w = words[i][-1]
        if w not in _CANDIDATES:  # «م.», «U.S.»: a dot inside an abbreviation
            continue
        if w == '"':
            quotes += 1
            continue
        if w == ":":
            if i + 1 < n and _dateline(texts, start, i) and texts[i + 1] not in _OPENING:
                ends.append(i + 1)
                start, quotes = i + 1, 0
            continue
        j = i + 1
        while j < n:
            nxt = texts[j]
            if nxt in _TERMINAL or nxt in _CLOSING:
                j += 1
            elif nxt == '"' and quotes % 2:
                quotes += 1
                j += 1
            else:
                break
        if j < n:
            ends.append(j)
        start, quotes = j, 0
    if n:
        ends.append(n)
    return ends
