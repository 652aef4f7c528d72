"""The question-answering engine: one object the CLI and the Telegram adapter hold.

`core.py` holds the `Engine`'s lifecycle (open, load, reload, build, search, the documents
and quotes it serves); `routing.py` sends each question to the answer that fits it
(overviews, continuations, disagreements, outlets, attribution and their fallbacks);
`base.py` the records both share (`Turn`, the `QA` protocol, the loaded index version).
"""

from .base import QA, Turn
from .core import Engine

__all__ = ["QA", "Engine", "Turn"]
