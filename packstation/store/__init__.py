"""Persistence: SQLAlchemy 2 ORM, Alembic migrations, and the queries the use cases need."""
