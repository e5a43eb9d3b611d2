"""The window's shell: main window, menus, welcome view, opening a workspace, settings."""
