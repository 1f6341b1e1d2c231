"""One made-up story of a harbour town's sea wall, the body the page-shape tests wrap in
furniture, and how they write a text's lines."""

from __future__ import annotations

PARAGRAPH = (
    "The harbour board voted on Tuesday to rebuild the old sea wall before the winter storms, "
    "after engineers found cracks along much of its length."
)
BODY = [
    PARAGRAPH,
    "Work will begin next month and is expected to last until the spring, the board said in a "
    "statement, adding that the promenade would stay open to walkers throughout.",
    "Residents who had campaigned for the repairs for several years welcomed the decision, "
    "though some said the cost should have been shared with the county.",
    "The board will publish the contractor's plans at the town hall later this week, and a "
    "public meeting on the works is set for the end of the month.",
]
HEADLINE = "Harbour board votes to rebuild the old sea wall"


def written(*lines: str) -> str:
    return "\n".join(lines) + "\n"
