"""«به سمت» and the post someone is appointed to, on sentences written for these tests
with the recognizer's guesses given by hand."""

from test_people_edges import titles_of


def test_be_samt_names_the_post_someone_is_appointed_to() -> None:
    text = "خبر\n\nبا حکم وزیر، کامران نوروزی به سمت مدیرکل بهزیستی استان فارس منصوب شد."
    found = titles_of(text, ("کامران نوروزی",))
    assert found == {"کامران نوروزی": ["مدیرکل بهزیستی استان فارس"]}


def test_be_samt_towards_someone_is_no_post() -> None:
    text = "خبر\n\nکامران نوروزی به سمت دروازه‌بان حریف دوید و توپ را گرفت."
    assert titles_of(text, ("کامران نوروزی",)) == {"کامران نوروزی": []}
