"""Team sync use cases of one open database: sync (push, then pull), clone, publish, the
conflicts waiting and their resolution, the state for the status bar."""

from __future__ import annotations

import contextlib
import json
import uuid as uuid_mod
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ... import messages as msg
from ...domain import Document, OutboxEntry, SyncConflict
from ...domain.base import utcnow
from ...errors import NotFoundError, Text, UserError
from ...storage.database import SERVER_WRITE_LOCK, Database
from ..audit import HistoryEntry, history
from ..context import Actor
from . import blobs, outbox, settings
from .capture import APPLYING, LAPTOP, STANDALONE, lock_log
from .connect import laptop_name, open_server, shown
from .copy import copy_all, holds_records
from .files import files_to_fetch
from .merge import apply_batch
from .outbox import PushedRecord, same
from .partner_updates import entity_service
from .pull import apply_changes, read_changes
from .records import current_values
from .results import (
    DELETED_THERE,
    DUPLICATE,
    FIELD,
    HAS_CONFLICTS,
    OURS,
    REFUSED,
    SYNCED,
    THEIRS,
    Conflict,
    SyncError,
    SyncResult,
    SyncStatus,
)
from .roles import may_push

if TYPE_CHECKING:
    from .. import Services

Progress = Callable[[int, int], None] | None


class SyncService:
    """Team sync seen from this database (a laptop, a standalone file or a server)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def db(self):
        return self.services.db

    # ----- state ---------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self.db.read() as session:
            known = settings.read(session)
            waiting = outbox.waiting(session)
            open_count = session.scalar(
                sa.select(sa.func.count(SyncConflict.id)).where(SyncConflict.resolved_at.is_(None))
            )
        return SyncStatus(
            role=known.get(settings.ROLE, STANDALONE),
            server=known.get(settings.SERVER_URL),
            laptop_name=known.get(settings.LAPTOP_NAME, ""),
            last_sync=settings.parse_time(known.get(settings.LAST_SYNC)),
            last_seq=int(known.get(settings.LAST_SEQ, 0)),
            waiting=waiting,
            conflicts=open_count or 0,
            last_failure=known.get(settings.LAST_FAILURE),
        )

    def conflicts(self) -> list[Conflict]:
        """The open conflicts, oldest first."""
        with self.db.read() as session:
            rows = session.scalars(
                sa.select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.id)
            ).all()
            return [self._conflict(session, row) for row in rows]

    def _conflict(self, session, row: SyncConflict) -> Conflict:
        service = entity_service(self.services, row.entity)
        obj = session.scalar(sa.select(service.model).where(service.model.uuid == row.record_uuid))
        ours, theirs = json.loads(row.ours_json), json.loads(row.theirs_json)
        if obj is not None:
            label = service.display_label(obj)
        else:
            named = next((v for v in (ours, theirs) if isinstance(v, dict)), {})
            label = str(named.get(service.label_attr) or named.get("name") or row.record_uuid)
        return Conflict(
            id=row.id,
            kind=row.kind,
            entity=row.entity,
            record=row.record_uuid,
            field=row.field,
            base=json.loads(row.base_json),
            ours=ours,
            theirs=theirs,
            message=row.message,
            label=label,
            detected_at=row.detected_at,
        )

    def _laptop_settings(self) -> dict[str, str]:
        with self.db.read() as session:
            known = settings.read(session)
        if known.get(settings.ROLE) != LAPTOP:
            raise SyncError(Text(msg.SYNC_NOT_A_LAPTOP))
        return known

    # ----- sync ----------------------------------------------------------------------------

    def sync(self, server: str | None = None, progress: Progress = None) -> SyncResult:
        """Push this laptop's changes, then pull the server's. ``SyncError`` when it could not
        run: then nothing changed on either side and the outbox is kept."""
        known = self._laptop_settings()
        url = server or known[settings.SERVER_URL]
        name = known.get(settings.LAPTOP_NAME) or laptop_name()
        try:
            remote = open_server(url, name, self.services.actor.name, known.get(settings.SERVER_ID))
            try:
                result = SyncResult()
                result.pushed = self._push_all(remote, known, progress)
                result.pulled = self._pull(remote, known, progress)
                result.conflicts = self.conflicts()
                result.status = HAS_CONFLICTS if result.conflicts else SYNCED
                self._fetch_documents(remote, result)
                return result
            finally:
                remote.close()
        except SyncError as exc:
            self._remember_failure(str(exc))  # for the status line, until a sync succeeds
            raise

    def _remember_failure(self, reason: str) -> None:
        with contextlib.suppress(UserError), self.db.write() as session:
            settings.write(session, **{settings.LAST_FAILURE: reason})

    def _push_all(self, remote: Services, known: dict[str, str], progress: Progress) -> int:
        """Push the outbox; a batch left unanswered by an interrupted sync goes first, as it
        was (the server answers it again if it had applied it), then the rest."""
        pushed, more = 0, True
        while more:
            count, more = self._push(remote, known, progress)
            pushed += count
        return pushed

    def _push(
        self, remote: Services, known: dict[str, str], progress: Progress
    ) -> tuple[int, bool]:
        """Push one batch; return how many records it held and whether another may follow."""
        recovered = False
        with self.db.write() as session:
            pending = settings.read(session)
            batch = pending.get(settings.PENDING_BATCH)
            if batch is None:
                upto = outbox.last_id(session)
                if not upto:
                    return 0, False
                batch = str(uuid_mod.uuid4())
                settings.write(
                    session, **{settings.PENDING_BATCH: batch, settings.PENDING_UPTO: upto}
                )
            else:
                upto, recovered = int(pending[settings.PENDING_UPTO]), True
            records = outbox.fold(session, upto)
            waiting = outbox.waiting(session, upto)
            files = self._files_of(session, records)
        if records:
            self._check_may_push(remote, waiting)
            if progress is not None:
                progress(0, len(records))  # a cancel here still sends nothing
            name = known.get(settings.LAPTOP_NAME) or laptop_name()
            result = apply_batch(remote, batch, known[settings.LAPTOP_ID], name, records, files)
        else:
            result = {"applied": 0, "conflicts": []}
        with self.db.write() as session:
            session.execute(sa.delete(OutboxEntry).where(OutboxEntry.id <= upto))
            for found in result["conflicts"]:
                self._keep_conflict(session, found, batch)
            self._keep_unmade(session, records, result["conflicts"])
            self._close_refusals(session, records, result["conflicts"])
            settings.write(session, **{settings.PENDING_BATCH: None, settings.PENDING_UPTO: None})
        return len(records), recovered

    def _files_of(self, session, records: list[PushedRecord]) -> dict[str, Path]:
        files = {}
        for record in records:
            digest = record.ours.get("sha256") if record.entity == "document" else None
            if digest:
                path = self.services.documents.stored_path(digest)
                if path.is_file():
                    files[digest] = path
        return files

    def _check_may_push(self, remote: Services, waiting: int) -> None:
        """A viewer's account may read the server but not write it: say so before trying."""
        with remote.db.read() as session:
            allowed = may_push(session)
        if not allowed:
            raise SyncError(Text(msg.SYNC_VIEWER, remote.actor.name, waiting))

    @staticmethod
    def _close_refusals(session, records: list[PushedRecord], conflicts: list[dict]) -> None:
        """A refused record the server has now taken closes its refusal (a duplicate the server
        could not make, made now that it was renamed, too)."""
        still = {(c["entity"], c["record"]) for c in conflicts}
        sent = {(r.entity, r.uuid) for r in records} - still
        open_refusals = session.execute(
            sa.select(SyncConflict.id, SyncConflict.entity, SyncConflict.record_uuid).where(
                sa.or_(
                    SyncConflict.kind == REFUSED,
                    sa.and_(SyncConflict.kind == DUPLICATE, SyncConflict.message != ""),
                ),
                SyncConflict.resolved_at.is_(None),
            )
        ).all()
        taken = [id_ for id_, entity, uuid in open_refusals if (entity, uuid) in sent]
        if taken:
            session.execute(
                sa.update(SyncConflict.__table__)
                .where(SyncConflict.__table__.c.id.in_(taken))
                .values(resolved_at=utcnow(), resolution="taken")
            )

    @staticmethod
    def _keep_unmade(session, records: list[PushedRecord], conflicts: list[dict]) -> None:
        """A record the server refused to make (a reference it lacks, a name it has) stays a
        creation in the outbox: sent again at each sync, it is made once what stopped it is
        put right (its partner merged, its name changed), and never sent as a mere update of
        a record the server does not have."""
        refused = {
            (c["entity"], c["record"])
            for c in conflicts
            if c["kind"] == REFUSED or (c["kind"] == DUPLICATE and c["message"])
        }
        for record in records:
            if record.action == "create" and (record.entity, record.uuid) in refused:
                session.add(
                    OutboxEntry(
                        entity=record.entity,
                        record_uuid=record.uuid,
                        action="create",
                        after_json=json.dumps(record.ours, ensure_ascii=False),
                    )
                )

    @staticmethod
    def _keep_conflict(session, found: dict[str, Any], batch: str) -> None:
        """Store a conflict the server reported; it replaces an older open one on the same
        field (or record)."""
        older = session.scalars(
            sa.select(SyncConflict).where(
                SyncConflict.entity == found["entity"],
                SyncConflict.record_uuid == found["record"],
                SyncConflict.field.is_(None)
                if found["field"] is None
                else SyncConflict.field == found["field"],
                SyncConflict.resolved_at.is_(None),
            )
        )
        for row in older:
            row.resolved_at, row.resolution = utcnow(), "superseded"
        session.add(
            SyncConflict(
                kind=found["kind"],
                entity=found["entity"],
                record_uuid=found["record"],
                field=found["field"],
                base_json=json.dumps(found["base"], ensure_ascii=False),
                ours_json=json.dumps(found["ours"], ensure_ascii=False),
                theirs_json=json.dumps(found["theirs"], ensure_ascii=False),
                message=found.get("message") or "",
                batch_uuid=batch,
            )
        )

    def _pull(self, remote: Services, known: dict[str, str], progress: Progress) -> int:
        after = int(known.get(settings.LAST_SEQ, 0))
        with self.db.read() as session:  # what an earlier pull held back, read again
            again = [tuple(k) for k in json.loads(settings.read(session).get(settings.HELD, "[]"))]
        top, values, actors = read_changes(remote, after, known[settings.LAPTOP_ID], again)
        with self.db.write() as session:
            changed, _refused, held = apply_changes(
                self.services, session, values, actors, progress
            )
            settings.write(
                session,
                **{
                    settings.HELD: json.dumps(held) if held else None,
                    settings.LAST_SEQ: max(top, after),
                    settings.LAST_SYNC: utcnow().isoformat(),
                    settings.LAST_FAILURE: None,
                },
            )
        return changed

    def _fetch_documents(self, remote: Services, result: SyncResult) -> None:
        """Every document here has its file: a missing or altered one is fetched again."""
        wanted = files_to_fetch(self.services)
        if not wanted:
            return
        with remote.db.read() as session:
            for name, digest in wanted:
                target = self.services.documents.stored_path(digest)
                if not blobs.download(session, digest, target):
                    result.messages.append(Text(msg.SYNC_DOCUMENT_MISSING, name, digest[:12]))

    # ----- publishing and leaving ----------------------------------------------------------

    def publish(self, server: str, progress: Progress = None) -> SyncResult:
        """Put this standalone database onto an empty team server; it becomes its laptop."""
        with self.db.read() as session:
            known = settings.read(session)
        if known.get(settings.ROLE) == LAPTOP:
            raise SyncError(Text(msg.SYNC_ALREADY_LAPTOP, known.get(settings.SERVER_URL)))
        name = laptop_name()
        remote = open_server(server, name, self.services.actor.name)
        try:
            self._check_may_push(remote, 0)
            with self.db.engine.connect() as source, remote.db.engine.begin() as target:
                with remote.db.write() as probe:  # a plain check before the long copy
                    if holds_records(probe.connection()):
                        raise SyncError(Text(msg.SYNC_SERVER_NOT_EMPTY, shown(server)))
                if target.dialect.name == "postgresql":
                    target.execute(sa.text(f"SELECT pg_advisory_xact_lock({SERVER_WRITE_LOCK})"))
                copied = copy_all(source, target, progress)
                top = target.scalar(sa.text("SELECT coalesce(max(seq), 0) FROM sync_log"))
            with self.db.read() as session:
                digests = set(session.scalars(sa.select(Document.sha256)))
            files = {d: self.services.documents.stored_path(d) for d in digests}
            with remote.db.write() as session:
                lock_log(session)
                blobs.upload(session, {d: p for d, p in files.items() if p.is_file()})
            become_laptop(self.db, server, remote, name, top)
            return SyncResult(status=SYNCED, pushed=copied)
        finally:
            remote.close()

    def disconnect(self, force: bool = False) -> None:
        """Forget the server: the file becomes standalone. Refused while changes wait or
        conflicts are open, unless ``force``."""
        state = self.status()
        if not force and (state.waiting or state.conflicts):
            raise UserError(Text(msg.SYNC_CHANGES_WAITING, state.waiting, state.conflicts))
        with self.db.write() as session:
            session.execute(sa.delete(OutboxEntry))
            session.execute(
                sa.update(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .values(resolved_at=utcnow(), resolution="dropped")
            )
            keys = (
                settings.ROLE,
                settings.SERVER_URL,
                settings.SERVER_ID,
                settings.LAPTOP_ID,
                settings.LAST_SEQ,
                settings.PENDING_BATCH,
                settings.PENDING_UPTO,
                settings.LAST_FAILURE,
            )
            settings.write(session, **dict.fromkeys(keys))
        self.db.sync_role = None

    def server_history(self, entity: str, uuid: str) -> list[HistoryEntry]:
        """The server's audit entries of one record, newest first."""
        known = self._laptop_settings()
        remote = open_server(
            known[settings.SERVER_URL],
            laptop_name(),
            self.services.actor.name,
            known.get(settings.SERVER_ID),
        )
        try:
            with remote.db.read() as session:
                return history(session, entity, uuid)
        finally:
            remote.close()

    # ----- resolving -----------------------------------------------------------------------

    def resolve(self, conflict_id: int, keep: str) -> None:
        """Keep this laptop's value (sent at the next sync) or take the server's."""
        if keep not in (OURS, THEIRS):
            raise ValueError("keep is 'ours' or 'theirs'")
        with self.db.read() as session:
            row = session.get(SyncConflict, conflict_id)
            if row is None:
                raise NotFoundError(Text(msg.SYNC_NO_CONFLICT, conflict_id))
            kind, theirs = row.kind, json.loads(row.theirs_json)
        if kind == DUPLICATE and keep == THEIRS:
            self._merge_duplicate(row.record_uuid, theirs)
        with self.db.write() as session:
            row = session.get(SyncConflict, conflict_id)
            if row.resolved_at is not None:
                raise UserError(Text(msg.SYNC_CONFLICT_RESOLVED, conflict_id))
            local = current_values(self.services, session, row.entity, row.record_uuid)
            if keep == OURS:
                self._queue_ours(session, row, local, theirs)
            elif kind != DUPLICATE:
                if row.field is None:  # what waits to be sent of it is dropped too
                    session.execute(
                        sa.delete(OutboxEntry).where(
                            OutboxEntry.entity == row.entity,
                            OutboxEntry.record_uuid == row.record_uuid,
                        )
                    )
                session.info[APPLYING] = True
                try:
                    self._take_theirs(session, row, local, theirs)
                finally:
                    session.info[APPLYING] = False
            row.resolved_at, row.resolution = utcnow(), keep

    def _merge_duplicate(self, ours: str, theirs: dict[str, Any]) -> None:
        """Take the server's partner for the one made here: bring the server's here (this one
        renamed out of its way first), then merge this one into it, which sends the moved
        references at the next sync. Each step can be run again after an interruption."""
        other = theirs["uuid"]
        values = {k: v for k, v in theirs.items() if k != "uuid"}
        applying = self.services.with_actor(Actor(name=self.services.actor.name, source="sync"))
        mine = self.services.partners.get(ours) if self._exists("partner", ours) else None
        renamed = f"{mine['name']} ({ours[:8]})" if mine is not None else None
        with self.db.write() as session:
            if current_values(self.services, session, "partner", other) is None:
                session.info[APPLYING] = True
                if mine is not None and same(mine["name"].casefold(), values["name"].casefold()):
                    applying.partners.update_in(session, ours, None, {"name": renamed})
                applying.partners.create_in(session, {**values, "uuid": other})
                session.info[APPLYING] = False
        if mine is not None:
            self.services.partners.merge(other, ours)
            kept = self.services.partners.get(other)
            if renamed in kept["other_names"]:  # the name it wore only to make room
                names = [n for n in kept["other_names"] if n != renamed]
                self.services.partners.update(other, kept["version"], {"other_names": names})

    def _exists(self, entity: str, uuid: str) -> bool:
        with self.db.read() as session:
            return current_values(self.services, session, entity, uuid) is not None

    def _queue_ours(self, session, row: SyncConflict, local: Any, theirs: Any) -> None:
        """Put the laptop's side in the outbox so that the next push makes it the server's."""
        if row.kind == DUPLICATE:
            # Two partners after all: the server's comes here too (the one made here, if the
            # server could not make it, stays waiting in the outbox under its name).
            if current_values(self.services, session, "partner", theirs["uuid"]) is None:
                values = {k: v for k, v in theirs.items() if k != "uuid"}
                if local is not None and same(
                    str(local.get("name")).casefold(), str(values.get("name")).casefold()
                ):
                    raise UserError(Text(msg.SYNC_RENAME_FIRST, local["name"]))
                session.info[APPLYING] = True
                try:
                    acting = self.services.with_actor(
                        Actor(name=self.services.actor.name, source="sync")
                    )
                    acting.partners.create_in(session, {**values, "uuid": theirs["uuid"]})
                finally:
                    session.info[APPLYING] = False
            return
        if row.kind == FIELD:
            if local is None:
                return  # deleted here since: its delete is what goes to the server
            before, after = {row.field: theirs}, {row.field: local.get(row.field)}
            action = "update"
        elif local is None:
            if theirs is None:
                return
            before, after, action = theirs, {}, "delete"
        elif theirs is None or row.kind == DELETED_THERE:
            before, after, action = {}, local, "create"
        else:
            changed = [k for k, v in local.items() if not same(v, theirs.get(k))]
            before = {k: theirs.get(k) for k in changed}
            after = {k: local[k] for k in changed}
            action = "update"
        session.add(
            OutboxEntry(
                entity=row.entity,
                record_uuid=row.record_uuid,
                action=action,
                before_json=json.dumps(before, ensure_ascii=False),
                after_json=json.dumps(after, ensure_ascii=False),
            )
        )

    def _take_theirs(self, session, row: SyncConflict, local: Any, theirs: Any) -> None:
        """Make this laptop's record the server's (not sent back: it is the server's)."""
        acting = self.services.with_actor(Actor(name=self.services.actor.name, source="sync"))
        service = entity_service(acting, row.entity)
        if row.kind == FIELD:
            if local is not None:
                service.update_in(session, row.record_uuid, None, {row.field: theirs})
        elif theirs is None or row.kind == DELETED_THERE:
            if local is not None:
                service.delete_in(session, row.record_uuid)
        elif local is None:
            service.create_in(session, {**theirs, "uuid": row.record_uuid})
        else:
            changes = {k: v for k, v in theirs.items() if not same(v, local.get(k))}
            if changes:
                service.update_in(session, row.record_uuid, None, changes)


def become_laptop(db: Database, server: str, remote: Services, name: str, top: int) -> None:
    """The database remembers the server (never a password) and the server's last sequence
    number it holds; its own changes are captured from now on."""
    with db.write() as session:
        settings.write(
            session,
            **{
                settings.ROLE: LAPTOP,
                settings.SERVER_URL: shown(server),
                settings.SERVER_ID: remote.db.server_id,
                settings.LAPTOP_ID: str(uuid_mod.uuid4()),
                settings.LAPTOP_NAME: name,
                settings.LAST_SEQ: top,
                settings.LAST_SYNC: utcnow().isoformat(),
            },
        )
    db.sync_role = LAPTOP


def clone(
    server: str, laptop: Path, *, actor: Actor | None = None, progress: Progress = None
) -> Services:
    """A new laptop file holding the server's records and remembering the server."""
    from .. import open_services

    laptop = Path(laptop)
    if laptop.exists() and laptop.stat().st_size > 0:
        raise SyncError(Text(msg.SYNC_FILE_EXISTS, laptop))
    name = laptop_name()
    remote = open_server(server, name, (actor or Actor.current()).name)
    services = None
    try:
        services = open_services(laptop, actor=actor, create=True, backup=False)
        target_engine = services.db.engine.execution_options(sqlite_write=True)
        with remote.db.engine.connect() as source, target_engine.connect() as target:
            if source.dialect.name == "postgresql":
                source.execution_options(isolation_level="REPEATABLE READ")
            # One snapshot of the server, whose own constraints hold: the new file need not
            # check each copied row's references again.
            raw = target.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with target.begin():
                    top = source.scalar(sa.text("SELECT coalesce(max(seq), 0) FROM sync_log"))
                    copy_all(source, target, progress)
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
        become_laptop(services.db, server, remote, name, top)
        services.sync._fetch_documents(remote, SyncResult())
        return services
    except BaseException:
        if services is not None:
            services.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{laptop}{suffix}").unlink(missing_ok=True)
        raise
    finally:
        remote.close()
