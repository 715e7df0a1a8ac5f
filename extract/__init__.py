"""Articles in, figure and date rows out.

``tradefigures.extract.sources`` reads articles from files, pages and feeds;
``tradefigures.extract.extractor`` turns an article's text into rows.

The package is callable: ``tradefigures.extract(text, published=None)`` is
``tradefigures.api.extract``, the rows of one text as DataFrames.
"""

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, text, published=None, title=None):
        from tradefigures.api import extract

        return extract(text, published, title)


sys.modules[__name__].__class__ = _CallablePackage
