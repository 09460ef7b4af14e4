"""One spelling of a title, so that two spellings of one office compare equal."""

from khabar.text.chars import ZWNJ

# Spellings of one office or body; replaced wherever they stand in a title.
SYNONYMS = {
    "رئیس دستگاه دیپلماسی": "وزیر امور خارجه",
    "وزیر خارجه": "وزیر امور خارجه",
    "دستگاه دیپلماسی": "وزارت امور خارجه",
    "دستگاه قضا": "قوه قضاییه",
    "رئیس‌جمهور": "رئیس جمهور",
    "رییس": "رئیس",
    "نخست‌وزیر": "نخست وزیر",
}


def canonical(title: str) -> str:
    """A title in one spelling, so that «وزیر خارجه روسیه» matches «رئیس دستگاه دیپلماسی روسیه»."""
    title = f" {title.replace(ZWNJ, ' ').replace('،', ' ')} "
    for variant, canon in SYNONYMS.items():
        title = title.replace(f" {variant.replace(ZWNJ, ' ')} ", f" {canon.replace(ZWNJ, ' ')} ")
    return " ".join(title.split())
