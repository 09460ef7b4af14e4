"""One spelling of a title, so that two spellings of one office compare equal."""

from khabar.news.places import places
from khabar.text.chars import ZWNJ

# Spellings of one office or body; replaced wherever they stand in a title.
SYNONYMS = {
    "رئیس دستگاه دیپلماسی": "وزیر امور خارجه",
    "وزیر خارجه": "وزیر امور خارجه",
    "وزارت خارجه": "وزارت امور خارجه",
    # Written without its space: «سخنگوی وزارت‌امورخارجه ایران».
    "امورخارجه": "امور خارجه",
    "دستگاه دیپلماسی": "وزارت امور خارجه",
    "دستگاه قضا": "قوه قضاییه",
    "رئیس‌جمهور": "رئیس جمهور",
    "رییس": "رئیس",
    "نخست‌وزیر": "نخست وزیر",
    "ملی‌پوش": "بازیکن تیم ملی",
    "نگارنده": "نویسنده",
    "مدیر کل": "مدیرکل",
    # A body's acronym: «رئیس پلیس راهور ناجا» is «رئیس پلیس راهنمایی و رانندگی ناجا»,
    # «وزیر صمت» the minister of industry, mines and trade.
    "راهور": "راهنمایی و رانندگی",
    "ناجا": "نیروی انتظامی",
    "فراجا": "نیروی انتظامی",
    "صمت": "صنعت معدن و تجارت",
    "دبیر کل": "دبیرکل",
    # A governor or chief called by either: «رئیس کل بانک مرکزی عراق» is «رئیس بانک
    # مرکزی عراق», «رئیس کل دادگستری استان» «رئیس دادگستری استان».
    "رئیس کل": "رئیس",
    # A country's other names: «نخست‌وزیر انگلیس» is «نخست وزیر انگلستان», «وزیر خارجه
    # ایالات متحده» the American one.
    "انگلستان": "انگلیس",
    "بریتانیا": "انگلیس",
    "ایالات متحده آمریکا": "آمریکا",
    "ایالات متحده امریکا": "آمریکا",
    "ایالات متحده": "آمریکا",
    "امریکا": "آمریکا",
    # The hamza's spellings, which one article may mix: «عضو هیأت علمی …» in the lead,
    # «عضو هیات علمی …» after the name; «مسؤول», «مسوول» for «مسئول».
    "هیأت": "هیئت",
    "هیات": "هیئت",
    "مسؤول": "مسئول",
    "مسوول": "مسئول",
}
# The words of a state's name before its country, which a title may leave out: «معاون
# نخست‌وزیر جمهوری ازبکستان» is «معاون نخست‌وزیر ازبکستان».
_STATE_WORDS = frozenset({"جمهوری", "اسلامی", "خلق", "فدرال", "دموکراتیک", "عربی"})


def canonical(title: str) -> str:
    """A title in one spelling, so that «وزیر خارجه روسیه» matches «رئیس دستگاه دیپلماسی روسیه»."""
    title = f" {title.replace(ZWNJ, ' ').replace('،', ' ')} "
    for variant, canon in SYNONYMS.items():
        title = title.replace(f" {variant.replace(ZWNJ, ' ')} ", f" {canon.replace(ZWNJ, ' ')} ")
    return " ".join(_without_state(title.split()))


def _without_state(words: list[str]) -> list[str]:
    """The words without «جمهوری …» before a country; «رئیس جمهوری», the president, is
    «رئیس جمهور», of the country without its state's name too: «رئیس جمهوری اسلامی
    ایران» is «رئیس جمهور ایران»."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        j = i + 1
        if words[i] == "جمهوری":
            president = bool(kept) and kept[-1] == "رئیس"
            while j < len(words) and words[j] in _STATE_WORDS:
                j += 1
            if president:
                kept.append("جمهور")
            if j < len(words) and places().get(words[j]) == "country":
                i = j
                continue
            if president:
                i += 1
                continue
        kept.append(words[i])
        i += 1
    return kept
