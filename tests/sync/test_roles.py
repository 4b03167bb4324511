"""Team server roles: viewer, editor and admin, enforced by PostgreSQL's own grants."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from tests.conftest import _fresh_postgres
from unccd_desktop.services import Actor, open_services
from unccd_desktop.services.sync.results import SyncError
from unccd_desktop.services.sync.roles import grant, level_of, may_push, setup_roles
from unccd_desktop.storage.database import Database
from unccd_desktop.storage.migrations import (
    SCHEMA_VERSION,
    alembic_config,
    current_revision,
    upgrade,
)

PERMISSION_DENIED = "42501"


def login_url(server_url: str, login: str) -> str:
    """The same database, logged in as ``login`` (the test server trusts every role)."""
    return sa.make_url(server_url).set(username=login).render_as_string(hide_password=False)


def new_login(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def team(postgres_url: str) -> str:
    """A team database made by the superuser, with the roles set up."""
    url = _fresh_postgres(postgres_url)
    open_services(url, actor=Actor("founder", "test"), create=True).close()
    setup_roles(url)
    return url


@pytest.fixture
def connect() -> Iterator:
    """connect(url): a connection that is closed (and its engine disposed) after the test."""
    engines: list[sa.Engine] = []

    def opened(url: str) -> sa.Connection:
        engines.append(sa.create_engine(url))
        return engines[-1].connect()

    yield opened
    for engine in engines:
        engine.dispose()


def denied(exc: pytest.ExceptionInfo[sa.exc.DBAPIError]) -> bool:
    return exc.value.orig.pgcode == PERMISSION_DENIED


def migrated_to(postgres_url: str, revision: str) -> str:
    """A new database migrated by the superuser up to ``revision`` only."""
    url = _fresh_postgres(postgres_url)
    db = Database(url)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()
    return url


@pytest.mark.postgres
def test_a_viewer_reads_but_postgresql_refuses_its_writes(team: str, connect) -> None:
    viewer = new_login("viewer")
    grant(team, viewer, "viewer")
    conn = connect(login_url(team, viewer))
    assert conn.scalar(sa.text("SELECT count(*) FROM countries")) > 0
    assert conn.scalar(sa.text("SELECT count(*) FROM sync_log")) == 0
    assert level_of(conn) == "viewer"
    assert not may_push(conn)
    conn.rollback()
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        conn.execute(sa.text("INSERT INTO partners (uuid, name) VALUES ('x', 'Sahel Water')"))
    assert denied(refused)
    conn.rollback()
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        conn.execute(
            sa.text(
                "INSERT INTO sync_log (seq, entity, record_uuid, action, laptop_name, actor, at) "
                "VALUES (nextval('sync_log_seq'), 'partner', 'x', 'create', '', 'v', now())"
            )
        )
    assert denied(refused)


@pytest.mark.postgres
def test_a_viewer_working_online_cannot_create_a_partner(team: str) -> None:
    viewer = new_login("viewer")
    grant(team, viewer, "viewer")
    services = open_services(login_url(team, viewer), actor=Actor(viewer, "test"))
    try:
        assert services.partners.count() == 0
        with pytest.raises(sa.exc.ProgrammingError) as refused:
            services.partners.create({"name": "Sahel Water", "kind": "ngo"})
        assert denied(refused)
    finally:
        services.close()


@pytest.mark.postgres
def test_an_editor_writes_through_the_services_and_may_push(team: str, connect) -> None:
    editor = new_login("editor")
    grant(team, editor, "editor")
    services = open_services(login_url(team, editor), actor=Actor(editor, "test"))
    try:
        created = services.partners.create({"name": "Sahel Water", "kind": "ngo"})
        services.partners.update(created["uuid"], created["version"], {"acronym": "SW"})
        assert services.partners.get(created["uuid"])["acronym"] == "SW"
    finally:
        services.close()
    conn = connect(login_url(team, editor))
    assert level_of(conn) == "editor"
    assert may_push(conn)
    seq = conn.scalar(
        sa.text(
            "INSERT INTO sync_log (seq, entity, record_uuid, action, laptop_name, actor, at) "
            "VALUES (nextval('sync_log_seq'), 'partner', :uuid, 'update', '', :actor, now()) "
            "RETURNING seq"
        ),
        {"uuid": created["uuid"], "actor": editor},
    )
    conn.commit()
    assert seq >= 1
    with pytest.raises(sa.exc.ProgrammingError) as refused:  # the schema is the admins'
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    assert denied(refused)
    conn.rollback()
    superuser = connect(team)
    assert superuser.scalar(sa.text("SELECT acronym FROM partners WHERE name = 'Sahel Water'")) == (
        "SW"
    )


@pytest.mark.postgres
def test_an_admin_upgrades_the_schema_and_the_new_tables_reach_the_other_levels(
    postgres_url: str, connect
) -> None:
    old = migrated_to(postgres_url, "0003")
    setup_roles(old)
    admin, editor, viewer = new_login("admin"), new_login("editor"), new_login("viewer")
    for login, level in ((admin, "admin"), (editor, "editor"), (viewer, "viewer")):
        grant(old, login, level)
    assert level_of(login_url(old, admin)) == "admin"

    db = Database(login_url(old, admin))
    try:
        upgrade(db, backup=False)
        assert current_revision(db) == SCHEMA_VERSION
    finally:
        db.dispose()
    superuser = connect(old)
    owner = sa.text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = :name")
    assert superuser.scalar(owner, {"name": "sync_log"}) == "unccd_admin"  # not the officer
    assert superuser.scalar(owner, {"name": "sync_log_seq"}) == "unccd_admin"

    # The tables made by the upgrade: the editor may write them, the viewer read them.
    as_editor = connect(login_url(old, editor))
    assert may_push(as_editor)
    as_editor.execute(
        sa.text(
            "INSERT INTO sync_log (seq, entity, record_uuid, action, laptop_name, actor, at) "
            "VALUES (nextval('sync_log_seq'), 'partner', 'x', 'create', '', :actor, now())"
        ),
        {"actor": editor},
    )
    as_editor.commit()
    as_viewer = connect(login_url(old, viewer))
    assert as_viewer.scalar(sa.text("SELECT count(*) FROM sync_log")) == 1
    assert not may_push(as_viewer)
    # The admin acts as unccd_admin, yet PostgreSQL still names the officer.
    as_admin = connect(login_url(old, admin))
    assert as_admin.execute(sa.text("SELECT session_user, current_user")).one() == (
        admin,
        "unccd_admin",
    )


@pytest.mark.postgres
def test_an_editor_may_not_upgrade_the_schema(postgres_url: str) -> None:
    old = migrated_to(postgres_url, "0003")
    setup_roles(old)
    editor = new_login("editor")
    grant(old, editor, "editor")
    db = Database(login_url(old, editor))
    try:
        with pytest.raises(sa.exc.ProgrammingError) as refused:
            upgrade(db, backup=False)
        assert denied(refused)
        assert current_revision(db) == "0003"
    finally:
        db.dispose()


@pytest.mark.postgres
def test_level_of_each_account(team: str, connect) -> None:
    assert level_of(team) == "owner"  # the superuser that made the database
    logins = {level: new_login(level) for level in ("viewer", "editor", "admin")}
    for level, login in logins.items():
        grant(team, login, level)
        assert level_of(login_url(team, login)) == level
    outsider = new_login("outsider")
    superuser = connect(team)
    superuser.execute(sa.text(f'CREATE ROLE "{outsider}" LOGIN'))
    superuser.commit()
    with pytest.raises(SyncError, match=f"account '{outsider}' may not read the team database"):
        level_of(login_url(team, outsider))
    with Database(login_url(team, logins["editor"])).read() as session:
        assert level_of(session) == "editor"
        assert may_push(session)


@pytest.mark.postgres
def test_a_login_belongs_to_exactly_one_level(team: str, connect) -> None:
    login = new_login("officer")
    member_of = sa.text(
        "SELECT array_agg(g.rolname ORDER BY g.rolname) FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = to_regrole(:login)"
    )
    superuser = connect(team)
    for level in ("admin", "viewer", "editor", "editor"):
        grant(team, login, level)
        assert superuser.scalar(member_of, {"login": login}) == [f"unccd_{level}"]
        superuser.rollback()
        assert level_of(login_url(team, login)) == level
    # No longer an admin: its sessions act as itself again.
    as_officer = connect(login_url(team, login))
    assert as_officer.scalar(sa.text("SELECT current_user")) == login


@pytest.mark.postgres
def test_setup_is_idempotent_and_gives_the_tables_to_the_admin_group(team: str, connect) -> None:
    setup_roles(team)
    setup_roles(team)
    not_admin = connect(team).scalar(
        sa.text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') "
            "AND pg_get_userbyid(c.relowner) <> 'unccd_admin'"
        )
    )
    assert not_admin == 0


@pytest.mark.postgres
def test_a_password_is_stored_hashed_by_the_server(team: str, connect) -> None:
    login, password = new_login("officer"), "it's:a=secret%"
    grant(team, login, "editor", password=password)
    stored = connect(team).scalar(
        sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :login"), {"login": login}
    )
    assert stored.startswith("SCRAM-SHA-256$") and password not in stored


@pytest.mark.postgres
def test_refusals_are_sentences(postgres_url: str, team: str) -> None:
    bare = _fresh_postgres(postgres_url)
    with pytest.raises(SyncError, match="not a UNCCD Partnerships team database"):
        setup_roles(bare)
    unset = _fresh_postgres(postgres_url)
    open_services(unset, actor=Actor("founder", "test"), create=True).close()
    assert level_of(unset) == "owner"
    with pytest.raises(SyncError, match="sync roles --server URL"):
        grant(unset, new_login("officer"), "editor")
    viewer = new_login("viewer")
    grant(team, viewer, "viewer")
    with pytest.raises(SyncError, match=f"'{viewer}' may not manage the accounts"):
        setup_roles(login_url(team, viewer))
    with pytest.raises(SyncError, match=f"'{viewer}' may not manage the accounts"):
        grant(login_url(team, viewer), new_login("officer"), "admin")


def test_levels_and_logins_are_checked_before_connecting(tmp_path) -> None:
    nowhere = "postgresql://admin@127.0.0.1:1/unccd"
    with pytest.raises(SyncError, match="'owner' is not an access level"):
        grant(nowhere, "ana", "owner")
    for login in ("pg_monitor", "unccd_admin", ""):
        with pytest.raises(SyncError, match="cannot be an officer's account"):
            grant(nowhere, login, "viewer")
    laptop = tmp_path / "laptop.unccd"
    with pytest.raises(SyncError, match="not a UNCCD Partnerships team database"):
        setup_roles(str(laptop))
    services = open_services(laptop, actor=Actor("ana", "test"), create=True)
    try:
        with services.db.read() as session:  # a file of one's own: no roles to ask
            assert level_of(session) == "owner" and may_push(session)
    finally:
        services.close()


@pytest.mark.postgres
def test_the_database_owner_sets_up_the_team_without_being_a_superuser(
    postgres_url: str, team: str, connect
) -> None:
    """As docs/sync.md tells: a login with CREATEROLE owns the database and runs db init,
    sync roles and sync grant (the groups exist already: another team database set them up)."""
    owner, database = new_login("owner"), f"team_{uuid.uuid4().hex[:8]}"
    superuser = connect(postgres_url).execution_options(isolation_level="AUTOCOMMIT")
    superuser.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
    superuser.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    superuser.exec_driver_sql(
        f'GRANT unccd_viewer, unccd_editor, unccd_admin TO "{owner}" WITH ADMIN OPTION'
    )
    url = login_url(postgres_url.rsplit("/", 1)[0] + "/" + database, owner)
    open_services(url, actor=Actor(owner, "test"), create=True).close()
    assert level_of(url) == "owner"
    setup_roles(url)
    assert level_of(url) == "admin"  # the tables now belong to unccd_admin, of which it is one
    editor = new_login("editor")
    grant(url, editor, "editor", password="s3cret")
    services = open_services(login_url(url, editor), actor=Actor(editor, "test"))
    try:
        services.partners.create({"name": "Sahel Water", "kind": "ngo"})
    finally:
        services.close()
    assert level_of(login_url(url, editor)) == "editor"


@pytest.mark.postgres
def test_a_viewer_clones_and_pulls_but_its_push_is_refused(team: str, tmp_path) -> None:
    from unccd_desktop.services.sync import clone

    viewer, editor = new_login("viewer"), new_login("editor")
    grant(team, viewer, "viewer")
    grant(team, editor, "editor")
    online = open_services(login_url(team, editor), actor=Actor(editor, "test"))
    try:
        online.partners.create({"name": "Sahel Water", "kind": "ngo"})
        laptop = clone(login_url(team, viewer), tmp_path / "viewer.unccd", actor=Actor("v", "t"))
        try:
            assert laptop.partners.count() == 1
            online.partners.create({"name": "Green Belt", "kind": "ngo"})
            assert laptop.sync.sync().pulled == 1
            assert laptop.partners.count() == 2
            laptop.partners.create({"name": "Oasis Trust", "kind": "ngo"})
            with pytest.raises(SyncError, match=f"'{viewer}' on the team server may only read"):
                laptop.sync.sync()
            assert laptop.sync.status().waiting == 1  # kept for when it may push
        finally:
            laptop.close()
    finally:
        online.close()
