"""a mandate's resolution title and area responsible in the four OAS languages

Revision ID: 0010_mandate_versions
Revises: 0009_group_names
Create Date: 2026-11-30 09:40:00

``resolution_title`` and ``area_responsible`` stay the original, written in the mandate's
``original_language``; ``resolution_title_xx`` / ``area_responsible_xx`` hold the versions,
the original's own column repeating it as titles do. No other version is made up.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_mandate_versions"
down_revision: str | None = "0009_group_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = ("en", "es", "fr", "pt")
FIELDS = {"resolution_title": 500, "area_responsible": 300}


def upgrade() -> None:
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        for field, length in FIELDS.items():
            for code in LANGUAGES:
                batch_op.add_column(
                    sa.Column(f"{field}_{code}", sa.String(length=length), nullable=True)
                )
    # Each mandate's texts are in its original language: that version is the original.
    for field in FIELDS:
        for code in LANGUAGES:
            op.execute(
                f"UPDATE mandates SET {field}_{code} = NULLIF({field}, '') "
                f"WHERE original_language = '{code}'"
            )


def downgrade() -> None:
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        for field in reversed(FIELDS):
            for code in reversed(LANGUAGES):
                batch_op.drop_column(f"{field}_{code}")
