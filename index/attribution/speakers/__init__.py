"""Who a speaker phrase names: cue phrases and the phrase each names, people, offices and
anonymous sources by form, pronouns and descriptions resolved across an article (the he/she
ranker and the no-cue chooser, with their learned weights beside them), roles shown beside a
name, and one person grouped under all the names the articles give them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from index._lazy import lazy_exports

if TYPE_CHECKING:
    from .speaker_groups import SpeakerGroup, group_speakers

_EXPORTS = {
    "group_speakers": "speaker_groups",
    "SpeakerGroup": "speaker_groups",
}

__all__ = ["SpeakerGroup", "group_speakers"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
