"""the working group's name and parent body in the four OAS languages

Revision ID: 0009_group_names
Revises: 0004_meeting_record
Create Date: 2026-11-30 08:50:00

``name`` and ``parent_body`` stay the original; ``original_language`` says which language
they are written in (English for every group so far) and ``name_xx`` / ``parent_body_xx``
hold the versions, the original's own column repeating it as titles do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_group_names"
down_revision: str | None = "0004_meeting_record"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = ("en", "es", "fr", "pt")


def upgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "original_language",
                sa.Enum(
                    *LANGUAGES,
                    name="original_language",
                    native_enum=False,
                    create_constraint=True,
                ),
                server_default="en",
                nullable=False,
            )
        )
        for code in LANGUAGES:
            batch_op.add_column(sa.Column(f"name_{code}", sa.String(length=500), nullable=True))
        for code in LANGUAGES:
            batch_op.add_column(
                sa.Column(f"parent_body_{code}", sa.String(length=300), nullable=True)
            )
    # The English version is the original every existing group was written in.
    op.execute(
        "UPDATE working_groups SET name_en = NULLIF(name, ''), "
        "parent_body_en = NULLIF(parent_body, '')"
    )


def downgrade() -> None:
    with op.batch_alter_table("working_groups", schema=None) as batch_op:
        for code in reversed(LANGUAGES):
            batch_op.drop_column(f"parent_body_{code}")
        for code in reversed(LANGUAGES):
            batch_op.drop_column(f"name_{code}")
        batch_op.drop_constraint(batch_op.f("ck_working_groups_original_language"), type_="check")
        batch_op.drop_column("original_language")
