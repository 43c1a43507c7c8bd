"""sitrep.resolve"""
