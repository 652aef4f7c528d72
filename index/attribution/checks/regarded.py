"""A claim that X *is* something, of a quotation where X only *sees* something *as* it.

"Did Ziv say the mayor is a risk?" of "… the mayor sees that as a risk as well" shares every
content word, but the quotation has the mayor judging a thing a risk, not being one: a "Yes"
would turn the viewer into the thing viewed. Pure.
"""

from __future__ import annotations

import re

from ...retrieval.lexical import terms
from ...text import fold

# "X is/are/was/were (a/an/the) Y": the subject and what the claim says it is
_IS = re.compile(r"^(?P<subject>.+?)\s+(?:is|are|was|were|remains?)\s+(?:not\s+)?(?P<what>.+?)[.?!]*$")
# a verb of judging something "as" a thing, a few words after the subject
_VIEWS = re.compile(
    r"\b(?:sees?|saw|seen|seeing|views?|viewed|viewing|regards?|regarded|regarding|considers?|considered"
    r"|treats?|treated|describes?|described|brands?|branded|labels?|labell?ed)\b"
    r"(?P<object>(?:\s+[\w’'-]+){0,4}?)\s+as\s+(?P<as>[^,;.!?]+)"
)
SUBJECT_REACH = 3  # words between the claim's subject and the verb of judging


def viewer_made_thing(claim: str, quote_text: str) -> bool:
    """Whether `claim` says its subject *is* what `quote_text` has the subject only *see* (or
    regard, describe …) something *as*.

    >>> viewer_made_thing("the mayor is a risk", "He hopes the mayor sees that as a risk as well")
    True
    >>> viewer_made_thing("the bridge is a risk", "He hopes the mayor sees the bridge as a risk")
    False
    >>> viewer_made_thing("the mayor sees the bridge as a risk", "The mayor sees the bridge as a risk")
    False
    """
    m = _IS.match(fold(claim).strip())
    if m is None:
        return False
    subject = terms(m.group("subject"))
    what = set(terms(m.group("what")))
    if not subject or not what:
        return False
    said = fold(quote_text)
    for v in _VIEWS.finditer(said):
        before = terms(said[: v.start()])[-SUBJECT_REACH - 1 :]
        judged = set(terms(v.group("as")))
        if subject[-1] in before and what <= judged and subject[-1] not in terms(v.group("object")):
            return True
    return False
