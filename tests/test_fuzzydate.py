"""Fuzzy dates from what people type: ranges, approximations, Excel serials, Arabic digits."""

from datetime import date

import pytest

from app.domain.fuzzydate import FuzzyDate, likely_excel_day, plain_text


@pytest.mark.parametrize("text,earliest,latest", [
    ("03/08/2014", date(2014, 8, 3), date(2014, 8, 3)),
    ("2014-08-03", date(2014, 8, 3), date(2014, 8, 3)),
    ("2014", date(2014, 1, 1), date(2014, 12, 31)),
    ("about 1998", date(1996, 1, 1), date(2000, 12, 31)),
    ("حوالي ١٩٩٨", date(1996, 1, 1), date(2000, 12, 31)),
    ("08/2014", date(2014, 8, 1), date(2014, 8, 31)),
    ("1/2017", date(2017, 1, 1), date(2017, 1, 31)),
    ("2017-01", date(2017, 1, 1), date(2017, 1, 31)),  # year and month, ISO order
    ("2016-11", date(2016, 11, 1), date(2016, 11, 30)),
    ("2017/01", date(2017, 1, 1), date(2017, 1, 31)),
    ("2016-2", date(2016, 2, 1), date(2016, 2, 29)),
    ("٢٠١٧-٠١", date(2017, 1, 1), date(2017, 1, 31)),
    ("٢٠١٧", date(2017, 1, 1), date(2017, 12, 31)),
    ("approximately 1998", date(1996, 1, 1), date(2000, 12, 31)),
    ("تقريباً 1998", date(1996, 1, 1), date(2000, 12, 31)),
    ("حوالي 1998", date(1996, 1, 1), date(2000, 12, 31)),
    ("nêzîkî 1999", date(1997, 1, 1), date(2001, 12, 31)),  # the Kurmanji documents' word
    ("٠٣/٠٨/٢٠١٤", date(2014, 8, 3), date(2014, 8, 3)),
    (2014.0, date(2014, 1, 1), date(2014, 12, 31)),  # a year read as a float
    # Month names and two-digit years, as lists write them (a tester's rescue dates were lost)
    ("March 2017", date(2017, 3, 1), date(2017, 3, 31)),
    ("آذار 2017", date(2017, 3, 1), date(2017, 3, 31)),  # the Arabic of Iraq and the Levant
    ("12 آذار 2017", date(2017, 3, 12), date(2017, 3, 12)),
    ("أيار ٢٠١٥", date(2015, 5, 1), date(2015, 5, 31)),
    ("تشرين الثاني 2016", date(2016, 11, 1), date(2016, 11, 30)),
    ("مارس 2017", date(2017, 3, 1), date(2017, 3, 31)),  # the Arabic of Egypt
    ("Tebax 2014", date(2014, 8, 1), date(2014, 8, 31)),  # Kurmanji
    ("ئازار 2017", date(2017, 3, 1), date(2017, 3, 31)),  # Sorani
    ("3 August 2014", date(2014, 8, 3), date(2014, 8, 3)),
    ("12/3/19", date(2019, 3, 12), date(2019, 3, 12)),
    ("3/5/98", date(1998, 5, 3), date(1998, 5, 3)),
])
def test_parse(text, earliest, latest):
    d = FuzzyDate.parse(text)
    assert (d.earliest, d.latest) == (earliest, latest)
    assert d.text == str(text)


@pytest.mark.parametrize("raw", [41854, 41854.0, "41854", "٤١٨٥٤", " 41854 "])
def test_an_excel_date_number_is_its_day_and_keeps_its_text(raw):
    """41854 is how Excel stores 2014-08-03; whether a number is such a day or a slip (19850
    for 1985) the field says (likely_excel_day): the importer asks, parse keeps the text."""
    d = FuzzyDate.parse(raw)
    assert (d.earliest, d.latest, d.text) == (date(2014, 8, 3), date(2014, 8, 3), str(raw).strip())


@pytest.mark.parametrize("raw,birth,day", [
    (33970, True, date(1993, 1, 1)), ("41854", False, date(2014, 8, 3)),
    (19850, True, date(1954, 5, 6)),  # a birth she can have had
    (365, True, None), (19850, False, None), (20014, False, None),  # before any abduction
    (41853, False, None),  # 2014-08-02, the day before
    (47000, False, None), (47000, True, None),  # 2028-09-03: to come
    (1998, True, None)])  # a year typed
def test_an_excel_date_number_is_a_day_only_where_the_date_can_be_that_day(raw, birth, day):
    assert likely_excel_day(raw, birth, today=date(2026, 1, 1)) == day


@pytest.mark.parametrize("raw,text", [(1998, "1998"), (98, "98"), ("about 41854", "about 41854")])
def test_a_year_typed_as_a_number_and_words_around_a_date_number_stay_as_typed(raw, text):
    assert FuzzyDate.parse(raw).text == text


@pytest.mark.parametrize("text,first,last", [
    # Years as a tester's lists wrote them, each refused before with its date lost: م for AD,
    # "born" before the year (Arabic مواليد, Sorani and Kurmanji تولد), either of two years.
    ("1998م", 1998, 1998), ("1998 م", 1998, 1998), ("١٩٩٨م", 1998, 1998),
    ("مواليد 1998", 1998, 1998), ("مواليد ١٩٩٨", 1998, 1998), ("مواليد عام 1998", 1998, 1998),
    ("تولد 1998", 1998, 1998), ("تولد ١٩٩٨م", 1998, 1998), ("Born 1998", 1998, 1998),
    ("1997/1998", 1997, 1998), ("1997-1998", 1997, 1998), ("١٩٩٧/١٩٩٨", 1997, 1998),
    ("1997 – 1998", 1997, 1998), ("1998/1997", 1997, 1998),
    ("حوالي 1998م", 1996, 2000), ("مواليد حوالي 1998", 1996, 2000),
    # A two-digit year, by the rule of dd/mm/yy: up to this year's two digits in this century.
    # '98' was read as Excel's 98th day of 1900, without a word.
    ("98", 1998, 1998), ("05", 2005, 2005), ("٩٨", 1998, 1998), (98, 1998, 1998),
    (98.0, 1998, 1998),
])
def test_years_as_lists_write_them(text, first, last):
    d = FuzzyDate.parse(text)
    assert (d.earliest, d.latest) == (date(first, 1, 1), date(last, 12, 31))
    assert d.text == str(text)


@pytest.mark.parametrize("text", ["1/2/1998", "2014-08-03", "2014/8", "2017-01", "3/5/98"])
def test_a_date_is_not_taken_for_two_years(text):
    d = FuzzyDate.parse(text)
    assert d.earliest.year == d.latest.year and d.earliest.month == d.latest.month


@pytest.mark.parametrize("typed,shown", [
    ("1998م", ("1998م", "")), ("مواليد 1998", ("مواليد 1998", "")),
    ("1997/1998", ("1997/1998", "")),
    ("98", ("98", "1998")),  # which century is the reader's rule: the record says it
])
def test_a_year_with_its_words_says_its_own_range(typed, shown):
    assert FuzzyDate.parse(typed).as_typed() == shown


@pytest.mark.parametrize("bad", ["1419هـ", "1997/1998/1999", "مواليد"])
def test_words_around_a_year_are_no_date_alone(bad):
    """A Hijri year is no year of ours; 'born' without a year says none."""
    with pytest.raises(ValueError):
        FuzzyDate.parse(bad)


@pytest.mark.parametrize("bad", ["5", "123", 5, "0"])
def test_too_few_digits_for_a_year_are_no_date(bad):
    """'5' or '123' were read as Excel's first days of 1900, without a word."""
    with pytest.raises(ValueError):
        FuzzyDate.parse(bad)


@pytest.mark.parametrize("bad", ["31/02/2014", "yesterday", "1700", "13/13/2013",
                                 "2017-13", "summer 2015", "Mars 2017", "32/1/19"])
def test_unreadable_dates_raise(bad):
    with pytest.raises(ValueError) as e:
        FuzzyDate.parse(bad)
    assert repr(bad) in str(e.value)  # the message names what was typed


def test_blank():
    assert FuzzyDate.parse("  ").is_blank and FuzzyDate.parse(None).is_blank


@pytest.mark.parametrize("typed,shown", [
    ("about 1998", ("about 1998", "1996–2000")),  # the range says what "about" means
    ("حوالي ١٩٩٨", ("حوالي ١٩٩٨", "1996–2000")),
    ("03/08/2014", ("03/08/2014", "")),  # a plain date says its own range
    ("2017-01", ("2017-01", "")),
    ("٢٠١٧", ("٢٠١٧", "")),
    ("2014", ("2014", "")),
])
def test_as_typed_adds_the_range_only_where_the_text_does_not_say_it(typed, shown):
    assert FuzzyDate.parse(typed).as_typed() == shown


def test_as_typed_of_a_range_stored_apart_from_its_text_or_without_text():
    assert FuzzyDate(date(1996, 1, 1), date(2000, 12, 31), "1998").as_typed() == (
        "1998", "1996–2000")
    assert FuzzyDate.year_range(2014, 2014, "").as_typed() == ("2014", "")
    assert FuzzyDate(date(2014, 1, 1), date(2014, 12, 31), "").as_typed() == ("2014", "")
    assert FuzzyDate(text="last summer").as_typed() == ("last summer", "")


@pytest.mark.parametrize("typed,around", [
    ("about 1998", "1998"), ("حوالي ١٩٩٨", "1998"), ("1998 تقريباً", "1998"),
    ("~2001", "2001"), ("c. 1990", "1990"), ("nêzîkî 1999", "1999"), ("qasî 2003", "2003"),
    ("about 08/2014", "08/2014"),
    ("1998", None), ("03/08/2014", None), ("٢٠١٧-٠١", None),
])
def test_the_date_an_approximation_is_around_in_western_digits(typed, around):
    """What a document writes after its own word for 'about'; None where nothing was said to
    be approximate (those print as typed)."""
    assert FuzzyDate.parse(typed).approximated() == around


def test_no_approximation_without_a_range_behind_it():
    assert FuzzyDate(text="about last summer").approximated() is None
    assert FuzzyDate(text="about 1998").approximated() is None  # text only, no range kept
    assert FuzzyDate.by(date(2024, 5, 1)).approximated() is None


@pytest.mark.parametrize("typed", [
    "ca 1998", "ca. 1998", "Ca 1998", "1998?", "1998 ?", "1998؟", "بحدود 1998", "بحدود ١٩٩٨",
    # Sorani's word typed on an Arabic keyboard: ك and ي for ک and ی, ه and a zero-width
    # non-joiner for ە; and Arabic's حوالى with ى
    "نزيكەی 1998", "نزيكەي 1998", "نزيكه\u200cی 1998", "نزیکەی 1998", "حوالى 1998",
    "qasi 1998",  # Kurmanji typed without its accents
])
def test_about_as_lists_write_it_reads_as_about(typed):
    """These were refused ('not a date') and the year lost to a search by birth."""
    d = FuzzyDate.parse(typed)
    assert (d.earliest, d.latest) == (date(1996, 1, 1), date(2000, 12, 31))
    assert d.text == typed
    assert d.as_typed() == (typed, "1996–2000")
    assert d.approximated() == "1998"


@pytest.mark.parametrize("bad", ["cat 1998", "?", "ca", "c 1998", "1998 cat"])
def test_a_word_like_about_is_no_about_unless_it_is_the_word(bad):
    with pytest.raises(ValueError):
        FuzzyDate.parse(bad)


@pytest.mark.parametrize("text,earliest", [
    ("Dec. 2017", date(2017, 12, 1)),  # 'c.' (circa) inside the month's name was cut out
    ("كانون الثانی 2017", date(2017, 1, 1)),  # a month typed with the Persian ی
    ("أيلول 2016", date(2016, 9, 1)),
])
def test_month_names_survive_the_words_for_about(text, earliest):
    assert FuzzyDate.parse(text).earliest == earliest


def test_a_date_is_in_the_future_when_it_lies_wholly_after_today():
    """The one rule the command line, New person and the importer refuse or flag dates by."""
    today = date(2025, 6, 15)
    assert FuzzyDate.parse("2041").in_future(today)
    assert FuzzyDate.parse("16/06/2025").in_future(today)
    assert FuzzyDate.parse("07/2025").in_future(today)
    assert not FuzzyDate.parse("15/06/2025").in_future(today)  # today has happened
    assert not FuzzyDate.parse("2025").in_future(today)  # may be earlier this year
    assert not FuzzyDate.parse("about 2026").in_future(today)  # 2024 to 2028
    assert not FuzzyDate().in_future(today) and not FuzzyDate(text="soon").in_future(today)
    assert FuzzyDate.parse(str(date.today().year + 1)).in_future()  # today by default


@pytest.mark.parametrize("typed", [
    "بحدود سنة 1998", "بحدود عام 1998", "بحدود سنة ١٩٩٨", "حوالي عام 1998", "بحدود العام 1998",
    "بحدود سنة 1998م", "سنة 1998 تقريبا", "نزیکەی ساڵی 1998", "qasî sala 1998",
])
def test_about_with_the_word_for_year_before_the_year_reads_as_about(typed):
    """'بحدود سنة 1998' (around the year 1998) was refused where 'بحدود 1998' was read."""
    d = FuzzyDate.parse(typed)
    assert (d.earliest, d.latest) == (date(1996, 1, 1), date(2000, 12, 31))
    assert d.as_typed() == (typed, "1996–2000")
    assert d.approximated() == "1998"


@pytest.mark.parametrize("typed", ["سنة 1998", "عام 1998", "سنة ١٩٩٨", "عام 1998م",
                                   "ساڵی 1998", "sala 1998", "Sala 1998"])
def test_the_word_for_year_before_a_year_is_that_year(typed):
    d = FuzzyDate.parse(typed)
    assert (d.earliest, d.latest) == (date(1998, 1, 1), date(1998, 12, 31))
    assert d.as_typed() == (typed, "")  # says its own range, as '1998م' does
    assert d.approximated() is None


@pytest.mark.parametrize("bad", ["12 سنة", "سنة", "بحدود سنة", "سنةعام 1998", "salam 1998",
                                 "1998 سنة 1998"])
def test_the_word_for_year_is_no_year_without_one_after_it(bad):
    """An age in words ('12 سنة', twelve years) stays no date; a word that only begins like
    the word for year is no such word."""
    with pytest.raises(ValueError):
        FuzzyDate.parse(bad)


@pytest.mark.parametrize("typed,day", [
    ("Aug 3 2014", date(2014, 8, 3)), ("August 3, 2014", date(2014, 8, 3)),
    ("Aug. 3, 2014", date(2014, 8, 3)), ("03-Aug-2014", date(2014, 8, 3)),
    ("3 August 2014", date(2014, 8, 3)), ("3rd August 2014", date(2014, 8, 3)),
    ("3ê Tebaxê 2014", date(2014, 8, 3)), ("٣ی ئابی ٢٠١٤", date(2014, 8, 3)),
    ("3 ئاب 2014", date(2014, 8, 3)), ("3 Aug 2014", date(2014, 8, 3)),
])
def test_a_day_written_with_its_months_name_in_the_usual_orders_is_that_day(typed, day):
    """These were kept as text "not a date we can read", and a list's 'Aug 3 2014' stood
    against a record's 3/8/2014 as a conflict."""
    d = FuzzyDate.parse(typed)
    assert (d.earliest, d.latest, d.text) == (day, day, typed)
    assert d.as_typed() == (typed, "")
    assert plain_text(typed) == day.isoformat()


@pytest.mark.parametrize("typed,day", [("03-Aug-14", date(2014, 8, 3)),
                                       ("3-Aug-14", date(2014, 8, 3)),
                                       ("03-Aug-98", date(1998, 8, 3))])
def test_excels_day_month_name_and_two_digit_year_is_that_day_its_century_said(typed, day):
    """Excel's d-mmm-yy saved as text: the year's century is chosen as for 3/8/14, and the
    importer says so where the other century could be meant (two_digit_year)."""
    from app.domain.fuzzydate import two_digit_year

    d = FuzzyDate.parse(typed)
    assert (d.earliest, d.latest, d.text) == (day, day, typed)
    assert two_digit_year(typed)
    assert not two_digit_year("03-Aug-2014")
    with pytest.raises(ValueError):
        FuzzyDate.parse("03-Foo-14")


@pytest.mark.parametrize("typed,month", [
    ("Tebaxa 2014", (2014, 8)), ("Tebaxê 2014", (2014, 8)), ("ئابی 2014", (2014, 8)),
    ("آب 2014", (2014, 8)), ("Çileyê 2015", (2015, 1)), ("Çile 2015", (2015, 1)),
    ("Kanûna Paşînê 2015", (2015, 1)), ("Kanûn 2015", (2015, 12)),
    ("کانوونی دووەمی 2015", (2015, 1)),
])
def test_a_kurdish_month_with_the_ending_that_binds_it_to_the_year_is_that_month(typed, month):
    d = FuzzyDate.parse(typed)
    assert (d.earliest.year, d.earliest.month, d.earliest.day) == (*month, 1)
    assert (d.latest.year, d.latest.month) == month
    assert d.plain() == f"{month[0]}-{month[1]:02d}"


@pytest.mark.parametrize("typed", ["3/8", "Aug 3", "3 August", "3ê Tebaxê", "Maya 2014",
                                   "Augusta 2014"])
def test_a_day_and_month_without_a_year_or_a_word_that_only_ends_like_a_month_is_no_date(
        typed):
    """No year is ever supplied; only Kurdish months take the Kurdish endings."""
    with pytest.raises(ValueError):
        FuzzyDate.parse(typed)


@pytest.mark.parametrize("text, earliest, latest", [
    ("00/00/1998", "1998-01-01", "1998-12-31"),  # day and month not known, as papers write it
    ("1998/00/00", "1998-01-01", "1998-12-31"),
    ("0/0/1998", "1998-01-01", "1998-12-31"),
    ("00/08/2014", "2014-08-01", "2014-08-31"),  # the day not known
    ("حدود 1998", "1996-01-01", "2000-12-31"),
    ("dora 1998", "1996-01-01", "2000-12-31"),   # Kurmanji: around
    ("1998 نزيكى", "1996-01-01", "2000-12-31"),  # Sorani typed with Arabic letters
])
def test_unknown_parts_and_more_words_for_about_are_read(text, earliest, latest):
    d = FuzzyDate.parse(text)
    assert (str(d.earliest), str(d.latest), d.text) == (earliest, latest, text)


def test_a_month_written_zero_with_a_day_is_still_refused():
    with pytest.raises(ValueError):
        FuzzyDate.parse("03/00/2014")


def test_a_reading_resting_on_a_zero_is_no_sign_of_a_month_first_column():
    """05/00/1998 read month first was May 1998, and made a whole birth column month-first
    (found in review): read month first, a 00 day gives nothing."""
    for text in ("05/00/1998", "00/08/2014"):
        with pytest.raises(ValueError):
            FuzzyDate.parse(text, month_first=True)
    assert str(FuzzyDate.parse("00/00/1998", month_first=True).earliest) == "1998-01-01"
    assert str(FuzzyDate.parse("00/08/14").earliest) == "2014-08-01"
