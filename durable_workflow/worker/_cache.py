"""The sticky cache: workflow instances kept in memory by run id, bounded, least recently used
evicted first.

A cached instance resumes from the last history event it applied, so a task costs only its new
events. Evicting is always safe: the next task of that run replays its history from the start
and produces the same commands.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")


class WorkflowCache(Generic[V]):
    """An LRU map ``run_id -> instance`` holding at most ``capacity`` entries (0 disables it)."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("max_cached_workflows must be >= 0")
        self.capacity = capacity
        self._items: OrderedDict[str, V] = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, run_id: object) -> bool:
        return run_id in self._items

    def get(self, run_id: str) -> V | None:
        """The instance of ``run_id`` (marked most recently used), or ``None``."""
        item = self._items.get(run_id)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(run_id)
        return item

    def peek(self, run_id: str) -> V | None:
        """The instance of ``run_id`` without touching the LRU order or the counters."""
        return self._items.get(run_id)

    def put(self, run_id: str, instance: V) -> None:
        """Keep ``instance`` for ``run_id``, evicting the least recently used beyond capacity."""
        if self.capacity == 0:
            return
        self._items[run_id] = instance
        self._items.move_to_end(run_id)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)
            self.evictions += 1

    def evict(self, run_id: str) -> None:
        """Forget ``run_id`` (its next task replays from the start)."""
        if self._items.pop(run_id, None) is not None:
            self.evictions += 1

    def clear(self) -> None:
        self._items.clear()
