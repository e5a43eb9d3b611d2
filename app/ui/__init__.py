"""The Qt window. Widgets ask the services for everything; none builds a query."""
