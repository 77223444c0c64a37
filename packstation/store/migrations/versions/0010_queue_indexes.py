"""queue indexes: the parcels on a bench, and prefix search on PostgreSQL

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 12:30:00.000000

The queue lists the packed parcels still on a bench by `packing_station` (a handful among
every packed parcel). Its search takes an order number, code or tracking number by prefix:
SQLite serves that with a range on the plain indexes; PostgreSQL's LIKE 'text%' needs an index
in the `varchar_pattern_ops` class unless the database collation is C (see store/prefix.py),
so PostgreSQL gets those three (PREFIX_INDEXES, not in the models).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

PREFIX_INDEXES = {
    "ix_orders_number_prefix": ("orders", "number"),
    "ix_shipment_codes_code_prefix": ("shipment_codes", "code"),
    "ix_shipments_tracking_number_prefix": ("shipments", "tracking_number"),
}


def upgrade() -> None:
    op.create_index("ix_shipments_packing_station", "shipments", ["packing_station"])
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, column) in PREFIX_INDEXES.items():
            op.create_index(
                name, table, [column], postgresql_ops={column: "varchar_pattern_ops"}
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, _) in PREFIX_INDEXES.items():
            op.drop_index(name, table_name=table)
    op.drop_index("ix_shipments_packing_station", table_name="shipments")
