"""Attribution rules for constructions found on real news (issues 11 and 13).

Fictional sentences written for these tests: each checks one construction, never the
article it was found in.
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.marks import find_quote_spans
from index.attribution.extraction.titles import is_nickname
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(*paragraphs)]


def test_role_then_appositive_name_after_according_to() -> None:
    q, said = _quotes(
        "The port will stay “fully open,” according to a deputy to the harbour master, "
        "Lene Brandt, who said the cranes were insured."
    )
    assert (q.text, q.speaker, q.speaker_kind) == ("fully open", "Lene Brandt", "person")
    assert (said.text, said.speaker, said.kind) == ("the cranes were insured", "Lene Brandt", "indirect")
    # the relative clause tells what she did, not who she is: the detail is her role alone
    assert q.speaker_detail == "a deputy to the harbour master"
    assert q.speaker_detail is not None and "deputy to the harbour master" in q.speaker_detail


def test_according_to_at_the_start_still_ends_at_the_comma() -> None:
    (q,) = _quotes("According to the ministry, the bridge is “safe for now.”")
    assert q.speaker == "the ministry"


def test_inanimate_subject_adding_a_noun_object_is_not_speech() -> None:
    got = _quotes(
        "The drought in the valley, worsened by a hot spring, adds another burden to the farmers’ year."
    )
    assert got == []


def test_noun_warning_inside_a_reported_clause_is_not_a_cue() -> None:
    got = _quotes(
        "Coastal engineers argue that the dyke could fail with little warning and also flood "
        "the lower town within hours."
    )
    assert [(q.speaker, q.kind) for q in got] == [("Coastal engineers", "indirect")]
    assert got[0].text.endswith("within hours")


def test_cue_less_paragraph_continues_the_speaker_of_the_previous_quote() -> None:
    got = _speakers(
        "“The ice came early,” said Pia Halvorsen, a glaciologist at the Nordby institute.",
        "“We had no time to move the sensors.”",
        "The stations were “badly damaged,” said Olav Strand, a technician at the same institute.",
        "“Some of them will not be repaired before summer.”",
    )
    assert [s for _, s in got] == ["Pia Halvorsen", "Pia Halvorsen", "Olav Strand", "Olav Strand"]


def test_lowercase_role_words_and_capitals_before_an_inverted_name() -> None:
    (q,) = _quotes("“The count was honest,” said former Harlow election officer Nina Carr.")
    assert (q.speaker, q.speaker_detail) == ("Nina Carr", "former Harlow election officer")


def test_party_tag_in_parentheses_before_the_verb() -> None:
    (q,) = _quotes("“This bill is dead,” Sen. Tom Avery (R-Ore.) said.")
    assert q.speaker == "Tom Avery"


def test_demonstrative_description_as_subject() -> None:
    (q,) = _quotes("“I never lose,” this veteran chess hustler declared in the park.")
    assert q.speaker == "this veteran chess hustler"


def test_when_asked_is_not_the_speakers_cue() -> None:
    (q,) = _quotes("Maria Holt, when asked about the delay, responded that the trains “run when they can.”")
    assert q.speaker == "Maria Holt"


def test_quote_without_a_speech_verb_takes_the_sentence_subject() -> None:
    (q,) = _quotes("Governor Ruth Amsel praised the volunteers for their “quiet courage” on Friday.")
    assert q.speaker == "Ruth Amsel"


def test_scare_quote_in_a_plain_statement_has_no_speaker() -> None:
    # round 7: a scare quote is no quote at all (tests/test_scare_quotes.py)
    quotes = _quotes("The new approach reflects a policy of “managed retreat” along the coast.")
    assert not any(q.speaker for q in quotes)


def test_a_sentence_adverb_is_not_a_person_for_a_later_pronoun() -> None:
    got = _speakers(
        "“We will rebuild,” said Mayor Ilse Varga.",
        "Still, the council has not voted. “Nothing is decided yet,” she said.",
    )
    assert got[-1] == ("Nothing is decided yet", "Ilse Varga")


def test_quote_ending_in_a_question_mark_then_a_short_cue_sentence() -> None:
    got = _speakers("“Have we started on the budget?” Holm replied. “Yes, we have.”")
    assert got == [("Have we started on the budget?", "Holm"), ("Yes, we have.", "Holm")]


def test_name_of_an_institution_after_an_inverted_cue() -> None:
    (q,) = _quotes('"It was a long shot," said Stefan Varga of the University of Northland.')
    assert (q.speaker, q.speaker_detail) == ("Stefan Varga", "of the University of Northland")


def test_cue_verb_read_as_a_noun_after_that_or_a_determiner() -> None:
    (q,) = _quotes("Olga Brenn said on Thursday that states can set their own rules because “voters decide.”")
    assert q.speaker == "Olga Brenn"


def test_paragraph_ending_in_a_cue_and_a_colon_introduces_the_next_quote() -> None:
    got = _speakers("Dr. Imre Fall stated:", "“The clinic is not a business. It is a service.”")
    assert got[-1][1] == "Imre Fall"


def test_lowercase_role_words_inside_a_sentence_opening_name() -> None:
    (q,) = _quotes(
        'Republican presidential hopeful Mark Tollen defended his aide as a "very decent man" on Tuesday.'
    )
    assert (q.speaker, q.speaker_detail) == ("Mark Tollen", "Republican presidential hopeful")


def test_opening_participle_clause_or_adverb_is_not_the_subject() -> None:
    got = _speakers(
        "“We will see,” said Senator Ana Bray.",
        'Kicking off the day in Salem, Tollen Marr accused Bray of being "too cautious" on taxes.',
        'Moreover, Marr cited a report that "less than one percent" of the funds were spent.',
    )
    assert [s for _, s in got] == ["Ana Bray", "Tollen Marr", "Tollen Marr"]


def test_gerund_aside_between_the_name_and_the_verb() -> None:
    (q,) = _quotes(
        "Circuit Judge Dana Melk, writing for the majority in the 2-1 ruling, said the period “is generous.”"
    )
    assert q.speaker == "Dana Melk"


def test_more_gerund_cues_take_the_sentence_subject() -> None:
    (q,) = _quotes("Ola Brandt celebrated in Lund with supporters, declaring it “another good night for us.”")
    assert q.speaker == "Ola Brandt"


def test_infinitive_of_a_cue_verb_is_not_a_cue() -> None:
    (q,) = _quotes(
        'Nance said she wants Tollen to explain his stance because there is "no question" he is right.'
    )
    assert q.speaker == "Nance"


def test_subject_after_but_even_as() -> None:
    (q,) = _quotes(
        "But even as Tollen claimed on Tuesday that “the rules were broken,” his aides stayed silent."
    )
    assert q.speaker == "Tollen"


def test_cue_without_a_subject_of_its_own_takes_the_sentence_subject() -> None:
    got = _speakers(
        "Mira Bosch referred to Anton as “a bright leader” but described his plan as a “work in progress.”"
    )
    assert [s for _, s in got] == ["Mira Bosch", "Mira Bosch"]


def test_relative_clause_after_an_inverted_speaker() -> None:
    (q,) = _quotes(
        '"It was all lies," said one owner of a shoe shop who declined to be named for fear of trouble.'
    )
    assert (q.speaker, q.speaker_kind) == ("one owner of a shoe shop", "anonymous")


def test_subordinate_clause_between_the_quote_and_an_inverted_cue() -> None:
    (q,) = _quotes(
        '"Many would call that a defeat for Lena Ruiz" if she loses by ten points, said Tom Ekberg, '
        "an analyst at the Nordic Poll."
    )
    assert q.speaker == "Tom Ekberg"


def test_opening_past_participle_phrase_is_not_the_subject() -> None:
    (q,) = _quotes('Based on the memo, Kai Lund said the plan was "dead on arrival."')
    assert q.speaker == "Kai Lund"


def test_exclaimed_is_a_cue() -> None:
    (q,) = _quotes("“Oh, my God,” a young woman exclaimed upon seeing him.")
    assert q.speaker == "a young woman"


def test_question_quote_then_a_longer_cue_sentence() -> None:
    (q,) = _quotes(
        "“You think I will change?” Lund asked reporters rhetorically during a news conference last month."
    )
    assert q.speaker == "Lund"


def test_name_right_after_a_quote_with_a_verb_that_is_not_a_cue() -> None:
    got = _speakers(
        "“We are ready,” said Mayor Ilse Varga.",
        "“If they were serious, they would have called us,” Pia Toom fumed on Tuesday.",
    )
    assert got[-1][1] == "Pia Toom"


def test_colon_takes_the_subject_of_the_last_clause() -> None:
    (q,) = _quotes("The crowd cheers, and then Ruud Wallen continues: “This man will prosper.”")
    assert q.speaker == "Ruud Wallen"


def test_dateline_is_not_the_subject() -> None:
    (q,) = _quotes(
        "OSLO, May 4 (NTB) — The Harbour Board released a statement on Monday, offering “a sincere apology” "
        "to the ferry crews."
    )
    assert q.speaker == "the Harbour Board"


def test_a_statement_reads() -> None:
    got = _quotes(
        "According to a statement from her office, Mayor Ilse Varga stressed the city’s needs in the talks. "
        "“Protecting the harbour comes first,” the statement read."
    )
    direct = [q for q in got if q.kind == "direct"]
    assert [(q.speaker, q.speaker_kind) for q in direct] == [("Ilse Varga’s office", "office")]


def test_a_person_reads_is_not_a_cue() -> None:
    got = _quotes("Tomas Berg read the letter aloud. “It is a sad day,” said Anna Lind.")
    assert [q.speaker for q in got] == ["Anna Lind"]


def test_words_ending_in_a_comma_between_quote_and_inverted_cue() -> None:
    (q,) = _quotes(
        '"The funds are gone. They have no choice" but to cut the ads, says Eva Tran, a consultant in Lund.'
    )
    assert q.speaker == "Eva Tran"


def test_circumstance_after_an_inverted_speaker_is_cut() -> None:
    (q,) = _quotes('"Watch the vote," said former executive Carla Fenn during the second debate, smiling.')
    assert q.speaker == "Carla Fenn"


def test_sentence_adverb_before_the_subject_and_its_appositive() -> None:
    (q,) = _quotes(
        "Still, Petra Holm, who doubts the plan, called the new law “much, much better” than the old one."
    )
    assert q.speaker == "Petra Holm"


def test_place_closing_an_opening_participle_phrase_is_not_the_subject() -> None:
    (q,) = _quotes(
        "Speaking at a town hall in Salem, New Lund, Ivo Marr went after Bray, calling him “a total stiff.”"
    )
    assert q.speaker == "Ivo Marr"


def test_according_to_without_a_speaker_does_not_win_over_the_main_cue() -> None:
    (q,) = _quotes(
        "Win Ostra, a party official, said Tuesday that according to its tally the party had won, "
        'but "we are still counting the seats."'
    )
    assert q.speaker == "Win Ostra"


def test_verb_with_an_object_is_not_an_inverted_cue() -> None:
    got = _speakers(
        'Jon Roff, who puts his costs "in the seven figures," described the ordeal as "draining. '
        'It really wears you down," he said.'
    )
    assert got[-1] == ("draining. It really wears you down", "Jon Roff")


def test_relative_that_before_a_colon_is_not_the_subject() -> None:
    (q,) = _quotes(
        "Mayor Ilse Varga shared a message from her adviser, Tom Reyes, that read: “The harbour stays open.”"
    )
    assert q.speaker == "Ilse Varga"


def test_speaker_carried_after_an_inverted_adds_with_a_role() -> None:
    got = _speakers(
        '"People cope in different ways," adds psychologist Ana Ruiz.',
        '"Some never talk about it," she says.',
    )
    assert [s for _, s in got] == ["Ana Ruiz", "Ana Ruiz"]


def test_named_spokesman_in_a_with_phrase_wins_over_the_organisation() -> None:
    (q,) = _quotes(
        'The campaign declined to comment, with spokesman Tom Reyes saying, "We have nothing to add."'
    )
    assert (q.speaker, q.speaker_detail) == ("Tom Reyes", "spokesman")


def test_verb_first_with_a_time_clause_after_the_name() -> None:
    (q,) = _quotes('"It was a good night," said Mr Lane as he left the hall.')
    assert q.speaker == "Lane"


def test_descriptive_noun_ending_in_ly_is_kept() -> None:
    (q,) = _quotes('"We will win," the influential daily wrote on Sunday.')
    assert q.speaker == "the influential daily"


def test_possessive_role_then_a_name_is_that_person() -> None:
    (q,) = _quotes('"We have a path," added his campaign manager Jeff Weaver, speaking to reporters.')
    assert (q.speaker, q.speaker_kind) == ("Jeff Weaver", "person")


def test_an_email_reads() -> None:
    (q,) = _quotes('"Friend, let me be blunt," the email read.')
    assert q.speaker == "the email"


def test_appositive_between_dashes_after_a_sentence_opening_name() -> None:
    got = _speakers(
        "“It will be the north,” said Mayor Ilse Varga.",
        "Governor Karl Brenn – a lifelong sailor – gave a one-word answer. “South,” he answered.",
    )
    assert got[-1] == ("South", "Karl Brenn")


def test_name_after_a_dash_at_the_end_of_a_quote_paragraph() -> None:
    got = _speakers(
        "“The town has changed, and not for the better, since the port closed and the jobs went.”"
        " ― Carla Sanz",
        "“We deserve a plan for the harbour, not another promise from people who never come here.”"
        " — Rosa Lind, 34",
    )
    assert [s for _, s in got] == ["Carla Sanz", "Rosa Lind"]


def test_question_quote_then_a_long_cue_sentence() -> None:
    (q,) = _quotes(
        "“It looks like we will not get along, who knows?” Ivo Marr told Nordic TV in an interview aired on "
        "Monday when asked how relations would fare if he won the vote next spring."
    )
    assert q.speaker == "Ivo Marr"


def test_new_statement_after_a_full_stop_quote_is_not_its_cue() -> None:
    got = _quotes(
        '"It is a sad day," Ivo Marr told reporters outside. "This is what the campaign has become." '
        "Gov. Lena Holt said she would have fired the manager if it had happened in her campaign."
    )
    assert [(q.speaker, q.kind) for q in got] == [
        ("Ivo Marr", "direct"),
        ("Ivo Marr", "direct"),
        ("Lena Holt", "indirect"),
    ]
    assert got[-1].speaker_detail == "Gov."


def test_lowercase_role_words_and_capitals_before_a_subject_name() -> None:
    (q,) = _quotes(
        "“Only school ends poverty,” former Harlow education minister Arne Dunn told the Post in 2012."
    )
    assert q.speaker == "Arne Dunn"


def test_cue_verb_after_a_number_is_a_noun() -> None:
    (q,) = _quotes(
        "The senator is telling reporters that he will have “a lot of delegates” after voting in 11 states "
        "holding primaries."
    )
    assert q.speaker is not None and q.speaker.lower() == "the senator"


def test_cleft_sentence_subject_after_that() -> None:
    (q,) = _quotes(
        'It was three years ago that Mia Bloom, who may run again, said it was "impossible" to win.'
    )
    assert q.speaker == "Mia Bloom"


def test_connective_then_an_inverted_cue() -> None:
    got = _speakers('Sam Solo praised him. But, said Solo, "I do not want a fight."')
    assert got[-1] == ("I do not want a fight.", "Sam Solo")


def test_and_said_keeps_the_subject_of_the_first_verb() -> None:
    got = _speakers(
        'Jana Mack issued a statement saying his words "have no place here" and said the leaders will '
        'have a "day of reckoning."'
    )
    assert [s for _, s in got] == ["Jana Mack", "Jana Mack"]


def test_cue_ending_its_sentence_introduces_the_next_quote() -> None:
    got = _speakers(
        "Sam Lau, the party's communications director, said in a statement. “There are no paper ballots.”"
    )
    assert got == [("There are no paper ballots.", "Sam Lau")]


def test_such_as_when_then_coordinated_cue() -> None:
    (q,) = _quotes(
        'There were sharper jabs, such as when Tom Cruse knocked Ruby on trade and called him a "moderate."'
    )
    assert q.speaker == "Tom Cruse"


def test_dateline_with_a_hyphen_before_the_subject() -> None:
    (q,) = _quotes(
        'LUND, Swe. - District Judge Carl Reeve late Thursday blocked a bill on "sincere belief" exemptions.'
    )
    assert q.speaker == "Carl Reeve"


def test_place_and_dash_at_the_start_of_a_story_is_a_dateline() -> None:
    got = _speakers(
        "Lund City – Mayor Ilse Varga renewed her pledge to the harbour workers on Monday.",
        "“We will not close the port,” Varga said.",
    )
    assert got == [("We will not close the port", "Ilse Varga")]


def test_verb_phrase_ending_in_a_name_is_not_a_role_before_a_name() -> None:
    (q,) = _quotes(
        "Rico Fiel, asked whether Tamo could play alongside club captain Joel Mbeko, smiled and said: "
        '"Why not? Good players understand each other."'
    )
    assert q.speaker == "Rico Fiel"


def test_emphatic_did_before_the_cue_verb() -> None:
    got = _speakers(
        "“We will see,” said Tomas Berg.",
        'While Berg did not disclose his plans, he did say he found the mayor "very charming."',
    )
    assert got[-1] == ("very charming.", "Tomas Berg")


def test_a_title_before_the_cue_is_not_a_quote() -> None:
    got = _speakers("On Channel Nine’s “Morning Harbour,” Mayor Ilse Varga said, “We will rebuild.”")
    assert got == [("We will rebuild.", "Ilse Varga")]


def test_a_title_in_the_cue_adjunct_is_not_a_quote() -> None:
    got = _speakers(
        "“The bridge stays shut,” Varga said on Radio Kell’s “Evening Desk.”",
        "“We are ready,” she told Channel Nine’s “Morning Harbour” on Monday.",
    )
    assert [t for t, _ in got] == ["The bridge stays shut", "We are ready"]


def test_a_title_inside_the_reported_words_stays() -> None:
    got = _speakers("Varga said she had never watched “Morning Harbour” and never would.")
    assert ("Morning Harbour", "Varga") in got


def test_markup_attributes_are_not_quotes() -> None:
    got = _speakers('<tweet author="@ilsevarga" date="May 2">“We will rebuild,” Varga wrote.')
    assert [t for t, _ in got] == ["We will rebuild"]


def test_a_pronoun_kept_inside_the_subject_phrase_still_resolves() -> None:
    got = _speakers(
        "Governor Ilse Varga opened the new bridge in Kell.",
        "On Monday she said the repairs were “finished at last.”",
    )
    assert ("finished at last.", "Ilse Varga") in got


def test_warned_of_gives_what_was_warned_of() -> None:
    from index.folder import DocMeta
    from index.sources import parse_document

    text = "T\n\nThe union has warned of strikes at every port should talks fail."
    doc = parse_document(text, DocMeta("d"))
    (q,) = extract_quotes(doc)
    assert q.text.startswith("strikes at every port") and (q.speaker or "").lower() == "the union"


def test_a_time_phrase_between_the_verb_and_that() -> None:
    from index.folder import DocMeta
    from index.sources import parse_document

    doc = parse_document("T\n\nThe mayor stated on Friday that the bridge would reopen in May.", DocMeta("d"))
    (q,) = extract_quotes(doc)
    assert q.text.startswith("the bridge would reopen") and (q.speaker or "").lower() == "the mayor"


def test_a_cue_in_a_relative_clause_is_the_antecedents() -> None:
    got = _speakers(
        "The levy will stay, according to a deputy to the port authority, Mira Holt, who stated "
        "that the harbour fees pay for the new cranes."
    )
    assert ("the harbour fees pay for the new cranes", "Mira Holt") in got


def test_a_relative_cue_after_a_name_and_its_role() -> None:
    got = _speakers("Officials met Olek Brand, a local farmer, who said the river had risen overnight.")
    assert ("the river had risen overnight", "Olek Brand") in got


def test_a_subject_after_which_is_the_speaker() -> None:
    got = _speakers(
        "The two unions met in Kell on Friday, after which Nadia Fenn said a second meeting would follow.",
        "The council sat until late, during which Ivo Lask said the budget was settled.",
    )
    assert ("a second meeting would follow", "Nadia Fenn") in got
    assert ("the budget was settled", "Ivo Lask") in got


def test_hinted_at_gives_what_was_hinted_at() -> None:
    got = _speakers("Mayor Lina Sorrel has hinted at new tolls on the coast road to pay for repairs.")
    assert ("new tolls on the coast road to pay for repairs", "Lina Sorrel") in got


def test_a_report_stops_where_the_next_speaker_starts() -> None:
    got = _speakers(
        "The mayor has hinted at higher parking fees in the old town, while the traders have warned "
        "of empty shops by the winter."
    )
    assert ("higher parking fees in the old town", "the mayor") in got
    assert ("empty shops by the winter", "the traders") in got


def test_a_report_inside_a_report_is_not_cut() -> None:
    got = _speakers("The mayor said that the harbour master said the quay was unsafe.")
    assert ("the harbour master said the quay was unsafe", "the mayor") in got


def test_a_surname_speaker_named_in_full_only_as_an_object() -> None:
    got = _speakers(
        "Farmers will meet Governor Ilse Varga in Kell on Friday.",
        "The meeting follows a dry summer, after which Varga said water rationing would end.",
    )
    assert ("water rationing would end", "Ilse Varga") in got


def test_two_people_with_one_surname_stay_as_written() -> None:
    got = _speakers(
        "Farmers will meet Ilse Varga and her brother Tomas Varga in Kell.",
        "After the talks, Varga said water rationing would end.",
    )
    assert ("water rationing would end", "Varga") in got


def test_a_report_inside_according_to_is_the_sources() -> None:
    got = _speakers(
        "According to a statement from the ministry, the minister stressed the need for calm at the border."
    )
    assert [t for t, _ in got] == ["the minister stressed the need for calm at the border"]


def test_more_cue_verbs_name_the_speaker_after_the_quote() -> None:
    got = _speakers(
        "“No more tolls!” chanted the crowd.",
        "“Not this year,” shot back Mayor Lina Sorrel.",
    )
    assert got == [("No more tolls!", "the crowd"), ("Not this year", "Lina Sorrel")]


def test_pointed_out_that_is_reported_speech() -> None:
    got = _speakers("The harbour master pointed out that the quay had been closed twice.")
    assert got == [("the quay had been closed twice", "the harbour master")]


def test_accused_takes_an_object_and_is_never_inverted() -> None:
    got = _speakers("Nadia Fenn accused the council of “wasting a whole summer.”")
    assert got == [("wasting a whole summer.", "Nadia Fenn")]


def test_a_cut_off_phrase_is_no_speaker() -> None:
    from index.attribution.speakers.speakers import broken_phrase

    assert broken_phrase("Outside the") and broken_phrase("Clinton and") and broken_phrase("That’s")
    assert not broken_phrase("Al From") and not broken_phrase("the mayor")
    got = _speakers("Ana Ruiz opened the fair in Kell. “Welcome back,” said Al From, who runs the stalls.")
    assert got == [("Welcome back", "Al From")]


def test_a_relative_cue_far_from_any_name_has_no_speaker() -> None:
    got = _speakers(
        "Instead, the captain sent a runner, Teo Marsh, to the other camp, who defected and told them "
        "that the bridge was mined."
    )
    assert all(s != "the captain" for _, s in got)


def test_a_full_name_opening_a_sentence_is_not_taken_for_the_surname() -> None:
    got = _speakers(
        "In Varga v Kell Harbour Mrs Varga claimed she should be paid for the repairs.",
        "Later, Varga said the harbour would appeal.",
    )
    assert ("the harbour would appeal", "Varga") in got


def test_a_passive_cue_past_an_adverb_is_not_the_subjects_words() -> None:
    got = _speakers("Governor Ilse Varga was also criticized by many farmers for her “half measures.”")
    assert ("half measures.", "Ilse Varga") in got  # her own sentence, not a cue: the subject's phrase


def test_a_sentence_adverb_is_not_a_subject() -> None:
    got = _speakers("Particularly, Ana Ruiz set the two apart by stating: “One is a policy.”")
    assert got == [("One is a policy.", "Ana Ruiz")]


def test_a_cut_off_run_is_not_a_person_a_pronoun_can_stand_for() -> None:
    from index.attribution.speakers.article_names import _proper

    assert not _proper("Hundreds of") and not _proper("Over the") and not _proper("Watch the")
    assert _proper("Ana Ruiz") and _proper("Secretary of State Ana Ruiz")


def test_a_name_before_the_thing_it_labels_is_not_a_quote() -> None:
    got = _quotes(
        "“Harbour Lights” star Ana Roe arrived in a “Vote Kell” T-shirt for the “Clean Rivers” rally, "
        "and Kell’s aides said the crowd was “bigger than last year.”"
    )
    assert [q.text for q in got if q.kind != "indirect"] == ["bigger than last year."]


def test_a_work_named_after_its_kind_is_a_title_without_a_cue() -> None:
    got = _quotes(
        "Tomas Varga, who also appears in the documentary “Saltwater,” hosts the podcast "
        "“Low Tide” every week."
    )
    assert got == []


def test_a_work_named_inside_reported_speech_stays() -> None:
    (q,) = _quotes("“I never finished the novel “Saltwater,” and I am sorry,” Varga said.")
    assert q.speaker == "Varga"


def test_a_headline_with_its_byline_is_not_a_quote_but_its_excerpt_is() -> None:
    got = _quotes(
        "HARBOUR NEWS—“Port to reopen in May after repairs,” by the Coast Post’s Ana Roe: "
        "“The port will reopen to cargo ships in May, officials said on Monday.”"
    )
    assert [q.text for q in got if q.kind != "indirect"] == [
        "The port will reopen to cargo ships in May, officials said on Monday."
    ]


def test_a_nickname_between_first_name_and_surname_is_not_a_quote() -> None:
    got = _quotes("The fund was run by the retired engineer Joseph “Joe” Barra of Lindhaven.")
    assert got == []


def test_a_capitalised_word_between_names_in_a_title_case_line_is_no_nickname() -> None:
    text = "Mayor Ana Roe Calls Port Plan “Reckless” Before Vote"
    (span,) = find_quote_spans(text)
    assert not is_nickname(text, span)


def test_an_opening_mark_typed_for_a_closing_one_ends_the_quote() -> None:
    assert [s.text for s in find_quote_spans("They called the plan “a quiet revolution“ and moved on.")] == [
        "a quiet revolution"
    ]
    got = _quotes("“We will stay,“ said Mara Loft, who runs the ferry. “The town needs us.”")
    assert [(q.text, q.speaker) for q in got] == [
        ("We will stay", "Mara Loft"),
        ("The town needs us.", "Mara Loft"),
    ]


def test_a_work_someone_starred_in_is_not_a_quote_even_beside_a_cue() -> None:
    got = _quotes("Lina Morrow, who starred in the drama “Low Tide,” said the film was “a gift.”")
    assert [q.text for q in got if q.kind != "indirect"] == ["a gift."]


def test_a_quoted_label_ending_in_a_colon_is_not_a_quote() -> None:
    assert _quotes("“Related:”") == []


def test_a_capitalised_quote_after_appeared_in_and_a_clause_stays() -> None:
    got = _quotes("Mara Loft appeared in court and said “Not Guilty” to every charge.")
    assert "Not Guilty" in [q.text for q in got]


def test_a_lone_sentence_adverb_is_nobody_s_name() -> None:
    got = _speakers(
        "Such is the latest jab at the senator: a troupe is staging a play called "
        "“The Sons of Greed,” downtown.",
        "Once a fringe idea, the plan now has “broad support” among members.",
    )
    assert got == [("The Sons of Greed", None), ("broad support", None)]
    assert _quotes("“We are ready,” From said.")[0].speaker == "From"  # a surname like a preposition


def test_an_abbreviation_keeps_its_dots_in_the_role() -> None:
    (q,) = _quotes("Oslo – U.N. envoy Kari Dahl met both sides. “We keep talking,” Dahl said afterwards.")
    assert (q.speaker, q.speaker_detail) == ("Kari Dahl", "U.N. envoy")
