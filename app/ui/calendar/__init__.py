"""The calendar area: meetings, weekly series, postponements and cancellations."""
