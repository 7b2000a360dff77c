package org.incidentworkbench.sample.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.sample.random.Draw;
import org.incidentworkbench.sample.system.ServiceSpec;

/**
 * The everyday commits a release carries: features, tests, docs, dependency bumps, small config
 * and client tweaks. None of them breaks anything; together they make the real cause hard to spot.
 */
public final class RoutineCommits {

    private RoutineCommits() {
    }

    /** {@code count} harmless commits for a release of {@code service}, newest first. */
    public static List<CommitPlan> forRelease(ServiceSpec service, int count, RandomGenerator rng) {
        List<CommitPlan> commits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Duration before = Duration.ofMinutes(40L + i * 170L + rng.nextInt(120));
            commits.add(commit(service, before, rng));
        }
        return commits;
    }

    private static CommitPlan commit(ServiceSpec s, Duration before, RandomGenerator rng) {
        String author = Authors.pick(s.team(), rng);
        String ticket = Authors.ticket(s.team(), rng);
        if (s.kind() == ServiceKind.FRONTEND) {
            return switch (rng.nextInt(3)) {
                case 0 -> new CommitPlan("Show delivery estimate on product page (" + ticket + ")", author, before,
                        List.of(frontendComponent(), frontendTest()));
                case 1 -> new CommitPlan("Bump next from 14.2." + (3 + rng.nextInt(3)) + " to 14.2." + (6 + rng.nextInt(3)),
                        author, before, List.of(packageJson(rng)));
                default -> new CommitPlan("Fix typo in checkout copy (" + ticket + ")", author, before, List.of(docs(s)));
            };
        }
        if (s.kind() == ServiceKind.EDGE) {
            return new CommitPlan("Raise idle timeout for websocket routes (" + ticket + ")", author, before,
                    List.of(edgeRoute()));
        }
        return switch (rng.nextInt(7)) {
            case 0 -> new CommitPlan("Add test for empty basket edge case (" + ticket + ")", author, before, List.of(javaTest(s)));
            case 1 -> new CommitPlan("Update runbook links (" + ticket + ")", author, before, List.of(docs(s)));
            case 2 -> dependencyBump(s, author, before, rng);
            case 3 -> new CommitPlan("Extract money formatting into shop-commons (" + ticket + ")", author, before,
                    List.of(sharedUtil(), javaTest(s)));
            case 4 -> new CommitPlan("Expose build info on /actuator/info (" + ticket + ")", author, before,
                    List.of(actuatorConfig()));
            case 5 -> new CommitPlan("Send User-Agent with service name on outgoing calls (" + ticket + ")", author, before,
                    List.of(httpClient(s)));
            default -> new CommitPlan("Log request id on validation failures (" + ticket + ")", author, before,
                    List.of(controller(s), javaTest(s)));
        };
    }

    /** The Java package of a service's code, e.g. {@code com.shop.payments}. */
    static String javaPackage(ServiceSpec s) {
        return "com.shop." + s.name().replace("-", "");
    }

    static String javaDir(ServiceSpec s) {
        return "src/main/java/" + javaPackage(s).replace('.', '/');
    }

    private static CommitPlan dependencyBump(ServiceSpec s, String author, Duration before, RandomGenerator rng) {
        String lib = Draw.oneOf(rng, "jackson-databind", "logback-classic", "micrometer-registry-prometheus");
        int patch = 1 + rng.nextInt(4);
        String old = "2.17." + patch;
        String now = "2.17." + (patch + 1);
        String diff = DiffHunks.modify("pom.xml", 41, "<properties>", """
                     <java.version>21</java.version>
                -    <%1$s.version>%2$s</%1$s.version>
                +    <%1$s.version>%3$s</%1$s.version>
                     <testcontainers.version>1.20.4</testcontainers.version>
                """.formatted(lib, old, now));
        return new CommitPlan("Bump " + lib + " from " + old + " to " + now, author, before,
                List.of(new FileChange("pom.xml", "dependency", diff)));
    }

    private static FileChange javaTest(ServiceSpec s) {
        String path = "src/test/java/" + javaPackage(s).replace('.', '/') + "/api/RequestValidationTest.java";
        return new FileChange(path, "test", DiffHunks.modify(path, 58, "class RequestValidationTest {", """
                     }
                \s
                +    @Test
                +    void rejectsEmptyBasketWithProblemDetail() {
                +        var response = client.post().uri("/v1/validate").bodyValue(Map.of("items", List.of())).exchange();
                +        response.expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo("empty-basket");
                +    }
                +
                     @Test
                     void acceptsMinimalRequest() {
                """));
    }

    private static FileChange docs(ServiceSpec s) {
        return new FileChange("README.md", "docs", DiffHunks.modify("README.md", 12, "", """
                 ## Operations
                \s
                -See the [runbook](https://wiki.shop.internal/ops/%1$s) for alerts and dashboards.
                +See the [runbook](https://runbooks.shop.internal/%1$s) and the
                +[Grafana dashboard](https://grafana.shop.internal/d/%1$s) for alerts.
                """.formatted(s.name())));
    }

    private static FileChange sharedUtil() {
        String path = "libs/shop-commons/src/main/java/com/shop/commons/Money.java";
        return new FileChange(path, "shared_util", DiffHunks.modify(path, 27, "public final class Money {", """
                -    public String format() {
                -        return amount.setScale(2, RoundingMode.HALF_EVEN) + " " + currency;
                +    public String format(Locale locale) {
                +        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
                +        f.setCurrency(currency);
                +        return f.format(amount);
                     }
                """));
    }

    private static FileChange actuatorConfig() {
        String path = "src/main/resources/application.yml";
        return new FileChange(path, "config", DiffHunks.modify(path, 30, "management:", """
                   endpoints:
                     web:
                       exposure:
                -        include: health,prometheus
                +        include: health,info,prometheus
                """));
    }

    private static FileChange httpClient(ServiceSpec s) {
        String path = javaDir(s) + "/config/WebClientConfig.java";
        return new FileChange(path, "http_client", DiffHunks.modify(path, 22, "WebClient webClient(WebClient.Builder builder) {", """
                         return builder
                +                .defaultHeader(HttpHeaders.USER_AGENT, "%s/" + buildProperties.getVersion())
                                 .filter(tracingFilter)
                                 .build();
                """.formatted(s.name())));
    }

    private static FileChange controller(ServiceSpec s) {
        String path = javaDir(s) + "/api/ErrorHandler.java";
        return new FileChange(path, "other", DiffHunks.modify(path, 45, "ProblemDetail onValidation(MethodArgumentNotValidException e) {", """
                -        log.info("validation failed: {}", e.getMessage());
                +        log.info("validation failed (request_id={}): {}", MDC.get("request_id"), e.getMessage());
                         return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid request");
                """));
    }

    private static FileChange frontendComponent() {
        String path = "src/components/product/DeliveryEstimate.tsx";
        return new FileChange(path, "other", DiffHunks.create(path, """
                import { formatDateRange } from '../../lib/dates';

                export function DeliveryEstimate({ from, to }: { from: string; to: string }) {
                  return <p className="delivery-estimate">Delivery {formatDateRange(from, to)}</p>;
                }
                """));
    }

    private static FileChange frontendTest() {
        String path = "src/components/product/DeliveryEstimate.test.tsx";
        return new FileChange(path, "test", DiffHunks.create(path, """
                import { render, screen } from '@testing-library/react';
                import { DeliveryEstimate } from './DeliveryEstimate';

                test('shows the delivery window', () => {
                  render(<DeliveryEstimate from="2025-05-15" to="2025-05-17" />);
                  expect(screen.getByText(/Delivery/)).toBeInTheDocument();
                });
                """));
    }

    private static FileChange packageJson(RandomGenerator rng) {
        int from = 3 + rng.nextInt(3);
        return new FileChange("package.json", "dependency", DiffHunks.modify("package.json", 18, "", """
                   "dependencies": {
                -    "next": "14.2.%d",
                +    "next": "14.2.%d",
                     "react": "18.3.1",
                """.formatted(from, from + 3)));
    }

    private static FileChange edgeRoute() {
        String path = "charts/edge-gateway/values-prod.yaml";
        return new FileChange(path, "config", DiffHunks.modify(path, 64, "routes:", """
                   - match: { prefix: "/ws/" }
                     route:
                       cluster: web-frontend
                -      idle_timeout: 60s
                +      idle_timeout: 300s
                """));
    }
}
