"""the meeting record: attendance, quorum rule, revisions requested, follow-up actions, summary

Revision ID: 0004_meeting_record
Revises: 0008_paper_settings
Create Date: 2026-11-30 05:08:21.070962
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_meeting_record"
down_revision: str | None = "0008_paper_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attendances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("representative_name", sa.String(length=300), nullable=False),
        sa.Column("representative_title", sa.String(length=300), nullable=False),
        sa.Column("credentials_received", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_attendances_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendances_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendances")),
        sa.UniqueConstraint(
            "meeting_id", "contact_id", name=op.f("uq_attendances_meeting_id_contact_id")
        ),
    )
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendances_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendances_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("generated", sa.Text(), nullable=False),
        sa.Column("generated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_summaries_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_summaries")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_meeting_summaries_meeting_id")),
    )
    op.create_table(
        "follow_up_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("mandate_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open", "done", "dropped", name="status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("follow_up_item_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_follow_up_actions_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_follow_up_actions_follow_up_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mandate_id"],
            ["mandates.id"],
            name=op.f("fk_follow_up_actions_mandate_id_mandates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_follow_up_actions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_actions")),
    )
    with op.batch_alter_table("follow_up_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_follow_up_item_id"),
            ["follow_up_item_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_mandate_id"), ["mandate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_up_actions_status"), ["status"], unique=False)

    op.create_table(
        "revision_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_revision_requests_revision_from_one")),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_revision_requests_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_revision_requests_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision_requests")),
        sa.UniqueConstraint(
            "agenda_item_id",
            "document_id",
            name=op.f("uq_revision_requests_agenda_item_id_document_id"),
        ),
    )
    with op.batch_alter_table("revision_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revision_requests_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_revision_requests_document_id"), ["document_id"], unique=False
        )

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "recorded_without_quorum", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )

    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "quorum_rule",
                sa.Enum(
                    "majority",
                    "fixed",
                    "none",
                    name="quorum_rule",
                    native_enum=False,
                    create_constraint=True,
                ),
                server_default="majority",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("quorum_number", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "member_states_total", sa.Integer(), server_default=sa.text("35"), nullable=False
            )
        )
        batch_op.create_check_constraint(
            op.f("ck_working_groups_quorum_positive"), "quorum_number IS NULL OR quorum_number > 0"
        )
        batch_op.create_check_constraint(
            op.f("ck_working_groups_member_states_positive"), "member_states_total > 0"
        )


def downgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_working_groups_member_states_positive"), type_="check")
        batch_op.drop_constraint(op.f("ck_working_groups_quorum_positive"), type_="check")
        batch_op.drop_column("member_states_total")
        batch_op.drop_column("quorum_number")
        batch_op.drop_constraint(op.f("ck_working_groups_quorum_rule"), type_="check")
        batch_op.drop_column("quorum_rule")

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_column("recorded_without_quorum")

    with op.batch_alter_table("revision_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revision_requests_document_id"))
        batch_op.drop_index(batch_op.f("ix_revision_requests_agenda_item_id"))

    op.drop_table("revision_requests")
    with op.batch_alter_table("follow_up_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_status"))
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_mandate_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_follow_up_item_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_agenda_item_id"))

    op.drop_table("follow_up_actions")
    op.drop_table("meeting_summaries")
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendances_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_attendances_contact_id"))

    op.drop_table("attendances")
