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
