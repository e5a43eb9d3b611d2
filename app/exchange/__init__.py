"""Import and export: iCalendar for Outlook and Excel workbooks for circulation (no Qt)."""
