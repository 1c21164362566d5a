import sys

from assessor.cli import main

sys.exit(main())
