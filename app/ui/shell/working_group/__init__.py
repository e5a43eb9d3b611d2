"""The Working group dialog: the group's own settings, one tab per section.

To add settings (a quorum rule, the organizer's address): write a
``GroupSection`` in a module of this package and add it to ``dialog.SECTIONS``.
"""
