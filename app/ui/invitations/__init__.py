"""Invitations in the window: sending, replies, publishing to CalDAV, their settings."""
