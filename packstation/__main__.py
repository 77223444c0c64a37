from packstation.cli import main

raise SystemExit(main())
