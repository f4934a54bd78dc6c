"""What the GUI calls: the panel's data, connecting, fixes and undo, as plain job functions of core.

Each job takes `(progress, cancel)` last (bind the rest with functools.partial), runs on a worker thread and
returns plain data, so the same calls serve the window, `screenshot` and the benchmarks. The layer sits above
core's refresh, diagnosis, fixes and report, and below the CLI and the GUI (pyproject's import contracts).
"""
