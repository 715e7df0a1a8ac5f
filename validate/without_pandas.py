"""Import pandera's polars API without its pandas one, for a command that starts fast.

`import pandera` imports pandas and numpy whenever they are installed (the test extra
installs them), and hypothesis for its data synthesis: about half a second of a command
whose whole budget is three times `import polars`. Pandera supports a polars-only
install: when importing numpy or pandas fails with "No module named ...", it leaves
out its pandas API and keeps the polars one whole; without hypothesis it only cannot
synthesise data. `import_pandera` makes the three look absent while pandera and its
polars backend load; validation does not need them.
"""

from __future__ import annotations

import importlib
import importlib.abc
import sys

HIDDEN = ("numpy", "pandas", "hypothesis")


class _Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return None


def import_pandera() -> None:
    """Load `pandera.polars` without pandas, numpy or hypothesis, unless something already
    loaded one of them or pandera (then there is little left to save). Later imports of
    the three work as usual."""
    if "pandera" in sys.modules or any(m in sys.modules for m in HIDDEN):
        return
    polars = importlib.import_module("polars")  # it decides on its own what is installed
    finder = _Hide()
    sys.meta_path.insert(0, finder)
    try:
        pa = importlib.import_module("pandera.polars")
        # The first check looks up its backend, which registers the polars backends
        # and tries pandas' once: both import more of pandera, so do it now.
        pa.Check.get_backend(polars.LazyFrame())
    finally:
        sys.meta_path.remove(finder)
