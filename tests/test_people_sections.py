"""A title standing alone in the middle of one speaker's section: the sentence before opens
with them and the next one that opens with a name does too, so the story calls them by
another office of theirs for a change; read by ``khabar.analyze`` from articles written for
these tests."""

from test_news_people import people
from test_quotes_pronouns import speakers

_TURNS = (
    "به گزارش خبرنگار ما، بهرام صالحی فرماندار شهرستان بهشهر در جمع کشاورزان گفت: "
    "آب کشاورزی امسال کم است.\n\n"
    "وی افزود: سدها تنها نیمی از گنجایش خود را دارند.\n\n"
    "{title} گفت: کشت برنج در این منطقه محدود می‌شود.\n\n"
    "صالحی ادامه داد: کشاورزان باید از آبیاری قطره‌ای بهره بگیرند.\n\n"
    "در ادامه، مریم کاظمی مدیر آب منطقه‌ای بهشهر گفت: چاه‌های غیرمجاز بسته می‌شوند."
)


def test_a_title_between_two_turns_of_one_speaker_is_theirs() -> None:
    body = _TURNS.format(title="رئیس شورای آب شهرستان بهشهر")
    found = people(body)
    titles, mentions = found["بهرام صالحی"]
    assert "رئیس شورای آب شهرستان بهشهر" in titles
    assert mentions.count("رئیس شورای آب شهرستان بهشهر") == 1
    assert "رئیس شورای آب شهرستان بهشهر" not in found["مریم کاظمی"][0]
    assert speakers(body)[:4] == ["بهرام صالحی"] * 4


def test_vi_and_a_subheading_after_the_title_keep_the_section_going() -> None:
    body = (
        "نشست آموزشی خانواده‌ها در دانشگاه برگزار شد.\n\n"
        "مینا رستمی، مشاور خانواده، در این نشست گفت: گفت‌وگو پایه زندگی مشترک است.\n\n"
        "وی افزود: همسران باید به یکدیگر گوش بدهند.\n\n"
        "کارشناس خانواده با اشاره به پژوهش‌های رابرت هاروی گفت: خشم رابطه را فرسوده "
        "می‌کند.\n\n"
        "وی تصریح کرد: آرامش را باید تمرین کرد.\n\n"
        "احترام به خانواده همسر\n\n"
        "رستمی یادآور شد: احترام به خانواده یکدیگر ضروری است."
    )
    found = people(body)
    titles, mentions = found["مینا رستمی"]
    assert "کارشناس خانواده" in titles
    assert "کارشناس خانواده" in mentions
    assert "کارشناس خانواده" not in found["رابرت هاروی"][0]


def test_a_title_that_brings_in_someone_besides_is_not_the_speakers() -> None:
    body = _TURNS.format(title="رئیس شورای آب شهرستان بهشهر نیز")
    assert "رئیس شورای آب شهرستان بهشهر" not in people(body)["بهرام صالحی"][0]


def test_a_post_under_the_speakers_office_is_someone_elses() -> None:
    body = _TURNS.format(title="معاون فرماندار شهرستان بهشهر")
    assert "معاون فرماندار شهرستان بهشهر" not in people(body)["بهرام صالحی"][0]


def test_a_title_with_ham_after_an_untitled_speaker_is_someone_else() -> None:
    body = (
        "در این جلسه، غلامعلی جعفرزاده با انتقاد از کندی طرح‌ها گفت: مردم انتظار دارند.\n\n"
        "معاون عمرانی استاندار گیلان هم گفت که ۱۲ طرح تا پایان شهریورماه افتتاح می‌شود."
    )
    assert people(body)["غلامعلی جعفرزاده"][0] == []
