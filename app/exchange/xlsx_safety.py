"""Checks made before an untrusted workbook is parsed.

An .xlsx file is a zip of XML parts. Before any XML is read, the file must be a zip
(an encrypted workbook is an OLE2 compound file instead, as is an old .xls), hold a
workbook part, and stay within limits on size, member count and unpacked size, so a
"zip bomb" is refused instead of filling memory. The XML readers run with
``defusedxml`` installed (openpyxl uses it when present; calamine's parser expands no
entities at all).
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from app.messages import Messages, Number
from app.services.errors import ServiceError

#: Largest workbook file accepted (an export of 100,000 invitees is about 6 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Most parts a workbook may have (a plain one has about a dozen).
MAX_MEMBERS = 2000
#: Largest total size of the parts once unpacked.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
#: Highest packing ratio of a large part; sheet XML packs about 10-30 to 1, bombs 1000 to 1.
MAX_RATIO = 200
RATIO_CHECKED_ABOVE = 4 * 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: Stream names (UTF-16) that an encrypted Office file carries in its OLE2 directory.
ENCRYPTION_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


class WorkbookError(ServiceError):
    """A workbook cannot be read or used; the message says what to do about it."""


def _megabytes(size: int) -> Number:
    """A size in whole megabytes."""
    return Number(round(size / (1024 * 1024)))


def require_defusedxml() -> None:
    if importlib.util.find_spec("defusedxml") is None:
        raise WorkbookError(
            Messages.tr(
                "Workbooks are read only with the defusedxml package installed, which protects "
                "against malicious files. Reinstall Chairdesk to restore it."
            )
        )


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as stream:
        tail = b""
        while chunk := stream.read(1024 * 1024):
            window = tail + chunk
            if any(marker in window for marker in ENCRYPTION_MARKERS):
                return True
            tail = chunk[-64:]
    return False


def check_file_basics(path: Path) -> None:
    """Raise :class:`WorkbookError` unless ``path`` is a readable, non-empty file of sane size."""
    name = path.name
    if not path.exists():
        raise WorkbookError(Messages.tr("{file}: no such file. Check the path.", file=path))
    if path.is_dir():
        raise WorkbookError(
            Messages.tr("{file} is a folder, not a workbook. Choose an .xlsx file.", file=name)
        )
    if not path.is_file():
        raise WorkbookError(
            Messages.tr(
                "{file} is not a regular file (a pipe or a device?). Choose the saved workbook.",
                file=name,
            )
        )
    size = path.stat().st_size
    if size == 0:
        raise WorkbookError(
            Messages.tr("{file} is empty (0 bytes). Choose the saved workbook.", file=name)
        )
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            Messages.tr(
                "{file} is {size} MB, more than the {limit} MB a workbook may have here. "
                "Split the list into smaller workbooks.",
                file=name,
                size=_megabytes(size),
                limit=_megabytes(MAX_FILE_BYTES),
            )
        )


def check_workbook_file(path: Path) -> None:
    """Raise :class:`WorkbookError` unless ``path`` looks like a safe .xlsx workbook."""
    require_defusedxml()
    check_file_basics(path)
    name = path.name
    with path.open("rb") as stream:
        head = stream.read(8)
    if head == OLE2_MAGIC:
        if _is_encrypted(path):
            raise WorkbookError(
                Messages.tr(
                    "{file} is password-protected: save it without a password "
                    "(in Excel: File > Info > Protect Workbook > Encrypt with Password, "
                    "clear the password) and import it again.",
                    file=name,
                )
            )
        raise WorkbookError(
            Messages.tr(
                "{file} is an old-style Excel 97-2003 workbook (.xls). Open it in Excel or "
                "LibreOffice and save it as Excel Workbook (.xlsx).",
                file=name,
            )
        )
    if head[:4] != ZIP_MAGIC:
        raise WorkbookError(
            Messages.tr(
                "{file} is not an Excel workbook (.xlsx). If it is a CSV or another "
                "spreadsheet, open it in Excel or LibreOffice and save it as Excel Workbook "
                "(.xlsx).",
                file=name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise WorkbookError(
            Messages.tr(
                "{file} is damaged: it is not a complete .xlsx file ({reason}). Open it in "
                "Excel and save it again, or ask for a new copy.",
                file=name,
                reason=exc,
            )
        ) from None
    _check_members(name, members)
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or not any(
        n.startswith("xl/") and n.endswith(".xml") and "workbook" in n for n in names
    ):
        raise WorkbookError(
            Messages.tr(
                "{file} is a zip file but not an Excel workbook (.xlsx). Open it in its program "
                "and save it as Excel Workbook (.xlsx).",
                file=name,
            )
        )


def check_zip_members(path: Path) -> None:
    """The zip-bomb and encryption checks alone, for any zipped spreadsheet (.xlsx, .ods)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise WorkbookError(
            Messages.tr(
                "{file} is damaged: it is not a complete file ({reason}). Open it in its "
                "program and save it again, or ask for a new copy.",
                file=path.name,
                reason=exc,
            )
        ) from None
    _check_members(path.name, members)


def _check_members(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise WorkbookError(
            Messages.tr(
                "{file} holds {parts} parts, more than the {limit} a workbook may have; it may "
                "be damaged or malicious. Open it in Excel and save it as a new workbook.",
                file=name,
                parts=Number(len(members)),
                limit=Number(MAX_MEMBERS),
            )
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            Messages.tr(
                "{file} would unpack to {size} MB, more than the {limit} MB allowed; it may be "
                "a damaged or malicious file (a “zip bomb”). Open it in Excel and save it "
                "again, or split the list.",
                file=name,
                size=_megabytes(unpacked),
                limit=_megabytes(MAX_UNPACKED_BYTES),
            )
        )
    for member in members:
        if member.file_size > RATIO_CHECKED_ABOVE and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise WorkbookError(
                Messages.tr(
                    "{file} has a part ({part}) that would unpack from {packed} bytes to "
                    "{size} MB; it may be a malicious file (a “zip bomb”) and was not opened. "
                    "Ask for a new copy.",
                    file=name,
                    part=member.filename,
                    packed=Number(member.compress_size),
                    size=_megabytes(member.file_size),
                )
            )
        if member.flag_bits & 0x1:
            raise WorkbookError(
                Messages.tr(
                    "{file} is password-protected: save it without a password and import it again.",
                    file=name,
                )
            )
