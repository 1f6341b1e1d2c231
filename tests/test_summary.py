"""The summary is the lede: the first sentences of the body, never a header line."""

from __future__ import annotations

import pytest

from newscat.extract import extract

CASES = [
    (
        "byline and published line under the headline",
        "Harbour reopens after storm repairs\nBy Nia Brooks, The Courier\nPublished: 4 May 2023\n\n"
        "The harbour at Portleven reopened on Thursday after six weeks of repairs. "
        "Fishing boats returned within hours.\n\nThe council said the work cost £2m.\n",
        "The harbour at Portleven reopened on Thursday after six weeks of repairs. "
        "Fishing boats returned within hours.",
    ),
    (
        "wire timestamp and dateline",
        "ACME MILLS <ACM> TO CLOSE PLANT\n12-MAR-1988 10:01:22.10\n\n"
        "DAYTON, Ohio, March 12 - Acme Mills Inc said it would close its\n"
        "Dayton plant by June, cutting 300 jobs, because of falling\n"
        "demand for its cotton goods.\n"
        "    The company said the move would save 12 mln dlrs a year.\n Reuter\n",
        "Acme Mills Inc said it would close its Dayton plant by June, cutting 300 jobs, because "
        "of falling demand for its cotton goods.",
    ),
    (
        "a dateline alone, a writer's name alone, a sentence broken over a blank line",
        "RUGBY - WALES NAME SQUAD FOR TOUR.\n\nTom Pryce\n\nCARDIFF 1997-05-02\n\n"
        "Wales named an uncapped flanker in\n\n"
        "their squad for the summer tour of Argentina on Friday.\n\n"
        "The tour starts on June 1.\n",
        "Wales named an uncapped flanker in their squad for the summer tour of Argentina on "
        "Friday.",
    ),
    (
        "a scraped page on one line, byline fragments glued to the lede",
        "By . Staff Reporter . PUBLISHED: . 09:12 EST, 3 June 2014 . | . UPDATED: . 11:40 EST, "
        "3 June 2014 . A pensioner from Leeds has won a national baking prize at the age of 91. "
        "Proud: Edna Moss holds her trophy at home . She said she had baked every week since "
        "1950.",
        "A pensioner from Leeds has won a national baking prize at the age of 91.",
    ),
    (
        "a sentence beginning 'By 2030' is no byline",
        "Solar to lead power supply\n\n"
        "By 2030, solar farms will supply a third of the region's electricity, a report says.\n",
        "By 2030, solar farms will supply a third of the region's electricity, a report says.",
    ),
    (
        "a capitalised place and a colon before the lede",
        "City budget passes\n\nNEW DELHI: The city council passed its budget on Monday after "
        "a twelve-hour debate.\n",
        "The city council passed its budget on Monday after a twelve-hour debate.",
    ),
    (
        "a results table has no sentence: its opening line",
        "SOCCER - LEAGUE RESULTS.\n\nOSLO 1996-08-31\n\n"
        "Results of Norwegian league matches on Saturday:\n\nBrann 2 Molde 1\n\nViking 0 Start 0\n",
        "Results of Norwegian league matches on Saturday:",
    ),
]


@pytest.mark.parametrize(("what", "text", "summary"), CASES, ids=[c[0] for c in CASES])
def test_summary_is_the_lede(what: str, text: str, summary: str) -> None:
    assert extract(text).summary == summary


def test_a_long_first_sentence_is_cut_at_a_clause_with_an_ellipsis() -> None:
    clause = "the committee heard evidence from residents of the northern districts"
    text = "Inquiry hears residents\n\n" + ", ".join([clause] * 12).capitalize() + ".\n"
    summary = extract(text).summary
    assert summary.endswith("districts…")
    assert 150 < len(summary) <= 450


def test_at_most_three_sentences() -> None:
    text = (
        "Short news\n\n" + " ".join(f"Item {n} was agreed by the board." for n in range(9)) + "\n"
    )
    assert extract(text).summary == " ".join(f"Item {n} was agreed by the board." for n in range(3))


def test_a_body_of_short_sentences_gives_its_first_line_cut_to_length() -> None:
    text = "Short news\n\n" + " ".join(f"Item {n} agreed." for n in range(200)) + "\n"
    summary = extract(text).summary
    assert summary.startswith("Item 0 agreed. Item 1 agreed.")
    assert len(summary) <= 450 and summary.endswith("…")


def test_a_headline_ending_in_a_full_stop_is_not_the_summary() -> None:
    text = "Tennis - Seles wins in Toronto.\n\nTORONTO 1996-08-30\n\nMonica Seles beat Anke Huber on Friday to reach the final of the Canadian Open.\n"
    assert extract(text).summary.startswith("Monica Seles beat Anke Huber")


def test_a_consent_box_is_no_summary() -> None:
    text = (
        "We value your privacy\nWe and our partners use cookies to personalise content. By "
        "clicking Accept all you agree.\nAccept all\nFloods force hundreds from homes\n"
        "Hundreds of residents were moved from their homes on Friday as the river burst.\n"
    )
    summary = extract(text).summary
    assert summary is not None and summary.startswith("Hundreds of residents")
