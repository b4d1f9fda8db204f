"""Localize health articles through gettext catalogs.

The package is layered like Babel's ``babel.messages``: pure data and logic in the
middle (documents, segments, catalogs, findings), file formats and the command line
at the edges.
"""

__version__ = "0.1.0"
