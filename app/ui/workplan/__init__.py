"""The work plan area: mandates, their due dates and what follows them up."""
