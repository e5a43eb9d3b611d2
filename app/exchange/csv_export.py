"""One invitee list as a CSV file that Excel, LibreOffice and Google Sheets open as written.

UTF-8 with a byte-order mark (without one, Excel reads the accents as Windows-1252),
CRLF line ends, the English headers of the exported workbook, a comma (or a semicolon,
which Excel expects where the decimal mark is a comma). Text a spreadsheet would take
for a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) gets a leading
apostrophe, as OWASP advises against CSV injection; the importer takes it off again,
so a list makes the round trip unchanged. Rows are streamed from the workspace to a
file beside the target, which replaces the target only once complete.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.exchange.xlsx_labels import INVITEE_COLUMNS, labels_of
from app.exchange.xlsx_safety import WorkbookError
from app.messages import Messages
from app.models import ContactCategory, InvitationStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.store import Workspace

FORMULA_FIRST = frozenset("=+-@\t\r")
PROGRESS_EVERY = 2000

ProgressCallback = Callable[[int, int], None]


def neutralised(value: str) -> str:
    """``value`` with an apostrophe in front when a spreadsheet would run it as a formula."""
    return "'" + value if value and value[0] in FORMULA_FIRST else value


def export_list_csv(
    workspace: Workspace,
    list_name: str,
    path: Path | str,
    *,
    semicolon: bool = False,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the list's entries to ``path``; returns how many rows were written."""
    from app.exchange.xlsx_queries import stream_entries
    from app.services.invitees import find_list
    from app.store.output_guard import refuse_overwriting_workspace

    path = Path(path)
    refuse_overwriting_workspace(path, [workspace.path])
    categories = labels_of(ContactCategory)
    statuses = labels_of(InvitationStatus)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
    )
    written = 0
    try:
        with workspace.reading() as session:
            found = find_list(session, list_name.strip())
            if found is None:
                raise WorkbookError(
                    Messages.tr(
                        "There is no invitee list called “{name}”. Check the name (the "
                        "window's Invitees page lists them).",
                        name=list_name,
                    )
                )
            total = _entry_count(session, found.id)
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream, delimiter=";" if semicolon else ",")
                writer.writerow([header for _, header in INVITEE_COLUMNS])
                for row in stream_entries(session, found.id):
                    values = [*row]
                    values[4] = categories[values[4]]
                    values[7] = statuses[values[7]]
                    writer.writerow([neutralised(v or "") for v in values])
                    written += 1
                    if progress is not None and written % PROGRESS_EVERY == 0:
                        progress(written, max(total, written))
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _entry_count(session: Session, list_id: int) -> int:
    from app.services.invitees import list_summaries

    return next((s.entry_count for s in list_summaries(session) if s.id == list_id), 0)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
