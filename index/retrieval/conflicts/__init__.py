"""Disagreements between articles: typed fact values in sentences, different values for the
same fact (and only then), questions about whether the sources disagree, and the stories
(articles about one event) that disagreements may be drawn between."""
