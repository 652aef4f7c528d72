"""Fault 4: a damaged index version is detected when opened and never stops ask, build or the bot."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from faultkit import cli, live, no_traceback, settings_for
from tgfakes import RecordingRequest, message

from bot.app import build_application
from index.store.local import LocalStore

pytestmark = pytest.mark.slow
QUESTION = "How much will a single ticket on the new line cost?"


def truncate_vectors(vdir: Path) -> None:
    path = vdir / "vectors.npy"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def wrong_vector_shape(vdir: Path) -> None:
    rows = np.load(vdir / "vectors.npy").shape[0]
    np.save(vdir / "vectors.npy", np.zeros((rows, 100), np.float32))


def damage_paragraphs(vdir: Path) -> None:
    with open(vdir / "paragraphs.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "rail", "tit\n')


def damage_meta(vdir: Path) -> None:
    path = vdir / "meta.json"
    path.write_text(path.read_text()[:200])


def damage_lexicon(vdir: Path) -> None:
    (vdir / "lexicon.json").write_text('{"df": [1, 2')


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated vectors.npy": truncate_vectors,
    "wrong vector shape": wrong_vector_shape,
    "bad paragraphs.jsonl": damage_paragraphs,
    "bad meta.json": damage_meta,
    "bad lexicon.json": damage_lexicon,
}


def cites_rail(stdout: str) -> bool:
    return any(c["doc"] == "rail" for c in json.loads(stdout)["citations"])


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_ask_and_forced_build_heal_a_damaged_live_version(root: Path, damage: str) -> None:
    damaged = live(root)
    DAMAGES[damage](root / "index" / damaged)
    done = cli(root, "ask", "--json", QUESTION)
    no_traceback(done)
    assert done.returncode == 0 and cites_rail(done.stdout)
    assert f"index version {damaged} is damaged" in done.stderr
    assert done.stderr.count("is damaged") == 1  # one clear log line
    assert live(root) != damaged
    done = cli(root, "build", "--force")
    no_traceback(done)
    assert done.returncode == 0 and "6 documents" in done.stdout


def test_build_notices_a_wrong_vector_shape_instead_of_reporting_unchanged(root: Path) -> None:
    damaged = live(root)
    wrong_vector_shape(root / "index" / damaged)
    done = cli(root, "build")
    no_traceback(done)
    assert done.returncode == 0 and "index updated: 6 documents" in done.stdout
    assert LocalStore(root / "index").load() is not None


def test_the_previous_whole_version_takes_over_when_the_folder_is_gone_too(root: Path) -> None:
    previous = live(root)
    (root / "docs" / "summit.txt").unlink()
    assert cli(root, "build").returncode == 0
    newest = live(root)
    truncate_vectors(root / "index" / newest)
    (root / "docs").rename(root / "docs-moved")
    done = cli(root, "ask", "--json", QUESTION)
    no_traceback(done)
    assert done.returncode == 0 and cites_rail(done.stdout)
    assert f"serving {previous}, the newest intact version" in done.stderr
    assert live(root) == previous


async def test_the_bot_starts_and_answers_on_a_damaged_index(root: Path) -> None:
    truncate_vectors(root / "index" / live(root))
    settings = settings_for(root, telegram_bot_token="7000:TEST", telegram_base_url="http://127.0.0.1:9/bot")
    request = RecordingRequest()
    app = build_application(settings, request=request, get_updates_request=RecordingRequest())
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    try:
        await app.process_update(_update(app, message(QUESTION)))
        assert "30 crowns" in request.texts()[-1]
    finally:
        await app.shutdown()
        await app.post_shutdown(app)


def _update(app: object, data: dict[str, object]) -> object:
    from telegram import Update

    return Update.de_json(data, app.bot)  # type: ignore[attr-defined]
