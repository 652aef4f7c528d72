"""The real bot against the Telegram Bot API emulator: in-process with a fake QA, and as
`python -m bot` with the real Engine on the fixture articles (the `real_bot` fixture)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from conftest import RealBot
from emulator import BotMessage, Emulator

from bot.app import ALLOWED_UPDATES, BotApplication, build_application
from index.engine import Turn
from index.settings import Settings
from index.types import Answer, AnswerSentence, Citation, Document, Paragraph

pytestmark = pytest.mark.e2e
USER = 77
TEXTS = ["The storm reached the coast on Friday.", "Power was cut to 40,000 homes, the utility said."]
PARAGRAPHS = tuple(Paragraph("wire-1", "Storm <hits> coast", n, t, 0, 1, "h", outlet="Wire") for n, t in
                   enumerate(TEXTS, start=1))  # fmt: skip

# the fixture corpus has three AFP articles, so citations name them by short title
GENEVA = "Morsland rejects limits on…"
HARBOUR = "Strike hits Port Aldane as…"


class MiniQA:
    """Cites the paragraph sharing most words with the question."""

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        words = set(re.findall(r"\w+", question.lower()))
        best = max(PARAGRAPHS, key=lambda p: len(words & set(re.findall(r"\w+", p.text.lower()))))
        cite = Citation(best.doc_id, best.title, best.number, best.text[:20], best.text, best.outlet)
        return Answer(question, (AnswerSentence(best.text, 0),), (cite,), abstained=False)

    def documents(self) -> list[Document]:
        return [Document("wire-1", "Storm <hits> coast", "wire-1.txt", "h", PARAGRAPHS, outlet="Wire")]

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        return next((p for p in PARAGRAPHS if (p.doc_id, p.number) == (doc_id, number)), None)

    def example_questions(self, n: int = 3) -> list[str]:
        return ["How many homes lost power?"][:n]

    def close(self) -> None:
        pass


@pytest.fixture
async def running_bot(emulator: Emulator, tmp_path: Path) -> AsyncIterator[BotApplication]:
    settings = Settings(
        _env_file=None,
        telegram_bot_token=emulator.token,
        telegram_base_url=emulator.base_url,
        telegram_base_file_url=emulator.base_file_url,
        data_dir=tmp_path,
    )
    app = build_application(settings, lambda _: MiniQA())
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None and app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(drop_pending_updates=True, allowed_updates=ALLOWED_UPDATES)
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)


def _has(text: str) -> Callable[[BotMessage], bool]:
    return lambda m: text in (m.text or "")


async def test_start_example_source_and_feedback(emulator: Emulator, running_bot: BotApplication) -> None:
    chat = 2001
    await emulator.send_command(USER, chat, "/start")
    welcome = await emulator.wait_for_bot_message(chat, _has("Articles I know"))
    assert welcome.parse_mode == "HTML" and "Storm &lt;hits&gt; coast" in (welcome.text or "")
    (example, data) = welcome.buttons[0]
    assert example == "How many homes lost power?" and data is not None

    await emulator.send_callback(welcome.message_id, data, USER, chat)
    answer = await emulator.wait_for_bot_message(chat, _has("[Wire ¶2]"))
    buttons = dict((d, t) for t, d in answer.buttons)
    source = next(d for d in buttons if d.startswith("p:wire-1:2."))  # with the cited text's digest

    await emulator.send_callback(answer.message_id, source, USER, chat)
    await emulator.wait_for_bot_message(chat, _has("¶2\n<blockquote>Power was cut"))

    vote = next(d for d in buttons if d.startswith("fb:") and d.endswith(":up"))
    await emulator.send_callback(answer.message_id, vote, USER, chat)
    await emulator.send_callback(answer.message_id, "fb:999999:up", USER, chat)
    for _ in range(100):
        texts = [c["params"].get("text") for c in await emulator.bot_calls("answerCallbackQuery")]
        if "Thanks for the 👍!" in texts and any("expired" in (t or "") for t in texts):
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail(f"no feedback acknowledgements: {texts}")


async def test_question_in_private_chat_is_answered_with_citation(
    emulator: Emulator, running_bot: BotApplication
) -> None:
    chat = 2002
    sent = await emulator.send_message(USER, chat, "When did the storm reach the coast?")
    reply = await emulator.wait_for_bot_message(chat, _has("[Wire ¶1]"))
    assert reply.reply_to_message_id in (None, sent)
    assert (reply.text or "").count("The storm reached the coast on Friday.") == 1  # stated once


# --- `python -m bot` with the real Engine ------------------------------------------------------

STICKER = {"file_id": "s1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
           "is_animated": False, "is_video": False}  # fmt: skip


async def _ask(bot: RealBot, chat: int, text: str, expect: str, user: int = USER) -> BotMessage:
    """Send `text` and wait for a new bot message in `chat` containing `expect`."""
    before = len(await bot.emulator.bot_messages(chat))
    await bot.emulator.send_message(user, chat, text)
    for _ in range(200):
        new = (await bot.emulator.bot_messages(chat))[before:]
        for m in new:
            if expect in (m.text or ""):
                return m
        await asyncio.sleep(0.05)
    log = bot.log.read_text()[-2000:]
    pytest.fail(f"no reply with {expect!r} to {text!r}: {[m.text for m in new]}\n{log}")


@pytest.mark.slow
async def test_real_start_lists_the_articles(real_bot: RealBot) -> None:
    chat = 3001
    await real_bot.emulator.send_command(USER, chat, "/start")
    welcome = await real_bot.emulator.wait_for_bot_message(chat, _has("Articles I know (3)"), timeout=20)
    assert welcome.parse_mode == "HTML" and "/quote" in (welcome.text or "")
    assert welcome.buttons and all((d or "").startswith("q:") for _, d in welcome.buttons)


@pytest.mark.slow
async def test_real_question_cites_the_right_paragraph_and_source_button(real_bot: RealBot) -> None:
    chat = 3002
    question = "When did the provincial governor go to see the damage?"
    answer = await _ask(real_bot, chat, question, f"[{HARBOUR} ¶11]")
    assert "Monday" in (answer.text or "") and (answer.text or "").count("visited the site on Monday") == 1
    data = str(answer.buttons[0][1])
    assert data.startswith("p:harbour:11.")  # with a digest of the paragraph as cited
    await real_bot.emulator.send_callback(answer.message_id, data, USER, chat)
    await real_bot.emulator.wait_for_bot_message(chat, _has("¶11\n<blockquote>"), timeout=10)


@pytest.mark.slow
async def test_real_group_mention(real_bot: RealBot) -> None:
    chat, mention = -3003, f"@{real_bot.username}"
    text = f"{mention} where does the security analyst Arvid Kell work?"
    entities = [{"type": "mention", "offset": 0, "length": len(mention)}]
    await real_bot.emulator.send_message(USER, chat, text, chat_type="supergroup", entities=entities)
    reply = await real_bot.emulator.wait_for_bot_message(chat, _has(f"[{GENEVA} ¶9]"), timeout=20)
    assert "Brenner Institute" in (reply.text or "")
    await real_bot.emulator.send_message(USER, chat, "where does Arvid Kell work?", chat_type="supergroup")
    await asyncio.sleep(1)
    assert len(await real_bot.emulator.bot_messages(chat)) == 1  # chatter not addressed to me


@pytest.mark.slow
async def test_real_follow_up_and_attribution(real_bot: RealBot) -> None:
    chat = 3004
    await _ask(real_bot, chat, "Who said nobody should be fooled by these smiles?", "Elena Marsh")
    follow = await _ask(real_bot, chat, "What else did she say?", f"[{GENEVA} ¶7]")
    assert "Marsh" in (follow.text or "")


@pytest.mark.slow
async def test_real_quote_command(real_bot: RealBot) -> None:
    chat = 3005
    await real_bot.emulator.send_command(USER, chat, "/quote our rockets are not on the table")
    reply = await real_bot.emulator.wait_for_bot_message(chat, _has("Misquoted"), timeout=20)
    assert "<s>rockets</s> <b><u>missiles</u></b>" in (reply.text or "")
    assert "Teodor Vasilak" in (reply.text or "") and (f"📄 {GENEVA} ¶2", "p:geneva:2") in reply.buttons


@pytest.mark.slow
@pytest.mark.parametrize(
    ("chat", "text", "expected"),
    [
        (3101, "   ", "Please send a question"),
        (3102, "x" * 1001, "please keep it under 1000"),
        (3103, "/frobnicate", "I don't know that command"),
        (3104, "<b>When</b> did the provincial governor go to see the damage? </blockquote>", " ¶11]"),
    ],
)
async def test_real_bad_input(real_bot: RealBot, chat: int, text: str, expected: str) -> None:
    if text.startswith("/"):
        await real_bot.emulator.send_command(USER, chat, text)
    else:
        await real_bot.emulator.send_message(USER, chat, text)
    reply = await real_bot.emulator.wait_for_bot_message(chat, timeout=20)
    assert expected in (reply.text or "")
    assert reply.parse_mode == "HTML" and "<b>When</b>" not in (reply.text or "")


@pytest.mark.slow
async def test_real_sticker_gets_text_only_reply(real_bot: RealBot) -> None:
    chat = 3105
    emu = real_bot.emulator
    await emu._post("/sendMessage", json=emu._message(USER, chat, "private") | {"sticker": STICKER})
    reply = await emu.wait_for_bot_message(chat, timeout=20)
    assert "only read text" in (reply.text or "")
