"""OAuth helpers shared by the providers: cross-process locking and refresh-token rotation."""
