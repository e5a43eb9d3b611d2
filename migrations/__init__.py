"""Alembic migrations of the workspace schema (packaged so installed copies can upgrade files)."""
