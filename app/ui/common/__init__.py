"""What the areas of the window share.

Row tables, dialog parts, delegates, background operations, undo and the context.
"""
