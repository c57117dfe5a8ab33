"""`python -m briefing` runs the command-line interface."""

import sys

from briefing.cli import main

sys.exit(main())
