"""sitrep.store"""
