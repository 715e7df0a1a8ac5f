"""Orchestration: the Prefect flows and the `tradefigures` command line.

Nothing here reads or writes data itself: a flow is a short sequence of tasks, each
wrapping one library call, and each command is one library call and a printout.
"""
