"""The invitees area: invitee lists, contacts and invitation status."""
