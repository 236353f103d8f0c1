"""decode_bytes: seed bytes to text, strictly, or a DecodeError with a line number."""

import codecs

import pytest

from newsbook.analyse.decode import DecodeError, decode_bytes

TEXT = "日本語の記事です。\n二行目。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", id="utf-16-native-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(TEXT.encode("shift_jis"), "cp932", id="shift_jis"),
        pytest.param(TEXT.encode("cp932"), "cp932", id="cp932"),
        pytest.param(TEXT.encode("euc_jp"), "euc_jp", id="euc-jp"),
    ],
)
def test_japanese_text_decodes_exactly_in_every_supported_encoding(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(b"a\r\nb\r\n", "a\nb\n", id="crlf"),
        pytest.param(b"a\rb\r", "a\nb\n", id="lone-cr"),
        pytest.param(b"a\r\nb\rc\n", "a\nb\nc\n", id="mixed"),
        pytest.param("一行目\r\n二行目\r\n".encode("cp932"), "一行目\n二行目\n", id="crlf-cp932"),
    ],
)
def test_line_ends_become_newlines(data, text):
    assert decode_bytes(data).text == text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b" \n\t\r\n", id="ascii-whitespace"),
        pytest.param("\u3000\u00a0\n".encode(), id="ideographic-and-no-break-spaces"),
    ],
)
def test_a_file_without_text_is_an_error(data):
    with pytest.raises(DecodeError, match="empty"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "line"),
    [
        pytest.param(b"one\ntwo\nth\x00ree\n", 3, id="nul-on-line-3"),
        pytest.param(b"one\nt\x01wo\n", 2, id="control-char-on-line-2"),
        pytest.param(b"one\r\ntwo\r\n\x1b[0m\r\n", 3, id="escape-after-crlf"),
        pytest.param("一行目\n".encode("utf-16-le"), 1, id="utf-16-without-bom"),
    ],
)
def test_binary_data_is_an_error_on_its_line(data, line):
    with pytest.raises(DecodeError, match="binary") as caught:
        decode_bytes(data)
    assert caught.value.line == line


# 0x85 0x40 is unassigned in CP932, and invalid in UTF-8 and EUC-JP.
UNDECODABLE = b"\x85\x40"


@pytest.mark.parametrize(
    ("data", "line"),
    [
        pytest.param(b"line one\nline two\n" + UNDECODABLE + b"\n", 3, id="ascii"),
        pytest.param("一行目。\n二行目。\n".encode() + b"\xff\n", 3, id="utf-8-stray-byte"),
        pytest.param(
            "一行目。\n二行目。\n".encode("cp932") + UNDECODABLE + b"\n",
            3,
            id="cp932-corrupt-byte",
        ),
        pytest.param(
            codecs.BOM_UTF8 + b"ok\n\xff\n",
            2,
            id="utf-8-bom",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + "上の行\n二行目\n".encode("utf-16-le") + b"\x00\xdc",
            3,
            id="utf-16-bom",
        ),
    ],
)
def test_undecodable_bytes_are_an_error_on_their_line(data, line):
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert caught.value.line == line


def test_undecodable_message_names_the_encodings_and_has_no_replacement_character():
    with pytest.raises(DecodeError) as caught:
        decode_bytes(b"ok\n" + UNDECODABLE + b"\n")
    message = str(caught.value)
    assert "UTF-8" in message and "Shift_JIS" in message and "EUC-JP" in message
    assert "\ufffd" not in message


def test_no_character_is_ever_replaced():
    # A lenient decoder would turn the stray byte into U+FFFD and carry on.
    with pytest.raises(DecodeError):
        decode_bytes("日本語の記事です。\n".encode() + b"\x80" + "二行目。\n".encode())
