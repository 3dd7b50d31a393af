"""Private scratch folders of ``:memory:`` databases: made, owned, removed, swept when orphaned.

A ``:memory:`` database of the server is a file in a folder of its own, on a RAM file system where
there is one (``/dev/shm``). The process that made the folder holds an exclusive ``flock`` on a
lock file inside it for as long as it lives; it removes the folder when the database closes. A
process that dies without closing (killed by a signal) leaves its folder behind, unlocked: the
next one to make a scratch folder there removes it. A folder whose lock is held, or that has no
lock file yet, or that another user owns, is never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile

try:
    import fcntl
except ImportError:  # pragma: no cover - no flock: folders are removed on close only
    fcntl = None  # type: ignore[assignment]

PREFIX = "dw-devserver-"
LOCK_NAME = "owner.lock"
RAM_FOLDER = "/dev/shm"


class Scratch:
    """A scratch folder this process made and owns (until :meth:`remove`)."""

    def __init__(self) -> None:
        parent = _parent()
        sweep(parent)
        self.folder = tempfile.mkdtemp(prefix=PREFIX, dir=parent)
        self.pid = os.getpid()
        self._lock_fd: int | None = None
        if fcntl is not None:
            fd = os.open(os.path.join(self.folder, LOCK_NAME), os.O_CREAT | os.O_RDWR, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._lock_fd = fd

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name)

    def remove(self) -> None:
        """Remove the folder (only from the process that made it, not from a forked child)."""
        if os.getpid() != self.pid:
            return
        shutil.rmtree(self.folder, ignore_errors=True)
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def sweep(parent: str) -> list[str]:
    """Remove the scratch folders under ``parent`` whose owner is gone; returns their paths."""
    if fcntl is None:  # pragma: no cover
        return []
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            fd = os.open(os.path.join(entry.path, LOCK_NAME), os.O_RDWR)
        except OSError:
            continue  # being made, or not ours to open
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # its owner lives
        else:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.path)
        finally:
            os.close(fd)
    return removed


def _parent() -> str:
    """A RAM file system if there is one, else the temporary folder."""
    if os.path.isdir(RAM_FOLDER) and os.access(RAM_FOLDER, os.W_OK | os.X_OK):
        return RAM_FOLDER
    return tempfile.gettempdir()
