#!/usr/bin/env python3
"""Writes Knowledge/Retrieval/Lexicon/synonyms.txt from WordNet 3.0 (Debian: apt-get install wordnet-base).

Only a word's most frequent sense counts (WordNet lists senses by how often they were tagged in SemCor), and only a
single word of three letters or more (no symbol: "cr" for "chromium") that shares that sense as its own most frequent
one is its synonym: "injured" and "wounded", "begin" and "commence", not "close" and "near" (the sense they share is
not the verb's usual one). An adjective also takes the adjectives WordNet calls similar to it ("injured": "hurt"),
when their clusters are small; a big cluster ("large": "huge", "heroic", …) is too loose. Words never tagged in SemCor
are left out. Run it from the repository root:

    python3 tools/wordnet/synonyms.py /usr/share/wordnet > Knowledge/Retrieval/Lexicon/synonyms.txt
"""
import collections
import os
import re
import sys

POS = {"n": "noun", "v": "verb", "a": "adj"}
MAX_CLUSTER = 6  # an adjective's similar-to cluster larger than this is too loose to stand for the word


def read(folder):
    index, data = {}, {}
    for p, name in POS.items():
        for line in open(os.path.join(folder, "index." + name), encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split()
            pointers = int(f[3])
            index[(f[0], p)] = (f[6 + pointers:], int(f[5 + pointers]))
        for line in open(os.path.join(folder, "data." + name), encoding="latin-1"):
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            count = int(f[3], 16)
            words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(count)]
            k = 4 + 2 * count
            similar = [f[k + 2 + 4 * i] for i in range(int(f[k])) if f[k + 1 + 4 * i] == "&"]
            data[(f[0], p)] = (words, similar)
    return index, data


def synonyms(index, data):
    found = collections.defaultdict(set)
    for (lemma, p), (senses, tagged) in index.items():
        if not lemma.isalpha() or len(lemma) < 3 or tagged == 0:
            continue
        usual = senses[0]
        words, similar = data[(usual, p)]
        candidates = {(w, usual) for w in words}
        if p == "a" and len(similar) <= MAX_CLUSTER:
            candidates |= {(w, offset) for offset in similar for w in data[(offset, "a")][0]}
        for word, offset in candidates:
            other = index.get((word, p))
            if word == lemma or not word.isalpha() or len(word) < 3 or other is None or other[1] == 0:
                continue
            own = other[0][0]
            # the sense they share is the other word's usual one too, or its usual sense is similar to this word's
            if own == offset and (offset == usual or usual in data[(own, "a")][1]):
                found[lemma].add(word)
    # synonymy goes both ways: "hurt" for "injured" as "injured" for "hurt"
    for word, others in list(found.items()):
        for other in others:
            found[other].add(word)
    return found


def main():
    index, data = read(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    print("# Synonyms from WordNet 3.0, written by tools/wordnet/synonyms.py: a word, a tab, its synonyms.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS")
    print("# PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.")
    print("# (WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use)")
    for word, others in sorted(synonyms(index, data).items()):
        print(word + "\t" + " ".join(sorted(others)))


if __name__ == "__main__":
    main()
