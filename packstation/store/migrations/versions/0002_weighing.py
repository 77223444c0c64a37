"""weighing: boxes, parcel weights, learned unit weights

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 21:14:30.220628
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "weight_samples",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("unit_mg", sa.Integer(), nullable=False),
        sa.Column(
            "shipment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_weight_samples_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight_samples")),
        sa.UniqueConstraint("shipment_id", name=op.f("uq_weight_samples_shipment_id")),
    )
    with op.batch_alter_table("weight_samples", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weight_samples_sku"), ["sku"], unique=False)

    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_box", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("box_sku", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("weight_mg", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("weighed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_column("weighed_at")
        batch_op.drop_column("weight_mg")
        batch_op.drop_column("box_sku")

    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("is_box")

    with op.batch_alter_table("weight_samples", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weight_samples_sku"))

    op.drop_table("weight_samples")
