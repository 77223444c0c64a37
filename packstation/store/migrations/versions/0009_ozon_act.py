"""ozon act: the acceptance act Ozon makes for a closed Ozon handover, and its barcode

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 10:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild on SQLite).
    op.add_column("handovers", sa.Column("act_id", sa.BigInteger(), nullable=True))
    op.add_column(
        "handovers",
        sa.Column("act_barcode", sa.String(length=100), server_default="", nullable=False),
    )
    op.add_column(
        "handovers",
        sa.Column("act_name", sa.String(length=300), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("handovers", "act_name")
    op.drop_column("handovers", "act_barcode")
    op.drop_column("handovers", "act_id")
