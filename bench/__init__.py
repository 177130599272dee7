"""Benchmarks: `make bench` and `make bench-quick` (see docs/performance.md)."""
