from communique.nlp import normalise_quotes


def test_quote_normalisation_keeps_length():
    text = "Việt Nam’s “comprehensive” partnership — with Chile"
    out = normalise_quotes(text)
    assert len(out) == len(text)
    assert "’" not in out and "“" not in out and "—" not in out


def test_curly_apostrophe_does_not_make_entities(nlp):
    doc = nlp(normalise_quotes("Việt Nam’s achievements impressed Chile’s president."))
    for ent in doc.ents:
        assert not ent.text.startswith("'"), ent.text
        assert not ent.text.startswith("’"), ent.text


def test_line_breaks_end_sentences(nlp):
    from communique.nlp import normalise_quotes

    text = "The minister arrived in Lima (Photo: Agency)\nOn the sidelines of the summit, she met her counterpart.\n\nTalks followed"
    doc = nlp(normalise_quotes(text))
    starts = [s.text.split()[0] for s in doc.sents]
    assert "On" in starts and "Talks" in starts
    for sent in doc.sents:
        assert "\n" not in sent.text.strip()
