"""Documents, revisions and language files: symbols derived, unchanged files refused,
file contents never loaded by lists."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, inspect, select

from app.models import Document, Revision, RevisionFile
from app.services import agenda, agenda_rows, document_rows, documents
from app.services.errors import NotFoundError, ValidationError
from app.store import Workspace
from tests.services.conftest import MakeMeeting
from tests.services.support import count

SYMBOL = "MISPA/doc.7/08"


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ({}, "MISPA/doc.7/08"),
        ({"rev": 4}, "MISPA/doc.7/08 rev. 4"),
        ({"add": 1}, "MISPA/doc.7/08 add. 1"),
        ({"corr": 1}, "MISPA/doc.7/08 corr. 1"),
        ({"add": 1, "corr": 1}, "MISPA/doc.7/08 add. 1 corr. 1"),
        ({"rev": 2, "corr": 1}, "MISPA/doc.7/08 rev. 2 corr. 1"),
    ],
)
def test_full_symbol(numbers: dict, expected: str) -> None:
    assert documents.full_symbol(SYMBOL, **numbers) == expected


def test_full_symbol_from_a_revision_row() -> None:
    assert documents.full_symbol(SYMBOL, Revision(revision=4, addendum=0, corrigendum=0)) == (
        "MISPA/doc.7/08 rev. 4"
    )


@pytest.fixture
def document_id(workspace: Workspace) -> int:
    with workspace.writing() as session:
        return documents.create_document(
            session,
            base_symbol=SYMBOL,
            title="Commitment to Public Security in the Americas",
            translations={"es": "Compromiso por la Seguridad Pública en las Américas"},
            kind="declaration",
            status="approved",
        ).id


@pytest.mark.parametrize("typed", ["MISPA/doc.7/08 rev. 4", "MISPA/doc.7/08 Add. 1", "X corr. 2"])
def test_a_base_symbol_with_a_suffix_is_refused(workspace: Workspace, typed: str) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        documents.create_document(session, base_symbol=typed, title="Typed twice")
    assert error.value.field == "base_symbol"
    assert "without" in error.value.message
    assert count(workspace, Document) == 0


def test_a_base_symbol_is_unique(workspace: Workspace, document_id: int) -> None:
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        documents.create_document(session, base_symbol=f" {SYMBOL} ", title="Again")
    assert error.value.field == "base_symbol"
    assert count(workspace, Document) == 1


def test_update_document_and_restore_it(workspace: Workspace, document_id: int) -> None:
    with workspace.reading() as session:
        before = documents.document_values(session.get(Document, document_id))
    with workspace.writing() as session:
        documents.update_document(
            session, document_id, {"status": "withdrawn", "base_symbol": "MISPA/doc.7/08b"}
        )
    with workspace.reading() as session:
        changed = session.get(Document, document_id)
        assert (changed.status, changed.base_symbol) == ("withdrawn", "MISPA/doc.7/08b")
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        documents.update_document(session, document_id, {"base_symbol": "A rev. 1"})
    assert error.value.field == "base_symbol"
    with workspace.writing() as session:
        documents.update_document(session, document_id, before)
    with workspace.reading() as session:
        assert documents.document_values(session.get(Document, document_id)) == before


def test_localized_titles_fall_back_to_the_original_language(
    workspace: Workspace, document_id: int
) -> None:
    with workspace.writing() as session:
        documents.create_document(
            session,
            base_symbol="MISPA II/doc.8/09",
            title="Consenso de Santo Domingo sobre Seguridad Pública",
            title_language="es",
        )
    with workspace.reading() as session:
        by_language = {
            language: [
                row.title for row in document_rows.list_documents(session, language=language)
            ]
            for language in (None, "en", "es", "fr")
        }
    consensus, commitment = (
        "Consenso de Santo Domingo sobre Seguridad Pública",
        "Commitment to Public Security in the Americas",
    )
    compromiso = "Compromiso por la Seguridad Pública en las Américas"
    # Sorted by base symbol: "MISPA II/..." before "MISPA/...".
    assert by_language[None] == [consensus, commitment]
    assert by_language["en"] == [consensus, commitment]
    assert by_language["es"] == [consensus, compromiso]
    assert by_language["fr"] == [consensus, commitment]


def test_revisions_are_numbered_on(workspace: Workspace, document_id: int) -> None:
    with workspace.writing() as session:
        numbers = [documents.add_revision(session, document_id).revision for _ in range(3)]
        corrigendum = documents.add_revision(session, document_id, revision=2, corrigendum=1)
        assert documents.full_symbol(SYMBOL, corrigendum) == "MISPA/doc.7/08 rev. 2 corr. 1"
    assert numbers == [0, 1, 2]
    with workspace.reading() as session:
        symbols = [row.symbol for row in document_rows.revision_history(session, document_id)]
    assert symbols == [SYMBOL, f"{SYMBOL} rev. 1", f"{SYMBOL} rev. 2", f"{SYMBOL} rev. 2 corr. 1"]


@pytest.mark.parametrize(
    ("numbers", "field"),
    [({"revision": 0}, "revision"), ({"revision": -1}, "revision"), ({"addendum": -1}, "addendum")],
    ids=["existing", "negative", "negative-addendum"],
)
def test_bad_revision_numbers_are_refused(
    workspace: Workspace, document_id: int, numbers: dict, field: str
) -> None:
    with workspace.writing() as session:
        documents.add_revision(session, document_id)
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        documents.add_revision(session, document_id, **numbers)
    assert error.value.field == field
    assert count(workspace, Revision) == 1


def test_attach_file_records_size_hash_and_type(workspace: Workspace, document_id: int) -> None:
    content = b"%PDF-1.4 Commitment to Public Security\n" * 50
    with workspace.writing() as session:
        revision_id = documents.add_revision(session, document_id).id
        file_id = documents.attach_file(
            session, revision_id, language="en", file_name="/tmp/x/commitment.pdf", content=content
        ).id
    with workspace.reading() as session:
        (row,) = document_rows.revision_history(session, document_id)
        assert documents.file_content(session, file_id) == ("commitment.pdf", content)
    (file,) = row.files
    assert (file.language, file.file_name, file.media_type) == (
        "en",
        "commitment.pdf",
        "application/pdf",
    )
    assert file.size == len(content)
    assert file.sha256 == hashlib.sha256(content).hexdigest()


def test_attaching_again_replaces_that_language_file(
    workspace: Workspace, document_id: int
) -> None:
    with workspace.writing() as session:
        revision_id = documents.add_revision(session, document_id).id
        documents.attach_file(session, revision_id, language="en", file_name="a.txt", content=b"a")
        documents.attach_file(session, revision_id, language="en", file_name="b.txt", content=b"b")
        documents.attach_file(session, revision_id, language="es", file_name="c.txt", content=b"c")
    with workspace.reading() as session:
        (row,) = document_rows.revision_history(session, document_id)
    assert [(f.language, f.file_name) for f in row.files] == [("en", "b.txt"), ("es", "c.txt")]


def test_a_file_identical_to_the_previous_revisions_is_refused_and_nothing_is_written(
    workspace: Workspace, document_id: int
) -> None:
    content = "Compromiso por la Seguridad Pública".encode()
    with workspace.writing() as session:
        first = documents.add_revision(session, document_id).id
        documents.attach_file(session, first, language="es", file_name="v0.docx", content=content)

    # Adding rev. 1 with the unchanged file is one user action: all of it is refused.
    with pytest.raises(ValidationError) as error, workspace.writing() as session:
        second = documents.add_revision(session, document_id, change_note="typo").id
        documents.attach_file(session, second, language="es", file_name="v1.docx", content=content)
    assert error.value.field == "content"
    assert "identical" in error.value.message
    assert "MISPA/doc.7/08" in error.value.message
    assert count(workspace, Revision) == 1
    assert count(workspace, RevisionFile) == 1


def test_the_same_bytes_in_another_language_or_after_a_change_are_accepted(
    workspace: Workspace, document_id: int
) -> None:
    with workspace.writing() as session:
        first = documents.add_revision(session, document_id).id
        documents.attach_file(session, first, language="en", file_name="a.txt", content=b"same")
        second = documents.add_revision(session, document_id).id
        # Same bytes, other language: not what the previous revision circulated in French.
        documents.attach_file(session, second, language="fr", file_name="a.txt", content=b"same")
        documents.attach_file(session, second, language="en", file_name="b.txt", content=b"new")
        third = documents.add_revision(session, document_id).id
        # Equal to rev. 0 but not to rev. 1 (its previous revision): a revert is a change.
        documents.attach_file(session, third, language="en", file_name="c.txt", content=b"same")
    assert count(workspace, RevisionFile) == 4


def test_bad_files_are_refused(workspace: Workspace, document_id: int) -> None:
    with workspace.writing() as session:
        revision_id = documents.add_revision(session, document_id).id
    for values, field in [
        ({"language": "de", "file_name": "a.txt"}, "language"),
        ({"language": "en", "file_name": "   "}, "file_name"),
    ]:
        with pytest.raises(ValidationError) as error, workspace.writing() as session:
            documents.attach_file(session, revision_id, content=b"x", **values)
        assert error.value.field == field
    assert count(workspace, RevisionFile) == 0


def test_update_and_delete_revisions(workspace: Workspace, document_id: int) -> None:
    with workspace.writing() as session:
        first = documents.add_revision(session, document_id).id
        second = documents.add_revision(session, document_id).id
        documents.attach_file(session, second, language="en", file_name="a.txt", content=b"a")
        documents.update_revision(
            session, first, circulated_on=date(2011, 9, 15), change_note="First draft"
        )
    with workspace.writing() as session:
        documents.delete_revision(session, second)
    with workspace.reading() as session:
        (row,) = document_rows.revision_history(session, document_id)
    assert (row.circulated_on, row.change_note) == (date(2011, 9, 15), "First draft")
    assert count(workspace, RevisionFile) == 0


def test_delete_document_removes_revisions_files_and_agenda_links(
    workspace: Workspace, document_id: int, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting()
    with workspace.writing() as session:
        revision_id = documents.add_revision(session, document_id).id
        documents.attach_file(session, revision_id, language="en", file_name="a", content=b"a")
        item_id = agenda.add_item(session, meeting_id, title="Declaration").id
        agenda.link_document(session, item_id, document_id, revision_id)
    with workspace.writing() as session:
        documents.delete_document(session, document_id)
    assert (count(workspace, Document), count(workspace, Revision)) == (0, 0)
    assert count(workspace, RevisionFile) == 0
    with workspace.reading() as session:
        assert agenda_rows.list_items(session, meeting_id)[0].documents == ()
    with pytest.raises(NotFoundError), workspace.writing() as session:
        documents.delete_document(session, document_id)


def test_file_content_of_a_missing_file(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError), workspace.reading() as session:
        documents.file_content(session, 12345)


def test_list_documents_shows_the_latest_revision(workspace: Workspace, document_id: int) -> None:
    with workspace.writing() as session:
        documents.create_document(session, base_symbol="CP/doc.1/11", title="No revision yet")
        for day in (1, 8, 15):
            documents.add_revision(session, document_id, circulated_on=date(2011, 9, day))
    with workspace.reading() as session:
        rows = {row.base_symbol: row for row in document_rows.list_documents(session)}
    latest = rows[SYMBOL]
    assert (latest.latest_symbol, latest.latest_circulated_on, latest.revision_count) == (
        "MISPA/doc.7/08 rev. 2",
        date(2011, 9, 15),
        3,
    )
    empty = rows["CP/doc.1/11"]
    assert (empty.latest_symbol, empty.revision_count) == ("CP/doc.1/11", 0)


def test_revision_history_says_where_each_revision_was_considered(
    workspace: Workspace, document_id: int, make_meeting: MakeMeeting
) -> None:
    meeting_id = make_meeting(date(2011, 9, 22))
    with workspace.writing() as session:
        documents.add_revision(session, document_id)
        rev1 = documents.add_revision(session, document_id).id
        agenda.add_item(session, meeting_id, title="Opening")
        item = agenda.add_item(session, meeting_id, title="Consideration of documents")
        agenda.link_document(session, item.id, document_id, rev1)
    with workspace.reading() as session:
        history = document_rows.revision_history(session, document_id)
    assert [row.considered_at for row in history] == [(), ("22 Sep 2011, item 2",)]


@contextmanager
def content_queries(workspace: Workspace) -> Iterator[list[str]]:
    """Every SQL statement that selects revision_files.content while the block runs."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        normalized = " ".join(statement.split())
        if normalized.startswith("SELECT") and "revision_files.content" in normalized:
            seen.append(normalized)

    event.listen(workspace.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(workspace.engine, "before_cursor_execute", record)


def test_lists_and_histories_never_load_file_contents(
    workspace: Workspace, document_id: int
) -> None:
    with workspace.writing() as session:
        for number in range(3):
            revision_id = documents.add_revision(session, document_id).id
            for language in ("en", "es"):
                documents.attach_file(
                    session,
                    revision_id,
                    language=language,
                    file_name=f"rev{number}.docx",
                    content=f"{language} {number}".encode() * 1000,
                )
    with content_queries(workspace) as seen, workspace.reading() as session:
        rows = document_rows.list_documents(session)
        history = document_rows.revision_history(session, document_id)
        loaded_files = [
            obj for obj in session.identity_map.values() if isinstance(obj, RevisionFile)
        ]
        assert all("content" in inspect(obj).unloaded for obj in loaded_files)
    assert seen == []
    assert rows[0].revision_count == 3
    assert sum(len(row.files) for row in history) == 6

    with content_queries(workspace) as seen, workspace.reading() as session:
        file_id = session.scalar(select(RevisionFile.id).limit(1))
        documents.file_content(session, file_id)
    assert len(seen) == 1
