"""Data files shipped with Chairdesk: the demo workspace's data, icons, the .desktop file."""
