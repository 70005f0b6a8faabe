# pendlerbot in a container. Build:  docker build -t pendlerbot .
# Run:    docker run -d --name pendlerbot --restart unless-stopped \
#           -e PENDLERBOT_TOKEN_FILE=/run/secrets/token -v /etc/pendlerbot/token:/run/secrets/token:ro \
#           -v pendlerbot-data:/var/lib/pendlerbot -p 127.0.0.1:9464:9464 pendlerbot
# See docs/operating.md.

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src src
COPY benches benches
COPY knowledge knowledge
COPY locales locales
RUN cargo build --release --locked && ./target/release/pendlerbot check

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/pendlerbot --shell /usr/sbin/nologin pendlerbot \
    && mkdir -p /var/lib/pendlerbot && chown pendlerbot:pendlerbot /var/lib/pendlerbot
COPY --from=build /src/target/release/pendlerbot /usr/local/bin/pendlerbot
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
# docker stop sends SIGTERM: the bot finishes what it is answering and flushes its data.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/pendlerbot"]
CMD ["serve"]
