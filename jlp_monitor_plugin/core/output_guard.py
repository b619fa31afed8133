"""One guard for every file the plugin writes, and plain words for the errors writing meets.

``check_output`` refuses an output path (REJECTS, OUTPUT, a file an OUTPUT_FOLDER would receive)
that is the monitoring store, one of SQLite's files beside it (``-wal``, ``-shm``, ``-journal``), or
a file the same run reads (its input, a Shapefile's side files, the report's template): paths are
compared resolved (symbolic links, ``..``, another spelling of the same file; hard links by
``os.path.samefile``), never as text. The message names the parameter and both files, and nothing
has been written when it is raised.

``os_error_text`` turns an OSError into words an officer can act on ("the disk is full").
"""

import contextlib
import errno
import os
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple

from .translation import tr

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
SHAPEFILE_SIDE_FILES = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")


class OutputRefused(Exception):  # noqa: N818
    """An output path that would overwrite the store or an input of the same run; nothing was written."""


def _resolved(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(str(path)))))


def _variants(path: str, suffixes: Sequence[str]) -> List[str]:
    """``path`` and ``path + suffix`` for each suffix, as given and resolved (SQLite names its side
    files after the path it was given; a link's target has its own)."""
    out = []
    for base in (os.path.abspath(path), os.path.realpath(path)):
        out.append(base)
        out.extend(base + s for s in suffixes)
    return out


def store_files(store) -> List[str]:
    """The files of a GeoPackage store (none for PostGIS)."""
    if getattr(store, "backend", "gpkg") != "gpkg":
        return []
    return _variants(store.path, SQLITE_SIDE_FILES)


def input_files(path: Optional[str]) -> List[str]:
    """The files an input path stands for: the file (``path|layername=…`` stripped), SQLite's side
    files for a GeoPackage, a Shapefile's side files."""
    if not path:
        return []
    path = str(path).split("|", 1)[0]
    if not path:
        return []
    stem, extension = os.path.splitext(path)
    files = _variants(path, SQLITE_SIDE_FILES) if extension.lower() in (".gpkg", ".sqlite", ".db") else [path]
    if extension.lower() == ".shp":
        for side in SHAPEFILE_SIDE_FILES:
            files.extend([stem + side, stem + side.upper()])
    return files


class Protected:
    """The files one run must not overwrite: the store's and its inputs', each with a label."""

    def __init__(self, store=None, inputs: Iterable[str] = ()):
        self.items = []  # type: List[Tuple[str, str]]  (label, path)
        if store is not None:
            for path in store_files(store):
                self.items.append((tr("the monitoring store"), path))
        for item in inputs:
            self.add_input(item)

    def add_input(self, path: Optional[str], label: Optional[str] = None) -> None:
        for file in input_files(path):
            self.items.append((label or tr("an input of this run"), file))

    def clash(self, path: str) -> Optional[Tuple[str, str]]:
        """(label, protected path) that ``path`` would overwrite, or None."""
        if not path:
            return None
        wanted = _resolved(path)
        exists = os.path.exists(path)
        for label, protected in self.items:
            if _resolved(protected) == wanted:
                return label, protected
            if exists and os.path.exists(protected):
                try:
                    if os.path.samefile(path, protected):
                        return label, protected
                except OSError:
                    continue
        return None

    def check(self, path: str, parameter: str) -> None:
        """Raise OutputRefused when ``path`` is a protected file (or a folder holding one it names)."""
        found = self.clash(path)
        if found is None:
            return
        label, protected = found
        raise OutputRefused(
            tr(
                "{parameter} {path} is {what} ({protected}); writing it there would destroy it. "
                "Choose another file; nothing was written."
            ).format(parameter=parameter, path=path, what=label, protected=protected)
        )

    def check_folder(self, folder: str, parameter: str, names: Iterable[str] = ()) -> None:
        """An output folder: refused when it is itself a protected file, or when one of the files the
        run writes into it (``names``, relative to the folder) is."""
        if not folder:
            return
        self.check(folder, parameter)
        for name in names:
            path = os.path.join(folder, name)
            found = self.clash(path)
            if found is not None:
                label, protected = found
                raise OutputRefused(
                    tr(
                        "{parameter} {folder} would receive {name}, which is {what} ({protected}): "
                        "writing it would destroy it. Choose another folder; nothing was written."
                    ).format(parameter=parameter, folder=folder, name=name, what=label, protected=protected)
                )


def check_output(path: str, parameter: str, store=None, inputs: Iterable[str] = ()) -> None:
    """Refuse ``path`` (the output ``parameter``) when it is ``store``'s file or one of ``inputs``."""
    Protected(store, inputs).check(path, parameter)


def os_error_text(exc: BaseException) -> str:
    """What went wrong writing a file, in words: a full disk, a read-only or missing folder …"""
    number = getattr(exc, "errno", None)
    where = getattr(exc, "filename", None) or ""
    if number == errno.ENOSPC or number == getattr(errno, "EDQUOT", -1):
        text = tr("the disk is full")
    elif number in (errno.EACCES, errno.EPERM):
        text = tr("permission denied")
    elif number == errno.EROFS:
        text = tr("the disk is read-only")
    elif number == errno.ENOENT:
        text = tr("the folder does not exist")
    elif number == errno.EISDIR:
        text = tr("it is a folder")
    else:
        text = getattr(exc, "strerror", None) or str(exc)
    return "{} ({})".format(text, where) if where else text


@contextlib.contextmanager
def written_whole(path: str) -> Iterator[str]:
    """Write a file whole or not at all: the block writes the path it is given (``path`` + ``.part``),
    which is moved into place when the block ends. On an OSError (a full disk) the part is removed and
    the error raised again, so ``path`` is still the last good file, or absent."""
    part = path + ".part"
    try:
        yield part
        os.replace(part, path)
    except OSError:
        try:
            os.remove(part)
        except OSError:
            pass
        raise
