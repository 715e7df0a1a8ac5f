"""Page furniture is dropped; the article stays as written."""

from tradefigures.extract.furniture import clean

BODY = ("Canada and the United States trade about $2 billion in goods every day, and the review "
        "of their agreement is due next July, officials said in a statement on Tuesday morning.")


def test_links_prompts_and_forms_are_dropped():
    page = "\n".join([
        "Headline of the story", "", BODY, "", "Also Read: Ten stocks to buy now", "",
        "Sign Up For our Newsletters to get latest updates", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *", "×",
    ])
    assert clean(page) == "Headline of the story\n\n" + BODY


def test_read_also_box_takes_its_headline_with_it():
    page = f"{BODY}\nRead Also\nPort plan should not rob other hubs\n{BODY}"
    assert clean(page) == f"{BODY}\n{BODY}"


def test_trending_list_after_the_body_is_dropped_but_headline_on_top_is_kept():
    trending = ["Startup Raises Nearly $198 Million in Its Public Offering",
                "Judge Restores Funding for Rail Tunnel Project",
                "Regulators Target Online Pharmacy Over $49 Pill"]
    page = "\n".join(["Tariffs Top 80% of Exports, Data Show", BODY] + trending)
    assert clean(page) == "Tariffs Top 80% of Exports, Data Show\n" + BODY


def test_captions_ad_code_and_templates_are_dropped():
    page = "\n".join([
        "A worker walks past a mill in Hamilton on April 25.Jane Doe/The Canadian Press",
        "P[L1] D[0x0] M[300x250] OOP[F] ADUNIT[] T[]", "{{articledata.title}}",
        "![](https://example.org/wp-content/uploads/2025/02/photo.jpeg)", "Advertisement 2",
        "Story continues below", BODY,
    ])
    assert clean(page) == BODY


def test_body_lines_are_not_touched():
    page = f"{BODY}\n\nBy April, when the countermeasures were in full effect, Ottawa had collected more."
    assert clean(page) == page
