# Builds and runs the panel. Not built by CI (no container engine on the build machines).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# -Paot adds the application context prepared at build time (Spring AOT), used below with spring.aot.enabled=true.
RUN ./mvnw -B -pl panel -am package -DskipTests -Paot

FROM eclipse-temurin:25-jre
# Invoices set Chinese, Japanese and Korean letters in Droid Sans Fallback (Apache License 2.0), docs/invoices.md.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-droid-fallback && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app --uid 10001 pteroca
WORKDIR /app
COPY --from=build /src/panel/target/pteroca-panel.jar /tmp/pteroca-panel.jar
# Memory: a 192 MB heap, the serial collector and the first compiler tier only keep the panel near 460 MB resident
# under load instead of the JVM's default of a quarter of the machine (docs/operations.md, "Memory"). Set
# JAVA_TOOL_OPTIONS at run time to change them; the training start below uses the same ones.
# -Dspring.aot.enabled=true starts the panel from the context prepared at build time (docs/operations.md, "Start-up");
# the shell commands ignore it.
ENV JAVA_TOOL_OPTIONS="-Xmx192m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Dspring.aot.enabled=true"
# The jar unpacked beside its libraries, and the JVM's ahead-of-time cache (JDK 25) written by one training start
# (docker/train-start: started, a few pages asked for, stopped), so later starts find those classes loaded and linked
# already (bench/startup measures the difference). Both starts name the jar by the same path, as the cache requires.
# The training start runs in a folder of its own, removed afterwards, so its database and key are not in the image.
COPY --from=build /src/docker/train-start /tmp/train-start
RUN java -Djarmode=tools -jar /tmp/pteroca-panel.jar extract --destination /app && rm /tmp/pteroca-panel.jar \
    && /tmp/train-start /tmp/training java -XX:AOTCacheOutput=/app/pteroca.aot -jar /app/pteroca-panel.jar \
    && test -s /app/pteroca.aot && rm -rf /tmp/training /tmp/train-start
RUN mkdir -p /app/data && chown pteroca /app/data
USER pteroca
EXPOSE 8080
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-XX:AOTCache=/app/pteroca.aot", "-jar", "/app/pteroca-panel.jar"]
