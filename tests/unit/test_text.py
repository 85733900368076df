from bot.text import strip_slack_markup, words


def test_slack_markup_is_reduced_to_what_a_reader_sees():
    text = "<@U123ABC> <!here> what about <#C42|west-london> and <https://example.org|the report> <!subteam^S1|@team>?"
    assert words(strip_slack_markup(text)) == "what about west london and the report".split()


def test_html_escapes_from_slack_are_undone():
    assert strip_slack_markup("R&amp;D &lt;3") == "R&D <3"


def test_accents_apostrophes_possessives_and_punctuation():
    assert words("The King’s Fund’s café — over-65s!") == ["the", "king", "fund", "cafe", "over", "65"]
    assert words("Kings' Fund") == ["kings", "fund"]


def test_empty_and_symbol_only_text():
    assert words("") == []
    assert words("🎉🎉 ??? ...") == []


def test_stemming_is_safe_from_many_threads(monkeypatch):
    """With the pure-Python Snowball stemmer (what a machine without PyStemmer's wheel gets),
    whose state is shared: unguarded, threads corrupt each other's stems."""
    import threading

    from snowballstemmer.english_stemmer import EnglishStemmer

    import bot.text
    from bot.text import stem

    monkeypatch.setattr(bot.text, "_stemmer", EnglishStemmer())

    words_to_stem = [
        f"{base}{suffix}"
        for base in ("scal", "programm", "childr", "innovat", "learn", "partner")
        for suffix in ("ing", "es", "ed", "ers", "ation", "s", "")
    ]
    expected = {}
    for w in words_to_stem:
        stem.cache_clear()
        expected[w] = stem(w)
    stem.cache_clear()
    wrong = []

    def hammer(offset):
        for n in range(3000):
            w = words_to_stem[(n + offset) % len(words_to_stem)]
            if n % 97 == 0:
                stem.cache_clear()  # keep missing the cache, so the stemmer itself runs concurrently
            if stem(w) != expected[w]:
                wrong.append(w)

    threads = [threading.Thread(target=hammer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stem.cache_clear()
    assert wrong == []
