"""Item delegates that paint statuses and dates in tables."""
