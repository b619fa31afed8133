"""What the import dialog tells and asks the officer: the labels of the targets and modes, what a dry
run found (rows to insert, change per field, delete, reject), the question before an import changes
existing rows, the question before undoing an import, and the summary after one."""

import html
from typing import Dict, Optional

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..core.formatting import format_number
from ..core.importing import ImportReport
from ..core.importing import field_map as fm
from ..core.importing.undo import ImportRun
from ..core.importing.validation import WARNING
from ..core.translation import tr


def target_labels() -> Dict[str, str]:
    return {
        fm.PERMISSIONS: tr("Permissions"),
        fm.COMPLETIONS: tr("Completions"),
        fm.BOUNDARIES: tr("Red-line boundaries"),
        fm.STARTS: tr("Starts"),
        fm.TRAJECTORY: tr("Trajectory"),
        "epc": tr("Completion evidence: EPC certificates (new dwellings)"),
        "council_tax": tr("Completion evidence: council-tax new properties"),
        "building_control": tr("Completion evidence: building-control certificates"),
    }


def mode_labels() -> Dict[str, str]:
    return {
        "upsert": tr("Add new rows and update changed ones (upsert)"),
        "replace": tr("Replace the layer's rows (replace)"),
    }


def check_text(report: ImportReport) -> str:
    """What the dry run found, in numbers: rows inserted / changed (per field) / deleted / rejected."""
    fields = ", ".join(
        "{} {}".format(name, format_number(count)) for name, count in report.changed_fields.most_common()
    )
    text = tr(
        "{name} → {target}: {inserted} new rows to insert, {changed} existing rows to change, "
        "{unchanged} unchanged, {deleted} to delete, {rejected} to reject."
    ).format(
        name=report.source_name,
        target=target_labels().get(report.target, report.target),
        inserted=format_number(report.inserted),
        changed=format_number(report.changed),
        unchanged=format_number(report.unchanged),
        deleted=format_number(report.deleted),
        rejected=format_number(report.rejected),
    )
    if fields:
        text += " " + tr("Changes by field: {}.").format(fields)
    return text


def check_html(report: ImportReport) -> str:
    return "<b>{}</b> {}".format(html.escape(tr("Checked:")), html.escape(check_text(report)))


def confirm_import(parent: Optional[QWidget], report: ImportReport, mismatch: str = "") -> bool:
    """Ask before an import that changes or deletes existing rows; True to go on. ``mismatch``: the
    warning that the chosen target is not the one the file looks like, if it is not."""
    details = [check_text(report)]
    if mismatch:
        details.insert(0, mismatch)
    details.append(tr("You can undo it afterwards with Undo last import."))
    return _ask(
        parent,
        QMessageBox.Icon.Warning,
        tr("Change existing rows?"),
        tr("This import changes {changed} existing rows of {layer} and deletes {deleted}.").format(
            changed=format_number(report.changed),
            layer=target_labels().get(report.target, report.target),
            deleted=format_number(report.deleted),
        ),
        "\n\n".join(details),
        tr("Import"),
    )


def confirm_undo(parent: Optional[QWidget], run: ImportRun) -> bool:
    """Ask before undoing import ``run`` (what, when, by whom, how many rows); True to go on."""
    return _ask(
        parent,
        QMessageBox.Icon.Question,
        tr("Undo last import?"),
        tr("Undo {}?").format(run.describe()),
        tr(
            "Changed rows get back their old values, inserted rows are deleted and deleted rows come "
            "back, all at once. If any of them changed since, nothing is undone."
        ),
        tr("Undo import"),
    )


def _ask(parent, icon, title: str, text: str, details: str, go_text: str) -> bool:
    """A question whose default answer is Cancel; True when the officer pressed ``go_text``."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    go = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def summary_html(report: ImportReport) -> str:
    """What an import did, for the dialog: the counts, a link to the rejects file, the first warnings."""

    def n(value: int) -> str:
        return format_number(value)

    lines = [
        tr(
            "<b>{name}</b>: read {read} · inserted {inserted} · updated {updated} ({changed} changed, "
            "{unchanged} unchanged) · rejected {rejected} · deleted {deleted} · warnings {warnings}"
        ).format(
            name=report.source_name,
            read=n(report.read),
            inserted=n(report.inserted),
            updated=n(report.updated),
            changed=n(report.changed),
            unchanged=n(report.unchanged),
            rejected=n(report.rejected),
            deleted=n(report.deleted),
            warnings=n(report.warnings),
        )
        + report.skipped_text()
    ]
    if report.rejects_path:
        url = QUrl.fromLocalFile(report.rejects_path).toString()
        lines.append(
            tr('Rejected rows, with the reason: <a href="{url}">{path}</a>').format(
                url=url, path=report.rejects_path
            )
        )
    for message in report.messages(WARNING)[:5]:
        lines.append(tr("Warning: {}").format(message))
    return "<br>".join(lines)
