"""The five summary tables as CSV files (SPEC.md): header row, SPEC.md's columns first, in order."""

import csv
import math
import os
from collections import OrderedDict
from typing import Any, Dict

from ..output_guard import OutputRefused, Protected, os_error_text, written_whole
from ..safe_cells import safe_row
from ..translation import tr
from .compute import MonitoringResult
from .periods import MonitoringError


def csv_text(value: Any) -> str:
    """A cell as text: blank for missing, whole numbers without ``.0``, other numbers unrounded (to
    nine decimals)."""
    if value is None:
        return ""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalars
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        # Nine decimals drop binary noise (1744.5500000000002) and round no real figure.
        value = round(value, 9)
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def write_summary_csvs(
    result: MonitoringResult, folder: str, store=None, parameter: str = "OUTPUT_FOLDER"
) -> Dict[str, str]:
    """Write completions_by_year.csv, site_progress.csv, requirement_progress.csv,
    five_year_supply.csv and hdt.csv into ``folder`` (made if missing); returns their paths by name.
    Refused (nothing written) when one of them would be ``store``'s file; each file is written beside
    its place and moved there when complete."""
    tables = result.tables()
    try:
        Protected(store).check_folder(folder, parameter, [name + ".csv" for name in tables])
    except OutputRefused as exc:
        raise MonitoringError(str(exc)) from None
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        why = os_error_text(exc)
        raise MonitoringError(tr("Cannot make the folder {}: {}").format(folder, why)) from None
    paths = OrderedDict()
    for name, frame in tables.items():
        path = os.path.join(folder, name + ".csv")
        try:
            with written_whole(path) as part, open(part, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(safe_row(frame.columns))
                for row in frame.itertuples(index=False, name=None):
                    writer.writerow(safe_row(csv_text(v) for v in row))
        except OSError as exc:
            raise MonitoringError(tr("Could not write {}: {}").format(path, os_error_text(exc))) from None
        paths[name] = path
    return paths
