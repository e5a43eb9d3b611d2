"""meeting_reasons_and_group: why a meeting was cancelled or postponed; where the group meets

Revision ID: 0002_meeting_reasons_and_group
Revises: 0005_invitations
Create Date: 2026-11-30 05:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_meeting_reasons_and_group"
down_revision: str | None = "0005_invitations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status_reason", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.alter_column("status_reason", server_default=None)
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("default_room", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("default_venue", sa.String(length=300), nullable=False, server_default="")
        )
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.alter_column("default_room", server_default=None)
        batch_op.alter_column("default_venue", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.drop_column("default_venue")
        batch_op.drop_column("default_room")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("status_reason")
