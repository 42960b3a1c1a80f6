"""The reading stage: what every rule reads from a document, built once and handed over.

The engine builds one ``Reading`` per document and passes it to each rule's ``check``.
Each part is read on first use (a run with only the weekday rule never reads growth
rates), and none is stored on the document: a rule gets its context from here, never
from another rule's module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.document import Document

if TYPE_CHECKING:
    from factcheck.attribution import Attribution
    from factcheck.changes import Change
    from factcheck.frames import FrameIndex
    from factcheck.growths import Growth
    from factcheck.items import Item
    from factcheck.tables import Table
    from factcheck.timeline import Guidance, Piece


@dataclass(frozen=True, eq=False)
class Reading:
    doc: Document

    @cached_property
    def frames(self) -> FrameIndex:
        """Each figure's frame: entity, metric, qualifiers and period."""
        from factcheck.frames import FrameIndex

        return FrameIndex(self.doc)

    @cached_property
    def attribution(self) -> Attribution:
        """Level figures as records: their baselines, tags, company and period."""
        from factcheck.attribution import build

        return build(self.doc, self.frames.names)

    @cached_property
    def growths(self) -> tuple[Growth, ...]:
        """Every growth rate with the figures it is a change of."""
        from factcheck.growths import find

        return find(self.doc, self.frames)

    @cached_property
    def changes(self) -> tuple[Change, ...]:
        """Rates stated next to the amount of the same change ("up 320 cars or 5.2%")."""
        from factcheck.changes import find

        return find(self.doc)

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """Every figure that may restate another (levels, rates, multiples, word figures)."""
        from factcheck.items import items

        return items(self.doc, self.frames, self.growths)

    @cached_property
    def pieces(self) -> tuple[Piece, ...]:
        """Figures dated by exactly one explicit period."""
        from factcheck.timeline import pieces

        return pieces(self.attribution)

    @cached_property
    def pieces_by_month(self) -> dict[int, list[Piece]]:
        from factcheck.timeline import by_month

        return by_month(self.pieces)

    @cached_property
    def guidance(self) -> tuple[Guidance, ...]:
        """Quarterly guidance ranges with the months of the quarter already known."""
        from factcheck.timeline import guidance

        return guidance(self.attribution, self.pieces)

    @cached_property
    def tables(self) -> tuple[Table, ...]:
        """The article's tables, flattened, piped or blank-separated (read by more than one rule)."""
        from factcheck.tables import find_tables

        return tuple(find_tables(self.doc))
