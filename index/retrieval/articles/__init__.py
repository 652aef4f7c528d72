"""Questions and labels about the articles as a whole: short citation labels, example questions,
overviews ("what is this about?", "who published it?"), "tell me more", and questions after
one outlet ("according to AFP, …")."""
