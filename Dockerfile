# The bot, its dependencies and the embedding model in one image; the index lives in
# PostgreSQL (compose.yaml). Built with the same install script CI runs.
#   docker build -t newsdesk-bot .
#   docker run --env-file .env newsdesk-bot                      # python -m bot
#   docker run --env-file .env newsdesk-bot python -m index migrate
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

RUN useradd --create-home --uid 10001 bot
WORKDIR /app
COPY . .
# EXTRAS= : runtime dependencies only (no test tools, no Node emulator). The model's ONNX
# files are generated here (var/model), so a container never downloads or builds anything.
RUN EXTRAS= VENV=/app/.venv PYTHON=python3 scripts/install \
    && mkdir -p /app/var/data /app/var/index \
    && chown -R bot:bot /app/var

USER bot
ENV PATH=/app/.venv/bin:$PATH \
    INDEX_BACKEND=postgres \
    WEBHOOK_LISTEN=0.0.0.0
EXPOSE 8443
CMD ["python", "-m", "bot"]
