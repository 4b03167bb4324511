"""Printing and PDF: documents the app lays out and paints itself with Qt.

``document`` holds what is printed (title, figures, a bar chart, tables), ``render`` paints
it on any paged device (a PDF writer, a printer, a print preview) with ``fonts`` and
``widths``, ``pdf_file`` writes a PDF whole or not at all, ``donor_pdf`` makes the donor
report's PDF, ``screens`` the documents of the dashboard and of a list, and
``print_actions`` the File menu's commands.
"""
