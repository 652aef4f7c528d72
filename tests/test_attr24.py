"""Fresh-corpus round 24 (attribution): faults round 23 found checking attributions on real
news, each reproduced here on an invented article (docs/history.md, "Fresh-corpus round 24")."""

from __future__ import annotations

from news_fixtures import ask_about

from index.attribution.answers.about import about_speaker
from index.attribution.checks.check import check_quote
from index.attribution.checks.numbers import number_changed, renumbered
from index.types import Answer, AnswerSentence, Citation, Quote

SCHOOL = "\n\n".join(
    [
        "Students weigh the cost of college",
        "Mara Lind, 29, a nurse who lives in Dayton, Ohio, works two shifts a week.",
        "“I've had two grants and no loans, but I still work nights,” she said in an interview.",
        "“We hired 40 new teachers this year,” said Paul Enns, the district head.",
    ]
)


def _reply(question: str) -> tuple[str | None, str | None]:
    answer = ask_about(SCHOOL, question)
    assert answer.attribution is not None
    return answer.attribution.verdict, answer.attribution.diff


def test_a_changed_count_is_misworded_not_yes() -> None:
    assert _reply("did Enns say they hired 50 new teachers this year?") == (
        "misworded",
        "[-they-] {+We+} hired [-50-] {+40+} new teachers this year",
    )
    assert _reply("did Lind say she had four grants and no loans?")[0] == "misworded"
    assert _reply("did Enns say they hired 40 new teachers this year?")[0] == "yes"


def test_a_changed_count_still_finds_the_quote() -> None:
    # too few words alike with the claim's own number ("she" for "I've", three for two)
    verdict, diff = _reply("did Lind say she had three grants?")
    assert verdict == "misworded"
    assert diff is not None and "[-three-] {+two+}" in diff
    assert _reply("who said they hired 50 new teachers?")[0] == "misworded"
    assert _reply("who said they hired new teachers?")[0] == "matched"


def test_renumbered_takes_the_count_of_the_same_thing() -> None:
    q = Quote("We spent $5,000 on 12 buses.", "Paul Enns", None, "said", "d", "T", 3, 0, 29)
    assert renumbered("they spent $9,000 on 12 buses", [q]) == ["they spent $5,000 on 12 buses"]
    assert renumbered("they bought 12 vans", [q]) == []
    assert number_changed((("=", "spent"), ("-", "9 000"), ("+", "5,000"))) == ("9 000", "5,000")
    assert check_quote("We spent $9,000 on 12 buses", [q]).verdict == "misworded"


def _cited(text: str) -> Answer:
    c = Citation(doc_id="fair", title="Fair", paragraph=3, quote=text, text=text)
    return Answer("q", (AnswerSentence(text, 0),), (c,), abstained=False)


def test_a_speaker_named_by_letters_is_not_named_by_every_sentence() -> None:
    # the writer's sentence never names the guild: it is no answer to what the guild said
    q = "did the NBG say most visitors share those views?"
    writer = _cited("Judging by the queues, most visitors share those views.")
    assert not about_speaker(writer, "the NBG", q)
    assert about_speaker(_cited("The NBG said most visitors share those views."), "the NBG", q)
    assert about_speaker(_cited("Ziv said the bread was fine."), "Ziv", "what did Ziv say?")
