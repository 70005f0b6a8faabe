# pendlerbot in a container. See docs/operating.md, "With Docker" (which also
# says how far this file is tested: no engine where it was written).
# Build:  docker build -t pendlerbot .
# Run:    docker run -d --name pendlerbot --restart unless-stopped \
#           -e PENDLERBOT_TOKEN_FILE=/run/secrets/token \
#           -v /etc/pendlerbot-docker/token:/run/secrets/token:ro \
#           -v pendlerbot-data:/var/lib/pendlerbot -p 127.0.0.1:9464:9464 pendlerbot
# The bot runs as uid 10001, gid 10001: the token file on the host must be
# readable by that id (docs/operating.md shows how to write it).

# Base images pinned by version (Cargo.toml: rust-version = "1.89" at least).
# Upgrade both deliberately, e.g. when Cargo.lock needs a newer Rust.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src

# 1. The dependencies alone, built against stand-in sources: this layer is
#    reused until Cargo.toml or Cargo.lock change. The benches are declared in
#    Cargo.toml, so cargo needs files for them too.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > benches/matching.rs \
    && echo 'fn main() {}' > benches/figures.rs \
    && cargo build --release --locked \
    && rm -rf src benches

# 2. The program. COPY keeps the files' times, which can be older than the
#    stand-in build: touch, so that cargo rebuilds the crate itself.
COPY src src
COPY benches benches
RUN touch src/main.rs src/lib.rs && cargo build --release --locked

# 3. The knowledge base, checked (an edit here does not rebuild the program).
COPY knowledge knowledge
COPY locales locales
RUN ./target/release/pendlerbot check

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 pendlerbot \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/pendlerbot \
        --no-create-home --shell /usr/sbin/nologin pendlerbot \
    && mkdir -p /var/lib/pendlerbot && chown pendlerbot:pendlerbot /var/lib/pendlerbot \
    && chmod 0700 /var/lib/pendlerbot
COPY --from=build /src/target/release/pendlerbot /usr/local/bin/pendlerbot
COPY contrib/docker-healthcheck.sh /usr/local/bin/pendlerbot-healthcheck
COPY knowledge /opt/pendlerbot/knowledge
COPY locales /opt/pendlerbot/locales
ENV PENDLERBOT_DATA=/var/lib/pendlerbot \
    PENDLERBOT_KNOWLEDGE=/opt/pendlerbot/knowledge \
    PENDLERBOT_LOCALES=/opt/pendlerbot/locales \
    PENDLERBOT_HTTP=0.0.0.0:9464
USER pendlerbot
WORKDIR /var/lib/pendlerbot
VOLUME /var/lib/pendlerbot
EXPOSE 9464
# GET /healthz without curl (the image has none): bash's /dev/tcp, see
# contrib/docker-healthcheck.sh. It needs PENDLERBOT_HTTP; with it unset the
# container shows as unhealthy. /healthz tells that the bot runs, serves a
# checked knowledge base and fetched updates from Telegram within
# PENDLERBOT_HEALTH_MAX_POLL_AGE (300 s by default): a container that cannot
# reach Telegram turns unhealthy.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["bash", "/usr/local/bin/pendlerbot-healthcheck"]
# docker stop sends SIGTERM: the bot finishes what it is answering and flushes its data.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/pendlerbot"]
CMD ["serve"]
