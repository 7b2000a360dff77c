package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.DEBUG;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.on;
import static org.incidentworkbench.sample.logs.Trigger.perRequest;
import static org.incidentworkbench.sample.logs.Trigger.steady;
import static org.incidentworkbench.sample.system.ServiceCatalogue.AUTH;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CART;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CATALOG;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.KAFKA;
import static org.incidentworkbench.sample.system.ServiceCatalogue.NOTIFICATIONS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.REDIS_CACHE;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SEARCH;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** The cache, the queue and its consumers, and configuration reloads. */
final class PlatformLogFamilies {

    private static final String CONSUMER = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator";

    private PlatformLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> redis = List.of(REDIS_CACHE);
        List<String> kafka = List.of(KAFKA);
        List<String> notifications = List.of(NOTIFICATIONS);
        return List.of(
                LogFamily.of("redis.bgsave", INFO, redis, null, steady(0.003),
                        "Background saving started by pid {int:1000-9000}"),
                LogFamily.of("redis.saved", INFO, redis, null, steady(0.003),
                        "DB saved on disk"),
                LogFamily.of("cache.command.timeout", WARN, List.of(CART, CATALOG, AUTH), "io.lettuce.core.protocol.CommandHandler", steady(0.004),
                        "Redis command timed out after 250 ms: GET {keyspace}:{hex:12}"),
                LogFamily.of("cache.local.eviction", INFO, List.of(CATALOG, SEARCH), "com.github.benmanes.caffeine.cache.BoundedLocalCache", steady(0.01),
                        "Caffeine cache '{choice:products|facets|suggestions}' evicted {int:100-5000} entries (size={int:40000-50000}, maximum=50000)"),
                LogFamily.of("cache.miss", DEBUG, List.of(CATALOG), "com.shop.catalog.ProductCache", perRequest(0.0004),
                        "Cache miss for product:{sku}; loaded from database in {ms:2-40} ms"),
                LogFamily.of("kafka.retention", INFO, kafka, "kafka.log.UnifiedLog", steady(0.004),
                        "[UnifiedLog partition={topic}-{int:0-11}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={int:1000000-9000000}, size={int:1000000-104857600})"),
                LogFamily.of("kafka.isr.shrink", WARN, kafka, "kafka.cluster.Partition", steady(0.0015),
                        "[Partition {topic}-{int:0-11} broker={int:0-2}] Shrinking ISR from 0,1,2 to {choice:0,1|0,2|1,2}. Leader: (highWatermark: {int:1000000-9000000})"),
                LogFamily.of("kafka.published", INFO, List.of(CHECKOUT), "com.shop.checkout.events.OrderEventPublisher", perRequest(0.004),
                        "Published OrderPlaced for {order} to order-events-{int:0-11}@{int:1000000-9999999}"),
                LogFamily.of("consumer.lag", WARN, notifications, "com.shop.notifications.LagMonitor", on(Symptom.CONSUMER_LAG, 1),
                        "Consumer group notifications is {lag} s behind on {topic} (partition {int:0-11})"),
                LogFamily.of("consumer.revoke", INFO, notifications, CONSUMER, on(Symptom.REBALANCE, 1),
                        "[Consumer clientId=notifications-{int:0-3}, groupId=notifications] Revoking previously assigned partitions [{topic}-{int:0-5}, {topic}-{int:6-11}]"),
                LogFamily.of("consumer.assign", INFO, notifications, CONSUMER, on(Symptom.REBALANCE, 1),
                        "[Consumer clientId=notifications-{int:0-3}, groupId=notifications] Adding newly assigned partitions: {topic}-{int:0-11}"),
                LogFamily.of("notifications.email.sent", INFO, notifications, "com.shop.notifications.EmailSender", perRequest(0.006),
                        "Sent order confirmation for {order} via ses (message_id={hex:32})"),
                LogFamily.of("notifications.push.failed", WARN, notifications, "com.shop.notifications.PushSender", perRequest(0.0008),
                        "Push to device {hex:64} failed: Unregistered (token expired)"),
                LogFamily.of("config.reload", INFO, ServiceGroups.CONFIGURABLE, "org.springframework.cloud.kubernetes.commons.config.reload.ConfigReloadUtil", on(Symptom.CONFIG_RELOAD, 1),
                        "Reloading configuration from ConfigMap: changed keys [{subject}]"),
                LogFamily.of("feature.flag", INFO, ServiceGroups.CONFIGURABLE, "com.shop.commons.flags.FeatureFlags", on(Symptom.CONFIG_RELOAD, 1),
                        "Feature flag {flag} now evaluated for {int:5-100}% of traffic"));
    }
}
