"""SQLite databases: the disposable content store and the precious local store."""
