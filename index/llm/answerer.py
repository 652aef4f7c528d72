"""Optional LLM-written answers whose every sentence is checked against the paragraph it cites.

`ChatClient` (from `index.llm.client`) speaks the OpenAI chat-completions protocol (OpenAI, Ollama,
vLLM, llama.cpp server). `LLMAnswerer` turns retrieved passages into a numbered prompt that
fits the model's context, asks for an answer with ``[n]`` citations, keeps only sentences
that `index.llm.verify` accepts and otherwise returns the extractive answer it was handed.
It never raises to its
caller and never waits longer than the client timeout.

    answerer = LLMAnswerer.from_settings(settings, embed=encoder.embed)  # None: LLM not configured
    answer = await answerer.answer(question, passages, fallback=extractive_answer)
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING

from index.attribution.speakers.cue_words import DIRECT_ONLY, GERUNDS, SPEECH, THAT_ONLY
from index.errors import EncodingUnavailable, LLMError
from index.llm.prompts import Prompts, load_prompts
from index.llm.tokens import count_tokens, encoding_for_model, fit_to_budget
from index.llm.verify import Embed, Verdict, VerifyConfig, verify_answer
from index.settings import Settings
from index.types import Answer, AnswerSentence, Citation, Paragraph, Passage

if TYPE_CHECKING:  # httpx loads with the client, only when an LLM is configured
    import httpx

    from index.llm.client import ChatClient, Message

log = logging.getLogger(__name__)

__all__ = ["LLMAnswerer", "LLMError", "compose_answer"]

# A who-said question: "who" before one of attribution's reporting verbs, or "according to whom".
_REPORTING = sorted(SPEECH | THAT_ONLY | DIRECT_ONLY | GERUNDS, key=len, reverse=True)
_WHO_SAID = re.compile(
    r"\bwho(m)?\b.*\b(" + "|".join(_REPORTING) + r")\b|according to whom",
    re.IGNORECASE,
)
# Per-message framing of the chat format, plus slack for tokenizers other than the one counted.
_CHAT_OVERHEAD = 16
_SAFETY = 0.9


class LLMAnswerer:
    """Question + ranked passages + extractive fallback → a verified, cited `Answer`."""

    def __init__(
        self,
        client: ChatClient,
        *,
        prompts: Prompts | None = None,
        embed: Embed | None = None,
        context_tokens: int = 8192,
        answer_tokens: int = 512,
        max_sentences: int = 3,
        min_supported: float = 0.5,
        verify_config: VerifyConfig | None = None,
        answer_when_abstained: bool = False,
    ) -> None:
        self.client = client
        self.prompts = prompts or load_prompts()
        self.embed = embed
        self.context_tokens = context_tokens
        self.answer_tokens = answer_tokens
        self.max_sentences = max_sentences
        self.min_supported = min_supported
        self.verify_config = verify_config or VerifyConfig()
        self.answer_when_abstained = answer_when_abstained
        self.count: Callable[[str], int]
        try:
            encoding = encoding_for_model(client.model)
            self.count = lambda text: count_tokens(encoding, text)
        except EncodingUnavailable as exc:
            log.warning("no offline tokenizer (%s); estimating 1 token per 3 characters", exc)
            self.count = lambda text: len(text) // 3 + 1

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        embed: Embed | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> LLMAnswerer | None:
        """An answerer for the configured model, or None when no LLM is configured."""
        if not settings.llm_base_url or not settings.llm_model:
            return None
        from index.llm.client import ChatClient

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        client = ChatClient(
            settings.llm_base_url,
            settings.llm_model,
            api_key=key,
            timeout=settings.llm_timeout,
            transport=transport,
        )
        return cls(client, embed=embed, max_sentences=settings.answer_max_sentences)

    async def aclose(self) -> None:
        await self.client.aclose()

    # --- prompt ---------------------------------------------------------------------------

    def build_prompt(self, question: str, passages: Sequence[Passage]) -> tuple[str, list[Paragraph]]:
        """The answer prompt and the paragraphs it numbers 1..n (best-ranked kept first)."""
        guidance = self.prompts.attribution.render() if _WHO_SAID.search(question) else ""

        def render(blocks: str) -> str:
            return self.prompts.answer.render(
                paragraphs=blocks, question=question, guidance=guidance, max_sentences=str(self.max_sentences)
            )

        fixed = self.count(render("")) + _CHAT_OVERHEAD
        budget = int((self.context_tokens - self.answer_tokens - fixed) * _SAFETY)
        ranked = sorted(passages, key=lambda p: -p.score)  # stable: equal scores keep their order
        kept = fit_to_budget([p.paragraph for p in ranked], lambda p: _block(99, p), budget, self.count)
        return render("\n".join(_block(n, p) for n, p in enumerate(kept, 1))), kept

    def _messages(self, prompt: str) -> list[Message]:
        return [{"role": "user", "content": prompt}]

    # --- answering ------------------------------------------------------------------------

    async def answer(self, question: str, passages: Sequence[Passage], fallback: Answer) -> Answer:
        """A verified LLM answer, or `fallback` if the model fails or too little checks out."""
        prepared = self._prepare(question, passages, fallback)
        if prepared is None:
            return fallback
        prompt, paragraphs = prepared
        try:
            text = await self.client.complete(self._messages(prompt))
        except LLMError as exc:
            log.warning("LLM answer failed (%s); using the extractive answer", exc)
            return fallback
        return await self._compose(question, text, paragraphs, fallback)

    async def stream(
        self, question: str, passages: Sequence[Passage], fallback: Answer
    ) -> AsyncIterator[str | Answer]:
        """Unverified partial text (growing, for progress display), then the final `Answer`.

        The last item is always an `Answer`: the verified one or `fallback`.
        """
        prepared = self._prepare(question, passages, fallback)
        if prepared is None:
            yield fallback
            return
        prompt, paragraphs = prepared
        text = ""
        try:
            async for delta in self.client.stream(self._messages(prompt)):
                text += delta
                yield text
        except LLMError as exc:
            log.warning("LLM stream failed (%s); using the extractive answer", exc)
            yield fallback
            return
        yield await self._compose(question, text, paragraphs, fallback)

    def _prepare(
        self, question: str, passages: Sequence[Passage], fallback: Answer
    ) -> tuple[str, list[Paragraph]] | None:
        if fallback.abstained and not self.answer_when_abstained:
            return None
        prompt, paragraphs = self.build_prompt(question, passages)
        if not paragraphs:
            log.info("no passage fits the LLM context budget; using the extractive answer")
            return None
        return prompt, paragraphs

    async def _compose(
        self, question: str, text: str, paragraphs: list[Paragraph], fallback: Answer
    ) -> Answer:
        verdicts = await asyncio.to_thread(verify_answer, text, paragraphs, self.embed, self.verify_config)
        for v in verdicts:
            if not v.supported:
                log.info("dropped unsupported LLM sentence %r: %s", v.text, v.reason)
        result = compose_answer(
            question, verdicts, paragraphs, fallback, self.min_supported, self.max_sentences
        )
        if result is fallback:
            log.info(
                "too few LLM sentences verified (%d of %d); using the extractive answer",
                sum(v.supported for v in verdicts),
                len(verdicts),
            )
        return result


def _block(n: int, p: Paragraph) -> str:
    source = f"{p.title}, {p.outlet}" if p.outlet else p.title
    return f"[{n}] ({source})\n{p.text}\n"


def compose_answer(
    question: str,
    verdicts: Sequence[Verdict],
    paragraphs: Sequence[Paragraph],
    fallback: Answer,
    min_supported: float = 0.5,
    max_sentences: int = 3,
) -> Answer:
    """The supported verdicts as an `Answer`, or `fallback` if fewer than `min_supported` of them."""
    kept = [v for v in verdicts if v.supported and v.paragraph is not None]
    if not kept or len(kept) < min_supported * len(verdicts):
        return fallback
    citations: list[Citation] = []
    index: dict[tuple[str, int, str], int] = {}
    sentences: list[AnswerSentence] = []
    for v in kept[:max_sentences]:
        assert v.paragraph is not None
        p = paragraphs[v.paragraph - 1]
        key = (p.doc_id, p.number, v.quote)
        if key not in index:
            index[key] = len(citations)
            citations.append(Citation(p.doc_id, p.title, p.number, v.quote, p.text, p.outlet))
        sentences.append(AnswerSentence(v.text, index[key]))
    return Answer(
        question=question,
        sentences=tuple(sentences),
        citations=tuple(citations),
        abstained=False,
        confidence=fallback.confidence,
        disagreements=fallback.disagreements,
    )
