# ruff: noqa: E501
"""Constructed wire-style articles (fictional people and places) used by the unit tests."""

from __future__ import annotations

import json
from pathlib import Path

from index.attribution.answers.answer import answer_attribution
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.folder import DocMeta
from index.retrieval.lexical import TermWeights, document_frequencies
from index.sources import parse_document
from index.types import Answer, Document

# The same articles are files in tests/fixtures/corpus, the corpus of the retrieval tests.
_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"

GENEVA = (_CORPUS / "geneva.txt").read_text(encoding="utf-8")


def doc(text: str, doc_id: str = "geneva", outlet: str | None = "AFP") -> Document:
    return parse_document(text, DocMeta(doc_id, None, outlet))


def ask_about(text: str, question: str) -> Answer:
    """An attribution question answered from the quotes of the one article `text`, as the
    engine routes it (with the article's term weights)."""
    d = doc(text, "t")
    paragraphs = [p.text for p in d.paragraphs]
    weigh = TermWeights(document_frequencies(paragraphs), len(paragraphs)).weigh
    query = parse_attribution_question(question)
    assert query is not None
    by_key = {("t", p.number): p for p in d.paragraphs}
    return answer_attribution(question, query, extract_quotes(d), by_key, weigh=weigh)


HARBOUR = (_CORPUS / "harbour.txt").read_text(encoding="utf-8")

SUMMIT = (_CORPUS / "summit.txt").read_text(encoding="utf-8")

ARTICLES = {"geneva.txt": GENEVA, "harbour.txt": HARBOUR, "summit.txt": SUMMIT}


def write_corpus(docs_dir: Path) -> Path:
    """Write the articles above (ids geneva/harbour/summit, outlet AFP) into `docs_dir` for an Engine."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, text in ARTICLES.items():
        (docs_dir / name).write_text(text, encoding="utf-8")
        manifest.append({"file": name, "id": name.removesuffix(".txt"), "outlet": "AFP"})
    (docs_dir / "manifest.json").write_text(json.dumps({"documents": manifest}), encoding="utf-8")
    return docs_dir
