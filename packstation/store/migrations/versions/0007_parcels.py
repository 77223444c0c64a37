"""parcels: the shipment a parcel was split off (by its key), and whether it is a backorder

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 09:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite's batch mode would rebuild the table, and dropping the old
    # one with foreign keys on would cascade to every line.
    op.add_column("shipments", sa.Column("split_from", sa.String(length=100), nullable=True))
    op.add_column(
        "shipments",
        sa.Column("backorder", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("shipments", "backorder")
    op.drop_column("shipments", "split_from")
