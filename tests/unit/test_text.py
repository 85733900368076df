from bot.text import normalise_question, strip_slack_markup, words


def test_slack_markup_is_reduced_to_what_a_reader_sees():
    text = "<@U123ABC> <!here> what about <#C42|west-london> and <https://example.org|the report> <!subteam^S1|@team>?"
    assert normalise_question(text) == "what about west london and the report"


def test_html_escapes_from_slack_are_undone():
    assert strip_slack_markup("R&amp;D &lt;3") == "R&D <3"


def test_accents_apostrophes_possessives_and_punctuation():
    assert words("The King’s Fund’s café — over-65s!") == ["the", "king", "fund", "cafe", "over", "65"]
    assert words("Kings' Fund") == ["kings", "fund"]


def test_empty_and_symbol_only_text():
    assert words("") == []
    assert words("🎉🎉 ??? ...") == []
