"""Articles in, figure and date rows out.

``tradefigures.extract.sources`` reads articles from files, pages and feeds;
``tradefigures.extract.extractor`` turns an article's text into rows.

The function ``tradefigures.extract(text)`` is ``tradefigures.api.extract``; this
package is where it finds its extractor.
"""
