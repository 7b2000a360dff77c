package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.on;
import static org.incidentworkbench.sample.logs.Trigger.steady;
import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.INVENTORY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SHOP_POSTGRES;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** The database seen from both sides: HikariCP and JDBC in the services, and PostgreSQL's own log. */
final class DatabaseLogFamilies {

    private static final String HIKARI = "com.zaxxer.hikari.pool.HikariPool";
    private static final String JDBC = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";

    private DatabaseLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> pools = ServiceGroups.POOL_OWNERS;
        List<String> writers = List.of(CHECKOUT, PAYMENTS, INVENTORY);
        List<String> postgres = List.of(SHOP_POSTGRES);
        return List.of(
                LogFamily.of(LogFamilies.POOL_TIMEOUT, ERROR, pools, HIKARI, on(Symptom.POOL_TIMEOUT, 0.05),
                        "{subject} - Connection is not available, request timed out after {timeout}ms (total={poolmax}, active={poolmax}, idle=0, waiting={waiting})"),
                LogFamily.of("db.pool.exception", ERROR, pools, JDBC, on(Symptom.POOL_TIMEOUT, 0.015),
                        "java.sql.SQLTransientConnectionException: {subject} - Connection is not available, request timed out after {timeout}ms."),
                LogFamily.of("db.pool.stats", WARN, pools, HIKARI, on(Symptom.POOL_SATURATED, 1),
                        "{subject} - Pool stats (total={poolmax}, active={poolmax}, idle=0, waiting={waiting})"),
                LogFamily.of("db.pool.housekeeper", WARN, pools, HIKARI, steady(0.002),
                        "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={int:61-95}s)."),
                LogFamily.of("db.pool.started", INFO, pools, "com.zaxxer.hikari.HikariDataSource", on(Symptom.POD_START, 1),
                        "HikariPool-1 - Start completed."),
                LogFamily.of("db.slow.query", WARN, pools, "com.shop.commons.db.SlowQueryLogger", on(Symptom.SLOW_QUERY, 0.5),
                        "Slow query ({ms:500-4000} ms): SELECT ... FROM {table} WHERE id = $1 (rows={int:1-400})"),
                LogFamily.of("db.statement.timeout", ERROR, pools, JDBC, on(Symptom.SLOW_QUERY, 0.05),
                        "org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout (SQLState: 57014)"),
                LogFamily.of("db.serialization.failure", WARN, writers, JDBC, steady(0.004),
                        "could not serialize access due to concurrent update (SQLState: 40001) on {table}; retrying transaction {txid}"),
                LogFamily.of("db.duplicate.key", WARN, List.of(CHECKOUT), JDBC, steady(0.003),
                        "ERROR: duplicate key value violates unique constraint \"orders_idempotency_key_key\" (SQLState: 23505) for order {order}"),
                LogFamily.of("db.deadlock", ERROR, List.of(INVENTORY), JDBC, steady(0.0008),
                        "ERROR: deadlock detected (SQLState: 40P01) Detail: Process {int:10000-60000} waits for ShareLock on transaction {txid}; blocked by process {int:10000-60000}."),
                LogFamily.of("db.transaction.rollback", WARN, writers, "org.springframework.transaction.interceptor.TransactionInterceptor", steady(0.003),
                        "Transaction rolled back after {ms:5-900} ms on {table} (SQLState: {sqlstate})"),
                LogFamily.of("postgres.checkpoint", INFO, postgres, null, steady(0.004),
                        "LOG:  checkpoint complete: wrote {int:800-12000} buffers ({sec:0-9}%); 0 WAL file(s) added, 0 removed, {int:1-9} recycled; write={sec:20-27} s, sync={sec:0-1} s, total={sec:27-30} s"),
                LogFamily.of("postgres.autovacuum", INFO, postgres, null, steady(0.01),
                        "LOG:  automatic vacuum of table \"shop.public.{table}\": index scans: 1, pages: 0 removed, {int:1000-90000} remain, tuples: {int:100-9000} removed"),
                LogFamily.of("postgres.connection", INFO, postgres, null, steady(0.04),
                        "LOG:  connection authorized: user={dbuser} database=shop application_name=PostgreSQL JDBC Driver"),
                LogFamily.of("postgres.slow.statement", WARN, postgres, null, steady(0.01),
                        "LOG:  duration: {ms:1000-6000} ms  statement: UPDATE stock_levels SET reserved = reserved + $1 WHERE sku = $2"),
                LogFamily.of("postgres.lock.wait", WARN, postgres, null, steady(0.003),
                        "LOG:  process {int:10000-60000} still waiting for ShareLock on transaction {txid} after 1000.{int:100-999} ms"));
    }
}
