"""The Telegram adapter: translates updates into `index` calls and `Answer`s into HTML."""
