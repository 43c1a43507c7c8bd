"""sitrep.ontology"""
