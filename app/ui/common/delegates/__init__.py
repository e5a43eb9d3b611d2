"""Delegates shared by the areas' tables: dates, statuses, enums, links, wrapped text."""
