"""Allow ``python -m toolkit`` as a synonym of the ``l10n`` command."""

from toolkit.cli import main

main()
