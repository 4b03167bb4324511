"""Reading a received file in a second process while this one loads the rest of an import.

The command line's import spends its first tenths of a second loading the database code; a
forked child reads the file meanwhile (on a second core the two overlap) and hands the book
over through a pipe. Where there is no fork, where this process runs threads (which a fork
would not carry over), or when the child could not read the file cleanly, the book is None
and the file is read in this process as usual: a rejected file is rejected by the same code.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from .reading import Book


class ReadAhead:
    """``with ReadAhead(path) as ahead: ... ahead.book()``; leaving the block ends the child."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pid = 0
        self.pipe = -1

    def __enter__(self) -> ReadAhead:
        if hasattr(os, "fork") and threading.active_count() == 1:
            self.pipe, write_end = os.pipe()
            self.pid = os.fork()
            if self.pid == 0:
                os.close(self.pipe)
                _read_into(self.path, write_end)  # never returns
            os.close(write_end)
        return self

    def book(self) -> Book | None:
        """The child's book once it is read (None: read the file here)."""
        if not self.pid:
            return None
        import pickle  # after the fork: the child does not wait for it

        with os.fdopen(self.pipe, "rb") as pipe:
            self.pipe = -1
            data = pipe.read()
        _pid, status = os.waitpid(self.pid, 0)
        self.pid = 0
        return pickle.loads(data) if status == 0 and data else None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.pipe >= 0:
            os.close(self.pipe)  # a child still writing stops on the closed pipe
            self.pipe = -1
        if self.pid:
            os.waitpid(self.pid, 0)
            self.pid = 0


def _read_into(path: Path, out: int) -> NoReturn:
    """In the child: read the file, write the pickled book to out and end without running
    anything of the parent's (exit handlers, buffered output)."""
    status = 1
    try:
        import pickle

        from .files import inspect_file
        from .reading import read_book

        data = pickle.dumps(read_book(inspect_file(path)), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(out, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:  # after any failure too: the parent then reads the file and says why
        os._exit(status)
