"""Shipped data files (built by scripts/ or written by hand; each says how)."""
