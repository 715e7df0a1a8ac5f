"""How hard a run tries its web sources by default, apart from the code that fetches
(which imports httpx): the command line shows these defaults without paying for it."""

# Retries after the first attempt, and the first retry's delay in seconds, doubling
# after each.
RETRIES, RETRY_DELAY = 2, 2.0
# Seconds to connect and for each read.
TIMEOUT = 20.0
