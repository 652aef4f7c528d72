# ruff: noqa: E501
"""Constructed wire-style articles (fictional people and places) used by the unit tests."""

from __future__ import annotations

from index.sources import DocMeta, parse_document
from index.types import Document

GENEVA = """Morsland rejects limits on missile programme as envoys meet in Geneva

Geneva (AFP) – Morsland on Tuesday rejected any limits on its missile programme, as envoys from Valdoria and Morsland met in Geneva for a third round of talks.

“Our missiles are not on the table and never will be,” Morsland’s foreign minister Teodor Vasilak told reporters after the meeting.

Vasilak, a former ambassador to the United Nations, said the talks had been “frank but useful.”

“We came here in good faith,” he said. “We expect the same from the other side.”

Valdorian Prime Minister Elena Marsh struck a different tone.

“Nobody should be fooled by these smiles,” Marsh said in a statement. “Morsland is buying time.

“Every week of talks is another week of enrichment,” she added.

Morsland maintains its missile programme is “non-negotiable,” according to a spokesperson for its foreign ministry.

"The programme is defensive," said Arvid Kell, a security analyst at the Brenner Institute in Oslo. "Nobody in Morsland will give it up."

Kell told AFP that a deal was still possible before the summer.

A senior Valdorian official, speaking on condition of anonymity, said the next round could take place in June.

“We are not in a hurry,” the official said.

“The prime minister has made her position clear,” a statement from Marsh’s office said on Wednesday.

The White House said it was following the talks closely.

“We welcome any step toward de-escalation,” it said.

Asked about the timing, Vasilak was blunt: “There is no deadline.”

The talks take place in the shadow of the “twelve-day war” of last year.
"""


def doc(text: str, doc_id: str = "geneva", outlet: str | None = "AFP") -> Document:
    return parse_document(text, DocMeta(doc_id, None, outlet))


HARBOUR = """Strike hits Port Aldane as Valdoria vows response

Port Aldane (AFP) – A drone strike hit the harbour of Port Aldane early on Sunday, killing four dock workers, officials said.

Valdoria’s defence minister, Karl Ostrand, said the attack had been launched from Morsland.

“This was a deliberate attack on civilians,” Ostrand said. “It will not go unanswered.”

He later told state television: “Our response will come at a time of our choosing.”

“Valdoria has no evidence for these claims,” said Morsland’s foreign ministry spokesperson, Ilse Brandt. “None at all.”

Morsland’s foreign ministry said it had “no knowledge” of any drone launch.

“We call on all sides to show restraint,” the United Nations Secretary-General said via social media.

An analyst based in Port Aldane, speaking on condition of anonymity, warned that the harbour would stay closed for weeks.

“People are afraid to go back to work,” the analyst said.

According to the port authority, two cranes were destroyed and a fuel depot was damaged.

The governor of the province, Mira Holt, visited the site on Monday.

“We will rebuild,” she told AFP. “We have done it before.

“The workers who died were fathers and sons. We owe it to them to reopen the port.”

Holt said compensation would be paid to the families within a month.

Dock worker Piet Lanz, 54, who was on shift when the drone hit, described “a flash and then silence.”

‘I thought the whole pier had gone,’ he said.

The ministry later added that the strike would be raised at the UN Security Council.
"""

SUMMIT = """Leaders trade warnings before Lake Vessa summit

Lake Vessa (AFP) – Leaders of the Northern Compact meet on Thursday at Lake Vessa amid rising tension over river rights.

Valdorian President Tomas Erring said: “We come with open hands, but not with empty ones.”

Sofia Randal, a water policy researcher at the University of Kestin, told AFP the dispute was decades old.

“Nobody wants to be the first to blink,” Randal said. “The river does not care about borders.”

Morsland’s energy ministry spokesperson said the dam would open “on schedule, as planned.”

“We have nothing to hide,” the ministry said in a statement. It said inspectors were welcome.

The Northern Compact stated via social media that the summit would “go ahead as planned.”

According to diplomats in Kestin, the final communique has already been drafted.

“The first draft was weak.

“The second draft is worse,” said a negotiator who asked not to be named.

Erring’s office said he would “speak frankly” to his counterpart.

"We will not be lectured," Erring told reporters late on Wednesday. "Not on our own river."
"""
