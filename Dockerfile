# syntax=docker/dockerfile:1
#
# Weefsel production image: builds the jar (with Vaadin's production frontend bundle) and runs it
# on a JRE as a non-root user. Used by docker-compose.yml; see docs/design-decisions/DD002.
#
#   docker build -t weefsel .
#   docker run -p 8080:8080 -v weefsel-data:/data weefsel      # alone: embedded Neo4j in /data
#
# Node 24 (needed by Vaadin 25.3's frontend build) comes from the official node image. It is put
# exactly where the pom's install-node profile would put it (.node/node, npm in
# .node/node_modules/npm), so that profile stays inactive and Vaadin finds node and npm through
# its configured node folder. This needs no apt packages and works on amd64 and arm64 alike.

ARG NODE_VERSION=24.9.0
ARG JAVA_VERSION=25

FROM node:${NODE_VERSION}-bookworm-slim AS node

FROM eclipse-temurin:${JAVA_VERSION}-jdk-noble AS build
WORKDIR /build
COPY --from=node /usr/local/bin/node .node/node
COPY --from=node /usr/local/lib/node_modules/npm .node/node_modules/npm

COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY frontend frontend
COPY src src
# The cache mounts keep Maven's and npm's downloads between builds (BuildKit, the default builder)
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.npm \
    ./mvnw -B -DskipTests package \
 && cp target/weefsel-*.jar /build/weefsel.jar

FROM eclipse-temurin:${JAVA_VERSION}-jre-noble
RUN groupadd --system --gid 10001 weefsel \
 && useradd --system --uid 10001 --gid weefsel --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin weefsel \
 && mkdir -p /app /data \
 && chown weefsel:weefsel /data
COPY --from=build --chown=root:root /build/weefsel.jar /app/weefsel.jar

# Embedded Neo4j keeps its files here when NEO4J_URI is not set
ENV WEEFSEL_DATA_DIR=/data \
    PORT=8080 \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
USER weefsel
WORKDIR /app
# The jar's manifest carries the Add-Opens / Enable-Native-Access entries embedded Neo4j needs
ENTRYPOINT ["java", "-jar", "/app/weefsel.jar"]
