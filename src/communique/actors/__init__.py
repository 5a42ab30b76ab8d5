"""Actors: gazetteers (data files), resolution of mentions, in-article coreference."""
