"""Finding and rendering report templates: jinja2, autoescaped, in jinja2's sandbox.

Built-in templates live in the plugin's ``templates/`` folder; officers add their own ``*.html.j2``
files to a folder named in the plugin's user settings (``user_settings.TEMPLATE_FOLDER``). Both are
rendered in ``SandboxedEnvironment`` with autoescape on: text from back-office data (proposals, site
names) may hold markup, and a user template must not reach Python's internals. A template that fails is
reported as a ReportError naming the template and the line.
"""

import os
from typing import Any, Dict, List, NamedTuple, Optional

from .. import user_settings
from ..translation import tr

SUFFIX = ".html.j2"
BUILT_IN_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "templates")
BUILT_IN = ["housing_monitoring_report", "site_schedule", "five_year_supply_statement"]


# Values a template may look into freely (the context is built of these and of Table/Column/Image).
_PLAIN = (str, bytes, int, float, bool, list, tuple, dict, set, frozenset, type(None))


class ReportError(Exception):
    """A report could not be made; the message says why, for the officer."""


class TemplateRef(NamedTuple):
    name: str  # what it is called (file name without .html.j2)
    path: str
    built_in: bool


def user_folder() -> str:
    """The folder of the officer's own templates (plugin settings), or ""."""
    return user_settings.TEMPLATE_FOLDER.value().strip()


def set_user_folder(folder: str) -> None:
    user_settings.TEMPLATE_FOLDER.set_value(folder or "")


def _is_page(file_name: str) -> bool:
    # Files starting with "_" are shared pieces (base layout, macros), not reports of their own.
    return file_name.endswith(SUFFIX) and not file_name.startswith("_")


def available_templates(folder: Optional[str] = None) -> List[TemplateRef]:
    """The built-in templates, then the user folder's (``folder`` or the plugin setting)."""
    found = [TemplateRef(name, os.path.join(BUILT_IN_FOLDER, name + SUFFIX), True) for name in BUILT_IN]
    folder = user_folder() if folder is None else folder
    if folder and os.path.isdir(folder):
        for file_name in sorted(os.listdir(folder), key=str.lower):
            if _is_page(file_name):
                found.append(TemplateRef(file_name[: -len(SUFFIX)], os.path.join(folder, file_name), False))
    return found


def resolve_template(template: str, folder: Optional[str] = None) -> TemplateRef:
    """A template by name (built-in or in the user folder) or by the path of a .html.j2 file."""
    text = (template or "").strip() or BUILT_IN[0]
    if text.endswith(SUFFIX) or os.sep in text or "/" in text:
        if not os.path.isfile(text):
            raise ReportError(tr("Template file not found: {}").format(text))
        return TemplateRef(os.path.basename(text)[: -len(SUFFIX)], os.path.abspath(text), False)
    known = available_templates(folder)
    for ref in reversed(known):  # a user template of the same name overrides the built-in one
        if ref.name == text:
            return ref
    raise ReportError(
        tr("Unknown report template '{}'; known templates: {}").format(text, ", ".join(r.name for r in known))
    )


def environment(search_folder: str):
    """A sandboxed, autoescaping jinja2 environment that finds templates in ``search_folder`` and
    then among the built-in ones (so a user template can extend ``_base.html.j2``)."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

    folders = [search_folder] if os.path.abspath(search_folder) != os.path.abspath(BUILT_IN_FOLDER) else []
    folders.append(BUILT_IN_FOLDER)

    class Sandbox(ImmutableSandboxedEnvironment):
        """Immutable (a template cannot change the tables the spreadsheets are written from) and
        limited to the context's own values: plain data, the report's Table, Column and Image
        objects (the attributes they list in TEMPLATE_ATTRIBUTES) and jinja2's helpers."""

        def is_safe_attribute(self, obj, attr, value):
            if not super().is_safe_attribute(obj, attr, value):
                return False
            allowed = getattr(type(obj), "TEMPLATE_ATTRIBUTES", None)
            if allowed is not None:
                return attr in allowed
            if isinstance(obj, _PLAIN):
                return True
            return (type(obj).__module__ or "").split(".")[0] in ("jinja2", "markupsafe")

        # jinja2 hands back an "undefined" for an unsafe attribute, which prints as nothing; refuse
        # at once instead, so the officer learns why the template does not work.
        def unsafe_undefined(self, obj, attribute):
            raise SecurityError(
                "access to attribute '{}' of '{}' object is unsafe".format(attribute, type(obj).__name__)
            )

    env = Sandbox(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _error_line(exc: Exception, ref: TemplateRef):
    """(template name, line) of a jinja2 error, from the template's frame of the traceback."""
    import jinja2

    if isinstance(exc, jinja2.TemplateSyntaxError):
        return (exc.name or ref.name + SUFFIX), exc.lineno
    # jinja2 rewrites the traceback so that template lines show as frames of the template's file.
    tb = exc.__traceback__
    name, line = ref.name + SUFFIX, None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename or ""
        if filename.endswith(".j2"):
            name, line = os.path.basename(filename), tb.tb_lineno
        tb = tb.tb_next
    return name, line


def render(ref: TemplateRef, context: Dict[str, Any]) -> str:
    """The template rendered with ``context``; ReportError names the template and line on failure."""
    import jinja2
    from jinja2.sandbox import SecurityError

    env = environment(os.path.dirname(ref.path))
    try:
        template = env.get_template(os.path.basename(ref.path))
        return template.render(**context)
    except SecurityError as exc:
        name, line = _error_line(exc, ref)
        raise ReportError(
            tr(
                "Template {} (line {}) was refused: it reaches for something templates may not use "
                "(SecurityError: {})."
            ).format(name, line if line is not None else "?", exc)
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        name, line = _error_line(exc, ref)
        raise ReportError(
            tr("Template {}, line {}: syntax error: {}").format(name, line, exc.message)
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise ReportError(tr("Template {}: cannot find template {}").format(ref.name + SUFFIX, exc)) from None
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 - any error while rendering is the template's to report
        name, line = _error_line(exc, ref)
        raise ReportError(
            tr("Template {}, line {}: {}: {}").format(
                name, line if line is not None else "?", type(exc).__name__, exc
            )
        ) from None
