"""The agenda area: a meeting's items, their outcomes and the documents they consider."""
