"""Speed and memory benchmarks of the SDK (``make bench``)."""
