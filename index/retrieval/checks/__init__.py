"""Whether a cited sentence gives what a question asks for, one question form per module: the
kind of value asked (`answer_type`), counts, spans of time, dates, names, which one of a kind,
who acts, what someone did or holds, reasons, winners, outcomes, times to come. Pure; the
composer (`..compose`) reads them to choose sentences and to abstain."""
