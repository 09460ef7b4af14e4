"""«وی» after a sentence in which someone talks with or meets a person after «با» takes
up the one who talked, not the partner (:func:`khabar.news.people.pronouns._partner`)."""

from test_news_people import analyzed, people


def speakers(body: str) -> list[str | None]:
    """The speaker of every quote of an article with ``body``, in text order."""
    return [q["speaker"] for q in analyzed(body)["quotes"]]


def test_vi_after_a_call_with_a_named_partner_is_not_the_partner() -> None:
    body = (
        "رئیس جمهور کشورمان روز سه‌شنبه در تماس تلفنی با امانوئل ماکرون، رئیس جمهور "
        "فرانسه، گفتگو کرد.\n\n"
        "وی در این گفتگو گفت: ایران همواره به تعهدات خود پایبند بوده است."
    )
    assert speakers(body) == [None]
    assert people(body)["امانوئل ماکرون"][1] == ["امانوئل ماکرون"]


def test_vi_after_vi_meets_someone_goes_on_with_the_one_who_met() -> None:
    body = (
        "محمدجواد ظریف وزیر امور خارجه کشورمان صبح امروز وارد مسکو شد.\n\n"
        "وی سپس با سرگئی لاوروف، وزیر خارجه روسیه، دیدار و گفتگو کرد.\n\n"
        "وی در این دیدار گفت: روابط دو کشور راهبردی است."
    )
    assert speakers(body) == ["محمدجواد ظریف"]
    assert people(body)["سرگئی لاوروف"][1] == ["سرگئی لاوروف"]


def test_vi_doing_more_after_a_meeting_is_not_whom_the_subject_met() -> None:
    body = (
        "وزیر نفت کشورمان روز شنبه در پکن با وانگ یی، وزیر خارجه چین، دیدار کرد.\n\n"
        "وی همچنین از یک پالایشگاه در حومه پکن بازدید کرد."
    )
    assert people(body)["وانگ یی"][1] == ["وانگ یی"]


def test_vi_after_a_named_subject_meets_someone_is_the_subject() -> None:
    body = (
        "فاطمه احمدی استاندار یزد روز یکشنبه با ژان دوپون سفیر بلژیک ملاقات کرد.\n\n"
        "وی در این ملاقات گفت: استان آماده سرمایه‌گذاری خارجی است."
    )
    assert speakers(body) == ["فاطمه احمدی"]


def test_someone_named_after_ba_without_a_talk_is_still_taken_up() -> None:
    body = (
        "نشست وزیران نفت با حضور بیژن زنگنه در وین برگزار شد.\n\n"
        "وی در این نشست گفت: بازار نفت به ثبات نیاز دارد."
    )
    assert speakers(body) == ["بیژن زنگنه"]


def test_vi_after_a_passive_whose_agent_is_named_is_not_the_agent() -> None:
    body = (
        "رئیس‌جمهور صبح امروز وارد کرمان شد و مورد استقبال محمدمهدی فداکار استاندار "
        "کرمان قرار گرفت.\n\n"
        "وی در بدو ورود به خبرنگاران گفت: این سفر برای پیگیری طرح‌های استان است."
    )
    assert speakers(body) == [None]
    # The agent still speaks as the subject of a sentence of their own.
    body = (
        "وزیر صبح امروز وارد کرمان شد و مورد استقبال محمدمهدی فداکار استاندار "
        "کرمان قرار گرفت.\n\nفداکار گفت: این سفر مهم است.\n\nوی افزود: کار آغاز شد."
    )
    assert speakers(body) == ["محمدمهدی فداکار", "محمدمهدی فداکار"]
