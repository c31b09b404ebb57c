"""Benchmarks: measured quality and speed of the pure parsers, run with `python -m bench.<name>`."""
