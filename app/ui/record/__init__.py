"""The meeting record: attendance, quorum, decisions (issue 8)."""
