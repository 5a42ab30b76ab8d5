"""Hand-built spaCy Docs for actor tests: no trained model needed."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def vocab():
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture
def make_doc(vocab):
    """Build a parsed Doc from sentences of whitespace-separated words.

    Each sentence's first word is its root and every other word hangs from it with dep "dep";
    ``deps`` overrides labels by global token index ({i: "nsubj"}); ``persons`` lists (start, end)
    token spans labelled PERSON; ``lemmas`` overrides lemmas ({0: "say"}; default: the lower-cased word).
    """
    from spacy.tokens import Doc

    def build(sentences, deps=None, persons=(), lemmas=None):
        words, heads, labels = [], [], []
        for sentence in sentences:
            root = len(words)
            for k, word in enumerate(sentence.split()):
                words.append(word)
                heads.append(root)
                labels.append("ROOT" if k == 0 else "dep")
        for i, label in (deps or {}).items():
            labels[i] = label
        ents = ["O"] * len(words)
        for start, end in persons:
            ents[start] = "B-PERSON"
            for i in range(start + 1, end):
                ents[i] = "I-PERSON"
        lemma_list = [w.lower() for w in words]
        for i, lemma in (lemmas or {}).items():
            lemma_list[i] = lemma
        return Doc(vocab, words=words, heads=heads, deps=labels, ents=ents, lemmas=lemma_list)

    return build


@pytest.fixture
def article():
    from communique.model import Article

    def build(doc, **kw):
        return Article(doc_id=kw.pop("doc_id", "t"), body=doc.text, **kw)

    return build
