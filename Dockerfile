# Builds and runs the panel. Not built by CI (no container engine on the build machines).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -pl panel -am package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app --uid 10001 pteroca
WORKDIR /app
COPY --from=build /src/panel/target/pteroca-panel.jar /app/pteroca-panel.jar
RUN mkdir -p /app/data && chown pteroca /app/data
USER pteroca
EXPOSE 8080
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-jar", "/app/pteroca-panel.jar"]
