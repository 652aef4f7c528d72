"""The two seed articles with the real model: what a reader and a journalist get out of the box.

The golden sets (tests/golden/seed_questions.jsonl, seed_quotes.jsonl) were written by reading
the articles. Floors here are what the pipeline reaches today, so a change that makes the
product worse fails; the bench (`python -m index bench --docs seeds --questions
tests/golden/seed_questions.jsonl`) prints the full figures.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bot import render, render_inline, render_welcome
from index.cli.render import answer_text
from index.engine import Engine, Turn
from index.settings import Settings
from index.types import Answer

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEEDS = REPO / "seeds"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
QUESTIONS = [json.loads(x) for x in (HERE / "golden" / "seed_questions.jsonl").read_text().splitlines() if x]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("seeds")
    docs = root / "seeds"
    shutil.copytree(SEEDS, docs)
    (docs / "README.md").write_text("# notes\nNot an article; it says “told AFP” on purpose.\n")
    settings = Settings(
        _env_file=None,
        docs_dir=docs,
        index_dir=root / "index",
        data_dir=root / "data",
        model_cache_dir=REPO / "var" / "model",
    )
    return Engine.open(settings, build=True)


@pytest.fixture(scope="module")
def answers(engine: Engine) -> dict[str, Answer]:
    """Every golden question answered as the bot would, follow-ups after their question."""
    out: dict[str, Answer] = {}
    for q in QUESTIONS:
        turn = Turn(q["after"], out.get(q["after"])) if q.get("after") else None
        out[q["q"]] = engine.ask(q["q"], turn)
    return out


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
def test_seeds_are_the_given_files_byte_for_byte() -> None:
    for given in SHARED_SEEDS.glob("*.txt"):
        assert (SEEDS / given.name).read_bytes() == given.read_bytes()


def test_exactly_the_two_articles_are_indexed_with_readable_names(engine: Engine) -> None:
    docs = engine.documents()
    assert sorted(d.doc_id for d in docs) == ["000_192c380beb5f4df8", "004_c315de4e413674e6"]
    assert {d.title for d in docs} == {
        "Trump keeps Iran talks going after Netanyahu presses for a harder line",
        "Netanyahu to press Trump for a tougher line on Iran's missiles",
    }  # from seeds/manifest.json; the README.md beside them is not an article
    answer = engine.ask("When did the 12-day war take place?")
    for c in answer.citations:
        assert not re.search(r"[0-9a-f]{12}", c.label), c.label  # never a file hash
    assert {c.label.split(" ¶")[0] for c in answer.citations} <= {"AFP", "Trump keeps Iran talks going…"}


def test_first_citation_and_abstentions_on_the_golden_set(answers: dict[str, Answer]) -> None:
    answerable = [q for q in QUESTIONS if q["doc"] is not None]
    right = 0
    for q in answerable:
        gold = {(q["doc"], q["para"]), *(tuple(x) for x in q.get("also", []))}
        a = answers[q["q"]]
        right += bool(a.citations) and (a.citations[0].doc_id, a.citations[0].paragraph) in gold
    assert right / len(answerable) >= 0.78  # measured 0.818 of 121 on 2026-11-30; the bench prints it
    unanswerable = [q for q in QUESTIONS if q["doc"] is None]
    refused = sum(answers[q["q"]].abstained for q in unanswerable)
    # 54 of 54 since abstention round 9 (45 before it on 2026-12-01, 38 on 2026-11-30),
    # among them the 14 near-topic questions a fresh reader added ("what is the range of the
    # missiles?") and the 9 a second one added ("who is Iran's foreign minister?"); 98 of 105
    # since reader round 11, whose 20 near-topic questions include 5 still answered ("why did
    # the United States join the offensive?"); 122 of 135 since reader round 12, whose 30
    # near-topic questions include 6 still answered ("what gift did Netanyahu bring Trump?");
    # 147 of 160 since reader round 13, whose 25 include 1 still answered ("who led the
    # American delegation in Oman?"); 164 of 180 since reader round 14, whose 20 include 3
    # still answered ("is Iran enriching uranium at the moment?"); 185 of 203 since reader
    # round 15, whose 22 include 2 still answered ("where will the next round be held?"); 215
    # of 232 since reader round 17, whose 28 include 2 still answered ("who mediated the
    # indirect talks in Oman?"); 272 of 287 since reader round 20, whose 28 include 3 still
    # answered ("what are the terms of the Gaza ceasefire?"); 292 of 313 since reader round 21,
    # whose 26 include 6 still answered ("which senior hamas leader was assassinated"); 309
    # of 335 since reader round 22, whose 22 include 5 still answered ("why did the United
    # States decide to join the offensive in June?"); 332 of 358 since reader round 23, whose
    # 19 include 2 still answered ("what did Trump say about the West Bank during the meeting?")
    assert refused / len(unanswerable) >= 0.90
    # proper names only: not acronyms (articles often spell them out) nor things ("oil")
    named = [q for q in QUESTIONS if q.get("missing", "")[:1].isupper() and not q["missing"].isupper()]
    assert len(named) >= 12
    for q in named:
        a = answers[q["q"]]
        assert a.abstained and a.reason == "not_mentioned", q["q"]


def test_disagreements_are_flagged_only_for_the_war_dates(answers: dict[str, Answer]) -> None:
    for q in QUESTIONS:
        for d in answers[q["q"]].disagreements:
            assert {s.value for s in d.sides} <= {"June", "July"}, (q["q"], d)
            assert "war" in d.claim
    conflicts = [q for q in QUESTIONS if q["kind"] == "conflict"]
    flagged = [q for q in conflicts if len(answers[q["q"]].disagreements) == 1]
    assert len(flagged) >= 2, [q["q"] for q in conflicts]  # 2 of 3 on 2026-11-30


def test_each_sentence_is_shown_once_and_marks_are_never_doubled(answers: dict[str, Answer]) -> None:
    for a in answers.values():
        html = render.answer_html(a)
        for s in a.sentences if a.attribution is None else ():
            assert html.count(render._e(s.text)) == 1, s.text
        assert not re.search(r"[“\"]{2}|[”\"]{2}", html)


def test_the_terminal_states_each_quoted_sentence_once_under_a_plain_verdict(engine: Engine) -> None:
    text = answer_text(engine.ask("What did Ziv say?"))
    assert text.startswith("What Ziv said (3 quotes):") and "(listed)" not in text
    body = text.split("\nSources:")[0]
    assert body.count("wants to make sure that… Trump sees that as a red line") == 1
    assert "an associate professor" in body and body.count("an associate professor") == 1
    checked = answer_text(engine.ask("Did Netanyahu say the missiles caused severe damage?"))
    assert checked.startswith("No. That was Danny Citrinowicz, not Netanyahu:")


def test_a_check_that_reverses_what_was_said_is_caught(engine: Engine) -> None:
    # the analyst said Iran is *not* ready to talk about ballistic missiles (worded afresh)
    asked = engine.ask("Did the Tehran analyst say that Iran is ready to discuss ballistics?")
    assert asked.attribution is not None and asked.attribution.verdict == "contradicts", asked.attribution
    assert "saying the opposite" in render.answer_html(asked)
    title = render_inline.inline_results(asked)[0].title.removeprefix("⚠️ ")
    assert title.startswith("No: the article has an analyst")
    faithful = engine.ask("Did the Tehran analyst say that Iran is not ready to talk ballistics?")
    assert faithful.attribution is not None and faithful.attribution.verdict == "yes"


def test_who_is_quoted_lists_the_speakers_and_no_one_is_credited_with_the_writers_words(
    engine: Engine,
) -> None:
    everyone = engine.ask("Who is quoted in the articles?")
    assert everyone.attribution is not None and everyone.attribution.kind == "who_quoted"
    text = answer_text(everyone)
    assert text.startswith("Who is quoted (") and "Guy Ziv" in text and "Danny Citrinowicz" in text
    anonymous = engine.ask("Which sources are anonymous?")
    assert anonymous.attribution is not None
    assert {q.speaker_kind for q in anonymous.attribution.quotes} == {"anonymous"}
    assert "Anonymous sources" in render.answer_html(anonymous)
    # the Tehran analyst, Israeli officials and "Analysts say …" (seed_quotes.jsonl: anonymous)
    assert render_inline.inline_results(anonymous)[0].title == "Who is quoted: 3 speakers"
    # the talks' failure is the writer's statement: no quoted speaker is named for it
    failed = engine.ask("Who is quoted saying that the talks in Oman failed?")
    assert failed.attribution is None or failed.attribution.verdict not in ("matched", "exact")


def test_speaker_follow_up_uses_the_quote_index(engine: Engine) -> None:
    first = engine.ask("What did Netanyahu want from the meeting?")
    follow = engine.ask("And what did Trump say?", Turn(first.question, first))
    assert follow.attribution is not None and follow.attribution.kind == "what_said"
    assert any("I insisted" in q.text for q in follow.attribution.quotes)


def test_unknown_people_and_other_languages_are_refused_plainly(engine: Engine) -> None:
    putin = engine.ask("What did Vladimir Putin say about the meeting?")
    assert putin.abstained and putin.missing == ("Vladimir Putin",)
    assert "don't mention Vladimir Putin" in render.answer_html(putin)
    russian = engine.ask("Что Нетаньяху хотел от встречи?")
    assert russian.abstained and russian.reason == "language"


def test_what_someone_said_is_not_answered_by_a_sentence_that_never_names_them(engine: Engine) -> None:
    # Hamas is mentioned, but no article quotes it or reports what it said
    hamas = engine.ask("What did Hamas say about the meeting?")
    assert hamas.abstained, hamas.text
    assert "I found no quotes by Hamas" in render.answer_html(hamas)
    assert answer_text(hamas).startswith("I found no quotes by Hamas in the articles.")


def test_a_count_the_articles_do_not_give_is_said_so(engine: Engine) -> None:
    troops = engine.ask("How many extra American troops have been sent to the Middle East?")
    assert troops.abstained and troops.reason == "no_value" and troops.closest is not None
    assert "don't give the number asked for" in render.answer_html(troops)


def test_a_paraphrased_misquote_is_misworded_with_the_real_words(engine: Engine) -> None:
    check = engine.check_quote("Iran's missiles caused serious damage")
    assert check.verdict == "misworded" and check.quote is not None
    assert check.quote.text.strip(" ,") == "caused severe damage"
    assert "{+severe+}" in check.rendered
    assert engine.check_quote("the ceasefire collapsed within hours").verdict == "not_found"


def test_asked_where_the_sources_disagree_the_seeds_give_the_war_date_alone(engine: Engine) -> None:
    a = engine.ask("Where do the two articles disagree?")
    assert [d.claim for d in a.disagreements] == ["Date of the 12-day war"]
    assert {s.value for s in a.disagreements[0].sides} == {"June", "July"}
    assert len(a.citations) == len({(c.doc_id, c.paragraph) for c in a.citations}) == 2


def test_a_quote_put_in_the_wrong_mouth_or_reversed_is_flagged(engine: Engine) -> None:
    wrong = engine.check_quote("Netanyahu said the missiles caused severe damage")
    assert wrong.speaker_right is False and wrong.quote is not None
    assert wrong.quote.speaker == "Danny Citrinowicz"
    reversed_ = engine.check_quote("The analyst said the Iranians are ready to talk ballistics")
    assert reversed_.speaker_right is True and reversed_.reversal is not None
    to_afp = engine.check_quote(  # the words are Guy Ziv's
        "“He wants to make sure that Trump sees that as a red line,” Horowitz told AFP"
    )
    assert to_afp.speaker_right is False and to_afp.quote is not None and to_afp.quote.speaker == "Guy Ziv"
    claim = "“The Iranians are saying we are ready to talk nuclear,” the analyst explained"
    faithful = engine.check_quote(claim)
    assert faithful.verdict == "exact" and faithful.speaker_right is True and faithful.reversal is None


def test_start_offers_examples_built_from_the_articles(engine: Engine) -> None:
    examples = engine.example_questions(3)
    assert len(examples) == 3
    for question in examples:
        assert "report?" not in question and not engine.ask(question).abstained
    text = "\n".join(render_welcome.welcome(engine.documents(), examples, "newsdesk_bot"))
    assert "AFP" in text and "outlet unknown" in text and "any language" not in text


def test_every_seed_quotation_found_gets_the_speaker_a_reader_would_name(engine: Engine) -> None:
    rows = [json.loads(x) for x in (HERE / "golden" / "seed_quotes.jsonl").read_text().splitlines() if x]
    quotes = engine.quotes()
    norm = lambda t: re.sub(r"\W+", " ", t).strip().lower()  # noqa: E731
    found = {(q.doc_id, q.paragraph, norm(q.text)): q for q in quotes}
    gold = [r for r in rows if r["kind"] != "not_quote"]
    hits = [
        (r, found[(r["doc"], r["paragraph"], norm(r["text"]))])
        for r in gold
        if (r["doc"], r["paragraph"], norm(r["text"])) in found
    ]
    assert len(hits) == len(gold)  # all 25 since issue 13 round 3 (bench-quotes prints any miss)
    for r, q in hits:
        same = (q.speaker or None) == r["speaker"]
        assert same or (q.speaker and r["speaker"] and r["speaker"] in q.speaker), r
        assert q.speaker_kind == r["speaker_type"], r  # people, offices, unnamed sources as such
    for r in rows:
        if r["kind"] == "not_quote" and r["paragraph"]:
            assert not any(
                norm(r["text"]) in norm(q.text)
                for q in quotes
                if q.paragraph == r["paragraph"] and q.doc_id == r["doc"]
            ), r


def test_a_question_framed_by_its_source_is_answered_from_that_source_s_quotes(engine: Engine) -> None:
    # worded afresh, not the golden set's questions: the behaviour, not the wording, is tested
    asked = {
        "According to Guy Ziv, what must any agreement include?": ("004_c315de4e413674e6", 18, "Guy Ziv"),
        "According to the Tehran analyst, what are the Iranians ready to talk about?": (
            "000_192c380beb5f4df8", 5, "an analyst based in Tehran"),
        "According to Netanyahu's office, what must negotiations include?": (
            "004_c315de4e413674e6", 7, "Netanyahu’s office"),
        "In Citrinowicz's view, are the missiles an existential threat to Israel?": (
            "004_c315de4e413674e6", 15, "Danny Citrinowicz"),
    }  # fmt: skip
    for question, (doc, number, speaker) in asked.items():
        a = engine.ask(question)
        assert a.attribution is not None and not a.abstained, question
        assert (a.citations[0].doc_id, a.citations[0].paragraph) == (doc, number), question
        assert {q.speaker for q in a.attribution.quotes} == {speaker}, question
    # a frame no quote is by still gets the ordinary answer
    plain = engine.ask("According to the White House, where did the leaders meet?")
    assert not plain.abstained and plain.attribution is None


def test_who_said_a_paraphrase_names_who_said_it(engine: Engine) -> None:
    for question, speaker in {
        "Who said regime change is Netanyahu's ultimate aim?": "Michael Horowitz",
        "Who said talks with Iran should go on to see if a deal can be reached?": "Donald Trump",
        "Who said Iran is ready to negotiate about its nuclear work but not about ballistic missiles?": (
            "an analyst based in Tehran"),
    }.items():  # fmt: skip
        a = engine.ask(question)
        assert a.attribution is not None and a.attribution.verdict == "matched", question
        assert a.attribution.quotes[0].speaker == speaker, question


def test_things_counted_but_never_named_are_said_to_be_unnamed(engine: Engine) -> None:
    sites = engine.ask("Which three sites did the United States bomb?")
    assert sites.abstained and sites.reason == "no_value" and sites.missing == ("names",)
    assert sites.closest is not None and sites.closest.paragraph == 22
    assert "The articles don't name them." in render.answer_html(sites)
    assert answer_text(sites).startswith("The articles don't name them.")


def test_what_a_fresh_reader_asked_the_seeds(engine: Engine) -> None:
    # the span sits in passing beside what lasted, in a passage ranked low for the question
    lasted = engine.ask("How long did Trump and Netanyahu's White House meeting last?")
    assert not lasted.abstained and "three-hour" in lasted.text
    assert (lasted.citations[0].doc_id, lasted.citations[0].paragraph) == ("000_192c380beb5f4df8", 2)
    # Hezbollah is named only as whose leaders were assassinated: nothing it said
    hezbollah = engine.ask("What has Hezbollah said about the Washington talks?")
    assert hezbollah.abstained, hezbollah.text
    # a paraphrase of a stretch of the expert's longer quotation
    check = engine.check_quote("the missiles are an existential threat to Israel")
    assert check.verdict == "misworded" and check.quote is not None
    assert check.quote.speaker == "Danny Citrinowicz" and "existential threat" in check.rendered
    assert engine.check_quote("Iran will never give up its nuclear programme").verdict == "not_found"


def test_who_commented_on_a_topic_lists_the_speakers_quoted_on_it(engine: Engine) -> None:
    answer = engine.ask("Who has commented on Iran's missile programme?")
    assert answer.attribution is not None and answer.attribution.kind == "who_on"
    speakers = {q.speaker for q in answer.attribution.quotes}
    assert len(speakers) >= 3 and "Ali Shamkhani" in speakers
    assert all("missile" in q.text or "missile" in (q.context or "") for q in answer.attribution.quotes)
    # a topic no one is quoted on gets the ordinary cited answer
    war = engine.ask("Who spoke about the 12-day war?")
    assert war.attribution is None and not war.abstained


def test_a_role_the_article_writes_before_a_name_is_asked_by_the_name(engine: Engine) -> None:
    asked = "What did the Israeli prime minister say?"
    answer = engine.ask(asked)
    assert answer.question == asked and not answer.abstained
    assert (answer.citations[0].doc_id, answer.citations[0].paragraph) == ("000_192c380beb5f4df8", 3)
