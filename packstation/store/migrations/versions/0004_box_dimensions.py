"""box dimensions: a box's outer length, width and height, for the parcel's size class

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 03:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("length_mm", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("width_mm", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("height_mm", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("height_mm")
        batch_op.drop_column("width_mm")
        batch_op.drop_column("length_mm")
