"""The desktop program (PySide6): windows and widgets that call app services, never the database."""
