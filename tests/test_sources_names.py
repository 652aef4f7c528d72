"""What counts as an article, how articles are titled and named in citations, which names a
corpus mentions, and example questions: the pure parts, on text written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from index.cli.render import answer_json, answer_text
from index.folder import DocMeta, is_article, list_articles
from index.retrieval.articles.examples import candidate_questions
from index.retrieval.articles.labels import name_answer, source_names
from index.retrieval.mentions import Vocabulary, is_foreign, names_in
from index.sources import parse_document, slug_topic
from index.text import lede_title, short_title
from index.types import Answer, AnswerSentence, Citation, Document, Quote


def test_folder_notes_and_hidden_files_are_not_articles(tmp_path: Path) -> None:
    for name in (
        "a.txt",
        "b.md",
        "README.md",
        "readme.txt",
        "LICENSE.txt",
        "CHANGELOG.md",
        ".draft.txt",
        "_scratch.txt",
        "photo.png",
    ):
        (tmp_path / name).write_text("Body text of some kind.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"documents": []}', encoding="utf-8")
    assert [p.name for p, _ in list_articles(tmp_path)] == ["a.txt", "b.md"]
    assert is_article(Path("000_192c380beb5f4df8.txt")) and not is_article(Path("README"))


def test_an_untitled_article_is_titled_from_its_lede_without_the_dateline() -> None:
    text = "OSLO – The harbour board voted on Tuesday to close the northern quay for repairs.\n\nMore."
    doc = parse_document(text, DocMeta("7f3a9c2e"))
    assert doc.title == "The harbour board voted on Tuesday to close the northern…"
    assert all("7f3a9c2e" not in p.title for p in doc.paragraphs)
    assert lede_title("Short lede.") == "Short lede"


def test_manifest_outlet_unknown_is_no_outlet(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("The mayor spoke.\n", encoding="utf-8")
    manifest = {"documents": [{"file": "x.txt", "id": "x", "title": "Mayor speaks", "outlet": "unknown"}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    ((_, meta),) = list_articles(tmp_path)
    assert meta.outlet is None and meta.title == "Mayor speaks"


def test_a_file_name_is_a_topic_only_when_it_reads_as_words() -> None:
    assert slug_topic("harbour_strike_2024") == "harbour strike 2024"
    assert slug_topic("000_192c380beb5f4df8") == ""
    assert slug_topic("doc-17") == ""


def _doc(doc_id: str, title: str, outlet: str | None) -> Document:
    return Document(doc_id, title, "", "", (), outlet)


def test_labels_use_a_unique_outlet_else_a_short_title() -> None:
    docs = [
        _doc("a", "Port workers strike over pay as talks stall", "Reuters"),
        _doc("b", "Ferry service resumes after storm", "AFP"),
        _doc("c", "Ferry fares to rise in spring", "AFP"),
        _doc("d", "Mayor opens the new bridge across the river", None),
    ]
    names = source_names(docs)
    assert names["a"] == "Reuters"
    assert names["b"] == "Ferry service resumes after…" and names["c"] == "Ferry fares to rise in spring"
    assert names["d"] == short_title("Mayor opens the new bridge across the river")
    assert len(set(names.values())) == 4


def test_labels_reach_every_citation_and_the_json_contract() -> None:
    cite = Citation("b", "Ferry service resumes after storm", 3, "Boats sail.", "Boats sail.", "AFP")
    answer = Answer("q?", (AnswerSentence("Boats sail.", 0),), (cite,), abstained=False)
    named = name_answer(answer, {"b": "Ferry service resumes…"})
    assert named.citations[0].label == "Ferry service resumes… ¶3"
    out = answer_json(named)
    assert out["citations"][0]["label"] == "Ferry service resumes… ¶3"
    assert set(out["citations"][0]) >= {"doc", "title", "paragraph", "quote", "text", "label"}
    assert "[Ferry service resumes… ¶3]" in answer_text(named)


def test_names_the_corpus_never_mentions() -> None:
    vocab = Vocabulary.of(["Mayor Ilse Varga of Kestin met the port authority in Brava on Monday."])
    assert vocab.unmentioned("What did Olaf Brennan say about the port?") == ["Olaf Brennan"]
    assert vocab.unmentioned("Did Ms Varga visit Tallinn?") == ["Tallinn"]
    assert vocab.unmentioned("What did the mayor of Kestin say?") == []
    assert vocab.unmentioned("What did Varga's office say?") == []
    assert vocab.unmentioned("When did Ilse Vraga meet them?") == []  # one typo away
    # the reply reads "The articles don't mention the Harbour Guild", as the question wrote it
    assert vocab.unmentioned("What did the Harbour Guild say?") == ["the Harbour Guild"]
    assert names_in("Why did the IAEA visit?") == []  # acronyms are not checked


def test_non_latin_questions_are_foreign() -> None:
    assert is_foreign("מה אמר נתניהו?") and is_foreign("ماذا قال ترامب؟") and is_foreign("Что сказал Трамп?")
    assert not is_foreign("Qu'a dit Trump ?") and not is_foreign("???")


def test_examples_ask_about_quoted_people() -> None:
    def q(text: str, who: str | None, doc: str, kind: str = "direct") -> Quote:
        return Quote(text, who, None, "said", doc, "T", 1, 0, 1, kind=kind)  # type: ignore[arg-type]

    quotes = [
        q("Repairs start next week", "Ilse Varga", "a"),
        q("We were not consulted at all", "Piet Brand", "b"),
        q("Repairs start next week, we hope", "Ilse Varga", "a"),
        q("The quay is closed", None, "b"),
    ]
    questions = candidate_questions(quotes, 3)
    assert questions[:2] == ["What did Ilse Varga say?", "What did Piet Brand say?"]
    assert all("report?" not in x for x in questions)
    assert candidate_questions([], 3) == []


def test_acronyms_are_mentioned_when_written_or_spelt_out() -> None:
    vocab = Vocabulary.of(
        [
            "The International Maritime Organization (IMO) met in Geneva.",
            "Delegates from Public-Private Partnering schemes and veterans of World War II spoke.",
            "The U.N. sent observers.",
        ]
    )
    assert vocab.unmentioned("What did the IMO decide?") == []
    assert vocab.unmentioned("Did the International Maritime Organization meet?") == []
    assert vocab.unmentioned("Who funds a PPP?") == []  # spelt out, hyphenated
    assert vocab.unmentioned("Who fought in WWII?") == []  # a Roman numeral keeps its letters
    assert vocab.unmentioned("What did the UN say?") == []
    assert vocab.unmentioned("What did the IMO and NATO say?") == ["NATO"]
    assert vocab.unmentioned("What did the IOM decide?") == []  # two letters swapped: a typo
