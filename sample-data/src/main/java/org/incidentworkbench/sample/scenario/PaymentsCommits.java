package org.incidentworkbench.sample.scenario;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.Authors;
import org.incidentworkbench.sample.changes.CommitPlan;
import org.incidentworkbench.sample.changes.DiffHunks;
import org.incidentworkbench.sample.changes.FileChange;

/** The payments commits the scenarios tell of: the pool shrink that causes the default incident, and its neighbours. */
final class PaymentsCommits {

    static final int OLD_POOL_SIZE = 50;
    static final int NEW_POOL_SIZE = 10;
    private static final String TEAM = "payments";
    private static final String CODE = "src/main/java/com/shop/payments";

    private PaymentsCommits() {
    }

    /** The cause of the default scenario: a config change that reads like housekeeping. */
    static CommitPlan shrinkPool(RandomGenerator rng) {
        String yml = "src/main/resources/application-prod.yml";
        String config = DiffHunks.modify(yml, 14, "spring:", """
                   datasource:
                     url: jdbc:postgresql://shop-postgres.data.svc.cluster.local:5432/payments
                     username: payments_app
                     hikari:
                       pool-name: payments-rw
                -      maximum-pool-size: %d
                -      minimum-idle: 10
                +      # stay within the RDS Proxy budget of 20 connections per service (PLAT-1187)
                +      maximum-pool-size: %d
                +      minimum-idle: 5
                       connection-timeout: 3000
                       max-lifetime: 1800000
                """.formatted(OLD_POOL_SIZE, NEW_POOL_SIZE));
        String doc = "docs/operations/database.md";
        String docs = DiffHunks.modify(doc, 8, "## Connection pools", """
                -The write pool allows 50 connections per pod; size it with the PSP latency in mind.
                +The write pool allows 10 connections per pod so that all pods together stay
                +within the RDS Proxy connection budget.
                """);
        return new CommitPlan("Right-size Hikari pools for the RDS Proxy connection budget (" + Authors.ticket(TEAM, rng) + ")",
                "Chloe Martin <chloe.martin@shop.example>", Duration.ofHours(20),
                List.of(new FileChange(yml, "config", config), new FileChange(doc, "docs", docs)));
    }

    static CommitPlan bumpPspSdk(RandomGenerator rng) {
        String diff = DiffHunks.modify("pom.xml", 57, "<dependencies>", """
                     <dependency>
                       <groupId>com.adyen</groupId>
                       <artifactId>adyen-java-api-library</artifactId>
                -      <version>26.1.0</version>
                +      <version>26.3.0</version>
                     </dependency>
                """);
        return new CommitPlan("Bump adyen-java-api-library from 26.1.0 to 26.3.0", Authors.pick(TEAM, rng),
                Duration.ofHours(26), List.of(new FileChange("pom.xml", "dependency", diff)));
    }

    static CommitPlan captureIdempotencyKey(RandomGenerator rng) {
        String client = CODE + "/psp/PspClient.java";
        String diff = DiffHunks.modify(client, 88, "public CaptureResult capture(Payment payment) {", """
                         var request = new CaptureRequest(payment.pspReference(), payment.amount());
                -        return http.post("/v3/payments/" + payment.pspReference() + "/captures", request, CaptureResult.class);
                +        return http.post("/v3/payments/" + payment.pspReference() + "/captures", request, CaptureResult.class,
                +                Map.of("Idempotency-Key", "capture-" + payment.id()));
                """);
        String test = CODE.replace("main", "test") + "/psp/PspClientTest.java";
        String testDiff = DiffHunks.modify(test, 40, "class PspClientTest {", """
                +    @Test
                +    void sendsIdempotencyKeyOnCapture() {
                +        client.capture(PaymentFixtures.authorised());
                +        psp.verify(postRequestedFor(urlMatching("/v3/payments/.*/captures")).withHeader("Idempotency-Key", matching("capture-.*")));
                +    }
                +
                """);
        return new CommitPlan("Send an idempotency key with PSP captures (" + Authors.ticket(TEAM, rng) + ")",
                Authors.pick(TEAM, rng), Duration.ofHours(30),
                List.of(new FileChange(client, "http_client", diff), new FileChange(test, "test", testDiff)));
    }

    /** Harmless: PSP response codes logged as structured fields. */
    static CommitPlan structuredPspLogging(RandomGenerator rng) {
        String path = CODE + "/psp/PspResponseLogger.java";
        String diff = DiffHunks.modify(path, 31, "void log(PspResponse response) {", """
                -        log.info("PSP response {} for {}", response.status(), response.pspReference());
                +        log.atInfo().addKeyValue("psp_status", response.status())
                +                .addKeyValue("psp_ref", response.pspReference())
                +                .log("PSP response");
                """);
        return new CommitPlan("Log PSP responses as structured fields (" + Authors.ticket(TEAM, rng) + ")",
                Authors.pick(TEAM, rng), Duration.ofHours(5), List.of(new FileChange(path, "shared_util", diff)));
    }

    /** Looks suspicious during a PSP outage, but only touches captures. */
    static CommitPlan retryCapturesOnConflict(RandomGenerator rng) {
        String path = "src/main/resources/application.yml";
        String diff = DiffHunks.modify(path, 52, "resilience4j:", """
                   retry:
                     instances:
                       psp-capture:
                -        max-attempts: 2
                +        max-attempts: 3
                         wait-duration: 500ms
                +        retry-exceptions: com.shop.payments.psp.PspConflictException
                """);
        return new CommitPlan("Retry PSP captures on 409 conflicts (" + Authors.ticket(TEAM, rng) + ")",
                Authors.pick(TEAM, rng), Duration.ofHours(7), List.of(new FileChange(path, "timeout_retry", diff)));
    }
}
