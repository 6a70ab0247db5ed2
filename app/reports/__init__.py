"""PDF documents: dossiers, case summaries and rescue reports in four languages."""
