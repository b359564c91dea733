"""claimcheck benchmarks: quality and speed, against peers and the limit (see README.md)."""
