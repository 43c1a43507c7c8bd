"""Registers the sub-commands on the ``main`` group (one import per command module)."""
