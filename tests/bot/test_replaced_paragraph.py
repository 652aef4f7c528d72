"""A ¶ button pressed after its article was replaced: the reader is told the paragraph changed."""

from __future__ import annotations

from tgfakes import callback, check

from bot import callbacks
from bot.callbacks import SourceRef

RIVER = "The river rose three metres overnight."  # ¶3 of the fake QA's afp-flood article


def test_a_button_keeps_a_digest_of_the_paragraph_as_cited_and_old_buttons_still_parse():
    data = callbacks.source_data("afp-flood", 3, RIVER)
    assert data == f"p:afp-flood:3.{callbacks.text_digest(RIVER)}" and len(data.split(".")[-1]) == 6
    assert callbacks.parse(data) == SourceRef(3, doc_id="afp-flood", text_digest=callbacks.text_digest(RIVER))
    assert callbacks.parse("p:afp-flood:3") == SourceRef(3, doc_id="afp-flood")  # made before this round
    long_id = "a-very-long-document-identifier-" * 3
    hashed = callbacks.parse(callbacks.source_data(long_id, 12, RIVER))
    assert hashed == SourceRef(
        12, doc_digest=callbacks.digest(long_id, 16), text_digest=callbacks.text_digest(RIVER)
    )
    assert callbacks.parse("p:afp-flood:3.XYZ123") is None and callbacks.parse("p:afp-flood:3.") is None


async def test_an_unchanged_paragraph_is_shown_as_before(harness):
    await harness.send(callback(callbacks.source_data("afp-flood", 3, RIVER)))
    (text,) = harness.request.texts()
    assert "⚠️" not in text and RIVER in check(text)


async def test_a_paragraph_that_reads_otherwise_now_says_so_above_it(harness):
    # was the new ¶3 shown as if the answer had cited it
    await harness.send(callback(callbacks.source_data("afp-flood", 3, "The river fell two metres by noon.")))
    (text,) = harness.request.texts()
    visible = check(text)
    assert visible.startswith("⚠️ The article has been replaced since that answer: this paragraph now reads")
    assert RIVER in visible and "¶3" in visible
    await harness.send(callback(callbacks.source_data("afp-flood", 3, "The river fell."), inline=True))
    alert = harness.request.of("answerCallbackQuery")[-1]
    assert alert["show_alert"] is True and alert["text"].startswith("⚠️ The article has been replaced")
