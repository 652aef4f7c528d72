"""Telegram round 21: replies that read wrong when the bot was used as its readers,
journalists and admins use it (README, "Telegram round 21"). Every text here is invented."""

from __future__ import annotations

from news_fixtures import doc

from bot.render_quotes import quote_check_html
from index.attribution.checks.claims import check_claim
from index.attribution.extraction.extract import extract_quotes

FERRY = "\n\n".join(
    [
        "Ferry fares to rise in Orlund",
        "The Orlund ferry company will raise fares by a tenth in March, its board said on Monday.",
        "“The diesel bill has doubled since the winter,” said Petra Holm, the company's finance director.",
    ]
)


def test_a_claim_pasted_with_its_cue_is_shown_as_the_quoted_words_alone() -> None:
    quotes = extract_quotes(doc(FERRY, "ferry"))
    claim = "“The diesel bill has doubled since the winter,” said Petra Holm"
    check = check_claim(claim, quotes)
    assert check.verdict == "exact" and check.said == "The diesel bill has doubled since the winter"
    html = quote_check_html(claim, check)
    assert "these words: “The diesel bill has doubled since the winter”" in html  # was “…,” said Petra Holm”
    assert "said Petra Holm”" not in html
