"""marketplace labels: the label PDF a marketplace made for a parcel (Ozon FBS), kept in the
database so that every station sharing it can print it

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 10:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "marketplace_labels",
        sa.Column("shipment_id", Id, nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("shipment_id"),
    )


def downgrade() -> None:
    op.drop_table("marketplace_labels")
