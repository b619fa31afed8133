"""The GUI's way to a PostGIS store: a saved QGIS connection and a schema (no password in the store
text), and copying the open store there in a background task."""

import urllib.parse

from backends import new_schema_uri, server_password
from conftest import wait_until
from qgis.core import QgsApplication, QgsProviderRegistry

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.store import Store


def save_connection(postgis_uri, name):
    parts = urllib.parse.urlsplit(postgis_uri)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(
        "host={} port={} dbname={} user={} password={}".format(
            parts.hostname, parts.port, parts.path.lstrip("/"), parts.username, server_password()
        ),
        {"saveUsername": True, "savePassword": True},
    )
    metadata.saveConnection(connection, name)
    return parts


def test_the_dialog_gives_a_store_text_without_the_password(qgis_app, postgis_uri):
    from jlp_monitor_plugin.gui.postgis_dialog import CREATE, PostgisDialog

    save_connection(postgis_uri, "Council server")
    dialog = PostgisDialog(CREATE)
    assert dialog.presetCombo.isVisibleTo(dialog)
    dialog.connectionCombo.setCurrentText("Council server")
    ok = dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok)
    dialog.schemaEdit.setText("")
    assert not ok.isEnabled()  # no schema, no store
    schema_name = urllib.parse.parse_qs(urllib.parse.urlsplit(new_schema_uri(postgis_uri, "dlg")).query)[
        "schema"
    ][0]
    dialog.schemaEdit.setText(schema_name)
    assert ok.isEnabled()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.text.endswith("schema={}".format(schema_name))
    assert server_password() not in dialog.text
    store = Store.create(dialog.text, dialog.preset())
    assert store.count(schema.PLAN_SETTINGS) > 0
    # the next dialog remembers the connection and the schema
    again = PostgisDialog()
    assert (again.connection(), again.schema()) == ("Council server", schema_name)
    assert not again.presetCombo.isVisibleTo(again)


def test_a_schema_name_with_a_quote_cannot_be_typed(qgis_app):
    from jlp_monitor_plugin.gui.postgis_dialog import PostgisDialog

    dialog = PostgisDialog()
    dialog.schemaEdit.setText("")
    for character in 'a"; drop':
        dialog.schemaEdit.insert(character)
    assert dialog.schema() == "adrop"  # the quote, semicolon and space are refused as typed


def test_copy_task_copies_the_store_to_postgis(qgis_app, postgis_uri, new_store):
    from jlp_monitor_plugin.gui.copy_task import CopyTask

    new_store.write_plan_settings({"plan_name": "Copied plan"})
    destination = new_schema_uri(postgis_uri, "copy")
    task = CopyTask(new_store, destination)
    outcome = []
    task.copied.connect(lambda ok, text, message: outcome.append((ok, text, message)))
    QgsApplication.taskManager().addTask(task)
    wait_until(qgis_app, lambda: bool(outcome))
    ok, text, message = outcome[0]
    assert ok, message
    assert message.startswith("Copied to ") and server_password() not in message
    copy = Store.open(text)
    assert copy.plan_settings().get("plan_name") == "Copied plan"
    assert copy.counts() == new_store.counts()


def test_the_docks_catch_database_errors_of_both_backends():
    import sqlite3

    import psycopg2

    from jlp_monitor_plugin.core.store import DATABASE_ERRORS
    from jlp_monitor_plugin.core.store_base import StaleEditError, StoreError

    for error in (
        sqlite3.OperationalError("database is locked"),
        psycopg2.OperationalError("server closed"),
        StaleEditError("changed by someone else"),
    ):
        try:
            raise error
        except (OSError,) + DATABASE_ERRORS as caught:  # as the docks catch them
            assert caught is error
    assert StoreError in DATABASE_ERRORS
