"""Entry point of the frozen bundle: the same `main` as the `assessor` console script."""

import sys

from assessor.launch import main

if __name__ == "__main__":
    sys.exit(main())
