"""Stage 1: bytes to text. The only place that knows about encodings.

Decoding is strict everywhere: a byte sequence that does not decode is an
error with a line number, never a replacement character.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DecodedText:
    text: str  # line ends normalised to "\n"
    encoding: str  # the codec that decoded it, e.g. "utf-8", "utf-8-sig", "cp932"


class DecodeError(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# Legacy Japanese encodings tried after UTF-8, in this order. cp932 is
# Microsoft's superset of Shift_JIS, which is what "Shift_JIS" files really are.
_LEGACY_ENCODINGS = ("cp932", "euc_jp")

# C0 controls other than tab, newline, carriage return and form feed mean the
# file is not text (or is UTF-16 without a BOM).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Python's cp932 maps stray bytes 0x80, 0xA0 and 0xFD-0xFF, and the user-defined
# area, to C1 controls and private-use characters: a sign of the wrong codec.
_NOT_JAPANESE_TEXT = re.compile(r"[\x80-\x9f\ue000-\uf8ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
# byte order mark -> (mark, codec for the bytes after it, encoding reported)
_BYTE_ORDER_MARKS = {
    codecs.BOM_UTF8: (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    codecs.BOM_UTF16_LE: (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    codecs.BOM_UTF16_BE: (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
}


def _normalize_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _line_at(text: str, index: int) -> int:
    return _normalize_line_ends(text[:index]).count("\n") + 1


def _line_of(data: bytes, offset: int, encoding: str) -> int:
    """Line number of byte ``offset``, counted in decoded text: in UTF-16 a 0x0A
    byte can be half of an ordinary character."""
    prefix = data[:offset].decode(encoding, errors="strict")
    return _line_at(prefix, len(prefix))


def _japanese_score(text: str) -> int:
    return len(_KANA.findall(text))


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a seed file's bytes, or raise :class:`DecodeError`."""
    bom = _BYTE_ORDER_MARKS.get(data[:3]) or _BYTE_ORDER_MARKS.get(data[:2])
    if bom:
        mark, body_codec, encoding = bom
        body = data[len(mark) :]
        try:
            text = body.decode(body_codec)
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"not valid {encoding} after its byte order mark: {err.reason}",
                _line_of(body, err.start, body_codec),
            ) from None
    else:
        if b"\x00" in data:
            # latin-1 reads any byte, so it can count the lines before the NUL.
            nul = data.index(b"\x00")
            raise DecodeError(
                "binary data (NUL bytes): not a text file", _line_of(data, nul, "latin-1")
            )
        text, encoding = _decode_without_bom(data)
    text = _normalize_line_ends(text)
    control = _CONTROL.search(text)
    if control:
        raise DecodeError(
            f"binary data (control character U+{ord(control.group()):04X}): not a text file",
            _line_at(text, control.start()),
        )
    if not text.strip():
        raise DecodeError("empty file: a seed needs at least one line of text")
    return DecodedText(text=text, encoding=encoding)


def _decode_without_bom(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        # (line, byte offset, codec) of each codec's first failure
        failures = [(_line_of(data, err.start, "utf-8"), err.start, "UTF-8")]
    candidates = []
    for encoding in _LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            failures.append((_line_of(data, err.start, encoding), err.start, encoding))
            continue
        stray = _NOT_JAPANESE_TEXT.search(text)
        if stray:
            offset = len(text[: stray.start()].encode(encoding))
            failures.append((_line_at(text, stray.start()), offset, encoding))
            continue
        candidates.append((text, encoding))
    if not candidates:
        # The codec that read furthest is the file's likely encoding: report its failure.
        line, offset, encoding = max(failures)
        raise DecodeError(
            "not UTF-8, UTF-16 (with BOM), Shift_JIS/CP932 or EUC-JP: "
            f"undecodable byte 0x{data[offset]:02x} (read as {encoding})",
            line,
        )
    # Some byte strings decode under both legacy codecs; the right one yields
    # kana, the wrong one mostly rare kanji. Ties keep the order above.
    return max(candidates, key=lambda c: _japanese_score(c[0]))
