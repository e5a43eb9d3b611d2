"""all-day meetings: a meeting may take whole days, and several of them

Revision ID: 0003_all_day_meetings
Revises: 0002_meeting_reasons_and_group
Create Date: 2026-11-30 05:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_all_day_meetings"
down_revision: str | None = "0002_meeting_reasons_and_group"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("all_day", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_meetings_end_date_after_date"), "end_date IS NULL OR end_date > date"
        )
    # The default filled the existing rows (none is all-day); the program writes the value.
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.alter_column("all_day", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_meetings_end_date_after_date"), type_="check")
        batch_op.drop_column("end_date")
        batch_op.drop_column("all_day")
