"""TimelineJS stories into Frise: the spreadsheet template (CSV as Google
Sheets downloads it, XLSX with numbers as numbers) and JSON files in
TimelineJS's documented format; problems told at their row and column (or
path), and what cannot be carried over listed in the notes."""

from __future__ import annotations

import json

import pytest

from frise.model.importers import import_file
from frise.model.loading import TimelineError
from tests.helpers.sheets import write_csv, write_xlsx
from tests.helpers.words import catalogue_words

HEADER = [
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
]  # fmt: skip


def row(**cells) -> list:
    """A template row from column names written with underscores (End_Year)."""
    named = {k.replace("_", " "): v for k, v in cells.items()}
    return [named.get(name, "") for name in HEADER]


TEMPLATE = [
    HEADER,
    row(Headline="An <b>example</b> story", Text="<p>Made for a test.</p>", Type="title",
        Background="#112233"),
    row(Year="2,015", Month="12", Day="11", Headline="Example Lab is founded",
        Text='<p>It starts <a href="https://example.org/x">here</a>.</p><p>Second &amp; last.</p>',
        Media="https://example.org/photo.jpg", Media_Credit="<i>Example Agency</i>",
        Media_Caption="The first office", Group="Lab"),
    row(Year="2018", Headline="Someone leaves", Group="Board", Time="14:30",
        Display_Date="Early 2018"),
    row(Year="2016", End_Year="2019", Headline="The early years", Type="era"),
    row(Year="2020", Month="4", Headline="No group here",
        Media="<blockquote>We said it. <cite>A speaker</cite></blockquote>"),
    row(Year="2021", Text="A row with no headline, so its title comes from this text.",
        Media='<iframe src="https://example.org/embed"></iframe>', Group="lab"),
    row(Year="2022", Headline="Protocol-relative media", Media="//example.org/clip",
        Group="Board"),
]  # fmt: skip


def _check_template(result):
    doc = result.timeline.doc
    assert doc.title == "An example story" and doc.description == "Made for a test."
    # Eras first, groups in order of first use (any case), the ungrouped last.
    assert [(p.id, p.name) for p in doc.parties] == [
        ("eras", {"en": "Eras", "fr": "Périodes"}),
        ("lab", "Lab"),
        ("board", "Board"),
        ("other", {"en": "Other", "fr": "Autres"}),
    ]
    by_title = {e.title: e for e in doc.events}
    founded = by_title["Example Lab is founded"]
    assert founded.id == "example-lab-is-founded" and founded.date == "2015-12-11"
    assert founded.summary == "It starts here.\nSecond & last."
    assert (founded.sources[0].url, founded.sources[0].title, founded.sources[0].publisher) == (
        "https://example.org/photo.jpg",
        None,  # a caption describes the picture: it is not the page's own title
        "Example Agency",
    )
    assert by_title["Someone leaves"].date == "2018"
    era = by_title["The early years"]
    assert (era.date, era.end, era.parties) == ("2016", "2019", ("eras",))
    assert by_title["No group here"].summary == "We said it. A speaker"
    untitled = by_title["A row with no headline, so its title comes from this text."]
    assert untitled.parties == ("lab",) and untitled.sources == ()
    assert by_title["Protocol-relative media"].sources[0].url == "https://example.org/clip"
    notes = "\n".join(map(str, result.notes))
    for said in ("times are not kept", "display dates", "blockquote", "not a web address",
                 "no Headline", "Background", "own title) (row 3)"):  # fmt: skip
        assert said in notes
    return notes


def test_template_csv_as_google_sheets_downloads_it(tmp_path):
    path = write_csv(tmp_path / "story - Sheet1.csv", TEMPLATE)
    result = import_file(path)
    assert result.layout == "TimelineJS spreadsheet"
    notes = _check_template(result)
    assert "times are not kept: Frise dates go down to the day (row 4)" in notes


def test_template_xlsx_with_numbers_as_numbers(tmp_path):
    numbers = [
        [int(c) if isinstance(c, str) and c.isdigit() else c for c in cells] for cells in TEMPLATE
    ]
    _check_template(import_file(write_xlsx(tmp_path / "story.xlsx", numbers, sheet="od1")))


def test_older_template_with_start_date_and_tag(tmp_path):
    rows = [
        ["Start Date", "End Date", "Headline", "Text", "Tag"],
        ["12/10/1915", "", "American style", "", "A"],
        ["1916-02", "03/1917", "ISO style", "", ""],
    ]
    doc = import_file(write_csv(tmp_path / "old.csv", rows)).timeline.doc
    assert [(e.date, e.end) for e in doc.events] == [("1915-12-10", None), ("1916-02", "1917-03")]
    assert doc.parties[0].name == "A"


def test_bad_rows_are_told_at_row_and_column(tmp_path):
    rows = [
        HEADER,
        row(Year="2020", Month="13", Headline="Month 13"),
        row(Year="2020", Day="5", Headline="Day without month"),
        row(Headline="No year at all"),
        row(Year="-500", Headline="Before year 1"),
        row(Year="19x4", Headline="Not a number"),
        row(Year="2020", Type="era", Headline="Era without end"),
        row(Year="2021", Month="6", End_Year="2021", End_Month="2", Headline="Ends before"),
        row(Year="2021", Month="2", Day="30", Headline="No such day"),
        row(Year="2022", Group="G"),
    ]
    with pytest.raises(TimelineError) as caught:
        import_file(write_csv(tmp_path / "bad.csv", rows))
    problems = [str(p) for p in caught.value.problems]
    assert problems == [
        'row 2, column B ("Month"): must be a month from 1 to 12 (found 13)',
        'row 3, column C ("Day"): a Day needs a Month',
        'row 4, column A ("Year"): a Year is required (on every row but the title row)',
        'row 5, column A ("Year"): Frise dates run from year 1 to 9999 (found -500)',
        'row 6, column A ("Year"): must be a whole number (found "19x4")',
        'row 7, column E ("End Year"): an era needs an End Year',
        'row 8, column F ("End Month"): "2021-02" is before the date "2021-06"',
        'row 9, column C ("Day"): "2021-02-30" is not a real calendar date',
        'row 10, column J ("Headline"): needs a Headline (or a Text to take a title from)',
    ]
    french = [p.text(catalogue_words("fr")) for p in caught.value.problems]
    assert french[:2] == [
        'ligne 2, colonne B ("Month")\u00a0: '
        "doit être un mois de 1 à 12 (valeur trouvée\u00a0: 13)",
        'ligne 3, colonne C ("Day")\u00a0: un jour (Day) demande aussi un mois (Month)',
    ]


def test_notes_name_their_rows_in_the_reader_s_language(tmp_path):
    rows = [HEADER, *(row(Year=str(2000 + k), Time="10:00", Headline=f"E{k}") for k in range(10))]
    notes = import_file(write_csv(tmp_path / "times.csv", rows)).notes
    times = next(n for n in notes if "times" in str(n))
    assert str(times) == (
        "times are not kept: Frise dates go down to the day "
        "(rows 2, 3, 4, 5, 6, 7, 8, 9 and 2 more)"
    )
    assert times.text(catalogue_words("fr")) == (
        "les heures ne sont pas conservées\u00a0: les dates de Frise s'arrêtent au jour "
        "(lignes 2, 3, 4, 5, 6, 7, 8, 9 et 2 autres)"
    )


# --- JSON ---------------------------------------------------------------------------

JSON_SAMPLE = {
    "scale": "human",
    "title": {
        "media": {"url": "https://example.org/cover.jpg", "caption": "Cover", "credit": "Us"},
        "text": {"headline": "Example<br/> 2001 - 2010", "text": "<p>A sample story.</p>"},
    },
    "events": [
        {
            "start_date": {"year": "2001", "month": "8", "day": "9"},
            "text": {"headline": "A beginning", "text": "<p>Born &amp; raised.</p>"},
            "media": {"url": "/static/img/local.jpg", "caption": "A local picture"},
            "group": "People",
            "unique_id": "beginning",
        },
        {
            "start_date": {"year": 2004, "hour": 9, "minute": 30},
            "end_date": {"year": 2005, "month": 3},
            "text": {"headline": "A record", "text": "It sold well."},
            "media": {"url": "https://example.org/clip", "credit": "<a href='x'>Label</a>"},
            "group": "Work",
            "display_date": "Spring 2004",
            "background": {"color": "#0f9bd1"},
            "autolink": False,
        },
        {
            "start_date": {"year": "2010"},
            "text": {"headline": "The end"},
            "unique_id": "Not An Id!",
        },
    ],
    "eras": [
        {
            "start_date": {"year": 2001},
            "end_date": {"year": 2006},
            "text": {"headline": "Early years"},
        }
    ],
}


def test_timelinejs_json_in_its_documented_format(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(JSON_SAMPLE), encoding="utf-8")
    result = import_file(path)
    doc = result.timeline.doc
    assert result.layout == "TimelineJS JSON file"
    assert doc.title == "Example 2001 - 2010" and doc.description == "A sample story."
    assert [p.id for p in doc.parties] == ["eras", "people", "work", "other"]
    first, second, third, era = doc.events
    assert (first.id, first.date, first.summary) == ("beginning", "2001-08-09", "Born & raised.")
    assert first.sources == ()  # a site-relative picture: nothing to link to
    assert (second.date, second.end) == ("2004", "2005-03")
    assert second.sources[0].url == "https://example.org/clip"
    assert second.sources[0].publisher == "Label"
    assert third.id == "not-an-id"
    assert (era.title, era.date, era.end) == ("Early years", "2001", "2006")
    notes = "\n".join(map(str, result.notes))
    assert "times are not kept" in notes and "events[1]" in notes
    assert "Background" in notes and "not a web address" in notes


def test_bad_timelinejs_json_is_told_by_path(tmp_path):
    bad = {
        "events": [
            {"start_date": {"year": "2001", "month": "13"}, "text": {"headline": "A"}},
            {"text": {"headline": "No date"}},
            {"start_date": {"year": 2002}, "text": "not an object"},
            "not a slide",
            {"start_date": {"year": 2003}, "text": {"headline": "B"}, "unique_id": "same"},
            {"start_date": {"year": 2004}, "text": {"headline": "C"}, "unique_id": "same"},
        ],
        "eras": [{"start_date": {"year": 2001}, "text": {"headline": "No end"}}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(TimelineError) as caught:
        import_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "events[0].start_date.month: must be a month from 1 to 12 (found 13)",
        "events[1].start_date.year: a Year is required (on every row but the title row)",
        "events[2].text: must be an object {…}",
        "events[2].text.headline: needs a Headline (or a Text to take a title from)",
        "events[3]: must be an object {…}",
        "events[5].unique_id: this id is used by another event too",
        "eras[0].end_date.year: an era needs an End Year",
    ]


def test_a_json_file_neither_frise_nor_timelinejs(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(TimelineError) as caught:
        import_file(path)
    assert "neither a Frise timeline" in str(caught.value)
