"""The store's schema as numbered migrations, applied in order, each in its own transaction.

A database records the steps it has in ``schema_version``; opening it applies the missing ones.
Never edit a released step: add a new one. JSON-shaped values (event records, actor lists) are
kept as JSON text next to the columns that queries filter on.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, sentences, mentions, actors, events, stories", """
CREATE TABLE articles (
    doc_id VARCHAR PRIMARY KEY,
    hash VARCHAR UNIQUE NOT NULL,
    seq BIGINT NOT NULL,
    title VARCHAR,
    published VARCHAR,
    published_inferred BOOLEAN,
    outlet VARCHAR,
    byline VARCHAR,
    dateline VARCHAR,
    language VARCHAR,
    url VARCHAR,
    body VARCHAR NOT NULL,
    captions VARCHAR,
    source_path VARCHAR,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (doc_id, sentence_index)
);
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    mention_index INTEGER NOT NULL,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    sentence_index INTEGER,
    how VARCHAR,
    actor_name VARCHAR,
    actor_kind VARCHAR,
    country VARCHAR,
    actor VARCHAR,
    members VARCHAR,
    PRIMARY KEY (doc_id, mention_index)
);
CREATE TABLE actors (
    name VARCHAR PRIMARY KEY,
    kind VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    title VARCHAR,
    aliases VARCHAR,
    learned VARCHAR,
    first_seen VARCHAR,
    last_seen VARCHAR,
    n_mentions INTEGER DEFAULT 0
);
CREATE TABLE actor_titles (
    name VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    date VARCHAR,
    PRIMARY KEY (name, title, doc_id)
);
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    merged_id VARCHAR,
    record VARCHAR NOT NULL
);
CREATE TABLE merged_events (
    merged_id VARCHAR PRIMARY KEY,
    story_id VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    cameo VARCHAR,
    quad INTEGER,
    date VARCHAR,
    status VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    source_name VARCHAR,
    target_name VARCHAR,
    countries VARCHAR,
    search_text VARCHAR,
    n_articles INTEGER,
    n_sources INTEGER,
    first_seen VARCHAR,
    last_seen VARCHAR,
    seq BIGINT,
    record VARCHAR NOT NULL
);
CREATE TABLE event_sources (
    merged_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    PRIMARY KEY (merged_id, event_id)
);
CREATE TABLE agreements (
    agreement_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    merged_id VARCHAR,
    record VARCHAR NOT NULL
);
CREATE TABLE merged_agreements (
    merged_id VARCHAR PRIMARY KEY,
    story_id VARCHAR,
    instrument_type VARCHAR,
    date VARCHAR,
    status VARCHAR,
    countries VARCHAR,
    n_sources INTEGER,
    seq BIGINT,
    record VARCHAR NOT NULL
);
CREATE TABLE agreement_sources (
    merged_id VARCHAR NOT NULL,
    agreement_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    PRIMARY KEY (merged_id, agreement_id)
);
CREATE TABLE facts (
    doc_id VARCHAR NOT NULL,
    fact_index INTEGER NOT NULL,
    dyad_a VARCHAR NOT NULL,
    dyad_b VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    value VARCHAR,
    date VARCHAR,
    sentence_index INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    PRIMARY KEY (doc_id, fact_index)
);
CREATE TABLE stories (
    story_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    first_date VARCHAR,
    last_date VARCHAR,
    n_articles INTEGER
);
CREATE TABLE story_articles (
    story_id VARCHAR NOT NULL,
    doc_id VARCHAR PRIMARY KEY,
    duplicate_of VARCHAR,
    similar_to VARCHAR,
    score DOUBLE
);
"""),
    (2, "clustering features and term document frequencies; query indexes", """
CREATE TABLE article_features (
    doc_id VARCHAR PRIMARY KEY,
    published VARCHAR,
    seq BIGINT,
    features VARCHAR NOT NULL
);
CREATE TABLE term_df (
    term VARCHAR PRIMARY KEY,
    df INTEGER NOT NULL
);
CREATE INDEX merged_events_story ON merged_events (story_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX facts_dyad ON facts (dyad_a, dyad_b);
"""),
    (3, "store_meta: term frequencies are written in batches, up to the article seq noted here", """
CREATE TABLE store_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
INSERT INTO store_meta SELECT 'df_seq', CAST(coalesce(max(seq), 0) AS VARCHAR) FROM articles
"""),
]

LATEST = MIGRATIONS[-1][0]
