# syntax=docker/dockerfile:1
#
# Connect Gateway container images.
#
#   JVM image (default, last stage):  docker build -t connect-gateway .
#   Native image:                     docker build --target native -t connect-gateway:native .
#
#   Run:   docker run --rm -p 8080:8080 -p 8443:8443 \
#            -e GATEWAY_UPSTREAM_API_URL=https://api.gettyimages.com \
#            -e GATEWAY_UPSTREAM_TOKEN_URL=https://authentication.gettyimages.com/oauth2/token connect-gateway
#   Demo (JVM image only): docker run --rm -p 8080:8080 -p 8443:8443 -e QUARKUS_PROFILE=demo connect-gateway
#
# Without gateway.upstream.api-url the gateway refuses to start, unless the built-in v3 sandbox is
# opted in (demo profile; JVM image only: the native image is built with -Pno-sandbox and has no
# sandbox). The sandbox listens on 127.0.0.1:8090 inside the container, so the picture and
# download links it hands out open only there. A self-signed certificate is generated at start.
# Configuration goes in environment variables (see docs/configuration.md) or in a mounted
# config/application.properties under the working directory.

# ---- JVM build -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first, so this layer is reused while only the sources change.
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline
COPY src src
RUN ./mvnw -B package -DskipTests

# ---- Native build (GraalVM/Mandrel; needs several GB of memory), without the sandbox ---------
FROM quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-21 AS native-build
USER root
WORKDIR /project
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline
COPY src src
RUN ./mvnw -B package -DskipTests -Dnative -Pno-sandbox

# ---- Native runtime --------------------------------------------------------------------------
FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0 AS native
WORKDIR /work/
RUN chown 1001:root /work && chmod "g+rwX" /work
COPY --from=native-build --chown=1001:root --chmod=0755 /project/target/*-runner /work/application
EXPOSE 8080 8443
USER 1001
ENTRYPOINT ["./application", "-Dquarkus.http.host=0.0.0.0"]

# ---- JVM runtime (default target) ------------------------------------------------------------
FROM eclipse-temurin:17-jre AS jvm
WORKDIR /deployments
RUN useradd --uid 1001 --gid 0 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin gateway \
    && chown 1001:root /deployments && chmod "g+rwX" /deployments
# The fast-jar layout: libraries change least often, so they go first.
COPY --from=build --chown=1001:root /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=1001:root /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=1001:root /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=1001:root /build/target/quarkus-app/quarkus/ /deployments/quarkus/
# The heap, collector and code-cache settings every start uses (src/main/jvm/jvm.options): give the
# container at least 384 MB of memory (docs/configuration.md, "JVM settings and memory").
COPY --from=build --chown=1001:root /build/target/quarkus-app/jvm.options /deployments/jvm.options
EXPOSE 8080 8443
USER 1001
# Liveness, not readiness: Docker (and Swarm, which restarts unhealthy containers) should act only when
# the process stops answering; an open upstream breaker is a readiness matter (docs/operations.md).
# The Temurin image has bash but may lack curl/wget, so the probe is one HTTP/1.0 GET over bash's
# /dev/tcp. With quarkus.management.enabled the health endpoints move to quarkus.management.port.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT:-8080} && printf 'GET /q/health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "@/deployments/jvm.options", "-jar", "/deployments/quarkus-run.jar"]
