"""Seeded mutations of a valid .xlsx workbook at the zip, XML and cell level (no Qt)."""

from __future__ import annotations

import io
import random
import re
import warnings
import zipfile
from datetime import date, datetime

LEVELS = ("zip", "xml", "cell")


def mutate(data: bytes, level: str, seed: int) -> bytes:
    rng = random.Random(seed)
    if level == "zip":
        return _mutate_zip(data, rng)
    if level == "xml":
        return _mutate_xml(data, rng)
    return _mutate_cells(data, rng)


# ----- zip ---------------------------------------------------------------------------------


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info.filename)) for info in zf.infolist()]


def _rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():  # duplicate member names are one of the mutations
        warnings.simplefilter("ignore", UserWarning)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in members:
                zf.writestr(name, content)
    return out.getvalue()


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    kind = rng.choice(
        ["truncate", "flip", "drop", "duplicate", "garbage", "bomb", "empty", "rename", "flip"]
    )
    if kind == "truncate":
        return data[: rng.randrange(len(data))]
    if kind == "flip":
        buf = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        return bytes(buf)
    members = [(info.filename, content) for info, content in _members(data)]
    index = rng.randrange(len(members))
    if kind == "drop":
        del members[index]
    elif kind == "duplicate":
        members.append(members[index])
    elif kind == "garbage":
        members[index] = (members[index][0], rng.randbytes(rng.randint(0, 5000)))
    elif kind == "bomb":
        members.append(("xl/worksheets/sheet9.xml", b"\0" * rng.choice([10, 60]) * 1024 * 1024))
    elif kind == "empty":
        members[index] = (members[index][0], b"")
    elif kind == "rename":
        name = members[index][0]
        members[index] = (
            rng.choice([name.upper(), "../" + name, "/" + name, name + "x"]),
            members[index][1],
        )
    return _rezip(members)


# ----- xml ---------------------------------------------------------------------------------

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _mutate_xml(data: bytes, rng: random.Random) -> bytes:
    members = [(info.filename, content) for info, content in _members(data)]
    xml = [i for i, (name, _) in enumerate(members) if name.endswith((".xml", ".rels"))]
    sheets = [i for i in xml if "worksheets/" in members[i][0] or "sharedStrings" in members[i][0]]
    index = rng.choice(sheets if sheets and rng.random() < 0.7 else xml)
    name, text = members[index]
    kind = rng.choice(
        ["cut", "dup", "delete", "entity", "external", "number", "type", "ref", "bytes", "huge"]
    )
    if kind == "cut":
        text = text[: rng.randrange(len(text) + 1)]
    elif kind in ("dup", "delete"):
        a = rng.randrange(len(text) + 1)
        b = min(len(text), a + rng.randint(1, 400))
        text = (
            text[:b] + text[a:b] * rng.randint(1, 50) + text[b:]
            if kind == "dup"
            else text[:a] + text[b:]
        )
    elif kind == "entity":
        text = LAUGHS + re.sub(
            rb"<v>[^<]*</v>", b"<v>&lol3;</v>", text.split(b"?>", 1)[-1], count=3
        )
    elif kind == "external":
        text = EXTERNAL + re.sub(
            rb"<t[^>]*>[^<]*</t>", b"<t>&xxe;</t>", text.split(b"?>", 1)[-1], count=3
        )
    elif kind == "number":
        value = rng.choice([b"1e308", b"-1", b"99999999999999999999", b"NaN", b"", b"0x10", b"-0"])
        text = re.sub(rb"<v>[^<]*</v>", b"<v>" + value + b"</v>", text, count=rng.randint(1, 50))
    elif kind == "type":
        new = rng.choice([b't="str"', b't="e"', b't="b"', b't="n"', b't="inlineStr"', b't="zz"'])
        text = re.sub(rb't="[a-zA-Z]+"', new, text, count=rng.randint(1, 50))
    elif kind == "ref":
        new = rng.choice([b'r="A0"', b'r="XFD1048576"', b'r="ZZZZ1"', b'r=""', b'r="A99999999"'])
        text = re.sub(rb'r="[A-Z]+[0-9]+"', new, text, count=rng.randint(1, 20))
    elif kind == "bytes":
        a = rng.randrange(len(text) + 1)
        text = (
            text[:a] + rng.choice([b"\xff\xfe", b"\x00", b"\xc3(", b"<", b"&", b"]]>"]) + text[a:]
        )
    elif kind == "huge":
        text = re.sub(rb"<t>[^<]*</t>", b"<t>" + b"A" * 100_000 + b"</t>", text, count=2)
    members[index] = (name, text)
    return _rezip(members)


# ----- cells -------------------------------------------------------------------------------


def _value(rng: random.Random) -> object:
    return rng.choice(
        [
            None,
            "",
            " ",
            "Accepted",
            "ACCEPTED",
            "in progress",
            "Submitted",
            "nonsense",
            "=1/0",
            '=HYPERLINK("http://x","y")',
            "=cmd|' /C calc'!A0",
            "x" * 40_000,
            "é\u202e\u0000"[: rng.randint(1, 2)],
            -1,
            101,
            50,
            0,
            1e308,
            -0.0,
            3.5,
            True,
            date(1, 1, 1),
            date(9999, 12, 31),
            datetime(2024, 2, 29, 13, 5),
            "2024-13-45",
            "31/12/2024",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "javascript:alert(1)",
            "https://example.org/report.pdf",
        ]
    )


def _mutate_cells(data: bytes, rng: random.Random) -> bytes:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb[rng.choice([n for n in wb.sheetnames if n != "Instructions"] or wb.sheetnames)]
    kind = rng.choice(["cells", "cells", "cells", "rows", "columns", "sheet", "header", "dup"])
    if kind == "cells":
        for _ in range(rng.randint(1, 30)):
            ws.cell(
                rng.randint(1, ws.max_row + 3), rng.randint(1, ws.max_column + 2)
            ).value = _value(rng)
    elif kind == "rows":
        if rng.random() < 0.5:
            ws.delete_rows(rng.randint(1, ws.max_row), rng.randint(1, 5))
        else:
            ws.insert_rows(rng.randint(1, ws.max_row), rng.randint(1, 5))
    elif kind == "columns":
        ws.delete_cols(rng.randint(1, ws.max_column))
    elif kind == "sheet":
        if rng.random() < 0.5:
            wb.remove(ws)
        else:
            ws.title = rng.choice(["Sheet1", "deliverables", "Focal  points", "_EXPORT"])
    elif kind == "header":
        ws.cell(1, rng.randint(1, ws.max_column)).value = _value(rng)
    elif kind == "dup":
        row = rng.randint(2, max(2, ws.max_row))
        ws.append([c.value for c in ws[row]])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
