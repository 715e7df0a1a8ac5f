"""The benchmark (`make bench`, docs/benchmarks.md): a synthetic corpus generator and
the measurements run over it. Development tooling, not part of the installed package."""
