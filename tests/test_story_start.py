"""A page copied whole ("select all, copy"): the story is found below the site's menus,
ticker and other stories' headlines, and read from its headline down."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.story_start import story_start
from newscat.extract.text import is_boilerplate, opens_as_headline

MENU = "\n".join(
    [
        "Accessibility links",
        "Skip to content",
        "Quay Courier",
        "Tuesday, 1 December 2026",
        "Upgrade to Premium",
        "Type to Search",
        "Local Fuel Prices",
        "Island weather: sunshine by the end of the day, showers later",
        "Subscribe",
        "Sign in",
        "News",
        "Sport",
        "Business",
        "Opinion",
        "Lifestyle",
        "Weather",
        "Trending now",
        "Mara Quillon wins the island rowing title again",
        "Harbour festival dates moved for the new season",
        "Tom Vane named coach of the national netball side",
        "Advertisement",
        "",
    ]
)
STORY = """Harbour council backs the new library budget after a long debate

By Dana Kelso
March 12, 2024

The harbour council backed the budget for the new library on Monday after a debate that ran late into the evening, members said.
Councillor Rhea Ostrander, who chairs the finance committee, said the library budget would be paid from reserves and not from a rise in local rates.
The new library will open next spring in the old customs house on the quay, the council said in a statement after the vote.
Residents who spoke at the meeting welcomed the plan, though some asked the council to keep the old reading room open until then.

Share this article
Most read
"""


def test_a_page_copied_whole_is_read_from_its_headline() -> None:
    page = MENU + STORY
    record = extract(page)
    assert record.title is not None
    assert record.title.value == "Harbour council backs the new library budget after a long debate"
    # evidence indexes the whole page, as the catalogue stores it
    assert page[record.title.start : record.title.end] == record.title.value
    assert record.text == page.rstrip("\n")
    assert record.published is not None and record.published.value == "2024-03-12"
    assert [author.value for author in record.authors] == ["Dana Kelso"]
    people = {person.name for person in record.people}
    assert "Rhea Ostrander" in people
    assert not people & {"Mara Quillon", "Tom Vane"}  # the trending list's, not the story's
    assert record.source is not None and record.source.value == "Quay Courier"


def test_a_text_that_starts_with_its_story_is_read_whole() -> None:
    assert story_start(STORY) == 0
    assert story_start(MENU) == 0  # no story: nothing to start from
    # a wire story's wrapped lines hold no paragraph to find a body by
    wrapped = "\n".join(line[:70] for line in (MENU + STORY).splitlines())
    assert story_start(wrapped) == 0


def test_the_headline_is_not_a_caption_or_another_storys() -> None:
    caption = "Councillor Rhea Ostrander at the harbour council meeting on Monday"
    related = "\n".join(
        [
            "Harbour council backs new ferry budget",
            "Library budget row splits the harbour council",
            "New library budget debate ends in a vote",
        ]
    )
    headline = "Harbour council backs the new library budget after a long debate"
    page = MENU + STORY.replace(headline, f"{headline}\n\n{related}\n\n{caption}", 1)
    page = page.replace("By Dana Kelso", "", 1)
    page = page.replace(f"{headline}\n", f"{headline}\nBy Dana Kelso\n", 1)
    assert page[story_start(page) :].startswith(headline)


def test_the_date_over_the_headline_and_a_headline_ending_in_an_abbreviation() -> None:
    headline = "Harbour council backs the new library budget after a long debate"
    page = MENU + STORY.replace(
        f"{headline}\n\nBy Dana Kelso\nMarch 12, 2024\n",
        "Local news | March 12, 2024\nText size\nCouncil backs library budget on Tues.\n\n",
        1,
    )
    record = extract(page)
    assert record.title is not None
    assert record.title.value == "Council backs library budget on Tues."
    assert record.published is not None and record.published.value == "2024-03-12"


def test_the_credits_under_the_story_above_a_long_footer() -> None:
    story = STORY.replace(
        "Share this article\n", "Reporting by Tom Vane; Editing by Mara Quillon\n"
    )
    footer = "\n".join(f"Section {number} news and features" for number in range(150))
    record = extract(MENU + story + footer + "\n")
    assert [author.value for author in record.authors] == ["Dana Kelso", "Tom Vane", "Mara Quillon"]


def test_the_headline_run_into_its_standfirst_and_byline_is_the_title() -> None:
    # no blank line anywhere: the rules find no headline standing in its own block
    headline = "Harbour council backs the new library budget after a long debate"
    story = STORY.replace(f"{headline}\n\nBy Dana Kelso\nMarch 12, 2024\n\n", "", 1)
    header = (
        f"{headline}\n'The library is the heart of the quay, not a luxury'\n"
        "By\nDana Kelso\n-\nMay 4, 2022\nShare\nFacebook\n"
    )
    record = extract(MENU + header + story)
    assert record.title is not None
    assert (record.title.value, record.title.derived) == (headline, False)
    assert [author.value for author in record.authors] == ["Dana Kelso"]


def test_a_caption_with_its_credit_is_no_headline() -> None:
    headline = "Harbour council backs the new library budget after a long debate"
    caption = "Library budget backed by the harbour council (Picture by Lena Morrow)"
    page = MENU + STORY.replace(f"{headline}\n", f"{caption}\n{headline}\n", 1)
    assert page[story_start(page) :].startswith(headline)


def test_a_headline_in_other_words_than_the_lede_stands_over_its_byline() -> None:
    headline = "Library budget scheme wins the vote despite angry traders"
    old_header = (
        "Harbour council backs the new library budget after a long debate\n\nBy Dana Kelso\n"
    )
    page = MENU + STORY.replace(old_header, f"{headline}\nby: Dana Kelso\n", 1)
    assert page[story_start(page) :].startswith(headline)
    record = extract(page)
    assert record.title is not None and record.title.value == headline


def test_other_stories_teasers_run_into_the_story() -> None:
    # each teaser a headline and a sentence: prose, so the run of prose starts with them
    teasers = "\n".join(
        [
            "Ferry fares to rise in spring",
            "The ferry company said on Friday that fares would rise by a tenth from April.",
            "Netball side names its new coach",
            "The island's netball side has named a former player as its coach for the season.",
        ]
    )
    headline = "Harbour council backs the new library budget after a long debate"
    story = STORY.replace(f"{headline}\n\nBy Dana Kelso\nMarch 12, 2024\n", "", 1)
    page = MENU + teasers + f"\n{headline}\nMarch 12, 2024\n" + story
    assert page[story_start(page) :].startswith(headline)
    record = extract(page)
    assert record.title is not None and record.title.value == headline
    assert record.published is not None and record.published.value == "2024-03-12"


def test_the_date_under_a_standfirst_caption_and_sign_up_box() -> None:
    # the share buttons over the headline and the widget's lines under it push the date past
    # the header's first six lines; a menu's labels are no header lines
    header = "Harbour council backs the new library budget after a long debate\n\nBy Dana Kelso\nMarch 12, 2024\n"
    furniture = "\n".join(
        [
            "Share",
            "Facebook",
            "Email",
            "Print",
            "News",
            "Harbour council backs the new library budget after a long debate",
            "Members voted late on Monday to pay for the library from the reserves.",
            "The old customs house on the quay, where the library will open.Lena Morrow / Quay Images",
            "Breaking News Emails",
            "Get the island's news in your inbox. The stories that matter, every morning.",
            "March 12, 2024, 9:28 AM",
            "By Dana Kelso",
            "",
        ]
    )
    page = MENU + STORY.replace(header, furniture, 1)
    record = extract(page)
    assert record.published is not None and record.published.value == "2024-03-12"


def test_the_page_title_echoed_over_the_headline_is_not_the_title() -> None:
    # the page's title, the site's name after a bar, stands over the headline
    headline = "Harbour council backs the new library budget after a long debate"
    page = MENU + f"{headline} | Quay Courier Loaded\nNews\n" + STORY
    assert page[story_start(page) :].startswith(headline + "\n")
    record = extract(page)
    assert record.title is not None and record.title.value == headline


def test_the_lines_over_the_headline_do_not_push_its_date_out_of_the_header() -> None:
    headline = "Harbour council backs the new library budget after a long debate"
    header = f"{headline}\n\nBy Dana Kelso\nMarch 12, 2024\n"
    over = "About the Quay Courier\nIsland life in pictures\nNews\n"
    under = "\n".join(
        [
            headline,
            "Members voted late on Monday to pay for the library from the reserves, not rates.",
            "The vote came a week after the finance committee's report",
            "Councillors and residents at the meeting in the town hall",
            "Dana Kelso · Quay Courier · Posted: Mar 12, 2024 4:00 AM",
            "The old customs house on the quay, where the library will open next spring.",
            "Social Sharing",
            "",
        ]
    )
    page = MENU + over + STORY.replace(header, under, 1)
    assert page[story_start(page) :].startswith(headline + "\n")
    record = extract(page)
    assert record.published is not None and record.published.value == "2024-03-12"


FOOTER_BLURBS = "\n".join(
    [
        "More from the Quay Courier",
        *(f"Island ferry story number {n} of the week, in pictures" for n in range(12)),
        "Quay Courier Products",
        "Harbour Data",
        "The most complete way to follow the island's shipping, with live arrivals, cargo "
        "manifests and the tides for every berth, in one place that you can reach from any of your devices.",
        "Quay Archive",
        "Every issue of the paper since the first one, searchable by the names of the people, the "
        "streets and the boats that were in the news, with the photographs that went with them.",
        "Cookie settings",
        "These cookies are set through our site by our advertising partners. They may be used by those "
        "companies to build a profile of your interests and show you relevant adverts on other sites.",
        "They do not store directly personal information, but are based on uniquely identifying your "
        "browser and internet device. If you do not allow these cookies, you will see less targeted ads.",
        "We use cookies that are needed for the site to work, and others that help us to improve it "
        "for you, which you can turn off at any time in the settings that are linked from every page of it.",
        "Performance cookies allow us to count visits and traffic sources so we can measure and "
        "improve the performance of our site, and they help us to know which pages are the most popular.",
        "All the information that these cookies collect is aggregated and therefore anonymous, and if "
        "you do not allow them we will not know when you have visited our site or how it has performed.",
        "",
    ]
)


def test_the_story_over_a_longer_run_of_footer_prose() -> None:
    # the footer's product blurbs and cookie notice are prose too, and longer than the story
    page = MENU + STORY + FOOTER_BLURBS
    assert page[story_start(page) :].startswith("Harbour council backs the new library budget")
    record = extract(page)
    assert record.title is not None
    assert record.title.value == "Harbour council backs the new library budget after a long debate"


def test_a_caption_ending_in_its_credit_is_no_headline() -> None:
    # the headline in other words than the lede; the caption under it repeats the lede
    headline = "Library scheme wins the vote despite angry traders"
    caption = (
        "The harbour council backed the budget for the new library on Monday. Source: Supplied"
    )
    page = MENU + STORY.replace(
        "Harbour council backs the new library budget after a long debate\n\n",
        f"{headline}\n{caption}\n",
        1,
    )
    assert not page[story_start(page) :].startswith(caption)


def test_a_sentence_of_names_does_not_cut_the_body_from_its_lede() -> None:
    headline = "Harbour council backs the new library budget after a long debate"
    lede = (
        "The harbour council backed the budget for the new library on Monday after a debate "
        "that ran late into the evening, members said."
    )
    names = (
        "Present: Rhea Ostrander, Tom Vane, Mara Quillon, Lena Morrow, Dana Kelso, Jon Roe, "
        "Ann Poe, Lee Dunn, Ray Hill, Sam Tull, Kit Marr, Joe Fenn, Bo Lark and Al Finch."
    )
    rest = "\n".join(
        [
            "Ferry services to the outer islands will run to a winter timetable from next "
            "week, the operator said in a statement on Tuesday.",
            "Crossings to the two smaller islands will be cut to one a day, and the last "
            "boat of the evening will leave an hour earlier than it does in summer.",
            "The operator said that it had been asked by residents to keep the early "
            "crossing for pupils and workers, and that it would do so through the winter.",
            "",
        ]
    )
    page = MENU + f"{headline}\nBy Dana Kelso\nMarch 12, 2024\n{lede}\n{names}\n{rest}"
    assert page[story_start(page) :].startswith(headline + "\n")


SHORT_MENU = "Sections\nSearch\nLogin\nMarch 13, 2024\nLogin\nBREAKING\n"


def test_a_page_with_a_short_menu_over_its_headline() -> None:
    page = SHORT_MENU + STORY + FOOTER_BLURBS
    assert page[story_start(page) :].startswith("Harbour council backs the new library budget")
    record = extract(page)
    assert record.title is not None
    assert record.title.value == "Harbour council backs the new library budget after a long debate"
    assert record.published is not None and record.published.value == "2024-03-12"


def test_a_question_headline_in_title_case_is_no_sentence_of_the_body() -> None:
    # long enough, with enough function words and a question mark to pass for prose
    headline = "Fact Check: Is The Harbour Library Budget Paid For By A Rise In Local Rates?"
    page = (
        MENU
        + "Fact Check\n"
        + STORY.replace(
            "Harbour council backs the new library budget after a long debate", headline, 1
        )
    )
    assert page[story_start(page) :].startswith(headline + "\n")
    record = extract(page)
    assert record.title is not None and record.title.value == headline


def test_a_posted_on_date_over_the_headline_is_the_story_s() -> None:
    page = (SHORT_MENU + "Posted on March 11, 2024\n" + STORY).replace(
        "March 12, 2024\n\n", "Updated March 12, 2024\n\n", 1
    )
    record = extract(page)
    assert record.published is not None and record.published.value == "2024-03-11"


def test_names_in_the_lists_under_a_page_s_story_are_no_people_of_it() -> None:
    lists = "\n".join(
        [
            "More from the Quay Courier",
            "Netball side names its new coach",
            "Ian Maltby, a former player, will take charge of the island side for the season.",
            "Rowing title for a third year",
            "Carla Windham won the island's rowing title again on Saturday, by two lengths.",
            "",
        ]
    )
    page = MENU + STORY + lists + FOOTER_BLURBS
    people = {person.name for person in extract(page).people}
    assert "Rhea Ostrander" in people
    assert not people & {"Ian Maltby", "Carla Windham"}


def test_short_sentences_and_a_subhead_after_the_last_paragraph_are_the_story_s() -> None:
    ending = "\n".join(
        [
            "MARINA NEXT",
            "The council votes on the marina next.",
            "It meets again on Friday.",
            "The plan is Ian Maltby's.",
            "Carla Windham backs it.",
            "",
        ]
    )
    page = MENU + STORY.replace("Share this article\n", ending, 1) + FOOTER_BLURBS
    people = {person.name for person in extract(page).people}
    assert {"Rhea Ostrander", "Ian Maltby", "Carla Windham"} <= people


def test_a_headline_over_a_line_of_writers_names_and_their_job() -> None:
    headline = "Library budget scheme wins the vote despite angry traders"
    old_header = (
        "Harbour council backs the new library budget after a long debate\n\nBy Dana Kelso\n"
    )
    for byline in ("Dana Kelso and Tom Vane | Harbour Reporter", "Dana Kelso and Tom Vane"):
        page = MENU + STORY.replace(old_header, f"{headline}\n{byline}\n", 1)
        assert page[story_start(page) :].startswith(headline), byline


def test_a_reporters_sign_off_under_the_story_outranks_the_footers_copyright() -> None:
    footer = "\n".join(["Home", "About us", "Privacy Policy", "Archive", "Go to Top"] * 3)
    page = (
        MENU
        + STORY.replace("Share this article\n", "Lena Morrow, Harbour Radio News.\n\n", 1)
        + footer
        + "\n© 2024 HARBOUR WAVES All Rights Reserved.\n"
    )
    source = extract(page).source
    assert source is not None and source.value == "Harbour Radio"


def test_a_byline_is_no_headline_where_the_writer_s_bio_ends_a_short_story() -> None:
    # the bio repeats every word of the byline, which then shares more of the body's words
    # than the headline does
    page = MENU + "\n".join(
        [
            "Quay wall repairs start before summer",
            "The work follows months of debate among those it affects.",
            "By Lena Morrow, Harbour Gazette",
            "The quay at dawn. Ian Maltby/Coast Images",
            "",
            "Repairs to the old quay wall began on Monday, the harbour board said, after a winter of storms that left parts of the wall unsafe for the ferries.",
            "",
            "Lena Morrow is a reporter at the Harbour Gazette who covers the port and the quay.",
            "",
        ]
    )
    record = extract(page)
    assert record.title is not None
    assert record.title.value == "Quay wall repairs start before summer"
    assert [author.value for author in record.authors] == ["Lena Morrow"]


def test_a_long_transcript_is_one_story_not_a_page_under_a_question() -> None:
    # a broadcast's transcript, one sentence a paragraph: a question over a speaker's name,
    # late in it, is no headline over a byline with other stories' teasers above
    sentences = [
        "Ovrin Talmasse said the ferry would run again in the spring after the repairs.",
        *(
            f"Speaker {n} said the harbour board had argued about the ferry repairs for many "
            "weeks in the old hall by the quay, and would meet again soon."
            for n in range(1, 121)
        ),
        "Should the harbour board pay for the ferry repairs?",
        "Dana Kelso",
        "The harbour board should pay for the ferry repairs this year, she told the hall.",
        "Tom Vane said the board had no money left for the ferry repairs at all.",
    ]
    text = "\n\n".join(sentences) + "\n"
    assert story_start(text) == 0
    assert "Ovrin Talmasse" in {person.name for person in extract(text).people}


def test_a_menu_s_last_link_over_a_long_headline_is_no_headline_of_it() -> None:
    """The headline runs long, right under the menu's last link ("Work for Kestrel"), a line
    in the shape of a short headline with its standfirst under it; but it is in the words
    of the menu's labels over it."""
    headline = (
        "The long sparring match between the harbour board's chairman and the island's "
        "new fisheries minister"
    )
    menu = MENU.replace(
        "Advertisement\n",
        "Kestrel Profiles\nKestrel Leadership\nKestrel Newsletters\nWork for Kestrel\n",
    )
    story = STORY.replace(
        "Harbour council backs the new library budget after a long debate\n\n",
        f"{headline}\nAnalysis by Dana Kelso, Quay Courier Senior Analyst\n",
        1,
    )
    record = extract(menu + story)
    assert record.title is not None and record.title.value == headline


def test_a_headline_over_its_byline_above_a_long_video_playlist() -> None:
    """A playlist of other videos' titles and times (many short lines) stands between the
    header and the story, whose dateline is a line of its own."""
    headline = "Harbour council backs the new library budget after a long debate"
    playlist = "".join(
        f"Video\nIsland ferry timetable change number {n} explained\n0{n % 9}:1{n % 6}\n"
        "Now playing\n- Source: Quay TV\n"
        for n in range(30)
    )
    story = STORY.replace(
        "By Dana Kelso\nMarch 12, 2024\n\n",
        f"By Dana Kelso\nMarch 12, 2024\n{playlist}Harbourton (Quay Wire) —\n",
        1,
    )
    record = extract(MENU + story)
    assert record.title is not None and record.title.value == headline
    assert [author.value for author in record.authors] == ["Dana Kelso"]
    assert record.published is not None and record.published.value == "2024-03-12"


def test_a_sticky_bar_s_copy_of_the_headline_over_the_menu_is_not_where_the_story_starts() -> None:
    """The page's sticky bar repeats the headline at its top, over the menu's labels; the
    story's own headline stands over its standfirst further down. A caption under it dates
    its picture, not the story."""
    headline = "Harbour council backs the new library budget after a long debate"
    page = (
        f"Skip to main content\nSave this story\n{headline}\nNews\nSport\nCulture\n{MENU}"
        "Dana Kelso\nLocal\nMar 12, 2024 2:00 AM\n"
        + STORY.replace(
            "By Dana Kelso\nMarch 12, 2024\n\n",
            "The vote ends a long dispute over the cost.\n"
            "Councillors at the town hall on February 2, 2024.Photograph: Tom Vane/Quay Images\n",
            1,
        )
    )
    record = extract(page)
    assert record.title is not None and record.title.value == headline
    assert record.title.start > page.index(MENU)
    assert record.published is not None and record.published.value == "2024-03-12"


def test_a_quotation_s_attribution_in_the_sidebar_under_the_story_is_no_sign_off() -> None:
    sidebar = "\n".join(
        [
            "Port reopens after storm",
            "Ferry strike ends",
            "Quote of the Day",
            '"A harbour without ships is a pond with walls."',
            "- Marcus Feldane",
            "Contact Us",
        ]
    )
    record = extract(MENU + STORY + sidebar + "\n")
    assert [author.value for author in record.authors] == ["Dana Kelso"]


def test_an_advert_s_own_buttons_are_its_labels() -> None:
    from newscat.extract.text import ad_label

    for label in ("Ad Feedback", "Video Ad Feedback", "Report this ad", "AdChoices"):
        assert ad_label(label)
    assert not ad_label("Ad hoc committee meets")
    story = STORY.replace("March 12, 2024\n", "March 12, 2024\nLink Copied!\nAd Feedback\n", 1)
    record = extract(MENU + story)
    assert "Ad Feedback" not in {person.name for person in record.people}


def test_an_agency_s_dateline_without_brackets_on_its_own_line_credits_it() -> None:
    """ "Harbourton AFP —" over the lede, a caption and its credit between it and the byline;
    and the agency after a byline's list of writers."""
    dateline = STORY.replace(
        "March 12, 2024\n\n",
        "March 12, 2024\nThe council chamber on Monday.\nQuay Images/Tom Vane\nHarbourton AFP —\n",
        1,
    )
    record = extract(MENU + dateline)
    assert record.source is not None
    assert (record.source.value, record.source.rule) == ("AFP", "wire-dateline")
    listed = STORY.replace("By Dana Kelso\n", "By Dana Kelso, Mara Quillon and Ann Lee, AFP\n", 1)
    record = extract(MENU + listed)
    assert record.source is not None and record.source.value == "AFP"
    # a place and a word in capitals that names no agency: no credit
    unknown = dateline.replace("Harbourton AFP —", "Harbourton KQZ —")
    assert extract(MENU + unknown).source.value == "Quay Courier"  # type: ignore[union-attr]


def test_a_headline_over_its_standfirst_and_byline_outranks_the_story_s_first_subhead() -> None:
    """The headline shares under half its words with the lede, but a standfirst sentence and
    the byline stand under it; the story's first line, a subhead, shares none. The reading
    time over the headline is furniture."""
    headline = "Kelso’s Rovers lift a fourth cup to become this season’s champions"
    page = (
        MENU + "7-minute read\n" + headline + "\nSame tears, different emotions.\n"
        'By Dana "Quick" Kelso November 19, 2023 7:18 pm\nShare Article\nCredit: Quay Images\n'
        "Quay Rovers are your champions!\n"
        "It is the club's fourth title and captain Mara Quillon's as well, after a season in "
        "which the side lost only twice at home, the club said.\n"
        "The final was played in front of a full house at the harbour ground on Sunday, and "
        "Rovers won it by three goals to nil, officials said.\n"
        "Share this article\nMost read\n"
    )
    record = extract(page)
    assert record.title is not None and record.title.value == headline
    assert is_boilerplate("7-minute read") and is_boilerplate("11 minute read")
    assert [(a.value, page[a.start : a.end]) for a in record.authors] == [
        ("Dana Kelso", 'Dana "Quick" Kelso')
    ]


def test_people_of_a_video_playlist_between_the_header_and_the_story_are_not_its() -> None:
    clips = [
        "Kelso says any councillor who is sure of the harbour vote is 'foolish'",
        "Watch what Mara Quillon did when asked about the ferry",
        "Tom Vane speaks to reporters after the harbour vote",
    ]
    playlist = "".join(
        f"Video Ad Feedback\n{clip}\n0{n}:16\nNow playing\n- Source: Quay TV\n"
        for n, clip in enumerate(clips)
    )
    story = STORY.replace(
        "By Dana Kelso\nMarch 12, 2024\n\n", f"By Dana Kelso\nMarch 12, 2024\n{playlist}", 1
    )
    names = {person.name for person in extract(MENU + story).people}
    assert "Rhea Ostrander" in names
    assert not names & {"Mara Quillon", "Tom Vane"}


def test_a_byline_over_the_headline_of_a_page_copied_whole() -> None:
    story = STORY.replace("By Dana Kelso\nMarch 12, 2024\n\n", "", 1)
    record = extract(MENU + "Dana Kelso\nLocal\nMar 12, 2024 2:00 AM\n" + story)
    assert [author.value for author in record.authors] == ["Dana Kelso"]
    assert "Dana Kelso" not in {person.name for person in record.people}


def test_a_question_over_a_sentence_over_a_long_one_opening_with_by_is_no_headline() -> None:
    """A broadcast transcript: a short question, an answer, and a long sentence that opens
    with "By" are no headline, standfirst and byline."""
    speakers = ["Dana Kelso", "Tom Vane", "Mara Quillon"]
    turns = [
        f"{speakers[n % 3]} said the harbour vote would come on Monday, and that the board "
        f"would meet again after it, for the {n}th time this year /."
        for n in range(30)
    ]
    turns[15:15] = [
        "Who decides what the harbour board does with the quay /?",
        "Look the harbour board is in charge of the quay /.",
        "By the charter and every law the island has passed since then, the board decides "
        "what the quay is for and who may moor there, and that is the end of it /.",
    ]
    text = "\n\n".join(turns) + "\n"
    assert story_start(text) == 0


def test_a_stated_credit_past_the_story_s_prose_still_credits_it() -> None:
    # a line-up and a sign-up box end the story's prose before its credit line
    lineup = "\n\n".join(
        [
            "Vane; Quillon, Kelso, Orvell, Dunne; Parkes, Faulk; Marten, Verbeek.",
            "Benali, Tarus, Adewale, Vermaas.",
            "Sign up for the Harbour Herald's morning briefing",
            "Additional reporting by Ruth Calloway",
            "Contact Us",
        ]
    )
    record = extract(MENU + STORY + "\n" + lineup + "\n")
    assert [author.value for author in record.authors] == ["Dana Kelso", "Ruth Calloway"]


@pytest.mark.parametrize(
    ("line", "opens"),
    [("$1m payoff for port boss", True), ("£5bn deal for the quay", True), ("$ sign", False)],
)
def test_a_headline_may_open_with_a_sum(line: str, opens: bool) -> None:
    assert opens_as_headline(line) is opens


def test_where_the_writers_reported_from_is_no_headline_over_the_date() -> None:
    credit = "Dana Kelso reported from Lagos, and Tom Vane from Quaytown."
    page = MENU + STORY.replace("By Dana Kelso\n", f"By Dana Kelso and Tom Vane\n{credit}\n", 1)
    assert page[story_start(page) :].startswith("Harbour council backs the new library budget")


def test_a_credit_and_a_reader_s_comment_under_the_story_make_no_headline() -> None:
    # "Additional reporting by …" over the writer's bio, a sentence, and a reader's name and
    # time under "Comments": the shape of a headline over its standfirst and byline
    tail = "\n".join(
        [
            "Additional reporting by Tom Vane",
            "Dana Kelso is a columnist for the Quay Courier. The views expressed are her own.",
            "Comments",
            "Omar Feld · 2 hours ago",
            "Great piece, thanks.",
        ]
    )
    page = MENU + STORY.replace("Share this article\n", tail + "\n", 1) + FOOTER_BLURBS
    assert page[story_start(page) :].startswith("Harbour council backs the new library budget")


def test_a_newsletter_forms_lines_are_no_headline_nor_lede() -> None:
    """A sign-up box over the menus: its prompt is headline-shaped and its messages run as
    a sentence ("Enter your email Thank you for signing up! An error occurred.")."""
    text = (
        "Kestrel Post Harbour Desk Quay Life\n"
        "Newsletter\n"
        "Get Kestrel Post's Top Stories Delivered Daily\n"
        "Enter your email Thank you for signing up! An error occurred. Please try again.\n"
        "Home\nNews\nSport\nOpinion\nCulture\nTravel\n"
        "Harbour wall to be rebuilt before the winter storms\n"
        "By Dana Kelso\n"
        "September 2, 2016 7:30 a.m.\n"
        "The council of Quaytown voted on Monday to rebuild the harbour wall before the winter "
        "storms, its leader Tom Vane said after a long meeting.\n"
        "Work will start next month and take a year, the council's engineer Mara Quillon said.\n"
    )
    found = extract(text)
    assert found.title is not None
    assert found.title.value == "Harbour wall to be rebuilt before the winter storms"
    assert found.published is not None and found.published.value == "2016-09-02"


def test_a_name_alone_with_a_full_stop_under_a_picture_is_its_caption() -> None:
    text = (
        "Harbour wall to be rebuilt\n"
        "Photo: Lena Morrow/Quay Images\n"
        "Tom Vane.\n"
        "September 2, 2016 7:30 a.m.\n"
        "The council of Quaytown voted on Monday to rebuild the harbour wall, its leader Tom "
        "Vane said after a long meeting.\n"
    )
    assert extract(text).authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Get Kestrel Post's Top Stories Delivered Daily",
        "Enter your email Thank you for signing up! An error occurred. Please try again.",
        "Thank you for subscribing to Harbour Notes",
    ],
)
def test_a_newsletter_forms_lines_are_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry gets its fuel delivered daily, the harbour master said.",
        # a sentence of the prompt's box inside the story, which the story's structure needs
        "Get daily Harbour news delivered to your inbox so you'll never miss the top stories.",
    ],
)
def test_a_sentence_about_a_delivery_is_no_form(line: str) -> None:
    assert not is_boilerplate(line)
