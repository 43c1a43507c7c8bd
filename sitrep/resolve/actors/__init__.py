"""Actor resolution: a mention ("Assad's forces", "the Syrian and Russian governments") to
canonical name, country (ISO3 or a PLOVER non-state code), PLOVER sectors and ACLED inter code.

The dictionary is ``sitrep/data/actors.json.gz``, built by ``scripts/build_actors.py``;
see docs/ACTORS.md.
"""

from __future__ import annotations

from sitrep.resolve.actors.codes import sector_to_inter
from sitrep.resolve.actors.resolver import ActorResolver, ResolvedActor, load_actor_resolver

__all__ = ["ActorResolver", "ResolvedActor", "load_actor_resolver", "sector_to_inter"]
