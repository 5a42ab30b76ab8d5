"""Events: lexicon (data), matcher over the dependency parse, arguments, factuality, dates, places."""
