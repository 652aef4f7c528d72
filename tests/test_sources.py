from __future__ import annotations

import json
from pathlib import Path

from index.folder import DocMeta, doc_id_from_name, list_articles
from index.sources import parse_document, read_document
from index.store.build import embedded_texts

WRAPPED = """Kestin approves rail link

KESTIN (Wire) - The assembly on Monday approved a
rail line to the coast, ending years of
disputes.

The line will cut the journey to 85 minutes,
the ministry said.

– Wetlands at risk –

Groups say the route crosses the wetlands.

mer-lk/ab
"""

PER_LINE = """Drought cuts harvest
The harvest fell by a quarter this year.
Bakers raised the price of bread.
## Water rationing
Farmers may irrigate on two days a week.
By Anna Berg
"""


def test_wrapped_blocks_become_paragraphs_with_offsets() -> None:
    doc = parse_document(WRAPPED, DocMeta("rail", outlet="Wire"))
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "KESTIN (Wire) - The assembly on Monday approved a rail line to the coast, ending years of disputes.",
        "The line will cut the journey to 85 minutes, the ministry said.",
        "Groups say the route crosses the wetlands.",
    ]
    first = doc.paragraphs[0]
    assert WRAPPED[first.start : first.end].startswith("KESTIN (Wire)")
    assert WRAPPED[first.start : first.end].endswith("disputes.")


def test_title_crosshead_and_slug_are_not_citable() -> None:
    doc = parse_document(WRAPPED, DocMeta("rail"))
    assert doc.title == "Kestin approves rail link"
    assert [p.number for p in doc.paragraphs] == [1, 2, 3]
    assert [p.section for p in doc.paragraphs] == [None, None, "Wetlands at risk"]
    assert all("mer-lk" not in p.text for p in doc.paragraphs)


def test_one_paragraph_per_line_with_markdown_heading_and_byline() -> None:
    doc = parse_document(PER_LINE, DocMeta("harvest"))
    assert doc.title == "Drought cuts harvest"
    assert [(p.number, p.section, p.text) for p in doc.paragraphs] == [
        (1, None, "The harvest fell by a quarter this year."),
        (2, None, "Bakers raised the price of bread."),
        (3, "Water rationing", "Farmers may irrigate on two days a week."),
    ]


def test_hashes_are_stable_and_content_dependent() -> None:
    a = parse_document(PER_LINE, DocMeta("h"))
    b = parse_document(PER_LINE, DocMeta("h"))
    c = parse_document(PER_LINE.replace("quarter", "third"), DocMeta("h"))
    assert [p.hash for p in a.paragraphs] == [p.hash for p in b.paragraphs]
    assert a.paragraphs[0].hash != c.paragraphs[0].hash
    assert a.paragraphs[1].hash == c.paragraphs[1].hash
    assert a.hash != c.hash


def test_manifest_sets_id_title_and_outlet(tmp_path: Path) -> None:
    (tmp_path / "a b.txt").write_text("Only paragraph here, long enough to be body text.\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "manifest.json").write_text(
        json.dumps({"documents": [{"file": "a b.txt", "id": "story", "title": "A story", "outlet": "AFP"}]})
    )
    [(path, meta)] = list_articles(tmp_path)
    doc = read_document(path, meta)
    assert (doc.doc_id, doc.title, doc.outlet) == ("story", "A story", "AFP")
    assert doc.paragraphs[0].label == "AFP ¶1"


def test_file_names_make_safe_ids() -> None:
    assert doc_id_from_name("../../etc/passwd") == "passwd"
    assert doc_id_from_name("My Article (v2).txt") == "my-article-v2"
    assert doc_id_from_name("...") == "doc-ab5df625"  # nothing to slug: a hash keeps ids apart


def test_sentences_are_embedded_after_the_title() -> None:
    text = "Dam Opens After Delay\n\nThe dam opened on Monday. It cost 2 billion."
    titled = parse_document(text, DocMeta("dam")).paragraphs[0]
    assert embedded_texts(titled) == [
        "Dam Opens After Delay: The dam opened on Monday.",
        "Dam Opens After Delay: It cost 2 billion.",
    ]
    untitled = parse_document("The dam opened on Monday. It cost 2 billion.", DocMeta("dam")).paragraphs[0]
    # no title line: readers see a title made from the lede (never the id or the file name);
    # the encoder gets no title rather than the lede again
    assert untitled.title == "The dam opened on Monday" and embedded_texts(untitled) == [
        "The dam opened on Monday.",
        "It cost 2 billion.",
    ]
    slugged = parse_document("The dam opened on Monday.", DocMeta("d"), slug="dam_opening").paragraphs[0]
    assert slugged.title == "The dam opened on Monday"
    assert embedded_texts(slugged) == ["dam opening: The dam opened on Monday."]
    hashed = parse_document("The dam opened on Monday.", DocMeta("d"), slug="000_192c38").paragraphs[0]
    assert embedded_texts(hashed) == ["The dam opened on Monday."]


def test_the_extraction_digest_covers_every_module_extraction_loads() -> None:
    """A module split off the quote extractor changes the digest (and so re-extracts quotes)
    without anyone listing it: every `index` module that loading the extractor imports is in."""
    import subprocess
    import sys

    from index.sources import extraction_modules

    code = (
        "import sys, index.attribution.extraction.extract, index.sources\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith('index.')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    index = Path(__file__).parents[1] / "index"
    files = {m.removeprefix("index.").replace(".", "/") + ".py" for m in loaded.split()}
    extraction = {f for f in files if f.startswith("attribution/") and (index / f).is_file()}  # no packages
    assert extraction and not extraction - set(extraction_modules())


def test_the_extraction_digest_covers_the_learned_models_weights() -> None:
    """Retrained speaker models change which speaker a quote gets, so an index built with the
    old weights must re-extract its quotes: every weights file beside the extractor counts."""
    from index.sources import extraction_modules

    index = Path(__file__).parents[1] / "index"
    weights = {str(p.relative_to(index)) for p in (index / "attribution").rglob("*.json")}
    assert {"attribution/speakers/speaker_weights.json", "attribution/speakers/nocue_weights.json"} <= weights
    assert weights <= set(extraction_modules())
