"""invitations: the lists a meeting invites, what was sent, replies, CalDAV publishing

Revision ID: 0005_invitations
Revises: 0001
Create Date: 2026-11-30 05:08:45.659170
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_invitations"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection_url", sa.String(length=1000), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("etag", sa.String(length=255), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_events")),
        sa.UniqueConstraint(
            "collection_url", "uid", name=op.f("uq_published_events_collection_url_uid")
        ),
    )
    op.create_table(
        "invitation_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("partstat", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("stamped_at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_invitation_replies_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation_replies")),
        sa.UniqueConstraint(
            "meeting_id", "email", name=op.f("uq_invitation_replies_meeting_id_email")
        ),
    )
    with op.batch_alter_table("invitation_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invitation_replies_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_invitee_lists",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["invitee_lists.id"],
            name=op.f("fk_meeting_invitee_lists_list_id_invitee_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_invitee_lists_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "list_id", name=op.f("pk_meeting_invitee_lists")),
    )
    with op.batch_alter_table("meeting_invitee_lists", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_invitee_lists_list_id"), ["list_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_invitee_lists_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "sent_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_sent_invitations_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_invitations")),
        sa.UniqueConstraint(
            "meeting_id",
            "email",
            "method",
            "sequence",
            "channel",
            name=op.f("uq_sent_invitations_meeting_id_email_method_sequence_channel"),
        ),
    )
    with op.batch_alter_table("sent_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sent_invitations_meeting_id"), ["meeting_id"], unique=False
        )

    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("organizer_name", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("organizer_email", sa.String(length=320), nullable=False, server_default="")
        )
    # The defaults filled the existing rows; the program writes the values itself.
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.alter_column("organizer_name", server_default=None)
        batch_op.alter_column("organizer_email", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.drop_column("organizer_email")
        batch_op.drop_column("organizer_name")

    with op.batch_alter_table("sent_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sent_invitations_meeting_id"))

    op.drop_table("sent_invitations")
    with op.batch_alter_table("meeting_invitee_lists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_invitee_lists_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_invitee_lists_list_id"))

    op.drop_table("meeting_invitee_lists")
    with op.batch_alter_table("invitation_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_replies_meeting_id"))

    op.drop_table("invitation_replies")
    op.drop_table("published_events")
