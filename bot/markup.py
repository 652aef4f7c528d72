"""The primitives every renderer shares: the one escaping point and clipping.

`render.py` and `render_quotes.py` build all HTML from these; nothing else escapes.
"""

from __future__ import annotations

import html

MAX_BUTTON_LABEL = 60  # characters of an inline button's label


def e(value: object) -> str:
    """The one escaping point: every value interpolated into Telegram HTML goes through here.

    >>> e("<b> & _*[")
    '&lt;b&gt; &amp; _*['
    """
    return html.escape(str(value), quote=False)


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis (for button labels and titles)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
