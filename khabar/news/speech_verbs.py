"""The verbs Persian news reports speech with, as one pattern.

«گفت», «افزود», «تصریح کرد» and the rest, in the simple past, the perfect («گفته است»)
and the plural; the formal «نمود» for «کرد»; and a few present forms («می‌گوید»,
«می‌افزاید», «تأکید می‌کند», the honorific «می‌فرمایند»).
"""

import re

# Speech verbs in the simple past; «کرد» variants cover «کردند».
_PAST = (
    "گفت",
    "افزود",
    "ادامه داد",
    "توضیح داد",
    "اظهار داشت",
    "اظهار کرد",
    "تصریح کرد",
    "خاطرنشان کرد",
    "خاطر نشان کرد",
    "عنوان کرد",
    "عنوان داشت",
    "اضافه کرد",
    "بیان کرد",
    "بیان داشت",
    # a compound, which real text also spaces: «یاد آور شد»
    "یاد‌آور شد",
    "یاد‌آوری کرد",
    "تأکید کرد",
    "تاکید کرد",
    "اعلام کرد",
    "اعلام داشت",
    "نوشت",
    "گزارش داد",
    "گزارش کرد",
    "تشریح کرد",
    "اذعان کرد",
    "متذکر شد",
    "ابراز داشت",
    "ابراز امیدواری کرد",
    "ابراز نگرانی کرد",
    "اظهار امیدواری کرد",
    "اظهار نگرانی کرد",
    "اذعان داشت",
    "خاطرنشان ساخت",
    "خاطر نشان ساخت",
    "هشدار داد",
    "پاسخ داد",
    "مدعی شد",
    "ادعا کرد",
    "خبر داد",
    "پیش‌بینی کرد",
    "توصیه کرد",
    "تأیید کرد",
    "تایید کرد",
    "تکذیب کرد",
    "اطلاع داد",
    "ابراز کرد",
    "مطرح کرد",
    "فاش کرد",
    "پیشنهاد کرد",
    "پیشنهاد داد",
    "اشاره کرد",
    # Assurances, promises and admissions report what was said as well: «وزیر اطمینان
    # داد که آب شرب قطع نمی‌شود», «وعده داد که …», «اعتراف کرد که …». Not «قول داد»: its
    # perfect stands in asides («همانطور که پیش از این قول داده‌اند، گفت، …»).
    "اطمینان داد",
    "وعده داد",
    "اعتراف کرد",
    # The honorific «فرمود» for the Leader and clerics: «رهبر انقلاب فرمودند: …».
    "فرمود",
)
# Reporting compounds also heard in the present, in analyses and features, each with its
# own light verb: «گوردون در ادامه تأکید می‌کند: …», «یادآور می‌شود: …» («اعلام می‌شود»
# is a passive). «ادامه می‌دهد» and «توضیح می‌دهد» more often go on with a task than with
# words, and are left out.
_PRESENT = {
    "کن": "تأکید تاکید اضافه عنوان بیان تصریح خاطرنشان اعلام اذعان",
    "دار": "اظهار بیان اعلام ابراز",
    "شو": "یادآور",
    "ده": "هشدار",
}
# The present stems a speech verb stands on alone: «می‌گوید», «می‌افزاید».
_SPEAKING_STEMS = ("گوی", "افزای", "نویس", "فرمای")
# Every present stem a cue ends with, which takes «د» in the singular and «ند» in the
# plural.
PRESENT_STEMS = (*_SPEAKING_STEMS, *_PRESENT)


def perfects(verb: str) -> tuple[str, ...]:
    """«پیش‌بینی کرده است», «… کرده بود», «… کرده‌اند»: what was said before the
    story's day, reported the same way."""
    return tuple(f"{verb}ه{ending}" for ending in (" است", " بود", "\u200cاند"))


def _formal(verb: str) -> tuple[str, ...]:
    """«تأکید نمود», «اعلام نمود»: the formal «نمود» for «کرد», and the honorific «فرمود»
    for the Leader and clerics («تصریح فرمودند», «تأکید فرمودند»)."""
    if not verb.endswith(" کرد"):
        return ()
    return tuple(verb[: -len("کرد")] + light for light in ("نمود", "فرمود"))


_SIMPLE = _PAST + tuple(form for verb in _PAST for form in _formal(verb))
# Real text loses spaces and half-spaces or swaps one for the other: «اظهارداشت», «پیش
# بینی کردند», «گفته اند».
_GAP = "[ \u200c]?"


def _loose(verb: str) -> str:
    """``verb`` as a pattern whose spaces and half-spaces may be either or missing."""
    return _GAP.join(map(re.escape, re.split("[ \u200c]", verb)))


_SIMPLE_PATTERN = "|".join(map(_loose, sorted(_SIMPLE, key=len, reverse=True)))


# A person's belief or claim, reported only with «که» or a colon
# (:mod:`khabar.news.indirect_speech`): «سرمربی میلان بر این باور است که …», «علیخانی
# مدعی است که …»; «… که معتقد بود این مدت کافی نیست، …» is a relative clause. «معتقد
# است» reports without them too. A belief in the plural is a group's opinion, which real
# news gold leaves out («بسیاری از دانشمندان عقیده دارند که …», «کارشناسان معتقدند …»).
BELIEFS = (
    "معتقد بود",
    "مدعی است",
    *(f"بر این {view} {being}" for view in ("باور", "عقیده", "اعتقاد") for being in ("است", "بود")),
    *(f"{view} {holding}" for view in ("باور", "عقیده", "اعتقاد") for holding in ("دارد", "داشت")),
    # An insistence held, told as a belief is: «او تأکید دارد که دولت کار خود را …».
    "تأکید دارد",
    "تاکید دارد",
)
# Each simple past once, its perfect endings optional after it: one alternative per verb
# keeps the pattern as fast as the list is long. Real text drops «است» before «که»:
# «تصریح کرده که …», «مدعی شده که …».
VERB = (
    "(?P<cue>(?:"
    + _SIMPLE_PATTERN
    + ")(?:ه(?: است| بود|[ \u200c]اند|(?= که )))?(?:ند)?"
    + f"|می[ \u200c]?(?:{'|'.join(_SPEAKING_STEMS)})(?:د|ند)|"
    + "|".join(
        f"(?:{'|'.join(words.split())}){_GAP}می{_GAP}{light}(?:د|ند)"
        for light, words in _PRESENT.items()
    )
    + "|معتقد است|"
    + "|".join(sorted(BELIEFS, key=len, reverse=True))
    + ")"
)
# The simple past alone, no perfect and no present: a verb telling what was said on the
# story's day, as a sentence of its own does («رئیس مجلس نیز اعلام کرد که …»).
SIMPLE_PAST = f"(?P<cue>(?:{_SIMPLE_PATTERN})(?:ند)?)"
# «باید گفت که …», «می‌توان گفت …», «می توان گفت»: a verb after a modal is nobody's speech.
# Real text glues «و» to the verb it joins («… اشاره کرد وگفت: …»); no speech verb
# starts with «و». «پی نوشت:» written apart is a footnote's heading, not speech.
SAID = (
    r"(?<![^\s،])(?<!باید )(?<!نباید )(?<!می‌توان )(?<!نمی‌توان )(?<!می توان )(?<!نمی توان )"
    r"(?<!پی )(?:و(?=\S))?" + VERB
)
# A finite verb as a word of its own, in the few forms that tell a clause has one: the
# present with «می», the past of the light verbs, negated or not, their participle, which
# real text writes without its «است», and «است»: «… که من این کار را انجام می‌دهم گفت»,
# «کتاب را به کتابخانه داده بود اعلام کرد», «… اینکه آمریکا برجام را نقض کرده گفت»,
# «… اینکه اروپا تعهداتش را اجرا نکرد گفت».
FINITE = (
    r"(?<![^\s])(?:ن?می[\u200c ][^\s]+|ن?(?:کرد|شد|بود|داد|گرفت)(?:ه(?:\u200cاند)?|ند|یم)?"
    r"|است|هستند)(?![^\s])"
)
