import sys

from planx.cli import main

sys.exit(main())
