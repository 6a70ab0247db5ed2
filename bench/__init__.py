"""Benchmarks: quality (with ground truth) and speed, run by hand, never by the test suite."""
