"""The desktop program (PySide6). Importing it first guards against a PySide6 defect (qtfix)."""

from ui.qtfix import protect_singletons

protect_singletons()
