"""Story lines and furniture lines of a page copy, told apart by shape."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.structure import english, furniture_runs, tail_span
from newscat.extract.text import content_lines

STORY = (
    "Council approves new harbour plan\n\n"
    "The city council on Tuesday approved a plan to rebuild the old harbour, after a debate "
    "that lasted most of the day and drew hundreds of residents to the town hall.\n\n"
    "Mayor Ruth Calder said the work would start in the spring and would be paid for by a "
    "grant from the regional government, which had been promised in March.\n\n"
    "Opponents said the plan did not do enough for the fishing fleet, and that the cost of "
    "the project had not been made public before the vote.\n\n"
)
TRENDING = (
    "Melania Trump Wears Bold Red Gown At Gala\n"
    "Venice Canals Run Dry In Winter Heatwave\n"
    "Billy Ray Cyrus Opens Up About Family Feud\n"
)


def test_a_run_of_headlines_is_furniture() -> None:
    text = STORY + TRENDING
    runs = furniture_runs(text)
    assert [text[a:b] for a, b in runs] == TRENDING.splitlines()


def test_people_only_in_other_headlines_are_not_the_story_s() -> None:
    names = [p.name for p in extract(STORY + TRENDING).people]
    assert names == ["Ruth Calder"]


def test_one_headline_like_line_alone_is_not_a_list() -> None:
    text = STORY + "Billy Ray Cyrus Opens Up About Family Feud\n"
    assert furniture_runs(text) == []


def test_another_story_s_card_inside_the_story_names_its_writer_not_a_person() -> None:
    first, rest = STORY.split("Opponents", 1)
    card = "Harbour Politics\nRuth Calder turns focus to ferries\nEllen Marwick\n"
    text = first + card + "Opponents" + rest
    assert [p.name for p in extract(text).people] == ["Ruth Calder"]
    # a name alone under a sentence is the story's: a subhead of a profile
    text = first + "Ellen Marwick\nOpponents" + rest
    assert furniture_runs(text) == []


def test_a_person_of_the_story_named_in_a_list_too_stays() -> None:
    text = (
        STORY + "Ruth Calder Unveils Harbour Design Today\nVenice Canals Run Dry In Winter Heat\n"
    )
    assert [p.name for p in extract(text).people] == ["Ruth Calder"]


def test_lists_with_figures_or_commas_are_results_not_furniture() -> None:
    text = STORY + "Ireland - Given, Breen, Staunton, Irwin\nScorers - Keane 12, Quinn 40\n"
    assert furniture_runs(text) == []


def test_only_english_texts_are_judged_by_english_function_words() -> None:
    assert not english("Prezident İlham Əliyev Fransa səfirini qəbul edib. " * 10)
    assert english(STORY)


# After the story, a page's lists mix headlines, questions, teasers cut off with "…", years
# and section labels: no one line shape holds, but none of them is a story's sentence.
TAIL = (
    "More from World\n\n"
    "Royal wedding 2031: Will Princess Odile be allowed to wear a tiara?\n\n"
    "Senator Brant Holloway appears to fall asleep live on television\n\n"
    "Storms\n\n"
    "Farmers are being paid to leave fields fallow for the winter, and some say the money…\n\n"
    "Posted on March 3, 2031\n"
)


def test_the_lists_after_the_story_s_last_sentence_are_its_tail() -> None:
    text = STORY + TAIL
    tail = tail_span(text)
    assert tail is not None
    assert text[tail[0] :].startswith("More from World")


def test_people_only_in_the_tail_are_not_the_story_s_even_with_a_title() -> None:
    names = [p.name for p in extract(STORY + TAIL).people]
    assert names == ["Ruth Calder"]


def test_the_tail_begins_after_the_story_s_paragraphs_never_above_them() -> None:
    """A page whose lists outnumber the story's sentences four to one: a sentence over a list
    above the story (a writer's line among other stories' headlines) is not where it ends."""
    top = (
        "Port reopens after the storm\nQuay wall repairs begin next week\n"
        "Tom Vane is a reporter covering the harbour and the courts.\n"
        "Harbour festival draws record crowds\nNew ferry timetable announced for spring\n"
        "Council approves budget for the coastal path\n\n"
    )
    others = "".join(f"Harbour story number {n} of the week\n" for n in range(40))
    more = "The mayor said the harbour would stay open while the work was done.\n\n" * 2
    text = top + STORY + more + "Most read\n" + others
    tail = tail_span(text)
    assert tail is not None
    assert text[tail[0] :].startswith("Most read")


def test_a_story_that_goes_on_after_a_short_list_has_no_tail_there() -> None:
    middle = "Read more\n\nHarbour Plans Through The Years\nWhat The Fleet Wants Now\n\n"
    text = STORY + middle + STORY.split("\n\n", 1)[1]
    assert tail_span(text) is None


def test_a_results_table_after_the_story_is_not_a_tail() -> None:
    table = "".join(f"Player {n} Smith {n} runs 4 fours 2 sixes\n" for n in range(6))
    assert tail_span(STORY + table) is None


def test_a_headline_question_is_not_a_sentence_but_a_quoted_one_is() -> None:
    from newscat.extract.structure import _ends_sentence

    assert not _ends_sentence("Will the harbour be rebuilt?")
    assert _ends_sentence("“Will the harbour be rebuilt?”")
    assert _ends_sentence("The harbour will be rebuilt.")
    assert not _ends_sentence("The harbour will be rebuilt and the fleet…")


def test_headlines_with_a_figure_or_two_still_make_a_list() -> None:
    listed = (
        "Council plans 900km long coastal road across the north\n"
        "Dara Quell and Omar Vance attend the harvest festival together\n"
    )
    assert [p.name for p in extract(STORY + listed).people] == ["Ruth Calder"]
    table = "Quell 4 Vance 2\nMarsh 3 Pell 1\n"
    assert furniture_runs(STORY + table) == []


def test_a_numbered_list_run_into_one_line_is_furniture() -> None:
    box = (
        "Most Popular Today\n\n1 Old photo sparks Dara Quell conspiracy theories 2 Aides "
        "allegedly left notes for the new staff 3 Congressman denies the story\n"
    )
    assert [p.name for p in extract(STORY + box).people] == ["Ruth Calder"]


def test_people_in_the_page_s_production_credits_are_not_the_story_s() -> None:
    headline, lede, rest = STORY.split("\n\n", 2)
    for credit in ("Graphics by Tom Vane", "Design: Ann Lee | Development: Ivo Marsh"):
        text = f"{headline}\n\nBy Jane Rowe\n\n{lede}\n\n{credit}\n\n{rest}"
        assert [p.name for p in extract(text).people] == ["Ruth Calder"], credit


def test_a_person_of_the_story_named_in_a_credit_too_stays() -> None:
    text = STORY + "Ruth Calder unveiled the plan's drawings.\n\nIllustration: Ruth Calder\n"
    assert [p.name for p in extract(text).people] == ["Ruth Calder"]


def test_a_blog_comment_under_its_writer_s_name_is_no_story() -> None:
    comment = "Tom Vane says:\nMarch 3, 2023 at 9:15 am\nGreat plan, about time.\nReply\n"
    assert [p.name for p in extract(STORY + comment).people] == ["Ruth Calder"]


def test_people_in_links_to_other_stories_are_not_the_story_s() -> None:
    headline, lede, rest = STORY.split("\n\n", 2)
    for link in (
        "ALSO READ | Ivo Marsh wins award for bridge design",
        "Watch: Ann Lee on the future of the port",
        "Recommended: Ivo Marsh's plan for the waterfront",
        "You might also like: Tom Vane, the man who saved the pier",
    ):
        text = f"{headline}\n\nBy Jane Rowe\n\n{lede}\n\n{link}\n\n{rest}"
        assert [p.name for p in extract(text).people] == ["Ruth Calder"], link


def test_a_label_line_with_no_given_name_is_no_person() -> None:
    headline, lede, rest = STORY.split("\n\n", 2)
    text = f"{headline}\n\n{lede}\n\nFact Check\n\n{rest}"
    assert [p.name for p in extract(text).people] == ["Ruth Calder"]


def test_a_kicker_before_a_colon_and_a_gloss_in_brackets_are_no_people() -> None:
    kicker = '---\ntitle: "Fact Check: Is The Harbour Plan Too Costly?"\n---\n' + STORY
    assert [p.name for p in extract(kicker).people] == ["Ruth Calder"]
    gloss = STORY + 'The final was played at the "Casa Magica" (Magic House) centre court.\n'
    assert [p.name for p in extract(gloss).people] == ["Ruth Calder"]


def test_the_outlet_named_again_and_again_is_no_person() -> None:
    from newscat.extract import _not_the_outlet
    from newscat.extract.record import Found, Person

    people = [
        Person("HX Consortium", 10, 23, "full-name", mentions=3),
        Person("Ruth Calder", 40, 51, "tagger"),
    ]
    source = Found("The HX Consortium", 500, 517, "copyright")
    assert [p.name for p in _not_the_outlet(STORY, people, source)] == ["Ruth Calder"]


def test_a_headline_s_first_word_written_in_lower_case_elsewhere_is_no_given_name() -> None:
    from newscat.extract.names import Candidate, Token
    from newscat.extract.people import _sentence_opener

    house, vane = Token("House", 0, 5), Token("Vane", 6, 10)
    lowercase = frozenset({"house", "will"})
    assert _sentence_opener(Candidate([house, vane]), frozenset({0}), lowercase)
    assert not _sentence_opener(Candidate([house, vane]), frozenset({0}), frozenset())
    will = Token("Will", 0, 4)  # a given name, though "will" is written in lower case too
    assert not _sentence_opener(Candidate([will, vane]), frozenset({0}), lowercase)


FERRY_HEADLINE = "Ferry terminal to open in March after two-year delay"
FERRY_STORY = (
    "Harbour City officials said on Tuesday that the new ferry terminal would open in March, "
    "after two years of delays and a dispute over its cost.\n\n"
    '"We are finally ready," said Mara Quillon, the transport commissioner.\n'
)
SITE_MENU = "Home\nNews\nSport\nBusiness\nOpinion\n"


def test_the_site_s_own_lines_over_its_menu_are_not_the_story_s() -> None:
    """A page copied from its top: the day of the visit and a ticker stand over the menu; the
    story's headline and date under it."""
    text = (
        f"Wednesday, March 13, 2024\nBREAKING: Storm warning for the north coast\n{SITE_MENU}\n"
        f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n{FERRY_STORY}"
    )
    found = extract(text)
    assert found.title is not None and found.title.value == FERRY_HEADLINE
    assert found.published is not None and found.published.value == "2024-01-05"


def test_a_writer_s_box_names_the_writer_and_no_person_of_the_story() -> None:
    text = (
        f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n{FERRY_STORY}\nAbout the author\n"
        "Tom Vane is a transport reporter who worked with Lena Morrow at the Coast Star.\n"
    )
    found = extract(text)
    assert [p.name for p in found.people] == ["Mara Quillon"]
    assert [a.value for a in found.authors] == ["Tom Vane"]


def test_a_writer_s_box_after_a_list_of_other_stories_is_still_the_writer_s() -> None:
    """The box's heading looks like one more headline of the "More from" list above it."""
    text = (
        f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n{FERRY_STORY}\nMore from Harbour News\n"
        "Port reopens after the storm\nQuay wall repairs begin next week\n\nAbout the author\n"
        "Tom Vane is a transport reporter who worked with Lena Morrow at the Coast Star.\n"
    )
    assert _people(text) == ["Mara Quillon"]
    assert not [line for line in content_lines(text) if "Lena Morrow" in line.text]


def test_a_writer_s_box_between_the_story_s_paragraphs_hides_no_more_of_the_story() -> None:
    box = "About the author\nTom Vane is a transport reporter at the Coast Star.\n"
    first, rest = FERRY_STORY.split("\n\n")
    text = f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n{first}\n\n{box}{rest}"
    assert _people(text) == ["Mara Quillon"]
    # the box's second line is the writer's when it is about them
    box_of_two = (
        "About the author\nTom Vane\nHe covers ferries for the Coast Star, as Lena Morrow did.\n"
    )
    assert _people(f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n{FERRY_STORY}\n{box_of_two}") == [
        "Mara Quillon"
    ]


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


FERRY_PAGE = f"{FERRY_HEADLINE}\nJanuary 5, 2024\n\n"


def test_a_picture_s_credit_after_its_caption_or_label_names_no_person() -> None:
    for credit in ("The terminal at dusk. Lena Morrow/Harbour Gazette", "Credit: Lena Morrow"):
        assert _people(f"{FERRY_PAGE}{credit}\n\n{FERRY_STORY}") == ["Mara Quillon"]


def test_a_picture_s_credit_with_the_caption_s_furniture_or_agencies_names_no_person() -> None:
    for credit in (
        "The terminal at dusk. Lena Morrow/Harbour Wire hide caption\ntoggle caption\n"
        "Lena Morrow/Harbour Wire",
        "The terminal at dusk.\nLena Morrow | Harbour Wire | Quay Images",
    ):
        assert _people(f"{FERRY_PAGE}{credit}\n\n{FERRY_STORY}") == ["Mara Quillon"], credit


# a short story with its byline, one line a paragraph, as many page copies have it
FARES_HEAD = "Ferry fares to rise in April\nBy Dana Kelso\nMarch 3, 2024\n"
FARES_BODY = (
    "Ferry fares will rise by 4 per cent in April, the operator said on Monday.\n"
    "Operations director Tom Vane said fuel costs had doubled.\n"
)


def _under_lede_and_at_end(line: str) -> tuple[str, str]:
    """The short story with a line of furniture under its lede, and with it at the end."""
    first, second = FARES_BODY.splitlines(keepends=True)
    return f"{FARES_HEAD}{first}{line}\n{second}", f"{FARES_HEAD}{FARES_BODY}{line}\n"


@pytest.mark.parametrize(
    "credit",
    [
        "Courtesy of Mara Quillon",
        "(Mara Quillon / Harbour Gazette)",
        "PHOTO BY MARA QUILLON",
        "A ferry leaves the harbour. Mara Quillon for the Harbour Gazette",
        "Mara Quillon | Harbour Gazette",
        "A ferry leaves the harbour. | Mara Quillon | Harbour Gazette",
    ],
)
def test_a_picture_s_credit_in_other_shapes_names_no_person(credit: str) -> None:
    # under the lede's picture, and at the page's end: a photographer's credit either way
    for text in _under_lede_and_at_end(credit):
        assert _people(text) == ["Tom Vane"], text


@pytest.mark.parametrize(
    "line",
    [
        "Contact Mara Quillon at mquillon@harbourgazette.example",
        "Follow Mara Quillon on X",
        "Mara Quillon on Facebook",
    ],
)
def test_a_writer_s_contact_or_social_line_names_no_person(line: str) -> None:
    assert _people(f"{FARES_HEAD}{FARES_BODY}{line}\n") == ["Tom Vane"]


@pytest.mark.parametrize(
    "link",
    [
        "MORE: Mara Quillon's ferry plan explained",
        "Suggested: Mara Quillon named new port chief",
        "Don't miss: Mara Quillon's big day",
        "Also Read\nMara Quillon named new port chief",
        "In pictures: Mara Quillon's harbour",
    ],
)
def test_a_link_to_another_story_under_other_labels_names_no_person(link: str) -> None:
    for text in _under_lede_and_at_end(link):
        found = extract(text)
        assert [p.name for p in found.people] == ["Tom Vane"], text
        assert found.title is not None and found.title.value == "Ferry fares to rise in April"


def test_a_handle_or_hashtag_names_no_person() -> None:
    page = f"{FERRY_PAGE}Dana Kelso@DanaKelso\n\n{FERRY_STORY}Follow #PeterOrvell for more.\n"
    found = extract(page)
    assert [p.name for p in found.people] == ["Mara Quillon"]
    assert [a.value for a in found.authors] == ["Dana Kelso"]


def test_a_name_an_account_spells_in_lower_case_is_still_a_name() -> None:
    # an embedded post credits its account: "zashay tastas (@zashay.tastas)"
    story = (
        "Artist inks the health chief's face\n\n"
        "Both Kelso and tattoo artist Zashay Tastas were surprised by the interest shown by the "
        "media, who turned up at the small parlour on Monday to document the inking.\n\n"
        "Kelso said he was inspired after Tastas advertised the design on Instagram.\n\n"
        '"I just made it spontaneously," Tastas told reporters.\n\n'
        "View this post on Instagram\n"
        "A post shared by zashay tastas - studio (@zashay.tastas) on Apr 27, 2020 at 9:24am\n"
    )
    assert "Zashay Tastas" in _people(story)


def test_a_list_of_names_under_the_page_s_heading_is_no_story_s() -> None:
    for heading in ("Columnists", "Recent obituaries"):
        listed = f"\n{heading}\nDana Kelso\nPeter Orvell\nMary Ellen Dunne\n"
        assert _people(FERRY_PAGE + FERRY_STORY + listed) == ["Mara Quillon"]


def test_the_story_s_own_list_of_names_stays() -> None:
    story = (
        "Harbour prize winners named\nJanuary 5, 2024\n\nThe Harbour City arts council on "
        "Tuesday named the winners of its annual prize for young painters.\n\n"
    )
    names = "John Parkes\nMary Ellen Dunne\nGeorge Faulk\n"
    expected = ["John Parkes", "Mary Ellen Dunne", "George Faulk"]
    assert _people(story + "The winners were:\n" + names) == expected
    assert _people(story + "Winners\n" + names) == expected  # a heading in the story's words


def test_a_person_named_only_in_the_copyright_notice_is_no_person_of_the_story() -> None:
    text = FERRY_PAGE + FERRY_STORY + "\n© 2024 Peter Orvell. All rights reserved.\n"
    assert _people(text) == ["Mara Quillon"]


def test_the_next_and_previous_stories_and_podcast_episodes_are_the_page_s() -> None:
    for furniture in (
        "Previous Article\nDana Kelso quits port board\nNext Article\nPeter Orvell wins seat\n",
        "Episode 12: Peter Orvell on the ferry deal\n",
    ):
        assert _people(FERRY_PAGE + FERRY_STORY + "\n" + furniture) == ["Mara Quillon"]


def test_a_firm_named_for_its_trade_after_its_owner_is_no_person() -> None:
    for firm in ("Dana Kelso Photography", "Powered by WordPress | Theme by Dana Kelso Designs"):
        assert _people(f"{FERRY_PAGE}{firm}\n\n{FERRY_STORY}") == ["Mara Quillon"]


def test_commenters_are_no_writers_and_tag_lines_name_no_people() -> None:
    comments = (
        "\n3 thoughts on “Ferry terminal”\nJohn Parkes\nJanuary 5, 2024 at 10:00 am\n"
        "About time!\nMary Dunne\nJanuary 5, 2024 at 11:00 am\nWho will pay?\nLeave a Reply\n"
    )
    found = extract(FERRY_PAGE + "By Tom Vane\n\n" + FERRY_STORY + comments)
    assert [a.value for a in found.authors] == ["Tom Vane"]
    tagged = "\nPosted in News | Tagged Dana Kelso, ferry, Peter Orvell\n"
    assert _people(FERRY_PAGE + FERRY_STORY + tagged) == ["Mara Quillon"]


def test_more_credits_of_the_page_s_pictures_and_production_name_no_person() -> None:
    for credit in (
        "Cover image: Lena Morrow",
        "Featured image by Lena Morrow",
        "Top photo: The terminal at dawn. Lena Morrow for the Harbour Gazette",
        "Medically reviewed by Dr. Lena Morrow",
        "Translated by Lena Morrow",
    ):
        assert _people(f"{FERRY_PAGE}{credit}\n\n{FERRY_STORY}") == ["Mara Quillon"], credit


def test_a_link_to_another_story_inside_the_story_names_no_person_of_it() -> None:
    first, rest = FERRY_STORY.split("\n\n", 1)
    for link in (
        "Related Article\nDana Kelso quits port board after row",
        "Also on Harbour Gazette: Peter Orvell wins council seat",
    ):
        text = f"{FERRY_PAGE}{first}\n\n{link}\n\n{rest}"
        assert _people(text) == ["Mara Quillon"], link


def test_a_page_copied_whole_gives_the_story_s_own_fields() -> None:
    """Menu, ticker, section trail, picture credit, a credit by initials in the lede below the
    header, a link to another story, the writer's note, tags, related stories, a list of
    columnists, comments, the publisher's notice: only the story's fields come out."""
    page = (
        "Skip to main content\nTuesday, January 9, 2024\nHome\nNews\nSport\nOpinion\n"
        "BREAKING: Storm warning for the north coast\nNational / Transport\n"
        f"{FERRY_HEADLINE}\nThe city says tickets go on sale next month\nBy Tom Vane\n"
        "January 5, 2024\nShare\nThe new terminal at dusk. Lena Morrow/Harbour Gazette\n"
        "PORTSEND, Jan 5 (HGN) - Harbour City officials said on Tuesday that the new ferry "
        "terminal would open in March, after two years of delays.\n"
        '"We are finally ready," said Mara Quillon, the transport commissioner.\n'
        "Also Read: Dana Kelso quits port board after row\n"
        "Contact the reporter: Tom Vane, tvane@harbourgazette.example\n"
        "Tags: ferries, Harbour City, Mara Quillon\nRelated Article\nPeter Orvell wins seat\n"
        "Columnists\nDana Kelso\nJohn Parkes\nMary Ellen Dunne\n"
        '3 thoughts on "Ferry terminal"\nJill Rowe\nJanuary 5, 2024 at 10:00 am\nAbout time!\n'
        "Leave a Reply\n© 2024 Harbour Media Group. All rights reserved.\n"
    )
    found = extract(page)
    assert found.title is not None and found.title.value == FERRY_HEADLINE
    assert found.published is not None and found.published.value == "2024-01-05"
    assert found.source is not None and found.source.value == "HGN"
    assert [a.value for a in found.authors] == ["Tom Vane"]
    assert [p.name for p in found.people] == ["Mara Quillon"]
    assert found.summary.startswith("Harbour City officials said on Tuesday")


def test_a_reader_view_copy_gives_site_headline_and_writer() -> None:
    """A browser's reader view: the site's address, the headline, the writer, the reading
    time, then the story."""
    found = extract(
        f"harbourgazette.example\n{FERRY_HEADLINE}\nTom Vane\n5-6 minutes\n\n{FERRY_STORY}"
    )
    assert found.title is not None and found.title.value == FERRY_HEADLINE
    assert found.source is not None
    assert (found.source.value, found.source.derived) == ("Harbour Gazette", True)
    assert [a.value for a in found.authors] == ["Tom Vane"]
    assert [p.name for p in found.people] == ["Mara Quillon"]
    under = extract(f"{FERRY_HEADLINE}\nharbourgazette.example\nBy Tom Vane\n\n{FERRY_STORY}")
    assert under.title is not None and under.title.value == FERRY_HEADLINE


def test_the_last_written_lines_are_split_lines_last_lines() -> None:
    from newscat.extract.text import last_written_lines, split_lines

    for text in ("", "one line", "a\n\nb\n", "x" * 5000 + "\nshort\n\n  \nlast", "\n\nend\n"):
        written = [line for line in split_lines(text) if line.text.strip()]
        for count in (1, 3):
            assert last_written_lines(text, count) == written[-count:]


# A story's last paragraphs with a page's furniture between them: an advert's label, a
# caption with its credit, a link to another story; then a line-up of names, and the page's
# list of other stories.
INTERRUPTED = (
    "Harbour side hold on to win the cup final\n\n"
    "Quay Rovers won the county cup on Saturday after a late goal from captain Tom Vane "
    "settled a tense final in front of a crowd of four thousand at the harbour ground.\n\n"
    "Coach Rhea Ostrander said the side had worked all winter for the chance and praised the "
    "supporters who had travelled from across the county to watch the final.\n\n"
    "Advertisement\n\n"
    "The harbour ground on Saturday. Picture by Carla Windham\n\n"
    "READ MORE: Ferry timetable changes for the summer season\n\n"
    "Rovers: Maltby, Kelso, Quillon, Harrow, Morrow, Dunne, Vane.\n\n"
    "Related stories\n"
    "Lighthouse keeper Ian Marsh retires after forty years\n"
    "Fish market to open on Sundays from May\n"
    "New ferry named after the harbour's founder\n"
)


def test_names_after_the_furniture_between_paragraphs_stay_the_story_s() -> None:
    tail = tail_span(INTERRUPTED)
    assert tail is not None and INTERRUPTED[tail[0] :].startswith("Related stories\n")
    names = {p.name for p in extract(INTERRUPTED).people}
    assert {"Tom Vane", "Rhea Ostrander", "Quillon", "Harrow"} <= names
    assert "Ian Marsh" not in names and "Carla Windham" not in names


def test_names_after_the_furniture_stay_on_a_page_copied_whole() -> None:
    menu = "\n".join(["Quay Courier", "Home", "News", "Sport", "Business", "Opinion", "Sign in"])
    names = {p.name for p in extract(menu + "\n" + INTERRUPTED).people}
    assert {"Tom Vane", "Rhea Ostrander", "Quillon", "Harrow"} <= names
    assert "Ian Marsh" not in names and "Carla Windham" not in names


def test_a_name_opening_with_the_outlet_s_is_its_product_not_a_person() -> None:
    from newscat.extract import _not_the_outlet
    from newscat.extract.record import Found, Person

    people = [
        Person("Gazette Classifieds", 10, 29, "full-name", mentions=2),
        Person("Ruth Gazette", 40, 52, "full-name"),  # ends with it: a person
        Person("Ruth Calder", 60, 71, "tagger"),
    ]
    source = Found("The Gazette", 500, 511, "copyright")
    names = [p.name for p in _not_the_outlet(STORY, people, source)]
    assert names == ["Ruth Gazette", "Ruth Calder"]


def test_a_wrapped_body_under_a_metadata_block_with_long_fields_keeps_its_people() -> None:
    """A main text wrapped to 72 columns under trafilatura's block, whose description and
    address run past any width: the block's long lines do not make the body one paragraph a
    line, whose short lines would read as a list of other stories."""
    import textwrap

    paragraphs = (
        "The council of Quay City met on Tuesday to agree the budget for the new harbour "
        "library, which had been delayed for two years by a row over its cost.",
        "In the morning, councillors questioned Lt Col Dana Kelso, a planning specialist on "
        "the harbour board, and Mara Quillon, a senior aide to the mayor, on the delays.",
        "Later in the day, Tom Vane, former head of the library service, and Priya "
        "Ostrowski, another board member, spoke before the full council.",
        "The mayor called the hearing a useful step.",
    )
    block = (
        "---\ntitle: Council agrees library budget\nauthor: Harbour Wire\n"
        "url: https://quaynews.example/council-agrees-library-budget-after-two-years-of-delay"
        "-and-a-long-row-over-cost\n"
        f"description: {paragraphs[0]} The library will open next spring, officials said.\n"
        'sitename: Quay News\ndate: "2024-03-05"\n---\n'
    )
    text = block + "\n".join(textwrap.fill(p, 72) + "\n" for p in paragraphs)
    assert [p.name for p in extract(text).people] == [
        "Dana Kelso", "Mara Quillon", "Tom Vane", "Priya Ostrowski"
    ]  # fmt: skip


def test_short_paragraphs_one_a_line_are_not_hard_wrapped() -> None:
    from newscat.extract.text import hard_wrapped

    one_a_line = (
        "Challenger leads in final poll | Kestrel Post\n"
        "https://kestrelpost.example/politics/2024/03/07/challenger-leads\n"
        "Amira Haddad leads the governor by four points in the final poll.\n"
        "Pollster Ben Acheson said turnout among young voters would decide it.\n"
    )
    assert not hard_wrapped(one_a_line)
    # a wire's paragraph wrapped where every break falls before a capital or a figure
    wrapped = (
        "STAMFORD, Conn., Feb 26 - Quay Corp said Dana W. Kelso\n"
        "Jr, 54, president and chief operating officer, will succeed\n"
        "Tom M. Vane as chief executive officer on April 30.\n"
    )
    assert hard_wrapped(wrapped)
    assert hard_wrapped("Port talks resume as the union and the\nemployers meet again.\n")


def test_a_name_in_short_paragraphs_is_found() -> None:
    text = (
        "Challenger leads in final poll | Kestrel Post\n"
        "https://kestrelpost.example/politics/2024/03/07/challenger-leads\n"
        "Amira Haddad leads the governor by four points in the final poll.\n"
        "Pollster Ben Acheson said turnout among young voters would decide it.\n"
    )
    assert [p.name for p in extract(text).people] == ["Amira Haddad", "Ben Acheson"]


def test_a_sentence_about_a_post_on_a_network_keeps_its_person() -> None:
    line = "Mara Quillon on Facebook said the fares were a scandal."
    assert "Mara Quillon" in _people(f"{FARES_HEAD}{FARES_BODY}{line}\n")


_SHORT_LINES_THEN_A_LIST = (
    "Quillon leads Harbour into the final\nBy Dana Kelso\n\n"
    "Harbour beat Quaytown 2-1 on Tuesday to reach the final of the island cup, its first "
    "since 2011.\n\n"
    '"I almost died there," Tom Vane said, jokingly.\n\nHARBOUR AHEAD\n\n'
    "Harbour beat Quaytown behind Mara Quillon’s 6-4, 6-4 win over Lorna Pike and Basil "
    "Crane’s 6-4, 6-3 victory over Hugo Brack.\n\nQuaytown had lost to Bayside on Monday.\n\n"
    "{heading}\nEpic singles wins give Harbour best start imaginable\nJane Roe\n"
    "Vane, Quillon give Harbour a pair of upsets over Bayside at cup\nHarbour Press\n"
)


@pytest.mark.parametrize(
    ("heading", "source"),
    [("Around Our Pages", None), ("Related", None), ("More from Harbour Herald", "Harbour Herald")],
)
def test_the_tail_starts_at_the_list_not_after_the_last_long_sentence(
    heading: str, source: str | None
) -> None:
    # short sentences and a line of scores between the story's last long sentence and a list
    # under a heading newscat does not know are the story's; the list's last credit is no
    # sign-off of the story (the heading may name the site)
    found = extract(_SHORT_LINES_THEN_A_LIST.format(heading=heading))
    names = {person.name for person in found.people}
    assert names == {"Tom Vane", "Mara Quillon", "Lorna Pike", "Basil Crane", "Hugo Brack"}
    assert (found.source.value if found.source else None) == source


@pytest.mark.parametrize(
    ("where", "furniture"),
    [
        # a link to the next or previous story under its label
        ("end", "Next article: Corin Halloway wins harbour award"),
        ("inside", "Previous story: Corin Halloway wins harbour award"),
        # a writer's card under the story: the name, then the job on its own line
        ("end", "Corin Halloway\nSenior Reporter\nharbourwire.example"),
        # a list under the story's own headline, its one headline over its teaser
        (
            "under the headline",
            "You may also like\nCorin Halloway wins harbour award\nThe ferry captain was "
            "honoured on Monday for thirty years of service.",
        ),
    ],
)
def test_people_of_furniture_around_the_story_are_not_the_story_s(
    where: str, furniture: str
) -> None:
    headline, body = STORY.split("\n\n", 1)
    if where == "end":
        text = STORY + furniture + "\n"
    elif where == "inside":
        first, rest = body.split("\n\n", 1)
        text = f"{headline}\n\n{first}\n\n{furniture}\n\n{rest}"
    else:
        text = f"{headline}\n{furniture}\n\n{body}"
    record = extract(text)
    assert [p.name for p in record.people] == ["Ruth Calder"]
    assert record.title is not None and record.title.value == headline


@pytest.mark.parametrize("heading", ["Columnists", "Our columnists", "More opinion"])
def test_the_opinion_pages_writers_and_their_columns_are_the_page_s(heading: str) -> None:
    """Each writer over their latest column's headline, under the heading of the opinion
    pages: no name of them is the story's, under it or right under the headline."""
    columns = f"{heading}\nDana Kelso\nThe ferry that never came\nTom Vane\nWhy the quay matters\n"
    assert _people(FERRY_PAGE + FERRY_STORY + "\n" + columns) == ["Mara Quillon"]
