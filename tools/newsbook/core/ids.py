"""Ids derived from content, shared by every step: the same text gives the same
id in any process, on any machine, so labels and entity ids never churn."""

from __future__ import annotations

import hashlib


def text_hash(text: str) -> str:
    """Eight hex digits that depend only on the text."""
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()
