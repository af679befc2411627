"""One module per official format: raw file -> tidy rows, nothing else."""
