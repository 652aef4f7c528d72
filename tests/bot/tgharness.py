"""A real PTB Application wired to a recording transport and a fake QA (no network)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fakeqa import FakeQA
from telegram import Update
from tgfakes import ADMIN_ID, RecordingRequest

from bot.app import BotApplication, build_application
from index.settings import Settings


class Harness:
    """A real PTB Application wired to a recording transport and a fake QA."""

    def __init__(self, data_dir: Path, qa: FakeQA | None = None, **settings: Any) -> None:
        self.qa = qa or FakeQA()
        self.request = RecordingRequest()
        self.settings = Settings(
            _env_file=None,
            telegram_bot_token="7000:TEST",
            telegram_base_url="http://127.0.0.1:9/bot",
            telegram_base_file_url="http://127.0.0.1:9/file/bot",
            telegram_admin_ids=[ADMIN_ID],
            data_dir=data_dir,
            **settings,
        )
        self.app: BotApplication | None = None

    async def start(self) -> BotApplication:
        qa = self.qa
        self.app = build_application(
            self.settings, lambda _: qa, request=self.request, get_updates_request=RecordingRequest()
        )
        await self.app.initialize()
        assert self.app.post_init is not None
        await self.app.post_init(self.app)
        return self.app

    async def stop(self) -> None:
        if self.app is not None:
            app, self.app = self.app, None
            await app.shutdown()
            assert app.post_shutdown is not None
            await app.post_shutdown(app)

    async def send(self, update: dict[str, Any]) -> None:
        assert self.app is not None
        await self.app.process_update(Update.de_json(update, self.app.bot))
