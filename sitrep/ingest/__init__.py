"""sitrep.ingest"""
