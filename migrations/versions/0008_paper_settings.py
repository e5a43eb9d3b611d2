"""paper settings of the working group: page size, series, Word template

Revision ID: 0008_paper_settings
Revises: 0003_all_day_meetings
Create Date: 2026-11-30 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_paper_settings"
down_revision: str | None = "0003_all_day_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("paper_size", sa.String(length=10), server_default="a4", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "paper_series", sa.String(length=100), server_default="OEA/Ser.G", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column(
                "paper_template_name",
                sa.String(length=300),
                server_default=sa.text("''"),
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("paper_template", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.drop_column("paper_template")
        batch_op.drop_column("paper_template_name")
        batch_op.drop_column("paper_series")
        batch_op.drop_column("paper_size")
