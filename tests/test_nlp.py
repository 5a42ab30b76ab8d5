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


def test_line_breaks_end_sentences():
    from communique.nlp import parse

    text = "LIMA, May 2 (Agency)\n\nPeru and Chile agreed Thursday to widen trade.\nThe minister arrived (Photo: Agency)\nOn the sidelines of the summit, she met her counterpart.\n\nTalks followed"
    doc = parse(text)
    assert doc.text == text
    starts = [s.text.split()[0] for s in doc.sents]
    assert "On" in starts and "Talks" in starts and "Peru" in starts
    assert any(s.text.startswith("Peru and Chile agreed") for s in doc.sents)
    for sent in doc.sents:
        assert "\n" not in sent.text.strip()


def test_paragraph_pieces_join_back_exactly():
    from communique.nlp import paragraphs

    for text in ["", "a", "a\n", "\n\na\n\nb", "a\nb\n\n\nc  "]:
        assert "".join(paragraphs(text)) == text


def test_annotate_keeps_one_doc_per_text_in_order():
    from communique.nlp import annotate

    texts = ["First text.\n\nSecond paragraph.", "", "Third one here."]
    docs = list(annotate(texts))
    assert [d.text for d in docs] == texts
