"""`python -m bot`: long polling by default, a webhook server when WEBHOOK_URL is set."""

from __future__ import annotations

import importlib.util
import logging
import sys
from urllib.parse import urlparse

# A data folder called "index" in the working directory (an INDEX_DIR of "index") would be
# imported in place of the project's package: say so instead of failing on an import.
_found = importlib.util.find_spec("index")
if _found is None or _found.origin is None:
    sys.exit(
        "bot: the folder 'index' in the current directory hides the project's index package; "
        "start the bot from the project folder or keep INDEX_DIR elsewhere (default var/index)"
    )

from index import Settings, known_errors  # noqa: E402
from index import describe_error as describe  # noqa: E402

from .app import ALLOWED_UPDATES, build_application  # noqa: E402


def main() -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines contain the token
    try:
        run(Settings())  # mypy reads Field(1000, ...) as required
    except known_errors() as exc:  # a damaged file, a bad setting, an unmigrated database
        raise SystemExit(f"bot: {describe(exc)}") from None
    except ValueError as exc:  # a configuration problem: say what, without a traceback
        raise SystemExit(f"bot: {exc}") from None


def run(settings: Settings) -> None:
    """Start polling (or the webhook server) until stopped."""
    app = build_application(settings)
    if settings.webhook_url:
        secret = settings.webhook_secret_token
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlparse(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=secret.get_secret_value() if secret else None,
            allowed_updates=ALLOWED_UPDATES,
        )
    else:
        app.run_polling(allowed_updates=ALLOWED_UPDATES)


if __name__ == "__main__":
    main()
