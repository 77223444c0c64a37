"""handover: the carrier's end-of-day pickup, its scans, and when each parcel was handed over

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 09:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", Id, nullable=False),
        sa.Column("carrier", sa.String(length=30), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("open_key", sa.String(length=50), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("manifest_name", sa.String(length=300), nullable=False),
        sa.Column("receipt_name", sa.String(length=300), nullable=False),
        sa.Column("receipt_sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
        sa.UniqueConstraint("open_key", name=op.f("uq_handovers_open_key")),
    )
    op.create_index("ix_handovers_carrier_day", "handovers", ["carrier", "day"], unique=False)
    op.create_table(
        "handover_scans",
        sa.Column("id", Id, nullable=False),
        sa.Column("handover_id", Id, nullable=False),
        sa.Column("shipment_id", Id, nullable=False),
        sa.Column("code", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["handover_id"],
            ["handovers.id"],
            name=op.f("fk_handover_scans_handover_id_handovers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_handover_scans_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_scans")),
        sa.UniqueConstraint(
            "handover_id", "shipment_id", name=op.f("uq_handover_scans_handover_id_shipment_id")
        ),
    )
    op.create_index(
        op.f("ix_handover_scans_shipment_id"), "handover_scans", ["shipment_id"], unique=False
    )
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handed_over_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("handover_id", Id, nullable=True))
        batch_op.create_index(batch_op.f("ix_shipments_handover_id"), ["handover_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_shipments_handover_id_handovers"),
            "handovers",
            ["handover_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_shipments_handover_id_handovers"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_shipments_handover_id"))
        batch_op.drop_column("handover_id")
        batch_op.drop_column("handed_over_at")
    op.drop_index(op.f("ix_handover_scans_shipment_id"), table_name="handover_scans")
    op.drop_table("handover_scans")
    op.drop_index("ix_handovers_carrier_day", table_name="handovers")
    op.drop_table("handovers")
