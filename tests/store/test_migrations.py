"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from sqlalchemy import text

from packstation.store.database import HEAD_REVISION, Database, create_db_engine
from packstation.store.schema import Base, modelled
from packstation.store.schema_upgrade import alembic_config

pytestmark = pytest.mark.both_databases


def test_the_head_revision_start_up_checks_is_the_newest_migration(db: Database) -> None:
    """A new migration moves HEAD_REVISION along: else every start would load alembic, and
    a database at the older head would never be upgraded."""
    script = ScriptDirectory.from_config(alembic_config(db.engine))
    assert HEAD_REVISION == script.get_current_head()


def test_migrated_database_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": modelled})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrading_a_database_in_use_keeps_every_order_and_line(db_url: str) -> None:
    """A station's database at the outbox's revision (0005), with orders packed, upgraded to
    the newest: no row is lost. (On SQLite a migration that rebuilds `shipments` with foreign
    keys on would drop its lines by their ON DELETE CASCADE.)"""
    engine = create_db_engine(db_url)
    command.upgrade(alembic_config(engine), "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO orders (id, marketplace, number, ordered_at, currency, gift,"
                " invoice_requested, buyer_notes, orderer, fingerprint, source)"
                " VALUES (1, 'rakuten', 'R-1', '2026-12-01 00:00:00', 'JPY', false, false, '',"
                " '{}', '', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO shipments (id, order_id, key, seq, state, market_status, ship_by,"
                " time_slot, gift_wrap, noshi, shipping_fee, carrier, hold_reasons,"
                " stock_reserved, fingerprint, service)"
                " VALUES (1, 1, '1', 1, 'shipped', '', '2026-12-03 00:00:00', '', '', '', 0, '',"
                " '[]', false, '', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO lines (id, shipment_id, seq, sku, name, variant, quantity,"
                " unit_price, marketplace_sku, requires_mark, scanned, scanned_by_code)"
                " VALUES (1, 1, 1, 'TEA', 'Tea', '', 2, 100, '', false, 2, 2)"
            )
        )
    engine.dispose()
    db = Database(db_url)
    with db.engine.connect() as connection:
        counts = [
            connection.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("orders", "shipments", "lines")
        ]
    db.dispose()
    assert counts == [1, 1, 1]
