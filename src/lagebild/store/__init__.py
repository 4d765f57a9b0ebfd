"""Storage of analysed articles and of every input's status."""
