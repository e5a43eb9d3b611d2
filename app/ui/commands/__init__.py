"""Undoable edits, each one a command on the context's undo stack."""
