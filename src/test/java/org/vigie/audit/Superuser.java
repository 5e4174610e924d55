package org.vigie.audit;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What a database superuser can do: switch every guard off, change rows, switch the guards on again. */
final class Superuser {

    private Superuser() {
    }

    static void tamper(DataSource database, String... statements) {
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(s -> {
            JdbcClient tx = JdbcClient.create(database);
            tx.sql("alter event trigger audit_record_ddl_guard disable").update();
            tx.sql("alter table audit_record disable trigger user").update();
            for (String statement : statements) {
                tx.sql(statement).update();
            }
            tx.sql("alter table audit_record enable always trigger audit_record_append_only").update();
            tx.sql("alter table audit_record enable always trigger audit_record_no_truncate").update();
            tx.sql("alter event trigger audit_record_ddl_guard enable always").update();
        });
    }
}
