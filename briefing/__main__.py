"""`python -m briefing` runs the command-line interface."""

import sys

from briefing.cli.main import main

sys.exit(main())
