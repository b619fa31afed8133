"""Finding and rendering report templates: jinja2, autoescaped, in jinja2's sandbox.

Built-in templates live in the plugin's ``templates/`` folder; officers add their own ``*.html.j2``
files to a folder named in the plugin's user settings (``user_settings.TEMPLATE_FOLDER``). Both are
rendered in ``SandboxedEnvironment`` with autoescape on: text from back-office data (proposals, site
names) may hold markup, and a user template must not reach Python's internals. A template that fails is
reported as a ReportError naming the template and the line.

What a template may reach is limited further: it may include, import or extend only ``*.html.j2``
templates (not ``.pgpass`` or any other file of its folder); ``<img>`` may show only the plugin's
own pictures (maps, charts, logos), ``data:`` images, and image files in the store's folder, the
template's folder or the built-in one (``filter_images``: anything else is dropped with a warning);
and the rendered HTML may not pass ``MAX_RENDERED`` characters (a template looping to a gigabyte is
stopped, with a message).
"""

import base64
import mimetypes
import os
import re
from typing import Any, Dict, Iterable, List, NamedTuple, Optional

from .. import user_settings
from ..translation import tr

SUFFIX = ".html.j2"
BUILT_IN_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "templates")
BUILT_IN = [
    "housing_monitoring_report",
    "site_schedule",
    "five_year_supply_statement",
    "site_evidence_sheets",
]


# The most a template may render: 50 million characters of HTML (the demo's report is about 3).
MAX_RENDERED = 50 * 1000 * 1000
MAX_IMAGE_BYTES = 20 * 1000 * 1000  # an image file a template embeds
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".bmp", ".webp")

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


class TooLargeError(ReportError):
    """A template that would render more than a report may hold."""


def environment(search_folder: str):
    """A sandboxed, autoescaping jinja2 environment that finds templates in ``search_folder`` and
    then among the built-in ones (so a user template can extend ``_base.html.j2``)."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

    folders = [search_folder] if os.path.abspath(search_folder) != os.path.abspath(BUILT_IN_FOLDER) else []
    folders.append(BUILT_IN_FOLDER)

    class TemplatesOnly(jinja2.FileSystemLoader):
        """jinja2's loader, for ``*.html.j2`` files only: ``{% include '.pgpass' %}`` is refused."""

        def get_source(self, environment, template):
            if not str(template).endswith(SUFFIX):
                raise ReportError(
                    tr(
                        "Templates may include, import or extend only {suffix} templates: '{name}' was "
                        "refused."
                    ).format(suffix=SUFFIX, name=template)
                )
            return super().get_source(environment, template)

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

        # "x" * 10**9 or 10**10**10 would take memory or time before the size limit sees a thing.
        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context, operator, left, right):
            if operator == "*":
                for sequence, times in ((left, right), (right, left)):
                    if (
                        isinstance(sequence, (str, list, tuple))
                        and isinstance(times, int)
                        and len(sequence) * times > MAX_RENDERED
                    ):
                        raise TooLargeError(
                            tr("a repetition of {:,} items is more than a report may hold").format(
                                len(sequence) * times
                            )
                        )
            if operator == "**" and isinstance(right, (int, float)) and abs(right) > 100:
                raise TooLargeError(tr("a power of {} is more than a report needs").format(right))
            return super().call_binop(context, operator, left, right)

    env = Sandbox(
        loader=TemplatesOnly(folders),
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
        parts = []
        size = 0
        for part in template.generate(**context):
            size += len(part)
            if size > MAX_RENDERED:
                raise TooLargeError(
                    tr("it renders more than {:,} characters, more than a report may hold").format(
                        MAX_RENDERED
                    )
                )
            parts.append(part)
        return "".join(parts)
    except TooLargeError as exc:
        name, line = _error_line(exc, ref)
        where = name if line is None else tr("{} (line {})").format(name, line)
        message = tr("Template {} was stopped: {}. Nothing was written.").format(where, exc)
        raise ReportError(message) from None
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


# -- images a rendered report may show -----------------------------------------------------------------

_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def _inside(path: str, folders: Iterable[str]) -> bool:
    real = os.path.realpath(path)
    for folder in folders:
        if not folder:
            continue
        base = os.path.realpath(folder)
        if os.path.commonpath([real, base]) == base:
            return True
    return False


def image_folders(store_path: str, ref: TemplateRef) -> List[str]:
    """The folders a template's own images may come from: the store's, the template's, the built-in."""
    folders = [os.path.dirname(os.path.abspath(ref.path)), BUILT_IN_FOLDER]
    if store_path and os.path.isfile(store_path):
        folders.insert(0, os.path.dirname(os.path.abspath(store_path)))
    return folders


def allowed_image(src: str, folders: Iterable[str], base: str) -> Optional[str]:
    """The local file an image ``src`` names when a report may embed it, else None. ``base``: the
    folder a relative src is read from (the template's)."""
    text = src.strip()
    if not text or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", text) and not re.match(r"^[a-zA-Z]:[\\/]", text):
        return None  # a URL (file://, http://, …); jlp-image: and data: are handled before
    path = text if os.path.isabs(text) else os.path.join(base, text)
    if not path.lower().endswith(IMAGE_SUFFIXES) or not os.path.isfile(path):
        return None
    if not _inside(path, folders) or os.path.getsize(path) > MAX_IMAGE_BYTES:
        return None
    return os.path.realpath(path)


def filter_images(html: str, folders: List[str], base: str, embed: bool, messages: List[str]) -> str:
    """``html`` with each <img> kept only when it shows the plugin's own picture, a data: image or a
    file in ``folders``: such a file is embedded as data (``embed``, for the HTML) or named by its
    full path (for Qt's layout). Any other src is emptied, and ``messages`` says so."""

    def replace(match):
        quoted = match.group(2)
        src = quoted[1:-1] if quoted[:1] in "\"'" and len(quoted) >= 2 else quoted
        plain = src.replace("&amp;", "&").strip()
        if plain.startswith("jlp-image:") or plain.lower().startswith("data:image/"):
            return match.group(0)
        path = allowed_image(plain, folders, base)
        if path is None:
            messages.append(
                tr(
                    "An image was left out of the report: {} (a report shows images only from the "
                    "store's folder or the template's folder)."
                ).format(plain[:200])
            )
            return match.group(1) + '""'
        if embed:
            mime = mimetypes.guess_type(path)[0] or "image/png"
            with open(path, "rb") as handle:
                data = base64.b64encode(handle.read()).decode("ascii")
            return '{}"data:{};base64,{}"'.format(match.group(1), mime, data)
        return '{}"{}"'.format(match.group(1), path.replace('"', "%22"))

    return _IMG_SRC.sub(replace, html)
