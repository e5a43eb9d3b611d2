"""``chairdesk copy``: the demo to a fresh server database and back, nothing lost or changed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Meeting, RevisionFile
from app.services import documents, meetings
from app.store import backup_file, open_workspace
from app.store.copy import CopyError, copy_workspace

pytestmark = pytest.mark.postgresql

EVERY_BYTE = bytes(range(256)) * 40


def ics_without_stamps(workspace, path: Path) -> list[str]:
    from app.exchange.ics_export import export_to_file

    export_to_file(workspace, path)
    return [line for line in path.read_text().splitlines() if not line.startswith("DTSTAMP")]


def workbook_values(workspace, path: Path) -> dict[str, list[tuple]]:
    from app.exchange.xlsx_export import export_workbook

    export_workbook(workspace, path)
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """The demo, with a revision file holding every byte value (bytea must keep them)."""
    path = tmp_path / "demo.chairdesk"
    backup_file(demo_template, path)
    ws = open_workspace(path)
    with ws.writing() as session:
        document = documents.create_document(session, base_symbol="MISPA/doc.9/11", title="Raw")
        revision = documents.add_revision(session, document.id)
        documents.attach_file(
            session, revision.id, language="en", file_name="raw.bin", content=EVERY_BYTE
        )
    ws.close()
    return path


def test_the_demo_copied_to_a_server_and_back_exports_the_same(
    demo_file: Path, server_database, tmp_path: Path, capsys
) -> None:
    url = server_database()
    assert main(["copy", str(demo_file), url]) == 0
    assert "row counts and file hashes checked" in capsys.readouterr().out
    back = tmp_path / "back.chairdesk"
    assert main(["copy", url, str(back)]) == 0

    original, on_server, returned = (open_workspace(x) for x in (demo_file, url, back))
    try:
        ics = [
            ics_without_stamps(ws, tmp_path / f"{n}.ics")
            for n, ws in enumerate((original, on_server, returned))
        ]
        xlsx = [
            workbook_values(ws, tmp_path / f"{n}.xlsx")
            for n, ws in enumerate((original, on_server, returned))
        ]
        with on_server.reading() as session:
            raw = session.scalars(select(RevisionFile).where(RevisionFile.file_name == "raw.bin"))
            assert raw.one().content == EVERY_BYTE
        with original.reading() as session:
            kept = {m.id: (m.uid, m.sequence, m.version) for m in session.scalars(select(Meeting))}
        with returned.reading() as session:
            back_again = {
                m.id: (m.uid, m.sequence, m.version) for m in session.scalars(select(Meeting))
            }
    finally:
        for ws in (original, on_server, returned):
            ws.close()
    assert ics[0] == ics[1] == ics[2]
    assert any(line.startswith("UID:") for line in ics[0])
    assert xlsx[0] == xlsx[1] == xlsx[2]
    assert kept == back_again


def test_new_rows_on_the_server_after_a_copy_get_new_ids(demo_file: Path, server_database) -> None:
    url = server_database()
    source = open_workspace(demo_file)
    try:
        copy_workspace(source, url)
    finally:
        source.close()
    ws = open_workspace(url)
    try:
        with ws.writing() as session:
            from datetime import date, time

            made = meetings.create_meeting(
                session,
                date=date(2012, 1, 12),
                start_time=time(10),
                end_time=time(13),
                timezone="America/New_York",
            )
        with ws.reading() as session:
            assert made.id == max(session.scalars(select(Meeting.id)))
    finally:
        ws.close()


def test_a_target_that_is_not_empty_is_refused_and_left_as_it_was(
    demo_file: Path, server_database, capsys
) -> None:
    url = server_database()
    assert main(["copy", str(demo_file), url]) == 0
    ws = open_workspace(url)
    with ws.reading() as session:
        before = len(session.scalars(select(Meeting.id)).all())
    ws.close()
    capsys.readouterr()
    assert main(["copy", str(demo_file), url]) == 1
    assert "not empty" in capsys.readouterr().err
    ws = open_workspace(url)
    with ws.reading() as session:
        assert len(session.scalars(select(Meeting.id)).all()) == before
    ws.close()


def test_copying_onto_an_existing_file_is_refused(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.chairdesk"
    other.write_bytes(b"something")
    source = open_workspace(demo_file)
    try:
        with pytest.raises(CopyError, match="exists already"):
            copy_workspace(source, other)
    finally:
        source.close()
    assert other.read_bytes() == b"something"


def test_check_takes_a_server_url(demo_file: Path, server_database, capsys) -> None:
    url = server_database()
    assert main(["copy", str(demo_file), url]) == 0
    capsys.readouterr()
    assert main(["check", url]) == 0
    out = capsys.readouterr().out
    assert ": ok. Schema revision" in out and "meetings" in out
