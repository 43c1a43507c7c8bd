"""sitrep.store: the event database (SQLite now; the schema is written to allow PostgreSQL).

See docs/STORAGE.md for the schema, the write semantics and the query filters.
"""

from sitrep.store.query import EventQuery
from sitrep.store.schema import MIGRATIONS, Migration
from sitrep.store.sqlite import AddOutcome, EventStore

__all__ = ["MIGRATIONS", "AddOutcome", "EventQuery", "EventStore", "Migration"]
