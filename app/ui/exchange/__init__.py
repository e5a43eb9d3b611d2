"""Exchange in the window: calendars (iCalendar) and workbooks (Excel, CSV, ODS) in and out."""
