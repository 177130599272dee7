"""A page type used only by the benchmarks: a lesson's body on a plain Wagtail page."""
