"""Many records written in one transaction, a few hundred per flush.

A record the services refuse raises a ``UserError`` before anything of it is written, so a
refusal needs no savepoint of its own. A chunk whose flush fails (a constraint of the
database) is rolled back to its savepoint and written again one record at a time, each in its
own savepoint, so that only the failing record is refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...errors import UserError

T = TypeVar("T")
CHUNK = 200

Outcome = tuple[Any, Any]  # (the item, what writing it returned or the UserError refusing it)


def write_in_chunks(
    session: Session,
    items: Sequence[T],
    write: Callable[[T, bool], Any],
    progress: Callable[[int, int], None] | None = None,
) -> list[Outcome]:
    """``write(item, flush)`` each item; return each item with its result or refusal."""
    outcomes: list[Outcome] = []
    for start in range(0, len(items), CHUNK):
        part = items[start : start + CHUNK]
        try:
            with session.begin_nested():
                done = []
                with session.no_autoflush:
                    for item in part:
                        done.append((item, _attempt(write, item, False)))
                session.flush()
        except (sa.exc.SQLAlchemyError, UserError):
            done = []
            for item in part:
                try:
                    with session.begin_nested():
                        result = _attempt(write, item, True)
                        if not isinstance(result, UserError):
                            session.flush()
                except (sa.exc.SQLAlchemyError, UserError) as exc:
                    result = exc if isinstance(exc, UserError) else UserError(str(exc.orig or exc))
                done.append((item, result))
        outcomes.extend(done)
        if progress is not None:
            progress(len(outcomes), len(items))
    return outcomes


def _attempt(write: Callable[[Any, bool], Any], item: Any, flush: bool) -> Any:
    try:
        return write(item, flush)
    except UserError as exc:
        return exc
