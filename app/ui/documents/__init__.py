"""The documents area: the register of documents, their revisions and files."""
