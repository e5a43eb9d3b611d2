"""The papers a working group circulates, as Word and PDF, in English, Spanish, French, Portuguese.

Made without a display: this layer reads through the services and models and never imports
Qt or the window. Each paper is first built as a neutral ``Paper`` (app/papers/content.py) from
the workspace, then written by app/papers/docx_writer.py or app/papers/pdf_writer.py, so the
Word file and the PDF hold the same text.
"""
