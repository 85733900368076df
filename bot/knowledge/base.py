"""The loaded knowledge base: every entry, and the relations between them resolved once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..text import words
from .schema import KINDS, Entry, Place, reference_fields


@dataclass(frozen=True)
class ContactRoute:
    contacts: tuple[Entry, ...]
    via: Entry | None = None


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Read-only view of the knowledge base; the rest of the code reads entries only from here.

    Entries are frozen models, the top-level mappings read-only proxies; the per-entry link
    maps inside are plain dicts for speed (100,000 entries) and must be treated as read-only.

    ``linked(entry, "contacts")`` follows a reference field forwards; ``linking(entry)``
    answers the reverse ("which programmes is this person the contact for?").
    """

    entries: Mapping[str, Entry]
    #: The file each entry is defined in.
    origins: Mapping[str, Path]
    _forward: Mapping[str, Mapping[str, tuple[Entry, ...]]] = field(repr=False)
    _backward: Mapping[str, Mapping[str, tuple[Entry, ...]]] = field(repr=False)
    files: tuple[Path, ...] = ()
    #: For each place (by its folded words), the names of the areas around it and inside it, and its other names.
    _regions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: The places the knowledge base says where they lie (its ``places:`` sections).
    places: tuple[Place, ...] = ()

    @classmethod
    def build(
        cls,
        entries: list[Entry],
        origins: dict[str, Path],
        files: tuple[Path, ...] = (),
        places: tuple[Place, ...] = (),
    ) -> KnowledgeBase:
        """Resolve references; every referenced id must exist (the loader checks that first)."""
        by_id = {entry.id: entry for entry in entries}
        forward: dict[str, dict[str, tuple[Entry, ...]]] = {}
        backward: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        for entry in entries:
            links = {}
            for name in reference_fields(type(entry)):
                value = getattr(entry, name)
                if not value:
                    continue  # most reference fields are empty: no tuple, no lookups
                targets = (by_id[value],) if isinstance(value, str) else tuple(map(by_id.__getitem__, value))
                links[name] = targets
                for target in targets:
                    backward[target.id][name].append(entry)
            forward[entry.id] = links
        frozen_backward = {
            entry_id: {name: tuple(found) for name, found in by_field.items()}
            for entry_id, by_field in backward.items()
        }
        return cls(
            entries=MappingProxyType(by_id),
            origins=MappingProxyType(dict(origins)),
            _forward=MappingProxyType(forward),
            _backward=MappingProxyType(frozen_backward),
            files=files,
            _regions=MappingProxyType(_regions(places)),
            places=places,
        )

    @property
    def has_places(self) -> bool:
        """The knowledge base says where some places lie (a ``places:`` section)."""
        return bool(self._regions)

    def regions(self, place: str) -> tuple[str, ...]:
        """Other names for a place, the areas it lies in and the places inside it ("Doncaster" → South
        Yorkshire, England…; "New South Wales" → NSW, Australia, Sydney), from the knowledge base's places."""
        return self._regions.get(_place_key(place), ())

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def of_kind(self, kind: str) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries.values() if entry.kind == kind)

    def linked(self, entry: Entry, field_name: str) -> tuple[Entry, ...]:
        """Entries that ``entry``'s reference field points at, in the order written."""
        return self._forward.get(entry.id, {}).get(field_name, ())

    def links_from(self, entry: Entry) -> Mapping[str, tuple[Entry, ...]]:
        """Every reference field of ``entry`` with the entries it points at."""
        return self._forward.get(entry.id, {})

    def linking(self, entry: Entry, field_name: str | None = None) -> tuple[Entry, ...]:
        """Entries whose reference field (any, or ``field_name``) points at ``entry``."""
        by_field = self._backward.get(entry.id, {})
        if field_name is not None:
            return by_field.get(field_name, ())
        seen: dict[str, Entry] = {}
        for found in by_field.values():
            for other in found:
                seen.setdefault(other.id, other)
        return tuple(seen.values())

    def backward_fields(self, entry: Entry) -> Mapping[str, tuple[Entry, ...]]:
        """For each reference field, the entries whose field points at ``entry``."""
        return self._backward.get(entry.id, {})

    def related(self, entry: Entry) -> tuple[Entry, ...]:
        """``related`` is symmetric: listing B under A relates B to A too."""
        both = self.linked(entry, "related") + self.linking(entry, "related")
        return tuple({other.id: other for other in both if other.id != entry.id}.values())

    def contacts_for(self, entry: Entry) -> ContactRoute:
        """Who to talk to about ``entry``: its own contacts, else those of the organisation behind it.

        ``via`` names that organisation so a reply can say the contact is inherited,
        rather than implying the person works on the entry itself.
        """
        if entry.kind == "contact":
            return ContactRoute(())
        direct = self.linked(entry, "contacts") + self.linked(entry, "authors")
        if direct:
            return ContactRoute(direct)
        for organisation in self.linked(entry, "organisation") + self.linked(entry, "publishers"):
            inherited = self.linked(organisation, "contacts")
            if inherited:
                return ContactRoute(inherited, via=organisation)
        return ContactRoute(())

    def counts(self) -> dict[str, int]:
        counted = {kind: 0 for kind in KINDS}
        for entry in self.entries.values():
            counted[entry.kind] += 1
        return counted

    def __len__(self) -> int:
        return len(self.entries)


def _place_key(name: str) -> str:
    return " ".join(words(name))


def _regions(places: tuple[Place, ...]) -> dict[str, tuple[str, ...]]:
    """Each place's other names, every area it lies in (following ``within`` onwards) and the places
    that lie directly in it, with their other names."""
    by_key: dict[str, Place] = {}
    for place in places:
        for name in (place.name, *place.also):
            by_key.setdefault(_place_key(name), place)

    def outwards(place: Place) -> list[str]:
        found: list[str] = []
        todo = list(place.within)
        while todo:
            area = todo.pop(0)
            if area in found or len(found) > 50:
                continue
            found.append(area)
            known = by_key.get(_place_key(area))
            if known is not None:
                found.extend(a for a in known.also if a not in found)
                todo.extend(known.within)
        return found

    around = {id(place): outwards(place) for place in places}
    inside: dict[str, list[str]] = {}
    for place in places:
        for area in place.within[:1]:  # one level down: Sydney finds New South Wales, not all of Australia
            inside.setdefault(_place_key(area), []).extend((place.name, *place.also))
    regions: dict[str, tuple[str, ...]] = {}
    for key, place in by_key.items():
        names = [n for n in (place.name, *place.also) if _place_key(n) != key]
        names += around[id(place)] + inside.get(_place_key(place.name), [])
        regions[key] = tuple(dict.fromkeys(names))
    for key, found in inside.items():
        regions.setdefault(key, tuple(dict.fromkeys(found)))  # an area named only as "within" ("England")
    return regions
