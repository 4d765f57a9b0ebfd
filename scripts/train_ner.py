"""Train the German name tagger on GermEval 2014 and write src/lagebild/ner/data/de.npz.

    .venv/bin/python scripts/train_ner.py [--epochs 12] [--tune]

Prints exact-span P/R/F1 on the held-out split (the last 1,000 sentences of NER-de-test.tsv).
"""

import sys

from lagebild.ner.train import main

if __name__ == "__main__":
    sys.exit(main())
