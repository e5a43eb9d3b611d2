"""The main window's pages: one QWidget per area of work."""
