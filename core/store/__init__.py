"""The case store: SQLModel tables, the engine, and the migration check."""
