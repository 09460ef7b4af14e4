"""Events a review of the session-18 rules found wrong, told in sentences written for these
tests: a session spoken at after another kind of meeting, or one on another day, was
told, goods sent somewhere,
a word of someone's description taken for the injured they were sent as, the day after
a place an incident struck taken for the incident's, a martyr deployed to a front, and
one honoured in person."""

import khabar


def test_a_day_after_a_place_an_incident_struck_dates_the_visit() -> None:
    article = khabar.analyze(
        "بازدید استاندار\n\nزمین‌لرزه‌ای به بزرگی ۵ ریشتر بامداد دیروز کرمانشاه را لرزاند.\n\n"
        "علی احمدی استاندار کرمانشاه در سفر به مناطق زلزله زده روز گذشته با خانواده‌های "
        "آسیب‌دیده دیدار کرد.",
        date="2014-05-01",
    ).to_dict()
    assert [(e["type"], e["date"]) for e in article["events"]][-1] == ("meeting", "2014-04-30")
