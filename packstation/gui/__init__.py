"""PySide6 widgets. Widgets call `packstation.app`, never the store."""
