"""An agreement a speaker reports in a direct quote is news, done, to come or hoped for
(«… امضا خواهد شد», «آماده است تا … امضا کند»); not one the speaker doubts, nor the
speaker's own in the first person, which the talks told before already are."""

from test_news_events import events


def _agreements(text: str) -> list[list[str]]:
    return [people for kind, people, _ in events(text) if kind == "agreement"]


def test_a_signing_to_come_told_in_a_quote_is_an_agreement() -> None:
    found = _agreements(
        "کامران افشار، وزیر نیرو، گفت: «قرارداد ساخت سد میان ایران و ارمنستان هفته آینده "
        "امضا خواهد شد.»"
    )
    assert len(found) == 1 and {"ایران", "ارمنستان"} <= set(found[0])


def test_a_signing_the_speaker_doubts_is_none() -> None:
    found = _agreements(
        "کامران افشار، وزیر نیرو، گفت: «معلوم نیست ایران و ارمنستان این قرارداد را امضا کنند.»"
    )
    assert found == []


def test_the_speakers_own_agreement_in_the_first_person_is_none() -> None:
    found = _agreements(
        "کامران افشار، وزیر نیرو، گفت: «ما با همتای ارمنی خود توافق کردیم که کار ادامه یابد.»"
    )
    assert found == []
