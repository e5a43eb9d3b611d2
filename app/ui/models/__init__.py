"""Qt item models over the services' row tuples."""
