import sys

from frise.cli import main

sys.exit(main())
