"""Telegram round 25: what rounds 23 and 24 left, and what reading the bot as its readers,
journalists and admins use it showed (docs/history.md, "Telegram round 25"). Every text here is
invented."""

from __future__ import annotations

import json
from pathlib import Path

from fakeqa import DOCS, QUOTES, FakeQA, _quote
from tgfakes import BOT_USERNAME, GROUP_ID, check, message
from tgharness import Harness

from bot import render, render_admin
from index.attribution.checks.check import quotes_by
from index.types import Quote

STORY = b"Lighthouse keeper returns to Orlund in a first test of island ferries.\n\nThe ferry runs again.\n"


def test_an_article_removed_and_sent_again_gets_its_title_and_outlet_back(tmp_path: Path) -> None:
    # was titled by its first sentence: /remove dropped its manifest entry, title and outlet with it
    from index.admin.corpus import Corpus
    from index.admin.manage import Manager, Upload
    from index.admin.upload import Fields
    from tests.test_corpus import FolderIndex

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keeper.txt").write_bytes(STORY)
    entry = {"file": "keeper.txt", "id": "keeper", "title": "Keeper returns", "outlet": "Coast Post"}
    manifest = {"documents": [entry | {"date": "2026-03-01"}]}
    (docs / "manifest.json").write_text(json.dumps(manifest))
    manager = Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)
    manager.remove("keeper")
    again = manager.add([Upload("keeper.txt", STORY)])
    (change,) = again.documents
    assert (change.title, change.outlet, change.restored) == ("Keeper returns", "Coast Post", True)
    written = json.loads((docs / "manifest.json").read_text())
    assert written["documents"][0]["date"] == "2026-03-01" and written.get("removed") == []
    html = render_admin.added(again)
    check(html)
    assert "was removed before" in html and "<code>title: … | outlet: …</code>" in html
    # a caption still wins; a new id is not told of any removal
    manager.remove("keeper")
    captioned = manager.add(
        [Upload("keeper.txt", STORY, Fields(title="Keeper is back", outlet="Isle Times"))]
    )
    assert (captioned.documents[0].title, captioned.documents[0].outlet) == ("Keeper is back", "Isle Times")
    assert not captioned.documents[0].restored
    other = manager.add([Upload("ferry.txt", b"Ferry runs again\n\nThe ferry to Orlund runs again.\n")])
    assert not other.documents[0].restored and "removed before" not in render_admin.added(other)


def test_each_message_of_a_split_answer_carries_the_buttons_of_the_paragraphs_it_cites() -> None:
    # was every ¶ button under the last message, whichever message cited the paragraph
    from index.types import Answer, Citation

    one = Citation("port", "Port news", 1, "Ships wait.", "Ships wait.", "Post")
    twelve = Citation("port", "Port news", 12, "Fees rose.", "Fees rose.", "Post")
    answer = Answer("what did the harbour master say?", (), (twelve, one), abstained=False)
    texts = ["• Fees rose. <b>[Post ¶12]</b>", "• Ships wait. <b>[Post ¶1]</b>", "<i>More below.</i>"]
    first, second, last = render.answer_keyboards(answer, 7, texts)
    labels = [[b.text for row in k.inline_keyboard for b in row] if k else [] for k in (first, second, last)]
    assert labels == [["📄 Post ¶12"], ["📄 Post ¶1"], ["👍", "👎"]]  # ¶1 is not read inside ¶12
    # a list of labels in one bracket; a paragraph no message names goes under the last
    texts = ["• Both <b>[Post ¶1, Post ¶12]</b>", "end"]
    both, end = render.answer_keyboards(answer, None, texts)
    assert both is not None and len(both.inline_keyboard) == 2 and end is None
    # one message: the keyboard `answer_keyboard` always gave
    (single,) = render.answer_keyboards(answer, 7, ["no labels here"])
    assert single == render.answer_keyboard(answer, 7)


def test_the_analyst_is_one_analyst_not_analysts_the_article_leaves_unnamed() -> None:
    # "/quotes the analyst" listed "Analysts" beside the analyst the article names
    from index.attribution.speakers.speaker_groups import quotes_by
    from index.types import Quote, SpeakerKind

    def quote(speaker: str, kind: SpeakerKind, detail: str | None = None) -> Quote:
        return Quote(
            "port", speaker, detail, "said", "Fees will rise.", "Port news", 1, 0, 1, speaker_kind=kind
        )

    quotes = [quote("Analysts", "anonymous"), quote("Lena Ort", "person", "a shipping analyst")]
    assert [q.speaker for q in quotes_by("the analyst", quotes)] == ["Lena Ort"]
    assert [q.speaker for q in quotes_by("the shipping analyst", quotes)] == ["Lena Ort"]
    # one of a group still fits the group: "an analyst" may be any of them
    assert {q.speaker for q in quotes_by("an analyst", quotes)} == {"Analysts", "Lena Ort"}
    assert [q.speaker for q in quotes_by("the analysts", quotes)] == ["Analysts"]


class _TwoSpeakers(FakeQA):
    """The fake articles with a second person quoted (a hydrologist on the river)."""

    extra = _quote(DOCS[0], 3, "The river rose three metres overnight", "Piet Brand", cue="said")

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        every = [*QUOTES, self.extra]
        return list(quotes_by(speaker, every)) if speaker else every


async def test_quotes_of_two_names_lists_each_speaker(tmp_path: Path) -> None:
    # was "🤷 I found no quotes by Lopez and Brand" ("/quotes Trump Netanyahu": "… in person")
    harness = Harness(tmp_path / "data", qa=_TwoSpeakers())
    await harness.start()
    try:
        for text in ("/quotes Lopez and Brand", "/quotes Lopez Brand", "/quotes Ana Lopez"):
            await harness.send(message(text))
        texts = harness.request.texts()
    finally:
        await harness.stop()
    for html in texts:
        check(html)
    lopez, brand, lopez_again, brand_again, one = texts
    assert "<b>Ana Lopez</b>" in lopez and "rebuild every home" in lopez and "Piet Brand" not in lopez
    assert "<b>Piet Brand</b>" in brand and "three metres" in brand
    assert (lopez_again, brand_again) == (lopez, brand)
    assert "<b>Ana Lopez</b>" in one and "Piet Brand" not in one  # a full name is one person


async def test_quote_with_only_a_speaker_lists_what_they_are_quoted_saying(harness: Harness) -> None:
    # was "🤷 Not found. No one in the articles I have read is quoted saying “Lopez”."
    await harness.send(message("/quote Lopez"))
    hint, listing = harness.request.texts()[:2]
    check(hint)
    assert hint.startswith("ℹ️ <i>/quote checks words") and "Here is what Lopez is quoted saying" in hint
    assert "rebuild every home" in listing and harness.qa.checked == []
    await harness.send(message("/quote the mill will reopen"))  # words are checked as before
    assert harness.qa.checked == ["the mill will reopen"]


def test_quote_words_that_make_a_claim_are_no_speaker() -> None:
    # "/quote Iran's missiles caused serious damage" (a reply to a member's claim) was taken for
    # a speaker, as the offices of "Iran" matched it, and the claim went unchecked
    from bot.quotes import _names_only

    assert [
        _names_only(t) for t in ("Lopez", "Ana Lopez and Piet Brand", "the mill owner", "Ana de Souza")
    ] == [
        True,
        True,
        True,
        True,
    ]
    claims = ("Lopez's mill caused serious damage", "Lopez rebuilt homes", "the mill will reopen soon")
    assert [_names_only(t) for t in claims] == [False, False, False]


async def test_a_reader_asking_for_the_link_or_the_full_paragraph_is_answered_about_the_source(
    harness: Harness,
) -> None:
    # was "🤷 The articles don't say" beside an unrelated paragraph, for both
    await harness.send(message("the whole paragraph please"))
    await harness.send(message("How much did the river rise overnight?"))
    await harness.send(message("show me the full paragraph"))
    await harness.send(message("can you give me the source link?"))
    first, answer, paragraph, link = harness.request.texts()
    assert first == render.no_source_yet()  # no answer yet to take a paragraph from
    assert "[AFP ¶3]" in answer
    check(paragraph)
    assert paragraph.startswith("📄 <b>Floods hit the valley</b>") and "rose three metres" in paragraph
    assert link == render.no_links() and "not their web links" in link
    assert [q for q, _ in harness.qa.asked] == ["How much did the river rise overnight?"]


async def test_is_this_accurate_replying_to_a_post_checks_its_words(harness: Harness) -> None:
    # was a search of the articles for "is “…” quote accurate?": an unrelated paragraph
    channel = {
        "type": "channel",
        "date": 1,
        "chat": {"id": -1005, "type": "channel", "title": "Wire"},
        "message_id": 3,
    }
    post = message(
        "JUST IN: Lopez: “We will rebuild every home”", chat_id=GROUP_ID, user_id=77, forward_origin=channel
    )
    await harness.send(
        message(f"@{BOT_USERNAME} is this quote accurate?", chat_id=GROUP_ID, reply_to=post["message"])
    )
    assert harness.qa.checked == ["Lopez: “We will rebuild every home”"] and harness.qa.asked == []
    reply = harness.request.texts()[-1]
    check(reply)
    assert reply.startswith("📨") and "Ana Lopez" in reply
    # a member's claim, in a private chat too; a question about it is still asked
    claim = message("The river rose three metres", user_id=78)
    await harness.send(message("Fact-check this", reply_to=claim["message"]))
    await harness.send(message("who said this?", reply_to=claim["message"]))
    assert harness.qa.checked[1:] == ["The river rose three metres"]
    assert harness.qa.asked[-1][0] == "who said “The river rose three metres”?"


def test_a_title_line_and_an_outlet_line_read_as_one_title_tell_the_admin_how_to_part_them(
    tmp_path: Path,
) -> None:
    # was "✅ Added Harbour fees rise in spring Coast Post", cited as "[Harbour fees rise in… ¶1]"
    from index.admin.corpus import Corpus
    from index.admin.manage import Manager, Upload
    from index.admin.upload import parse_caption
    from tests.test_corpus import FolderIndex

    docs = tmp_path / "docs"
    docs.mkdir()
    manager = Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)
    text = b"Harbour fees rise in spring\nCoast Post\n\nFees will rise by a fifth, the port said.\n"
    added = manager.add([Upload("harbour.txt", text)])
    (change,) = added.documents
    assert change.title == "Harbour fees rise in spring Coast Post"
    html = render_admin.added(added)
    check(html)
    caption = "title: Harbour fees rise in spring | outlet: Coast Post"
    assert "If “Coast Post” is the outlet" in html and f"<code>{caption}</code>" in html
    again = manager.add([Upload("harbour.txt", text, parse_caption(caption))])
    assert (again.documents[0].title, again.documents[0].outlet) == (
        "Harbour fees rise in spring",
        "Coast Post",
    )
    assert "first lines" not in render_admin.added(again)
    # one title line, or a title wrapped over two lines, is no such case
    plain = manager.add([Upload("ferry.txt", b"Ferry runs again\n\nThe ferry runs again.\n")])
    wrapped = b"Ferry to Orlund runs again after\na week of strikes\n\nThe strike is over.\n"
    assert "first lines" not in render_admin.added(plain)
    assert "first lines" not in render_admin.added(manager.add([Upload("strike.txt", wrapped)]))


def test_a_markdown_upload_reports_the_paragraphs_the_index_holds(tmp_path: Path) -> None:
    # was "2 paragraphs (from markdown)" on adding a table, "3 ¶" in /docs: the upload was parsed
    # with its markup, the stored .md file without
    from index.admin.corpus import Corpus
    from index.admin.manage import Manager, Upload
    from index.sources import read_document
    from tests.test_corpus import FolderIndex

    docs = tmp_path / "docs"
    docs.mkdir()
    manager = Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)
    rows = "| Orlund - Kest | 4 euros |\n| Kest - Vik | 6 euros |\n"
    table = f"# Ferry fares\n\n| Route | Fare |\n|---|---|\n{rows}"
    (change,) = manager.add([Upload("fares.md", table.encode())]).documents
    path, meta = manager.corpus.find(change.doc_id) or (None, None)
    assert path is not None and meta is not None and path.suffix == ".md"
    stored = read_document(path, meta)
    assert change.paragraphs == len(stored.paragraphs) and change.title == stored.title == "Ferry fares"
    assert "|" not in " ".join(p.text for p in stored.paragraphs)


async def test_two_questions_joined_by_and_are_answered_each_in_turn(harness: Harness) -> None:
    # was one question: "What did Trump say and what did Netanyahu say?" answered about one of them
    await harness.send(message("What did Lopez say and what did the river do overnight?"))
    assert [q for q, _ in harness.qa.asked] == ["What did Lopez say?", "What did the river do overnight?"]
    first, second = harness.request.texts()[-2:]
    assert first.startswith("❓ <i>What did Lopez say?</i>") and "rebuild every home" in first
    assert second.startswith("❓ <i>What did the river do overnight?</i>") and "[AFP ¶3]" in second
    await harness.send(
        message("Who met whom and when?")
    )  # one question: "and when" is no question of its own
    assert harness.qa.asked[-1][0] == "Who met whom and when?"
