import sys

from assessor.launch import main

sys.exit(main())
